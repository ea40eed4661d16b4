/**
 * publish.review over the demo day when a run's every source fails (docs/review.md): no empty draft
 * replaces an earlier one, and none waits for its deadline.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openPipeline } from "../src/cli/open-pipeline.ts";
import { loadConfig } from "../src/config/index.ts";
import { publishDueDrafts } from "../src/pipeline/publish-draft.ts";
import { baseConfig, DEMO_DAY } from "./support/cli-harness.ts";
import { ctxOf, DEADLINE, type Setup, setup, withStore } from "./support/review-setup.ts";

describe("publish.review: a run on which every source failed stores no draft", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
  });
  after(async () => s?.close());

  test("an earlier day's draft is not replaced by an empty one, and no empty draft waits for its deadline", async () => {
    const good = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(good.code, 0, good.stderr);
    const items = await withStore(
      s,
      async (store) => (await store.getDraft(DEMO_DAY))!.briefing.items.length,
    );
    assert.ok(items >= 3);
    // The same day again, every feed gone: as without review, nothing for the channels — and so
    // nothing for an editor (or the deadline) to publish either.
    const gone = s.server.sources.map((src) => ({ ...src, url: `${src.url}.gone` }));
    s.h.writeConfig(
      baseConfig(gone, {
        channels: [{ id: "hook", type: "webhook", url: s.hook.url, secret: `\${HOOK_SECRET}` }],
        publish: { review: true, reviewDeadline: "09:30", onDeadline: "publish" },
      }),
    );
    await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    await s.h.run(["run", "--date", "2026-02-03", "-q"]);
    await withStore(s, async (store) => {
      assert.equal((await store.getDraft(DEMO_DAY))!.briefing.items.length, items, "the good draft stays");
      assert.equal(await store.getDraft("2026-02-03"), undefined, "no empty draft");
    });
    // Past the deadline the scheduler publishes the good draft, and only it.
    s.clock.t = Date.parse(DEADLINE) + 60_000;
    const opened = await openPipeline(loadConfig(s.h.configPath, ctxOf(s).env), ctxOf(s), { quiet: true });
    try {
      const outcome = await publishDueDrafts(opened.deps);
      assert.deepEqual(
        outcome.published.map((p) => p.date),
        [DEMO_DAY],
      );
    } finally {
      await opened.close();
    }
  });
});
