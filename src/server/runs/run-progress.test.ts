/**
 * Progress of re-deliveries and publications on /runs: the stage and channel steps a run records as it
 * goes, with the real run actions over the demo day's store and its one channel held at a gate.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { stringify } from "yaml";
import { DEMO_DAY } from "../../../test/support/cli-harness.ts";
import { openWebFixture, type WebFixture } from "../../../test/support/web-fixture.ts";
import { gatedFetch, webRunActions } from "../../../test/support/web-runs.ts";
import { loggedIn } from "../../../test/support/web-runs-page.ts";
import { type Config, parseConfig } from "../../config/index.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 2 });
});
after(async () => {
  await fx?.close();
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
