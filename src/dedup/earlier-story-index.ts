import type { ArticleFeatures } from "./article-features.ts";
import { mix32 } from "./hash32.ts";
import { type Postings, packPostings, STORY_SPAN } from "./packed-postings.ts";
import { packForScoring } from "./packed-scoring.ts";
import { blendStory, type DedupThresholds, evidenceFloor } from "./score-pair.ts";

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
 * Every story reached is then checked as `isClearlySeparate` would (over packed arrays; the text
 * from one byte per slot, which may let a few more through to the full score, never fewer), so
 * the candidates are those of the exact index (exact-earlier-index.ts) the walk reached. What may
 * be missed: pairs whose only evidence is a text overlap in [0.3, 0.52) that shares no band (about
 * 1 in 100 at 0.31, vanishing above), or stop-keys none of whose anchor pairs is rare — e.g. two
 * titles sharing one phrase that hundreds of stored titles also carry (finding those means walking
 * lists that grow with the window). `npm run bench -- earlier-index` measures both.
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
  maxPosting: 50,
  pairedStopKeys: 16,
  anchorStopKeys: 3,
};

const EMPTY_SLOT = 0xffffffff;
const KINDS = ["title", "entities", "figures"] as const;

export function hasSlots(f: ArticleFeatures): boolean {
  return f.minhash.length > 0 && f.minhash[0] !== EMPTY_SLOT;
}

/** Band keys of a signature: each band's slots hashed with the band's position. */
export function bandKeys(f: ArticleFeatures, rows: number): number[] {
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
export function keysOf(f: ArticleFeatures): number[] {
  const out: number[] = [];
  KINDS.forEach((kind, k) => {
    for (const key of f.keys[kind]) out.push(mix32(key ^ Math.imul(k + 1, 0x9e3779b1)));
  });
  return out;
}

export function pairKey(a: number, b: number): number {
  return mix32(Math.min(a, b) ^ mix32(Math.max(a, b) ^ 0x27d4eb2f));
}

/**
 * A story's pair keys: its stop-keys (posting lists over `maxPosting`), rarest first (ties by key),
 * at most `pairedStopKeys`; each of the `anchorStopKeys` rarest paired with each later one.
 */
export function pairKeysOf(
  keys: readonly number[],
  sizeOf: (key: number) => number,
  options: Pick<EarlierIndexOptions, "maxPosting" | "pairedStopKeys" | "anchorStopKeys">,
): number[] {
  return pairKeysAt(keys, stopKeysAt(keys, sizeOf, options), options.anchorStopKeys);
}

/** Where in `keys` a story's stop-keys are, rarest first (ties by key), at most `pairedStopKeys`. */
export function stopKeysAt(
  keys: readonly number[],
  sizeOf: (key: number) => number,
  options: Pick<EarlierIndexOptions, "maxPosting" | "pairedStopKeys">,
): number[] {
  const sizes = keys.map(sizeOf);
  const at: number[] = [];
  for (let i = 0; i < keys.length; i++) if (sizes[i]! > options.maxPosting) at.push(i);
  return at.sort((a, b) => sizes[a]! - sizes[b]! || keys[a]! - keys[b]!).slice(0, options.pairedStopKeys);
}

/** The pair keys of the stop-keys at `stop` (`stopKeysAt`): each of the `anchors` rarest with each later one. */
export function pairKeysAt(keys: readonly number[], stop: readonly number[], anchors: number): number[] {
  const out: number[] = [];
  for (let x = 0; x < Math.min(anchors, stop.length); x++)
    for (let y = x + 1; y < stop.length; y++) out.push(pairKey(keys[stop[x]!]!, keys[stop[y]!]!));
  return out;
}

/**
 * Of a story's keys (`keysOf`), those one of which, shared alone, reaches the story threshold: only
 * in a very short title or text (title Dice 2/(n+1), entities and figures 1/floor, plus text below
 * the ambiguous line). The latest `maxPosting` stories of such a key's list are walked.
 */
export function aloneKeys(today: ArticleFeatures, keys: readonly number[], t: DedupThresholds): number[] {
  const floor = evidenceFloor(today, today);
  const alone = [
    blendStory(2 / (today.keys.title.length + 1), 0, 0, t.textAmbiguous),
    blendStory(0, 1 / floor, 0, t.textAmbiguous),
    blendStory(0, 0, 1 / floor, t.textAmbiguous),
  ];
  const out: number[] = [];
  let at = 0;
  KINDS.forEach((kind, k) => {
    const count = today.keys[kind].length;
    if (alone[k]! >= t.storyAmbiguous) out.push(...keys.slice(at, at + count));
    at += count;
  });
  return out;
}

export function indexEarlierStories(
  stories: readonly ArticleFeatures[],
  options: Partial<EarlierIndexOptions> = {},
): EarlierStoryIndex {
  const { rows, maxPosting, pairedStopKeys, anchorStopKeys } = { ...DEFAULT_EARLIER_INDEX, ...options };
  if (stories.length >= STORY_SPAN)
    throw new RangeError(
      `indexEarlierStories handles fewer than ${STORY_SPAN} stories, got ${stories.length}`,
    );
  const versioned = new Map<string, number[]>();
  const storyKeys: number[][] = [];
  const bands = packPostings((post) =>
    stories.forEach((f, story) => {
      for (const key of bandKeys(f, rows)) post(key, story);
    }),
  );
  const keyed = packPostings((post) =>
    stories.forEach((f, story) => {
      const keys = keysOf(f);
      for (const key of keys) post(key, story);
      storyKeys.push(keys);
      for (const name of f.titleEntities.versioned) {
        const list = versioned.get(name);
        if (!list) versioned.set(name, [story]);
        else if (list[list.length - 1] !== story) list.push(story);
      }
    }),
  );
  const pairsOf = (keys: number[]) =>
    pairKeysOf(keys, (key) => keyed.sizeOf(key), { maxPosting, pairedStopKeys, anchorStopKeys });
  const pairs = packPostings((post) =>
    storyKeys.forEach((keys, story) => {
      for (const key of pairsOf(keys)) post(key, story);
    }),
  );
  storyKeys.length = 0; // built; not held for the index's life
  const separate = packForScoring(stories);
  const seen = new Uint8Array(stories.length);
  const touched: number[] = [];
  const touch = (story: number) => {
    if (seen[story] === 0) {
      seen[story] = 1;
      touched.push(story);
    }
  };
  /** Walks a posting list of at most `maxPosting` stories (or its latest `latest`). */
  const walk = (table: Postings, key: number, latest = 0) => {
    const [from, to] = table.rangeOf(key);
    if (to - from <= maxPosting) for (let i = from; i < to; i++) touch(table.storyAt(i));
    else if (latest > 0) for (let i = to - latest; i < to; i++) touch(table.storyAt(i));
  };
  let reached = 0;
  return {
    lastReached: () => reached,
    candidatesOf(today, t) {
      touched.length = 0;
      for (const key of bandKeys(today, rows)) walk(bands, key);
      const keys = keysOf(today);
      for (const key of keys) walk(keyed, key);
      for (const key of aloneKeys(today, keys, t)) walk(keyed, key, maxPosting);
      for (const key of pairsOf(keys)) walk(pairs, key);
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
