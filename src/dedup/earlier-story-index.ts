import type { ArticleFeatures } from "./article-features.ts";
import { mix32 } from "./hash32.ts";
import {
  blendStory,
  type DedupThresholds,
  diceCount,
  evidenceFloor,
  evidenceFloorOf,
  overlapCount,
} from "./score-pair.ts";

/**
 * An inverted index over the earlier stories' features, so a day's story is scored only against
 * stories that could match it instead of every story in the window, at a cost per story that does
 * not grow with the window:
 *
 * - Text: LSH bands of `rows` MinHash slots. Two stories share a band with probability about
 *   1 − (1 − J^rows)^bands; with 2 rows over 64 slots every pair with more than half the slots equal
 *   (text ≥ 0.52) shares one for certain (pigeonhole), and pairs at the ambiguous 0.3 almost always.
 * - Title, entity and figure keys, walked only when their posting list holds at most `maxPosting`
 *   stories. A longer list is a stop-key (a common title word, an org every day names, page
 *   furniture), which alone cannot lift a pair to the story threshold (one key can in a very short
 *   title or text: then its latest `maxPosting` stories are walked). Pairs sharing several stop-keys
 *   are found through pair keys: each story posts its `anchorStopKeys` rarest stop-keys paired with
 *   each of its `pairedStopKeys` rarest ones (a lab named all week and a title word: a handful of
 *   stories), walked under the same cap.
 * - Versioned names in the title (GPT-5.5, Qwen3-VL), always walked: exact.
 *
 * Every story reached is then checked with `isClearlySeparate` on the full arrays, so the
 * candidates are a subset of the exact index's (exact-earlier-index.ts): those not clearly separate
 * plus those sharing a versioned name. What may be missed: pairs whose only evidence is a text
 * overlap in [0.3, 0.52) that shares no band (about 1 in 100 at 0.31, vanishing above), or stop-keys
 * none of whose anchor pairs is rare. `npm run bench -- earlier-index` measures both against the
 * exact index (exact-earlier-index.ts).
 */
export interface EarlierStoryIndex {
  /** Indexes (ascending) of the stories `today` may match under `thresholds`. */
  candidatesOf(today: ArticleFeatures, thresholds: DedupThresholds): number[];
  /** Earlier stories the last `candidatesOf` call reached and scored: the work it did. */
  lastReached(): number;
}

export interface EarlierIndexOptions {
  /** Rows per LSH band over the MinHash slots (bands = slots / rows). */
  rows: number;
  /** Posting lists longer than this are not walked (stop-keys, boilerplate bands). */
  maxPosting: number;
  /** Rarest stop-keys per story whose pairs are posted. */
  pairedStopKeys: number;
  /** Of those, the rarest this many are paired with each of the others. */
  anchorStopKeys: number;
}

export const DEFAULT_EARLIER_INDEX: EarlierIndexOptions = {
  rows: 2,
  maxPosting: 100,
  pairedStopKeys: 16,
  anchorStopKeys: 3,
};

const EMPTY_SLOT = 0xffffffff;
const KINDS = ["title", "entities", "figures"] as const;

function hasSlots(f: ArticleFeatures): boolean {
  return f.minhash.length > 0 && f.minhash[0] !== EMPTY_SLOT;
}

/** Band keys of a signature: each band's slots hashed with the band's position. */
function bandKeys(f: ArticleFeatures, rows: number): number[] {
  if (!hasSlots(f)) return [];
  const out: number[] = [];
  const bands = Math.floor(f.minhash.length / rows);
  for (let band = 0; band < bands; band++) {
    let h = mix32(band + 1);
    for (let r = 0; r < rows; r++) h = mix32(h ^ Math.imul(f.minhash[band * rows + r]!, 0x85ebca6b));
    out.push(h);
  }
  return out;
}

/** One key space for the three kinds (a collision only adds a candidate, which is then checked). */
function keysOf(f: ArticleFeatures): number[] {
  const out: number[] = [];
  KINDS.forEach((kind, k) => {
    for (const key of f.keys[kind]) out.push(mix32(key ^ Math.imul(k + 1, 0x9e3779b1)));
  });
  return out;
}

function pairKey(a: number, b: number): number {
  return mix32(Math.min(a, b) ^ mix32(Math.max(a, b) ^ 0x27d4eb2f));
}

