/**
 * A child process that contends for the run lock: it opens the store once, then on each
 * {round, at} message waits until `at` (a shared start time) and tries to take the lock, answering
 * {round, acquired}. Winners keep the lock (the parent plants a stale one for the next round).
 */
import { acquireRunLock } from "../../src/pipeline/run-lock.ts";
import { openStore } from "../../src/store/index.ts";

const store = openStore(process.argv[2]!, { busyTimeoutMs: 10_000 });
process.on("message", async (message: { round: number; at: number } | "exit") => {
  if (message === "exit") {
    await store.close();
    process.exit(0);
  }
  while (Date.now() < message.at) {
    // spin: every contender starts within the same millisecond
  }
  const lock = await acquireRunLock(store, { command: `contender-${process.pid}`, now: () => new Date() });
  process.send?.({ round: message.round, acquired: lock.acquired });
});
process.send?.("ready");
