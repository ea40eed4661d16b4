import assert from "node:assert/strict";
import { test } from "node:test";
import { BRIEFING_TITLE, briefingTitle, formatBriefingHeading, formatStars } from "./briefing-wording.ts";

test("formatStars: rounded and clamped to 0–5, never throws", () => {
  const cases: [number, number][] = [
    [0, 0],
    [1, 1],
    [2.4, 2],
    [2.6, 3],
    [5, 5],
    [7, 5],
    [-3, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ];
  for (const [stars, count] of cases) assert.equal(formatStars(stars), "🌟".repeat(count), `stars ${stars}`);
});

test("briefingTitle: the configured title, else the default; the heading joins it with the date", () => {
  assert.equal(briefingTitle({}), BRIEFING_TITLE);
  assert.equal(briefingTitle({ title: "团队周报" }), "团队周报");
  assert.equal(formatBriefingHeading(briefingTitle({}), "2026-02-04"), "AI 每日情报 | 2026-02-04");
});
