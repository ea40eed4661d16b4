/**
 * /runs with its live panel and triggers, in process over the demo day's store and the real
 * pipeline actions (fetching from the demo server, held back by a gate so a run is seen going).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { stringify } from "yaml";
import { DEMO_DAY, FIXED_NOW } from "../../../test/support/cli-harness.ts";
import { EDITOR, openWebFixture, type WebFixture } from "../../../test/support/web-fixture.ts";
import { jar } from "../../../test/support/web-jar.ts";
import { gatedFetch, recordingLogger, webRunActions } from "../../../test/support/web-runs.ts";
import { type Config, parseConfig } from "../../config/index.ts";
import type { ServerDeps } from "../app.ts";
import type { AppEnv } from "../auth/env.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 2 });
});
after(async () => {
  await fx?.close();
});

/** An app with the real run actions over the fixture's store; `fetch` reaches the demo server. */
function appWithRuns(
  options: { fetch?: ReturnType<typeof gatedFetch>["fetch"]; deps?: Partial<ServerDeps> } = {},
) {
  const logger = recordingLogger();
  const { actions, runs } = webRunActions(
    fx.config,
    fx.day.harness.dir,
    options.fetch ?? fx.day.server.fetch,
  );
  const app = fx.app({ deps: { actions, runs, logger, runsPollMs: 50, ...options.deps } });
  return { app, runs, logger };
}

async function loggedIn(app: Hono<AppEnv>) {
  const j = jar(() => app);
  const form = await j.send("/login");
  const login = await j.post("/login", {
    _csrf: j.csrfOf(form.text)!,
    name: EDITOR.name,
    password: EDITOR.password,
  });
  assert.equal(login.res.status, 303);
  const runs = await j.send("/runs");
  return { j, csrf: j.csrfOf(runs.text)!, page: runs.text };
}

/** Reads `runs` events of GET /runs/live until `done(lastEvent)`; returns every event's data. */
async function readLive(
  app: Hono<AppEnv>,
  path: string,
  done: (data: string) => boolean,
  onFirst?: () => void,
) {
  const res = await app.request(path);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: string[] = [];
  let buffer = "";
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!block.startsWith("event: runs\n")) continue;
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        events.push(data);
        if (events.length === 1) onFirst?.();
        if (done(data)) return events;
      }
    }
    throw new Error(`the stream never said what was expected; events:\n${events.join("\n---\n")}`);
  } finally {
    await reader.cancel();
  }
}

const runCount = async () => (await fx.day.store.listRuns(1000)).length;

describe("/runs without login", () => {
  test("shows the panel (nothing running) and a login hint, no trigger forms; the triggers answer 401", async () => {
    const { app } = appWithRuns();
    const page = await (await app.request("/runs")).text();
    assert.match(page, /id="live-runs"/);
    assert.match(page, /data-live="\/runs\/live\?watch="/);
    assert.match(page, /现在没有运行 \(nothing is running\)/);
    assert.match(page, /<a href="\/runs">刷新 \(refresh\)<\/a>/, "without JS: a refresh link");
    assert.match(page, /<script src="\/static\/runs-live\.js" defer>/);
    assert.match(page, /登录<\/a>后可以从这里启动运行/);
    assert.ok(!page.includes('action="/runs/start"'));
    const form = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } };
    assert.equal((await app.request("/runs/start", { ...form, body: `date=${DEMO_DAY}` })).status, 401);
    assert.equal((await app.request("/runs/redeliver", { ...form, body: `date=${DEMO_DAY}` })).status, 401);
    assert.equal((await app.request("/static/runs-live.js")).status, 200);
  });
});

