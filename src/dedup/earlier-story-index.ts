import { type ArticleFeatures, countShared } from "./article-features.ts";
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

/** Posting entries are packed as key · 2^21 + story into one float64 (exact below 2^53). */
const STORY_SPAN = 2 ** 21;

interface Postings {
  /** [from, to) of the key's entries; their stories ascend (window order). */
  rangeOf(key: number): [number, number];
  sizeOf(key: number): number;
  storyAt(i: number): number;
}

/**
 * Posting lists as one sorted Float64Array instead of a Map of arrays: most keys (bands, pairs)
 * post one story, and a Map entry with an array per key took ~40 MB at 7,000 stories (this, ~17 MB).
 */
function packPostings(fill: (post: (key: number, story: number) => void) => void): Postings {
  let entries = new Float64Array(1024);
  let size = 0;
  fill((key, story) => {
    if (size === entries.length) {
      const grown = new Float64Array(entries.length * 2);
      grown.set(entries);
      entries = grown;
    }
    entries[size++] = key * STORY_SPAN + story;
  });
  const sorted = entries.subarray(0, size).sort();
  // A story posting one key twice (two of its keys hashing alike) counts once.
  let kept = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
  const packed = sorted.slice(0, kept);
  // A directory by the key's top bits (about four entries per slot): a look-up searches a few
  // entries instead of the whole array, whose size grows with the window.
  const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(kept / 4 + 1))));
  const shift = 32 - bits;
  const directory = new Uint32Array(2 ** bits + 1);
  for (let i = 0, prefix = 0; prefix <= 2 ** bits; prefix++) {
    while (i < kept && Math.floor(packed[i]! / STORY_SPAN) >>> shift < prefix) i++;
    directory[prefix] = i;
  }
  const lowerBound = (value: number, key: number) => {
    let lo = directory[key >>> shift]!;
    let hi = directory[(key >>> shift) + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (packed[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rangeOf = (key: number): [number, number] => [
    lowerBound(key * STORY_SPAN, key),
    lowerBound((key + 1) * STORY_SPAN, key),
  ];
  return {
    rangeOf,
    sizeOf(key) {
      const [from, to] = rangeOf(key);
      return to - from;
    },
    storyAt: (i) => packed[i]! % STORY_SPAN,
  };
}

function pairKey(a: number, b: number): number {
  return mix32(Math.min(a, b) ^ mix32(Math.max(a, b) ^ 0x27d4eb2f));
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
  const postingOf = (key: number) => keyed.sizeOf(key);
  /** A story's stop-keys, rarest first (ties by key), at most `pairedStopKeys` of them. */
  const rarestStopKeys = (keys: number[]) => {
    const sizes = new Map(keys.map((k) => [k, postingOf(k)]));
    return keys
      .filter((k) => sizes.get(k)! > maxPosting)
      .sort((a, b) => sizes.get(a)! - sizes.get(b)! || a - b)
      .slice(0, pairedStopKeys);
  };
  const pairsOf = (keys: number[]) => {
    const stop = rarestStopKeys(keys);
    const out: number[] = [];
    for (let x = 0; x < Math.min(anchorStopKeys, stop.length); x++)
      for (let y = x + 1; y < stop.length; y++) out.push(pairKey(stop[x]!, stop[y]!));
    return out;
  };
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
          for (const key of keys.slice(at, at + count)) walk(keyed, key, maxPosting);
        at += count;
      });
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

/**
 * `isClearlySeparate(today, stories[i])` over the stories' slots and keys packed into a few typed
 * arrays, without chasing each story's objects across the heap (at thousands of stories those
 * cache misses, not the work, were what grew with the window). Never says "separate" where
 * `isClearlySeparate` would not.
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
