import assert from "node:assert/strict";
import { test } from "node:test";
import { type ArticleFeatures, countShared } from "./article-features.ts";
import { clusterArticles } from "./cluster-articles.ts";
import { featuresOf } from "./match-earlier-stories.ts";
import { packScoringArrays, type ScoringArrays, separateOver } from "./packed-scoring.ts";
import { blendStory, DEFAULT_THRESHOLDS, diceCount, evidenceFloorOf, overlapCount } from "./score-pair.ts";
import { buildStorySegment, decodeStorySegment, encodeStorySegment } from "./story-segment.ts";
import { decodeSignature } from "./story-signature.ts";
import { generateWindow } from "./testdata/generate-window.ts";

/** The check as it was before it was sped up (slot bytes one by one, keys by merging): the reference. */
function separateByteByByte(arrays: ScoringArrays, today: ArticleFeatures, story: number): boolean {
  const t = DEFAULT_THRESHOLDS;
  const { slotStart, slotBytes, withText, kinds, lengths } = arrays;
  const a = today.minhash;
  const from = slotStart[story]!;
  const k = Math.min(a.length, slotStart[story + 1]! - from);
  let text = 0;
  if (k > 0 && a[0] !== 0xffffffff && withText[story] === 1) {
    let same = 0;
    for (let i = 0; i < k; i++) if ((a[i]! & 0xff) === slotBytes[from + i]) same++;
    text = same / k;
  }
  if (text >= t.textAmbiguous) return false;
  const shared = (mine: Uint32Array, kind: number) =>
    countShared(mine, kinds[kind]!.data, kinds[kind]!.start[story], kinds[kind]!.start[story + 1]);
  const size = (kind: number) => kinds[kind]!.start[story + 1]! - kinds[kind]!.start[story]!;
  const floor = evidenceFloorOf(today.length, lengths[story]!);
  const score = blendStory(
    diceCount(shared(today.keys.title, 0), today.keys.title.length, size(0)),
    overlapCount(shared(today.keys.entities, 1), today.keys.entities.length, size(1), floor),
    overlapCount(shared(today.keys.figures, 2), today.keys.figures.length, size(2), floor),
    text,
  );
  return score < t.storyAmbiguous;
}

test("the packed check gives the byte-by-byte check's verdict on every pair of a stored week and today", () => {
  const w = generateWindow({ days: 7, perDay: 120, today: 60, plantedPerDay: 4, seed: 17 });
  let id = 1;
  const stories = w.days.flatMap((d) =>
    clusterArticles(d.articles).map((c) => ({ id: id++, title: c.title, signature: c.signature })),
  );
  // A story with no signature (no slots: the next story's slots start off a multiple of 4 in an
  // unaligned layout) and today's stories, one of them without text.
  const stored = [{ id: id++, title: "星河智能发布新模型" }, ...stories];
  const built = buildStorySegment(w.date, stored);
  const read = decodeStorySegment(encodeStorySegment(built))!;
  const today = [
    ...clusterArticles(w.today).map((c) => featuresOf(c.title, decodeSignature(c.signature))),
    featuresOf("星河智能发布新模型", undefined),
  ];
  let pairs = 0;
  let notSeparate = 0;
  for (const segment of [built, read]) {
    const separate = separateOver(segment.scoring);
    for (const f of today)
      for (let story = 0; story < segment.ids.length; story++) {
        const expected = separateByteByByte(segment.scoring, f, story);
        assert.equal(separate(f, story, DEFAULT_THRESHOLDS), expected, `story ${story}`);
        pairs++;
        if (!expected) notSeparate++;
      }
  }
  assert.ok(pairs > 100_000 && notSeparate > 50, `${pairs} pairs, ${notSeparate} not separate`);
});

test("slots compared four at a time count the same equal bytes as one at a time, at any offset", () => {
  // Stories with 64, 0 and 3 slots: the later stories' slots start off a multiple of 4.
  const make = (slots: number[], title: string): ArticleFeatures => ({
    ...featuresOf(title, undefined),
    minhash: Uint32Array.from(slots),
  });
  const base = Array.from({ length: 64 }, (_, i) => (i * 2_654_435_761) >>> 0);
  const near = base.map((v, i) => (i % 3 === 0 ? v ^ 0x100 : i % 5 === 0 ? v ^ 0x1 : v));
  const arrays = packScoringArrays([
    make(base, "甲"),
    make([1, 2, 3], "乙"),
    make(near, "丙"),
    make(base.slice(0, 61), "丁"),
  ]);
  const separate = separateOver(arrays);
  for (const today of [make(base, "戊"), make(near, "己"), make(base.slice(0, 62), "庚")])
    for (let story = 0; story < 4; story++)
      assert.equal(separate(today, story, DEFAULT_THRESHOLDS), separateByteByByte(arrays, today, story));
});