describe("/runs triggers", () => {
  test("CSRF: no token, a wrong one or another origin is refused (403) and starts nothing", async () => {
    const { app, runs } = appWithRuns();
    const { j, csrf, page } = await loggedIn(app);
    assert.match(page, /action="\/runs\/start"/);
    assert.match(page, /name="update" value="1"/);
    assert.match(page, /action="\/runs\/redeliver"/);
    const before = await runCount();
    for (const [fields, headers] of [
      [{ date: DEMO_DAY }, {}],
      [{ date: DEMO_DAY, _csrf: `${csrf}x` }, {}],
      [{ date: DEMO_DAY, _csrf: csrf }, { origin: "https://evil.example" }],
    ] as const) {
      const start = await j.post("/runs/start", fields, headers);
      assert.equal(start.res.status, 403, JSON.stringify(fields));
      const redeliver = await j.post("/runs/redeliver", fields, headers);
      assert.equal(redeliver.res.status, 403);
    }
    assert.equal(await runCount(), before);
    assert.equal(runs.get(before + 1), undefined);
  });

  test("a run started from the page: live with its stage, audited, a second run and a re-delivery refused (409), followed to its end, recorded as web:editor", async (t) => {
    const gate = gatedFetch(fx.day.server.fetch);
    const { app, logger, runs } = appWithRuns({ fetch: gate.fetch });
    const { j, csrf } = await loggedIn(app);
    const bad = await j.post("/runs/start", { _csrf: csrf, date: "2026-02-31" });
    assert.equal(bad.res.status, 400);
    assert.match(bad.text, /YYYY-MM-DD/);

    const start = await j.post("/runs/start", { _csrf: csrf, date: DEMO_DAY });
    assert.equal(start.res.status, 303);
    const id = Number(/^\/runs\?started=(\d+)$/.exec(start.res.headers.get("location") ?? "")?.[1]);
    assert.ok(id > 0, start.res.headers.get("location") ?? "no location");
    // Whatever fails below, the run is let go and ends before the next test (it holds the store's lock).
    t.after(async () => {
      gate.release();
      await runs.finished(id).catch(() => undefined);
    });
    assert.deepEqual(logger.lines[0], {
      level: "info",
      data: { user: EDITOR.name, action: "run", date: DEMO_DAY, update: false, run_id: id },
      message: "web: run started",
    });

    const shown = await j.send(`/runs?started=${id}`);
    assert.match(shown.text, new RegExp(`已启动运行 #${id}`));
    assert.match(shown.text, new RegExp(`data-run-id="${id}" data-state="running" data-source="live"`));
    assert.match(
      shown.text,
      /<li class="stage-current" aria-current="step"><span aria-hidden="true">▶<\/span> 抓取 \(collect\)/,
    );
    assert.match(shown.text, /实时：本服务器在运行它/);
    assert.match(shown.text, new RegExp(`data-live="/runs/live\\?watch=${id}"`));

    const again = await j.post("/runs/start", { _csrf: csrf, date: DEMO_DAY, update: "1" });
    assert.equal(again.res.status, 409);
    assert.match(
      again.text,
      /已有一个运行在进行（editor（网页 web），pid \d+ @ [^，]+，始于 [^）]+），请等它结束后再试。/,
    );
    assert.match(
      again.text,
      /Another run is in progress \(web:editor, pid \d+ on .+, since .+\): try again when it has ended\./,
    );
    const redeliver = await j.post("/runs/redeliver", { _csrf: csrf, date: DEMO_DAY });
    assert.equal(redeliver.res.status, 409);
    assert.ok(
      logger.lines.some((l) => l.level === "warn" && l.data.action === "run" && l.data.user === EDITOR.name),
    );

    // The live stream: the run in collect first; once the gate opens, updates until it has ended.
    const events = await readLive(
      app,
      `/runs/live?watch=${id}`,
      (data) => new RegExp(`data-run-id="${id}" data-state="(ok|degraded)"`).test(data),
      gate.release,
    );
    assert.match(events[0]!, new RegExp(`data-run-id="${id}" data-state="running" data-source="live"`));
    assert.match(events[0]!, /aria-current="step"><span aria-hidden="true">▶<\/span> 抓取 \(collect\)/);
    assert.ok(events.length >= 2, `${events.length} events`);
    assert.match(events.at(-1)!, /✅ 完成 \(done\)|⚠️ 完成，有缺失/);
    assert.ok(!events.at(-1)!.includes("stage-pending"), "an ended run has every stage done");
    await runs.finished(id); // the lock is let go once the run's promise settles

    const run = (await fx.day.store.getRun(id))!;
    assert.equal(run.command, "web:editor");
    assert.match(run.status, /ok|degraded/);
    const list = await j.send("/runs");
    assert.match(list.text, /<span class="trigger">editor（网页 web）<\/span><br><code>web:editor<\/code>/);
  });

  test("re-deliver a day from the page: the retry runs under the lock and is recorded as retry:web:editor; a day without a briefing is refused", async () => {
    const { app, logger } = appWithRuns();
    const { j, csrf } = await loggedIn(app);
    const none = await j.post("/runs/redeliver", { _csrf: csrf, date: "2020-01-01" });
    assert.equal(none.res.status, 404);
    assert.match(none.text, /2020-01-01 没有简报/);
    const done = await j.post("/runs/redeliver", { _csrf: csrf, date: DEMO_DAY });
    assert.equal(done.res.status, 303);
    const id = Number(/redelivered=(\d+)/.exec(done.res.headers.get("location") ?? "")?.[1]);
    const run = (await fx.day.store.getRun(id))!;
    assert.equal(run.command, "retry:web:editor");
    assert.notEqual(run.status, "running");
    assert.ok(logger.lines.some((l) => l.data.action === "redeliver" && l.data.run_id === id));
    const page = await j.send(`/runs?redelivered=${id}`);
    assert.match(page.text, /重新推送已完成/);
    assert.match(page.text, /重新推送 \(re-delivery\) · editor（网页 web）/);
  });
});