export function indexEarlierStories(
  stories: readonly ArticleFeatures[],
  options: Partial<EarlierIndexOptions> = {},
): EarlierStoryIndex {
  const { rows, maxPosting, pairedStopKeys, anchorStopKeys } = { ...DEFAULT_EARLIER_INDEX, ...options };
  const bands = new Map<number, number[]>();
  const keyed = new Map<number, number[]>();
  const pairs = new Map<number, number[]>();
  const versioned = new Map<string, number[]>();
  const post = <K>(map: Map<K, number[]>, key: K, story: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [story]);
    else if (list[list.length - 1] !== story) list.push(story);
  };
  const storyKeys = stories.map((f, story) => {
    for (const key of bandKeys(f, rows)) post(bands, key, story);
    const keys = keysOf(f);
    for (const key of keys) post(keyed, key, story);
    for (const name of f.titleEntities.versioned) post(versioned, name, story);
    return keys;
  });
  const postingOf = (key: number) => keyed.get(key)?.length ?? 0;
  /** A story's stop-keys, rarest first (ties by key), at most `pairedStopKeys` of them. */
  const rarestStopKeys = (keys: number[]) =>
    keys
      .filter((k) => postingOf(k) > maxPosting)
      .sort((a, b) => postingOf(a) - postingOf(b) || a - b)
      .slice(0, pairedStopKeys);
  storyKeys.forEach((keys, story) => {
    const stop = rarestStopKeys(keys);
    for (let x = 0; x < stop.length; x++)
      for (let y = x + 1; y < stop.length; y++)
        if (x < anchorStopKeys) post(pairs, pairKey(stop[x]!, stop[y]!), story);
  });

  const separate = packForScoring(stories);
  const seen = new Uint8Array(stories.length);
  const touched: number[] = [];
  const walk = (list: number[] | undefined) => {
    if (!list || list.length > maxPosting) return;
    for (const story of list)
      if (seen[story] === 0) {
        seen[story] = 1;
        touched.push(story);
      }
  };
  let reached = 0;
  return {
    lastReached: () => reached,
    candidatesOf(today, t) {
      touched.length = 0;
      for (const key of bandKeys(today, rows)) walk(bands.get(key));
      const keys = keysOf(today);
      for (const key of keys) walk(keyed.get(key));
      // One shared stop-key alone reaches the story threshold only in a very short title or text
      // (title Dice 2/(n+1), entities and figures 1/floor, plus text below the ambiguous line):
      // then the latest `maxPosting` stories of its list are walked.
      const floor = evidenceFloor(today, today);
      const alone = [
        blendStory(2 / (today.keys.title.length + 1), 0, 0, t.textAmbiguous),
        blendStory(0, 1 / floor, 0, t.textAmbiguous),
        blendStory(0, 0, 1 / floor, t.textAmbiguous),
      ];
      let at = 0;
      KINDS.forEach((kind, k) => {
        const count = today.keys[kind].length;
        if (alone[k]! >= t.storyAmbiguous)
          for (const key of keys.slice(at, at + count)) {
            const list = keyed.get(key);
            if (list && list.length > maxPosting) walk(list.slice(-maxPosting));
          }
        at += count;
      });
      const stop = rarestStopKeys(keys);
      for (let x = 0; x < stop.length; x++)
        for (let y = x + 1; y < stop.length; y++)
          if (x < anchorStopKeys) walk(pairs.get(pairKey(stop[x]!, stop[y]!)));
      const named = new Set<number>();
      for (const name of today.titleEntities.versioned)
        for (const story of versioned.get(name) ?? []) named.add(story);
      const found: number[] = [...named];
      reached = touched.length + named.size;
      for (const story of touched) {
        seen[story] = 0;
        if (!named.has(story) && !separate(today, story, t)) found.push(story);
      }
      for (const story of named) seen[story] = 0;
      return found.sort((a, b) => a - b);
    },
  };
}

/**
 * `isClearlySeparate(today, stories[i])` over the stories' slots and keys packed into a few typed
 * arrays: the same numbers, without chasing each story's objects across the heap (at thousands of
 * stories those cache misses, not the work, were what grew with the window).
 */
function packForScoring(
  stories: readonly ArticleFeatures[],
): (today: ArticleFeatures, story: number, t: DedupThresholds) => boolean {
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
  const slots = pack((f) => f.minhash);
  const kinds = KINDS.map((kind) => pack((f) => f.keys[kind]));
  const lengths = Float64Array.from(stories, (f) => f.length);
  /** |a ∩ story's keys of one kind|, both sorted and distinct (as countShared). */
  const shared = (a: Uint32Array, k: number, story: number) => {
    const { start, data } = kinds[k]!;
    let i = 0;
    let j = start[story]!;
    const end = start[story + 1]!;
    let count = 0;
    while (i < a.length && j < end) {
      const x = a[i]!;
      const y = data[j]!;
      if (x === y) {
        count++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return count;
  };
  return (today, story, t) => {
    const a = today.minhash;
    const from = slots.start[story]!;
    const k = Math.min(a.length, slots.start[story + 1]! - from);
    let text = 0;
    // As estimateJaccard: equal slots over the shorter signature; 0 when either text was empty.
    if (k > 0 && a[0] !== EMPTY_SLOT && slots.data[from] !== EMPTY_SLOT) {
      let same = 0;
      for (let i = 0; i < k; i++) if (a[i] === slots.data[from + i]) same++;
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
