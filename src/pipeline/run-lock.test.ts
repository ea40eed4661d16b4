import assert from "node:assert/strict";
import { type ChildProcess, fork } from "node:child_process";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openTempStore } from "../store/testing.ts";
import { acquireRunLock } from "./run-lock.ts";

const now = () => new Date("2026-02-04T13:00:00Z");

/** Puts a holder in the lock row as it is (a leftover, a live process, another host). */
async function plant(
  store: ReturnType<typeof openTempStore>["store"],
  owner: { pid: number; host: string; since: string },
): Promise<void> {
  await store.takeRunLock(`planted-${Math.random()}`, { ...owner, command: "run" }, () => true);
}

describe("acquireRunLock", () => {
  it("two runs in one process (serve --schedule: the scheduler and an API run) never hold one store together", async () => {
    const t = openTempStore();
    try {
      const scheduled = await acquireRunLock(t.store, { command: "schedule", now });
      assert.equal(scheduled.acquired, true);
      // Same pid and host: the stored lock alone would call this holder stale and hand it over.
      const api = await acquireRunLock(t.store, { command: "api", now });
      assert.equal(api.acquired, false);
      if (!api.acquired) assert.equal(api.owner.command, "schedule");
      if (scheduled.acquired) await scheduled.release();
      const after = await acquireRunLock(t.store, { command: "api", now });
      assert.equal(after.acquired, true);
      if (after.acquired) await after.release();
    } finally {
      await t.remove();
    }
  });

  it("lets one holder in, tells the next who holds it, and frees on release", async () => {
    const t = openTempStore();
    try {
      const first = await acquireRunLock(t.store, {
        command: "schedule",
        now,
        pid: 101,
        host: "h",
        isAlive: () => true,
      });
      assert.equal(first.acquired, true);
      const second = await acquireRunLock(t.store, {
        command: "run",
        now,
        pid: 202,
        host: "h",
        isAlive: () => true,
      });
      assert.equal(second.acquired, false);
      if (!second.acquired)
        assert.deepEqual(second.owner, {
          pid: 101,
          host: "h",
          since: now().toISOString(),
          command: "schedule",
        });
      if (first.acquired) await first.release();
      assert.equal(await t.store.runLockHolder(), undefined);
      assert.equal(
        (await acquireRunLock(t.store, { command: "run", now, pid: 202, host: "h", isAlive: () => true }))
          .acquired,
        true,
      );
    } finally {
      await t.remove();
    }
  });

  it("takes over a lock left by a dead process, but not one from another host", async () => {
    const t = openTempStore();
    try {
      await plant(t.store, { pid: 999, host: "h", since: "2026-02-03T13:00:00Z" });
      const stale = await acquireRunLock(t.store, {
        command: "run",
        now,
        pid: 5,
        host: "h",
        isAlive: () => false,
      });
      assert.equal(stale.acquired, true);
      if (stale.acquired) await stale.release();
      await plant(t.store, { pid: 999, host: "other", since: "2026-02-04T12:00:00Z" });
      const remote = await acquireRunLock(t.store, {
        command: "run",
        now,
        pid: 5,
        host: "h",
        isAlive: () => false,
      });
      assert.equal(remote.acquired, false, "another host's lock of an hour ago is respected");
      // Left by a runner killed on another host (a restored CI cache): older than any run.
      await plant(t.store, { pid: 999, host: "other", since: "2026-02-03T13:00:00Z" });
      assert.equal(
        (await acquireRunLock(t.store, { command: "run", now, pid: 5, host: "h", isAlive: () => true }))
          .acquired,
        true,
      );
      // Our own pid and host (a restarted container): never a live holder, since we ask once.
      await plant(t.store, { pid: 5, host: "h", since: "2026-02-04T12:59:00Z" });
      assert.equal(
        (await acquireRunLock(t.store, { command: "run", now, pid: 5, host: "h", isAlive: () => true }))
          .acquired,
        true,
      );
    } finally {
      await t.remove();
    }
  });

  it("a holder whose lock was taken over as stale does not release the new holder's lock", async () => {
    const t = openTempStore();
    try {
      const old = await acquireRunLock(t.store, {
        command: "run",
        now,
        pid: 7,
        host: "h",
        isAlive: () => true,
      });
      const next = await acquireRunLock(t.store, {
        command: "run",
        now,
        pid: 8,
        host: "h",
        isAlive: () => false,
      });
      assert.equal(next.acquired, true);
      if (old.acquired) await old.release();
      assert.equal((await t.store.runLockHolder())?.pid, 8);
    } finally {
      await t.remove();
    }
  });

  it("concurrent starts after a leftover lock: exactly one of 2–4 processes wins, 40 rounds in a row", async () => {
    const t = openTempStore();
    const contenders: ChildProcess[] = [];
    try {
      // A pid that is not alive on this host: a child that has already exited.
      const dead = fork("-e", ["0"], { execArgv: [] });
      const deadPid = dead.pid!;
      await new Promise((resolve) => dead.on("exit", resolve));
      const script = join(import.meta.dirname, "../../test/support/lock-contender.ts");
      for (let i = 0; i < 4; i++) {
        const child = fork(script, [t.path], {
          execArgv: ["--import", "tsx"],
          stdio: ["ignore", "inherit", "inherit", "ipc"],
        });
        contenders.push(child);
        await new Promise<void>((resolve) => child.once("message", () => resolve()));
      }
      for (let round = 0; round < 40; round++) {
        await plant(t.store, { pid: deadPid, host: hostname(), since: new Date().toISOString() });
        const n = 2 + (round % 3);
        const at = Date.now() + 100;
        const results = await Promise.all(
          contenders.slice(0, n).map(
            (child) =>
              new Promise<boolean>((resolve) => {
                const onMessage = (m: { round: number; acquired: boolean }) => {
                  if (m.round !== round) return;
                  child.off("message", onMessage);
                  resolve(m.acquired);
                };
                child.on("message", onMessage);
                child.send({ round, at });
              }),
          ),
        );
        assert.equal(
          results.filter(Boolean).length,
          1,
          `round ${round}: ${n} contenders, winners ${JSON.stringify(results)}`,
        );
      }
    } finally {
      for (const child of contenders) child.send("exit");
      await Promise.all(
        contenders.map((c) => (c.exitCode === null ? new Promise((r) => c.on("exit", r)) : undefined)),
      );
      await t.remove();
    }
  });
});
