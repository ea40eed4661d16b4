import assert from "node:assert/strict";
import { test } from "node:test";
import type { Briefing, BriefingItem, Stars } from "../model/index.ts";
import { computeWeeklyTrends, OTHER_SERIES, weekOf } from "./weekly-trends.ts";

let nextId = 1;
function item(
  org: string,
  tags: string[],
  url: string,
  followUpOf?: BriefingItem["followUpOf"],
): BriefingItem {
  const empty = { bullets: [] };
  return {
    entry: {
      org,
      title: `${org} news`,
      stars: 3 as Stars,
      tags,
      summary: "",
      core: empty,
      results: empty,
      insights: empty,
      resources: [],
    },
    articleId: nextId++,
    sourceId: "s",
    sourceName: "S",
    sourceOrder: 0,
    url,
    publishedAt: "2026-01-01T00:00:00Z",
    analyser: { kind: "offline", name: "offline", promptVersion: "1" },
    followUpOf,
  };
}

function day(date: string, items: BriefingItem[]): Briefing {
  return {
    date,
    timezone: "UTC",
    generatedAt: `${date}T12:00:00Z`,
    items,
    coverage: [],
    analysers: [],
    minStars: 1,
    notes: [],
  };
}

test("weeks start on Monday", () => {
  assert.equal(weekOf("2026-02-04"), "2026-02-02"); // a Wednesday
  assert.equal(weekOf("2026-02-02"), "2026-02-02");
  assert.equal(weekOf("2026-02-08"), "2026-02-02"); // Sunday belongs to the week before
});

test("tags and orgs are counted per week; the rest beyond `top` is one 其他 series; movers compare the last two weeks", () => {
  const trends = computeWeeklyTrends(
    [
      day("2026-01-27", [item("A", ["x", "y"], "u1"), item("B", ["x"], "u2")]),
      day("2026-02-03", [item("A", ["x"], "u3"), item("C", ["z"], "u4"), item("D", ["w"], "u5")]),
      day("2026-02-04", [item("A", ["x", "x"], "u6")]),
    ],
    { weeks: 3, top: 2 },
  );
  assert.deepEqual(trends.weeks, ["2026-01-19", "2026-01-26", "2026-02-02"]);
  assert.equal(trends.until, "2026-02-04");
  // x: 2 then 2 (a tag repeated in one entry counts once); A: 1 then 2.
  assert.deepEqual(trends.tags[0], { name: "x", counts: [0, 2, 2] });
  assert.deepEqual(trends.orgs[0], { name: "A", counts: [0, 1, 2] });
  assert.deepEqual(trends.orgs.at(-1), { name: OTHER_SERIES, counts: [0, 0, 2] });
  assert.equal(trends.orgs.length, 3);
  const a = trends.movers.find((m) => m.kind === "org" && m.name === "A");
  assert.deepEqual(a, { kind: "org", name: "A", previous: 1, last: 2 });
  assert.ok(!trends.movers.some((m) => m.kind === "tag" && m.name === "x"), "no change, not a mover");
});

test("a story followed up on later days is one multi-day story; a one-day entry is not", () => {
  const trends = computeWeeklyTrends([
    day("2026-02-01", [item("A", [], "a1"), item("B", [], "b1")]),
    day("2026-02-02", [item("A", [], "a2", { date: "2026-02-01", title: "A news", url: "a1" })]),
    day("2026-02-03", [item("A", [], "a3", { date: "2026-02-02", title: "A news", url: "a2" })]),
    // A follow-up of a story from before the counted days still makes a two-day story.
    day("2026-02-04", [item("C", [], "c2", { date: "2025-12-01", title: "C old", url: "c1" })]),
  ]);
  assert.equal(trends.stories.length, 2);
  assert.deepEqual(
    trends.stories[0]!.days.map((d) => d.url),
    ["a1", "a2", "a3"],
  );
  assert.deepEqual(
    trends.stories[1]!.days.map((d) => d.date),
    ["2025-12-01", "2026-02-04"],
  );
});

test("nothing published: no weeks, no series", () => {
  assert.deepEqual(computeWeeklyTrends([]), { weeks: [], tags: [], orgs: [], movers: [], stories: [] });
});
