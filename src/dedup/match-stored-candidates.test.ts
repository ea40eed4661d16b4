import assert from "node:assert/strict";
import { test } from "node:test";
import { type EarlierMatch, type EarlierStory, shiftDay } from "./match-earlier-stories.ts";
import {
  findEarlierCandidates,
  matchLoadedCandidates,
  matchStoredCandidates,
  todayFeaturesOf,
} from "./segment-candidates.ts";
import { indexStorySegments } from "./segment-index.ts";
import { storedFeaturesIn } from "./segment-records.ts";
import { buildStorySegment, encodeStorySegment } from "./story-segment.ts";
import { storedWeek } from "./testdata/stored-week.ts";

function week(seed: number) {
  return storedWeek({ days: 7, perDay: 80, today: 60, plantedPerDay: 5, seed, date: "2026-03-09" }, 500);
}

/** Matches with the loaded story filled in, as the run does once it has loaded the matched ones. */
function filled(
  picked: Map<string, { id: number; match: EarlierMatch }>,
  stories: Map<number, EarlierStory>,
) {
  return new Map([...picked].map(([key, { id, match }]) => [key, { ...match, earlier: stories.get(id)! }]));
}

test("matches scored from the segments before any story is loaded equal those with every candidate loaded", () => {
  for (const seed of [21, 22]) {
    const { date, stories, segments, today } = week(seed);
    const options = { date, windowDays: 7 };
    const features = todayFeaturesOf(today);
    const candidates = findEarlierCandidates(today, indexStorySegments(segments), {}, features);
    const stored = storedFeaturesIn(segments);
    const loaded = matchLoadedCandidates(today, candidates, stories, options, features, stored);
    const picked = matchStoredCandidates(today, candidates, stored, options, features);
    assert.deepEqual(filled(picked, stories), loaded);
    assert.ok(loaded.size >= 20, `matches ${loaded.size}`);
    // Only the matched stories are needed from the store, fewer than the candidates (this window is
    // dense with planted matches; on run-scale's ~2,600 candidates a run matches tens).
    const wanted = new Set([...picked.values()].map((p) => p.id));
    const every = new Set([...candidates.values()].flat());
    assert.ok(wanted.size < every.size, `${wanted.size} of ${every.size}`);

    // A matched story deleted since its segment was built: skipped, as if it had never been loaded.
    const gone = [...wanted].slice(0, 5);
    const without = new Map([...stories].filter(([id]) => !gone.includes(id)));
    const again = matchStoredCandidates(today, candidates, stored, options, features, new Set(gone));
    assert.deepEqual(
      filled(again, stories),
      matchLoadedCandidates(today, candidates, without, options, features, stored),
    );
    for (const { id } of again.values()) assert.ok(!gone.includes(id));
  }
});

test("today's segment sized from the merged window index (less the day leaving) equals one that searches each earlier segment", () => {
  const { date, segments, today } = week(23);
  const index = indexStorySegments(segments);
  const next = shiftDay(date, -6);
  const leaving = segments.filter((s) => s.date < next);
  assert.equal(leaving.length, 1);
  const mine = today.map((c, i) => ({ id: 90_000 + i, title: c.title, signature: c.signature }));
  const before = segments.filter((s) => s.date >= next);
  const searched = buildStorySegment(date, mine, before);
  const merged = buildStorySegment(date, mine, before, (key) =>
    leaving.reduce((n, s) => n - s.keyed.sizeOf(key), index.keyedSize(key)),
  );
  assert.deepEqual(Buffer.from(encodeStorySegment(merged)), Buffer.from(encodeStorySegment(searched)));
  assert.ok(searched.pairs.entries.length > 0, "pair keys were judged over the window");
});
