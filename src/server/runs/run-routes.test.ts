/**
 * /runs with its live panel and triggers, in process over the demo day's store and the real
 * pipeline actions (fetching from the demo server, held back by a gate so a run is seen going).
 * Progress of re-deliveries: run-progress.test.ts; runs of other processes: run-others.test.ts.
 */
import assert from "node:assert/strict";

import { after, before, describe, test } from "node:test";
import { DEMO_DAY } from "../../../test/support/cli-harness.ts";
import { EDITOR, openWebFixture, type WebFixture } from "../../../test/support/web-fixture.ts";
import { gatedFetch } from "../../../test/support/web-runs.ts";
import { appWithRuns, loggedIn, readLive, runCount } from "../../../test/support/web-runs-page.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 2 });
});
after(async () => {
  await fx?.close();
});

describe("/runs without login", () => {
  test("shows the panel (nothing running) and a login hint, no trigger forms; the triggers answer 401", async () => {
    const { app } = appWithRuns(fx);
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
    const { app, runs } = appWithRuns(fx);
    const { j, csrf, page } = await loggedIn(app);
    assert.match(page, /action="\/runs\/start"/);
    assert.match(page, /name="update" value="1"/);
    assert.match(page, /action="\/runs\/redeliver"/);
    const before = await runCount(fx);
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
    assert.equal(await runCount(fx), before);
    assert.equal(runs.get(before + 1), undefined);
  });

  test("a run started from the page: live with its stage, audited, a second run and a re-delivery refused (409), followed to its end, recorded as web:editor", async (t) => {
    const gate = gatedFetch(fx.day.server.fetch);
    const { app, logger, runs } = appWithRuns(fx, { fetch: gate.fetch });
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
    const { app, logger } = appWithRuns(fx);
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
