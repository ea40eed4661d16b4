import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_THRESHOLDS } from "./score-pair.ts";
import { findEarlierCandidates, matchLoadedCandidates, todayFeaturesOf } from "./segment-candidates.ts";
import { indexStorySegments } from "./segment-index.ts";
import { storedFeaturesIn } from "./segment-records.ts";
import { buildStorySegment, decodeStorySegment, encodeStorySegment } from "./story-segment.ts";
import { decodeSignature, encodeSignature, type StorySignature } from "./story-signature.ts";
import { hashActors, maySameSubject, packActors } from "./subject-gate.ts";
import { storedWeek } from "./testdata/stored-week.ts";

const sig = (actors: string[] | undefined): StorySignature => ({
  minhash: new Uint32Array(0),
  entities: new Set(),
  figures: new Set(),
  phase: "none",
  actors: actors && new Set(actors),
});

test("a story may be today's subject unless both kept actors and they never meet, or only one side has any", () => {
  // Stories: A; B and C; none kept; no actors at all; no signature.
  const arrays = packActors([sig(["a"]), sig(["c", "b", "b"]), sig(undefined), sig([]), undefined]);
  assert.deepEqual([...arrays.known], [1, 1, 0, 1, 0]);
  const may = (today: string[] | undefined) =>
    [0, 1, 2, 3, 4].map((story) => maySameSubject(arrays, story, today && hashActors(new Set(today))));
  assert.deepEqual(may(["a"]), [true, false, true, false, true]);
  assert.deepEqual(may(["b", "z"]), [false, true, true, false, true]);
  assert.deepEqual(may(["z"]), [false, false, true, false, true]);
  // Today without actors: only a story without any (or one that tells nothing) is its subject.
  assert.deepEqual(may([]), [false, false, true, true, true]);
  // Today's actors unknown: nothing is left out.
  assert.deepEqual(may(undefined), [true, true, true, true, true]);
  assert.deepEqual([...hashActors(new Set(["b", "a", "b"]))], [...hashActors(new Set(["a", "b"]))]);
});

test("the segment index leaves out stories whose actors never meet today's, and a segment keeps them through its bytes", () => {
  // Three stories with the same body: only who acts differs.
  const body = decodeSignature(
    encodeSignature({ ...sig(["x"]), minhash: Uint32Array.from({ length: 64 }, (_, i) => i * 7919) }),
  )!;
  const stored = [
    {
      id: 1,
      title: "月影科技发布新模型",
      signature: encodeSignature({ ...body, actors: new Set(["月影科技"]) }),
    },
    {
      id: 2,
      title: "星河智能发布新模型",
      signature: encodeSignature({ ...body, actors: new Set(["星河智能"]) }),
    },
    // A signature written before actors were kept (no "a").
    { id: 3, title: "某公司发布新模型", signature: encodeSignature(body).replace(/,"a":\[[^\]]*\]/, "") },
  ];
  const segment = decodeStorySegment(encodeStorySegment(buildStorySegment("2026-03-08", stored)))!;
  const index = indexStorySegments([segment]);
  const today = todayFeaturesOf([
    {
      key: "t",
      title: "月影科技发布新模型",
      signature: encodeSignature({ ...body, actors: new Set(["月影科技"]) }),
    },
  ]).get("t")!;
  const ids = (actors?: ReadonlySet<string>) =>
    index.candidatesOf(today.features, DEFAULT_THRESHOLDS, actors).map((p) => index.idAt(p));
  assert.deepEqual(ids(), [1, 2, 3]);
  assert.deepEqual(ids(today.sig.actors), [1, 3]);
  assert.deepEqual(ids(new Set()), [3]);
});

test("left-out stories change no match: the gated candidates match as every candidate does", () => {
  let left = 0;
  for (const seed of [31, 32, 33]) {
    const w = storedWeek({ days: 7, perDay: 120, today: 90, plantedPerDay: 6, seed });
    const options = { date: w.date, windowDays: 7 };
    const index = indexStorySegments(w.segments);
    const features = todayFeaturesOf(w.today);
    const gated = findEarlierCandidates(w.today, index, {}, features);
    const every = new Map<string, number[]>();
    for (const [key, mine] of features) {
      const positions = index.candidatesOf(mine.features, DEFAULT_THRESHOLDS);
      if (positions.length > 0) every.set(key, positions.map(index.idAt));
    }
    const count = (m: Map<string, number[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
    left += count(every) - count(gated);
    const stored = storedFeaturesIn(w.segments);
    const matched = matchLoadedCandidates(w.today, gated, w.stories, options, features, stored);
    assert.deepEqual(matched, matchLoadedCandidates(w.today, every, w.stories, options, features, stored));
    assert.ok(matched.size >= 10, `matches ${matched.size}`);
  }
  assert.ok(left > 0, "some candidates were left out");
});
