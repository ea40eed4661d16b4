import { type ArticleFeatures, countShared } from "./article-features.ts";
import { blendStory, type DedupThresholds, diceCount, evidenceFloorOf, overlapCount } from "./score-pair.ts";

const EMPTY_SLOT = 0xffffffff;
const KINDS = ["title", "entities", "figures"] as const;

/**
 * `isClearlySeparate(today, stories[i])` over the stories' slots and keys packed into a few typed
 * arrays, without chasing each story's objects across the heap (at thousands of stories those
 * cache misses, not the work, were what grew with the window). Never says "separate" where
 * `isClearlySeparate` would not.
 */
export function packForScoring(
  stories: readonly ArticleFeatures[],
): (today: ArticleFeatures, story: number, t: DedupThresholds) => boolean {
  return separateOver(packScoringArrays(stories));
}

/** What `separateOver` reads: the stories' slot bytes, keys and lengths in a few typed arrays (storable). */
export interface ScoringArrays {
  slotStart: Uint32Array;
  slotBytes: Uint8Array;
  withText: Uint8Array;
  kinds: { start: Uint32Array; data: Uint32Array }[];
  lengths: Float64Array;
}

export function packScoringArrays(stories: readonly ArticleFeatures[]): ScoringArrays {
  const n = stories.length;
  const pack = (arrayOf: (f: ArticleFeatures) => Uint32Array) => {
    const start = new Uint32Array(n + 1);
    stories.forEach((f, i) => {
      start[i + 1] = start[i]! + arrayOf(f).length;
    });
    const data = new Uint32Array(start[n]!);
    stories.forEach((f, i) => {
      data.set(arrayOf(f), start[i]);
    });
    return { start, data };
  };
  // One byte per slot (the slot's low bits): a story's slots in one cache line. Bytes equal
  // wherever slots are, so the text estimated from them is never lower and no candidate is lost;
  // the 1-in-256 false equal only lets a few more pairs through to the full score.
  const slotStart = new Uint32Array(n + 1);
  stories.forEach((f, i) => {
    slotStart[i + 1] = slotStart[i]! + f.minhash.length;
  });
  const slotBytes = new Uint8Array(slotStart[n]!);
  const withText = Uint8Array.from(stories, (f) =>
    f.minhash.length > 0 && f.minhash[0] !== EMPTY_SLOT ? 1 : 0,
  );
  stories.forEach((f, i) => {
    for (let j = 0; j < f.minhash.length; j++) slotBytes[slotStart[i]! + j] = f.minhash[j]! & 0xff;
  });
  const kinds = KINDS.map((kind) => pack((f) => f.keys[kind]));
  const lengths = Float64Array.from(stories, (f) => f.length);
  return { slotStart, slotBytes, withText, kinds, lengths };
}

/** `isClearlySeparate(today, story)` over packed arrays (see packForScoring). */
export function separateOver(
  arrays: ScoringArrays,
): (today: ArticleFeatures, story: number, t: DedupThresholds) => boolean {
  const { slotStart, slotBytes, withText, kinds, lengths } = arrays;
  /** |a ∩ story's keys of one kind|, both sorted and distinct. */
  const shared = (a: Uint32Array, k: number, story: number) =>
    countShared(a, kinds[k]!.data, kinds[k]!.start[story], kinds[k]!.start[story + 1]);
  return (today, story, t) => {
    const a = today.minhash;
    const from = slotStart[story]!;
    const k = Math.min(a.length, slotStart[story + 1]! - from);
    let text = 0;
    // As estimateJaccard (equal slots over the shorter signature; 0 when either text was empty),
    // over the slots' bytes: at least the real estimate.
    if (k > 0 && a[0] !== EMPTY_SLOT && withText[story] === 1) {
      let same = 0;
      for (let i = 0; i < k; i++) if ((a[i]! & 0xff) === slotBytes[from + i]) same++;
      text = same / k;
    }
    if (text >= t.textAmbiguous) return false;
    const floor = evidenceFloorOf(today.length, lengths[story]!);
    const size = (k: number) => kinds[k]!.start[story + 1]! - kinds[k]!.start[story]!;
    const story_ = blendStory(
      diceCount(shared(today.keys.title, 0, story), today.keys.title.length, size(0)),
      overlapCount(shared(today.keys.entities, 1, story), today.keys.entities.length, size(1), floor),
      overlapCount(shared(today.keys.figures, 2, story), today.keys.figures.length, size(2), floor),
      text,
    );
    return story_ < t.storyAmbiguous;
  };
}
