/**
 * A child process that contends for the run lock: it opens the store once, then on each
 * {round, at} message waits until `at` (a shared start time) and tries to take the lock, answering
 * {round, acquired}. Winners keep the lock through their round (the parent then plants a stale one
 * over it); at the next round they let go of it first, which frees only this process's own hold
 * (the stored row is the planted one by then, and a release never removes another holder's row).
 */
import { acquireRunLock } from "../../src/pipeline/run-lock.ts";
import { openStore } from "../../src/store/index.ts";

const store = openStore(process.argv[2]!, { busyTimeoutMs: 10_000 });
let held: { release(): Promise<void> } | undefined;
process.on("message", async (message: { round: number; at: number } | "exit") => {
  if (message === "exit") {
    await store.close();
    process.exit(0);
  }
  await held?.release();
  held = undefined;
  while (Date.now() < message.at) {
    // spin: every contender starts within the same millisecond
  }
  const lock = await acquireRunLock(store, { command: `contender-${process.pid}`, now: () => new Date() });
  if (lock.acquired) held = lock;
  process.send?.({ round: message.round, acquired: lock.acquired });
});
process.send?.("ready");
