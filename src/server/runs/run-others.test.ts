/**
 * /runs showing runs of other processes: a run holding the store's lock elsewhere, the stage and steps
 * it records, and a run whose process is gone.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { after, before, describe, test } from "node:test";
import { DEMO_DAY, FIXED_NOW } from "../../../test/support/cli-harness.ts";
import { openWebFixture, type WebFixture } from "../../../test/support/web-fixture.ts";
import { appWithRuns, loggedIn, readLive } from "../../../test/support/web-runs-page.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 2 });
});
after(async () => {
  await fx?.close();
});

describe("runs of other processes", () => {
  test("a run holding the store's lock elsewhere shows as running (polled) and ends in the panel when the store says so; a trigger meanwhile names it", async () => {
    const { store } = fx.day;
    const owner = { pid: 4242, host: "other-host", since: FIXED_NOW.toISOString(), command: "schedule" };
    const token = randomUUID();
    assert.equal((await store.takeRunLock(token, owner, () => false)).acquired, true);
    const id = await store.startRun({
      date: DEMO_DAY,
      startedAt: FIXED_NOW.toISOString(),
      command: "schedule",
      pid: 4242,
      host: "other-host",
    });
    try {
      const { app } = appWithRuns(fx);
      const { j, csrf, page } = await loggedIn(app);
      assert.match(page, new RegExp(`data-run-id="${id}" data-state="running" data-source="polled"`));
      assert.match(page, /轮询：另一个进程（pid 4242 @ other-host）在运行它/);
      assert.match(page, /定时任务 \(schedule\)/);
      const refused = await j.post("/runs/start", { _csrf: csrf, date: DEMO_DAY });
      assert.equal(refused.res.status, 409);
      assert.match(refused.text, /已有一个运行在进行（定时任务 \(schedule\)，pid 4242 @ other-host/);
      assert.match(refused.text, /Another run is in progress \(schedule, pid 4242 on other-host/);

      const events = await readLive(
        app,
        "/runs/live",
        (data) => new RegExp(`data-run-id="${id}" data-state="ok"`).test(data),
        () => {
          void store
            .finishRun(id, {
              endedAt: FIXED_NOW.toISOString(),
              status: "ok",
              counts: { entries: 4 },
              failures: [],
            })
            .then(() => store.releaseRunLock(token));
        },
      );
      assert.match(events[0]!, new RegExp(`data-run-id="${id}" data-state="running" data-source="polled"`));
      assert.match(events.at(-1)!, /计数 \(counts\)：entries 4/);
    } finally {
      await store.releaseRunLock(token);
      if ((await store.getRun(id))?.status === "running")
        await store.finishRun(id, {
          endedAt: FIXED_NOW.toISOString(),
          status: "failed",
          counts: {},
          failures: [],
        });
    }
  });

  test("another process's run shows the stage and steps it records as it goes, and the stream follows them", async () => {
    const { store } = fx.day;
    const owner = { pid: 4343, host: "other-host", since: FIXED_NOW.toISOString(), command: "run" };
    const token = randomUUID();
    assert.equal((await store.takeRunLock(token, owner, () => false)).acquired, true);
    const id = await store.startRun({
      date: DEMO_DAY,
      startedAt: FIXED_NOW.toISOString(),
      command: "run",
      pid: 4343,
      host: "other-host",
    });
    try {
      // What pipeline/stored-progress.ts writes from that process's runDaily.
      await store.recordRunProgress(id, {
        stage: "read",
        detail: "12 篇",
        steps: { collect: { done: 3, total: 3 }, read: { done: 4, total: 12 } },
      });
      const { app } = appWithRuns(fx);
      const { page } = await loggedIn(app);
      const panel = page.slice(page.indexOf(`data-run-id="${id}"`));
      assert.match(panel, /当前阶段 \(stage\)：<strong class="live-stage">读全文 \(read\)<\/strong> · 12 篇/);
      assert.match(
        panel,
        /<li class="stage-done"><span aria-hidden="true">✓<\/span> 抓取 \(collect\) <span class="num">3\/3<\/span>/,
      );
      assert.match(
        panel,
        /<li class="stage-current" aria-current="step"><span aria-hidden="true">▶<\/span> 读全文 \(read\) <span class="num">4\/12<\/span>/,
      );
      assert.doesNotMatch(panel.slice(0, panel.indexOf("</article>")), /当前阶段只有运行它的进程知道/);

      const events = await readLive(
        app,
        "/runs/live",
        (data) => /分析 \(analyse\) <span class="num">2\/5<\/span>/.test(data),
        () => {
          void store.recordRunProgress(id, {
            stage: "analyse",
            steps: {
              collect: { done: 3, total: 3 },
              read: { done: 12, total: 12 },
              analyse: { done: 2, total: 5 },
            },
          });
        },
      );
      assert.match(events[0]!, /读全文 \(read\) <span class="num">4\/12<\/span>/);
      assert.match(events.at(-1)!, /<strong class="live-stage">分析 \(analyse\)<\/strong>/);
    } finally {
      await store.releaseRunLock(token);
      await store.finishRun(id, { endedAt: FIXED_NOW.toISOString(), status: "ok", counts: {}, failures: [] });
    }
    assert.equal((await store.getRun(id))!.progress, undefined, "a finished run keeps no progress");
  });

  test("a run recorded as running whose process is gone shows as most likely interrupted, with the stale lock named", async () => {
    const { store } = fx.day;
    const gone = { pid: 999_999, host: hostname(), since: FIXED_NOW.toISOString(), command: "run" };
    const token = randomUUID();
    await store.takeRunLock(token, gone, () => false);
    const id = await store.startRun({
      date: DEMO_DAY,
      startedAt: gone.since,
      command: "run",
      pid: gone.pid,
      host: gone.host,
    });
    try {
      const { app } = appWithRuns(fx, { deps: { isAlive: () => false } });
      const page = await (await app.request("/runs")).text();
      assert.match(page, new RegExp(`data-run-id="${id}" data-state="running" data-source="polled"`));
      assert.match(page, /这次运行多半已被中断/);
      assert.match(page, /命令行 \(CLI\)，pid 999999 @ .+（进程已不在，下一次运行会接手/);
    } finally {
      await store.releaseRunLock(token);
      await store.finishRun(id, {
        endedAt: FIXED_NOW.toISOString(),
        status: "failed",
        counts: {},
        failures: [],
      });
    }
  });
});
