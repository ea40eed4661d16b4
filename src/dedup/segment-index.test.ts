import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterArticles } from "./cluster-articles.ts";
import { aloneKeys, bandKeys, DEFAULT_EARLIER_INDEX, keysOf, pairKeysOf } from "./earlier-story-index.ts";
import { featuresOf } from "./match-earlier-stories.ts";
import { mergePostings, packPostings } from "./packed-postings.ts";
import { DEFAULT_THRESHOLDS } from "./score-pair.ts";
import { indexStorySegments } from "./segment-index.ts";
import { buildStorySegment, type StorySegment } from "./story-segment.ts";
import { decodeSignature } from "./story-signature.ts";
import { generateWindow } from "./testdata/generate-window.ts";

/** Seven stored days as runs store them (each segment built over the days before it), and today. */
function week() {
  const w = generateWindow({ days: 7, perDay: 120, today: 50, plantedPerDay: 4, seed: 11 });
  let id = 1;
  const built: StorySegment[] = [];
  for (const d of w.days) {
    const stories = clusterArticles(d.articles).map((c) => ({
      id: id++,
      title: c.title,
      signature: c.signature,
    }));
    built.push(buildStorySegment(d.date, stories, built.slice(-6)));
  }
  const today = clusterArticles(w.today).map((c) => featuresOf(c.title, decodeSignature(c.signature)));
  return { built, today };
}

test("a key's posting list is one look-up however many days the window holds", () => {
  const { built, today } = week();
  const perStory = (days: number) => {
    const index = indexStorySegments(built.slice(-days));
    return today.map((f) => {
      const found = index.candidatesOf(f, DEFAULT_THRESHOLDS);
      const keys = keysOf(f);
      // Each band, key, lone key and pair key: its size (once per index) and its walk, one look-up
      // each; one per anchor stop-key followed. Per segment, this would be that times the days.
      const bound =
        2 *
          (bandKeys(f, DEFAULT_EARLIER_INDEX.rows).length +
            keys.length +
            aloneKeys(f, keys, DEFAULT_THRESHOLDS).length +
            pairKeysOf(keys, () => Number.POSITIVE_INFINITY, DEFAULT_EARLIER_INDEX).length) +
        DEFAULT_EARLIER_INDEX.anchorStopKeys;
      return { lookUps: index.lastLookUps(), bound, found: found.length };
    });
  };
  const one = perStory(1);
  const seven = perStory(7);
  for (const [i, s] of seven.entries())
    assert.ok(s.lookUps <= s.bound, `story ${i}: ${s.lookUps} > ${s.bound}`);
  const total = (xs: { lookUps: number }[]) => xs.reduce((n, x) => n + x.lookUps, 0);
  // Seven days look up no more than one day does (a little more or less as stop-keys change).
  assert.ok(total(seven) <= 1.5 * total(one), `7 days: ${total(seven)}, 1 day: ${total(one)}`);
  assert.ok(total(one) > 0);
  // The window was searched: the planted repeats of earlier days are found over seven days.
  assert.ok(
    seven.reduce((n, s) => n + s.found, 0) > one.reduce((n, s) => n + s.found, 0),
    "seven days find more candidates than one",
  );
});

test("merged postings: each key's list is the parts' lists one after another, shifted", () => {
  const parts = [
    packPostings((post) => {
      post(7, 0);
      post(3, 1);
      post(7, 2);
    }),
    packPostings((post) => {
      post(3, 0);
      post(9, 1);
    }),
    packPostings((post) => post(7, 1)),
  ];
  const merged = mergePostings(parts.map((postings, i) => ({ postings, offset: [0, 3, 5][i]! })));
  const list = (key: number) => {
    const [from, to] = merged.rangeOf(key);
    return Array.from({ length: to - from }, (_, j) => merged.storyAt(from + j));
  };
  assert.deepEqual(list(3), [1, 3]);
  assert.deepEqual(list(7), [0, 2, 6]);
  assert.deepEqual(list(9), [4]);
  assert.deepEqual(list(4), []);
  assert.throws(() => mergePostings([{ postings: parts[0]!, offset: 2 ** 21 - 2 }]), RangeError);
});

test("merging a window's postings allocates the merged table, not a copy per part and per round", () => {
  const parts = Array.from({ length: 7 }, (_, d) =>
    packPostings((post) => {
      for (let story = 0; story < 20_000; story++)
        for (let k = 0; k < 4; k++) post((story * 7919 + k * 104_729 + d) >>> 0, story);
    }),
  );
  const entries = parts.reduce((n, p) => n + p.entries.length, 0);
  const before = process.memoryUsage().arrayBuffers;
  const merged = mergePostings(parts.map((postings, d) => ({ postings, offset: d * 20_000 })));
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.equal(merged.size, entries);
  // Keys and stories (8 bytes an entry) and the look-up directory (~1 byte an entry). Shifting each
  // part and merging pairwise wrote the window 4 times over (~32 bytes an entry).
  assert.ok(grown < 12 * entries, `${(grown / entries).toFixed(1)} bytes an entry`);
  const [from, to] = merged.rangeOf((5 * 7919 + 3) >>> 0);
  assert.deepEqual(
    Array.from({ length: to - from }, (_, j) => merged.storyAt(from + j)),
    [3 * 20_000 + 5],
  );
});

test("merged postings equal one sort of every part's shifted entries (keys sharing slots and parts)", () => {
  // Keys drawn from a small range and from the whole uint32 range: many share a directory slot,
  // many are posted by several parts, so the within-slot ordering and the part order are both read.
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const offsets = [0, 900, 1700, 2600, 3000];
  const parts = offsets.map((_, p) =>
    packPostings((post) => {
      for (let story = 0; story < (p === 3 ? 400 : 800); story++)
        for (let k = 0; k < 3; k++) post(k === 0 ? rand() % 97 : rand(), story);
    }),
  );
  const merged = mergePostings(parts.map((postings, i) => ({ postings, offset: offsets[i]! })));
  const expected = parts
    .flatMap((p, i) => Array.from(p.entries, (e) => e + offsets[i]!))
    .sort((a, b) => a - b);
  assert.equal(merged.size, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const key = Math.floor(expected[i]! / 2 ** 21);
    assert.equal(merged.keyAt(i), key, `key at ${i}`);
    assert.equal(merged.storyAt(i), expected[i]! - key * 2 ** 21, `story at ${i}`);
  }
  for (const key of [0, 5, 96, merged.keyAt(1234), merged.keyAt(merged.size - 1), 2 ** 32 - 1]) {
    const [from, to] = merged.rangeOf(key);
    const want = expected.filter((e) => Math.floor(e / 2 ** 21) === key);
    assert.equal(to - from, want.length, `range of ${key}`);
  }
});
