import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { findDupes } from "./dupes.ts";

// The demo day run for real: the query recomputes the day's stories with the run's own clustering,
// so what it reports merged is exactly what the run stored as one story.
let day: DemoDay;
before(async () => {
  day = await runDemoDay();
});
after(async () => {
  await day?.close();
});

test("dupes of the demo day are the stories the run stored, members and primaries alike", async () => {
  const report = await findDupes(day, DEMO_DAY);
  const stored = await day.store.listStoriesSince(DEMO_DAY);
  assert.equal(report.stories, stored.length);
  assert.ok(report.merged.length >= 1, "the demo day has a story told by two sources");
  for (const story of report.merged) {
    const same = stored.find((s) => s.primaryArticleId === story.primaryArticleId);
    assert.ok(same, `story ${story.title} was not stored by the run`);
    assert.deepEqual(story.members.map((m) => m.articleId).sort(), [...same.memberArticleIds].sort());
    assert.ok(story.primary.sourceName, "the primary is named by its source");
    for (const m of story.members) assert.ok(m.sourceName && m.similarity > 0);
  }
  const copies = stored.reduce((n, s) => n + s.memberArticleIds.length, 0);
  assert.equal(report.copiesMerged, copies);
  // The published briefing has one entry per story with an ok analysis: no copy among them.
  const members = new Set(stored.flatMap((s) => s.memberArticleIds));
  for (const e of day.published.entries) assert.ok(!members.has(e.articleId));
});

test("a day with nothing stored has no stories", async () => {
  const report = await findDupes(day, "2026-01-01");
  assert.deepEqual(
    { articles: report.articles, stories: report.stories, merged: report.merged },
    { articles: 0, stories: 0, merged: [] },
  );
});