describe("progress of re-deliveries and publications", () => {
  /** Real run actions whose one channel (a webhook on the demo server's origin) is held at a gate. */
  function heldChannelApp() {
    const { channels } = parseConfig(
      stringify({
        sources: [{ id: "x", name: "x", url: "https://example.com/feed.xml" }],
        channels: [{ id: "hook", type: "webhook", url: `${fx.day.server.origin}/incoming/hook` }],
      }),
      { env: {}, baseDir: fx.day.harness.dir },
    );
    const config: Config = { ...fx.config, channels };
    const gate = gatedFetch(fx.day.server.fetch);
    const { actions, runs } = webRunActions(config, fx.day.harness.dir, gate.fetch);
    return { app: fx.app({ deps: { actions, runs, runsPollMs: 50 } }), release: gate.release };
  }

  /** The new run of `command` once the store records it delivering (its channel held). */
  async function deliveringRun(command: string, before: Set<number>) {
    for (let tries = 0; tries < 400; tries++) {
      const run = (await fx.day.store.listRuns(5)).find(
        (r) => !before.has(r.id) && r.command === command && r.progress?.stage === "deliver",
      );
      if (run) return run;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no ${command} run recorded its deliver stage`);
  }

  const cardOf = (page: string, id: number) => {
    const rest = page.slice(page.indexOf(`data-run-id="${id}"`));
    return rest.slice(0, rest.indexOf("</article>"));
  };

  test("a re-delivery records its stage and channel steps as it goes: /runs shows it delivering (0/1), then done, no progress kept", async () => {
    const { app, release } = heldChannelApp();
    const { j, csrf } = await loggedIn(app);
    const before = new Set((await fx.day.store.listRuns(1000)).map((r) => r.id));
    const posted = j.post("/runs/redeliver", { _csrf: csrf, date: DEMO_DAY });
    const running = await deliveringRun("retry:web:editor", before);
    assert.equal(running.status, "running");
    assert.deepEqual(running.progress, { stage: "deliver", steps: { deliver: { done: 0, total: 1 } } });
    const card = cardOf((await j.send("/runs")).text, running.id);
    assert.match(card, /data-state="running" data-source="polled"/);
    assert.match(card, /当前阶段 \(stage\)：<strong class="live-stage">推送 \(deliver\)<\/strong>/);
    assert.match(
      card,
      /<li class="stage-current" aria-current="step"><span aria-hidden="true">▶<\/span> 推送 \(deliver\) <span class="num">0\/1<\/span>/,
    );
    // A re-delivery goes through the deliver stage only: no collect … publish shown as done.
    assert.doesNotMatch(card, /抓取 \(collect\)|发布 \(publish\)/);
    assert.doesNotMatch(card, /不逐步报告进度|当前阶段只有运行它的进程知道/);
    release();
    assert.equal((await posted).res.status, 303);
    const ended = (await fx.day.store.getRun(running.id))!;
    assert.notEqual(ended.status, "running");
    assert.equal(ended.progress, undefined, "a finished re-delivery keeps no progress");
    assert.match(
      cardOf((await j.send(`/runs?redelivered=${running.id}`)).text, running.id),
      /<ol class="stages"><li class="stage-done"><span aria-hidden="true">✓<\/span> 推送 \(deliver\)<\/li><\/ol>/,
    );
  });

  test("a reviewed draft's publication records its stages (publish, then deliver with its channel steps) and /runs shows them", async () => {
    const date = "2026-02-09";
    const demo = (await fx.day.store.getBriefing(DEMO_DAY))!.briefing;
    await fx.day.store.saveDraft({
      date,
      createdAt: `${date}T13:30:00.000Z`,
      briefing: { ...demo, date },
      kind: "briefing",
      deadline: `${date}T23:30:00.000Z`,
    });
    const { app, release } = heldChannelApp();
    const { j, csrf } = await loggedIn(app);
    const before = new Set((await fx.day.store.listRuns(1000)).map((r) => r.id));
    const posted = j.post(`/review/${date}/publish`, { _csrf: csrf });
    const running = await deliveringRun("publish", before);
    assert.deepEqual(running.progress, { stage: "deliver", steps: { deliver: { done: 0, total: 1 } } });
    const card = cardOf((await j.send("/runs")).text, running.id);
    assert.match(
      card,
      /<ol class="stages"><li class="stage-done"><span aria-hidden="true">✓<\/span> 发布 \(publish\)<\/li><li class="stage-current" aria-current="step"><span aria-hidden="true">▶<\/span> 推送 \(deliver\) <span class="num">0\/1<\/span>/,
    );
    release();
    const status = (await posted).res.status;
    const ended = (await fx.day.store.getRun(running.id))!;
    // The demo server has no webhook: the one channel fails, so the publication fails and says so.
    assert.equal(status, ended.status === "failed" ? 400 : 303);
    assert.notEqual(ended.status, "running");
    assert.equal(ended.progress, undefined, "a finished publication keeps no progress");
  });
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
      const { app } = appWithRuns();
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
      const { app } = appWithRuns();
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
      const { app } = appWithRuns({ deps: { isAlive: () => false } });
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
