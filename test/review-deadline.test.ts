/**
 * The review deadline over the demo day (docs/review.md): the scheduler (fake clock) publishes a draft
 * past its deadline under onDeadline "publish", and `daybrief schedule --once` does the same.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { DEMO_DAY, outputPath } from "./support/cli-harness.ts";
import { draftScheduler, fakeTimers } from "./support/review-scheduler.ts";
import { ctxOf, DEADLINE, type Setup, setup, withStore } from "./support/review-setup.ts";

describe("publish.onDeadline publish: the scheduler publishes a draft nobody reviewed", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
    const run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /then published as it stands/);
  });
  after(async () => s?.close());

  test('before the deadline nothing; at the deadline the draft is published as "deadline" and delivered', async () => {
    const ctx = ctxOf(s);
    const config = loadConfig(s.h.configPath, ctx.env);
    const clock = fakeTimers(s);
    const scheduler = draftScheduler(config, ctx, clock);
    await scheduler.idle();
    await clock.advanceTo(new Date(new Date(DEADLINE).getTime() - 60_000));
    await scheduler.idle();
    assert.equal(s.hook.requests.length, 0, "not yet");
    await withStore(s, async (store) => assert.equal((await store.getDraft(DEMO_DAY))!.status, "draft"));
    await clock.advanceTo(new Date(new Date(DEADLINE).getTime() + 60_000));
    await scheduler.idle();
    await scheduler.stop();
    assert.equal(s.hook.accepted.length, 1);
    const payload = JSON.parse(s.hook.accepted[0]!) as { entries: unknown[]; notes: string[] };
    assert.ok(payload.notes.includes("审阅期限已到，本期按草稿自动发布"));
    await withStore(s, async (store) => {
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "published");
      assert.equal(draft.decidedBy, "deadline");
      assert.equal((await store.getBriefing(DEMO_DAY))!.briefing.items.length, payload.entries.length);
      const runs = await store.listRuns(5);
      assert.equal(runs[0]!.command, "publish");
    });
    assert.ok(existsSync(outputPath(s.h.dir, DEMO_DAY, "json")));
  });
});

describe("daybrief schedule --once publishes a draft past its deadline (onDeadline publish)", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
    const run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 0, run.stderr);
  });
  after(async () => s?.close());

  test("before the deadline it waits; after it, one line says the draft was published", async () => {
    const early = await s.h.run(["schedule", "--once"]);
    assert.equal(early.code, 0, early.stderr);
    assert.equal(s.hook.requests.length, 0);
    s.clock.t = new Date(DEADLINE).getTime() + 3_600_000;
    const late = await s.h.run(["schedule", "--once"]);
    assert.equal(late.code, 0, late.stderr);
    assert.match(
      late.stdout,
      new RegExp(`the draft of ${DEMO_DAY} passed its review deadline and was published \\(ok\\)`),
    );
    assert.equal(s.hook.accepted.length, 1);
    await withStore(s, async (store) =>
      assert.equal((await store.getDraft(DEMO_DAY))!.decidedBy, "deadline"),
    );
  });
});
