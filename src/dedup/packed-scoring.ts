import type { ArticleFeatures } from "./article-features.ts";
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

/** Equal bytes of two 32-bit words (each byte equal or not): the zero bytes of their XOR. */
function equalBytes(x: number, y: number): number {
  const d = x ^ y;
  // A byte's high bit is set unless the byte is zero (no carry crosses bytes: 0x7f + 0x7f < 0x100).
  const nonZero = ((d & 0x7f7f7f7f) + 0x7f7f7f7f) | d | 0x7f7f7f7f;
  return Math.imul(~nonZero >>> 7, 0x01010101) >>> 24;
}

/** Bits of the filter over today's keys of one kind (32 words: 1,024 bits). */
const FILTER_WORDS = 32;

/**
 * Today's side of the checks, packed once per today's story (the checks of one look-up come one
 * after another): its slot bytes four to a word, and per kind a bit filter of its keys, so a
 * story's key that is not today's (most of them) costs one bit test instead of a step of a merge.
 */
interface TodayPacked {
  bytes: Uint8Array;
  words: Uint32Array;
  keys: Uint32Array[];
  filters: Uint32Array[];
}

function packToday(today: ArticleFeatures): TodayPacked {
  const slots = today.minhash;
  const bytes = new Uint8Array(slots.length);
  for (let i = 0; i < slots.length; i++) bytes[i] = slots[i]! & 0xff;
  const keys = [today.keys.title, today.keys.entities, today.keys.figures];
  const filters: Uint32Array[] = [];
  for (const list of keys) {
    const filter = new Uint32Array(FILTER_WORDS);
    for (let i = 0; i < list.length; i++) {
      const key = list[i]!;
      filter[(key >>> 5) & (FILTER_WORDS - 1)]! |= 1 << (key & 31);
    }
    filters.push(filter);
  }
  return { bytes, words: new Uint32Array(bytes.buffer, 0, bytes.length >>> 2), keys, filters };
}

/** |today's keys ∩ data[from, to)|, both sorted and distinct: countShared's count, through the filter. */
function sharedThrough(keys: Uint32Array, filter: Uint32Array, data: Uint32Array, from: number, to: number) {
  if (keys.length === 0) return 0;
  let shared = 0;
  for (let j = from; j < to; j++) {
    const key = data[j]!;
    if ((filter[(key >>> 5) & (FILTER_WORDS - 1)]! & (1 << (key & 31))) === 0) continue;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo < keys.length && keys[lo] === key) shared++;
  }
  return shared;
}

/**
 * Today's packed side, shared by the checks over several arrays (a window's segments): each
 * today's story is packed once, whichever segment its checks start in.
 */
export interface TodayCache {
  today?: ArticleFeatures;
  packed?: TodayPacked;
}

function packedOf(cache: TodayCache, today: ArticleFeatures): TodayPacked {
  if (cache.today !== today || !cache.packed) {
    cache.today = today;
    cache.packed = packToday(today);
  }
  return cache.packed;
}

/**
 * `isClearlySeparate(today, story)` over packed arrays (see packForScoring): the same numbers, in
 * fewer steps (slot bytes compared four at a time where a story's slots start at a multiple of 4,
 * as they do when every story has 64 or none; shared keys counted through today's filters).
 */
export function separateOver(
  arrays: ScoringArrays,
  cache: TodayCache = {},
): (today: ArticleFeatures, story: number, t: DedupThresholds) => boolean {
  const { slotStart, slotBytes, withText, kinds, lengths } = arrays;
  const words =
    slotBytes.byteOffset % 4 === 0
      ? new Uint32Array(slotBytes.buffer, slotBytes.byteOffset, slotBytes.length >>> 2)
      : undefined;
  const [title, entities, figures] = kinds as [Kind, Kind, Kind];
  return (today, story, t) => {
    const a = today.minhash;
    const packed = packedOf(cache, today);
    const from = slotStart[story]!;
    const k = Math.min(a.length, slotStart[story + 1]! - from);
    let text = 0;
    // As estimateJaccard (equal slots over the shorter signature; 0 when either text was empty),
    // over the slots' bytes: at least the real estimate.
    if (k > 0 && a[0] !== EMPTY_SLOT && withText[story] === 1) {
      let same = 0;
      let i = 0;
      if (words !== undefined && from % 4 === 0)
        for (const w = from >>> 2; i + 4 <= k; i += 4)
          same += equalBytes(packed.words[i >>> 2]!, words[w + (i >>> 2)]!);
      for (; i < k; i++) if (packed.bytes[i] === slotBytes[from + i]) same++;
      text = same / k;
    }
    if (text >= t.textAmbiguous) return false;
    const floor = evidenceFloorOf(today.length, lengths[story]!);
    const [tk, ek, fk] = packed.keys as [Uint32Array, Uint32Array, Uint32Array];
    const [tf, ef, ff] = packed.filters as [Uint32Array, Uint32Array, Uint32Array];
    const t0 = title.start[story]!;
    const t1 = title.start[story + 1]!;
    const e0 = entities.start[story]!;
    const e1 = entities.start[story + 1]!;
    const f0 = figures.start[story]!;
    const f1 = figures.start[story + 1]!;
    const story_ = blendStory(
      diceCount(sharedThrough(tk, tf, title.data, t0, t1), tk.length, t1 - t0),
      overlapCount(sharedThrough(ek, ef, entities.data, e0, e1), ek.length, e1 - e0, floor),
      overlapCount(sharedThrough(fk, ff, figures.data, f0, f1), fk.length, f1 - f0, floor),
      text,
    );
    return story_ < t.storyAmbiguous;
  };
}

type Kind = ScoringArrays["kinds"][number];
