import { packAnchorKeys, storiesHolding } from "./anchor-keys.ts";
import type { ArticleFeatures } from "./article-features.ts";
import {
  aloneKeys,
  bandKeys,
  DEFAULT_EARLIER_INDEX,
  type EarlierIndexOptions,
  type EarlierStoryIndex,
  keysOf,
  pairKeysAt,
  stopKeysAt,
} from "./earlier-story-index.ts";
import { type MergedPostings, mergePostings } from "./packed-postings.ts";
import { separateOver, type TodayCache } from "./packed-scoring.ts";
import type { DedupThresholds } from "./score-pair.ts";
import type { StorySegment } from "./story-segment.ts";
import { hashActors, maySameSubject } from "./subject-gate.ts";

/** An anchor stop-key is followed into its stories while its list holds at most this many times `maxPosting`. */
const ANCHOR_SPAN = 3;

/**
 * Stories reached by a look-up that are checked (`isClearlySeparate`) at most: those reached through
 * the most of today's keys, bands and pairs first, then the latest. The walk reaches more stories the
 * more days the window holds (each key's list up to `maxPosting`), and checking every one is the
 * part of a look-up that grew with the window; this bounds it. Measured on the earlier-index
 * corpora at 1,000 stories a day over 7 days (run-scale corpus, planted window): the same links as
 * checking every story reached at 384 (10 of the 13 links scoring every story finds, 445 of 445);
 * 256 lost one of the 10, 128 one more and 25 planted ones. At 7 days the cap seldom binds (a
 * look-up reaches 230 stories on average, 510 at most); it bounds longer windows.
 */
export const MAX_CHECKED = 384;

/** Entries of the anchors' key arrays kept at once (`walkAnchors`): 2^21 · 8 bytes = 16 MB at most. */
const ANCHOR_CACHE = 2 ** 21;

export interface SegmentIndex extends EarlierStoryIndex {
  /**
   * As `EarlierStoryIndex.candidatesOf`; with `actors` (today's story's actors, as its signature
   * kept them), the stories that cannot be its subject are left out (subject-gate.ts): fewer
   * candidates to check and decode, the same match.
   */
  candidatesOf(today: ArticleFeatures, thresholds: DedupThresholds, actors?: ReadonlySet<string>): number[];
  /** Store id of the story at a window position (as `candidatesOf` returns them). */
  idAt(position: number): number;
  /** Stories in the window. */
  size: number;
  /** Stories the last look-up checked (`isClearlySeparate`): at most `maxChecked`. */
  lastChecked(): number;
  /**
   * Posting-list look-ups (binary searches) the last `candidatesOf` made: one per key and table
   * (its size, once per index), and one per list walked, whatever the days in the window.
   */
  lastLookUps(): number;
  /**
   * Stories posting a title, entity or figure key over the window (memoised): what a segment built
   * next needs of the window for its pair keys, without searching each earlier segment again.
   */
  keyedSize(key: number): number;
}

/**
 * The earlier-story index (earlier-story-index.ts) over stored per-day segments instead of one index
 * built from every decoded story. Opening it merges the segments' posting lists into one per table
 * (linear in the window's entries, no per-story decoding), so a key's list over the whole window
 * is one binary search, however many days the window holds (`lastLookUps` counts them). The walk is the bounded index's (bands and keys walked
 * when the window's posting list holds at most `maxPosting` stories, the latest `maxPosting` of a
 * list when one key alone reaches the story threshold, pair keys of today's rarest stop-keys,
 * versioned names always). One difference: which of an earlier story's keys are its rarest
 * stop-keys (its pair keys) was decided when its segment was built, over the window that day
 * (story-segment.ts), not over today's; the window moves by a day at a time, so the two differ
 * only for keys at the edge of the cap. Each story reached is then checked as `isClearlySeparate`
 * would be. Positions are window order: segments in date order, stories by id.
 */
export function indexStorySegments(
  segments: readonly StorySegment[],
  options: Partial<EarlierIndexOptions> & { maxChecked?: number } = {},
): SegmentIndex {
  const { rows, maxPosting, pairedStopKeys, anchorStopKeys } = { ...DEFAULT_EARLIER_INDEX, ...options };
  const maxChecked = options.maxChecked ?? MAX_CHECKED;
  const anchorCap = ANCHOR_SPAN * maxPosting;
  const offsets: number[] = [];
  let size = 0;
  for (const s of segments) {
    offsets.push(size);
    size += s.ids.length;
  }
  // The segment of each window position (a position's story is position − its segment's offset).
  const segmentAt = new Uint16Array(size);
  segments.forEach((s, i) => {
    segmentAt.fill(i, offsets[i]!, offsets[i]! + s.ids.length);
  });
  // One packing of today's side for the checks in every segment.
  const todayCache: TodayCache = {};
  const separate = segments.map((s) => separateOver(s.scoring, todayCache));
  // Through how many of today's keys, bands and pairs each story was reached (0: not in this look-up).
  const hits = new Uint16Array(size);
  const touched: number[] = [];
  const touch = (position: number) => {
    if (hits[position] === 0) touched.push(position);
    if (hits[position]! < 0xffff) hits[position]!++;
  };
  type Table = "bands" | "keyed" | "pairs";
  // The window's posting lists merged once, when the index opens (linear in the window's entries):
  // a key's list over the window is then one range, one look-up whatever the days in the window.
  const merged = (which: Table) =>
    mergePostings(segments.map((s, i) => ({ postings: s[which], offset: offsets[i]! })));
  const tables: Record<Table, MergedPostings> = {
    bands: merged("bands"),
    keyed: merged("keyed"),
    pairs: merged("pairs"),
  };
  const versioned = new Map<string, number[]>();
  segments.forEach((s, i) => {
    for (const [name, stories] of s.versioned) {
      const list = versioned.get(name) ?? [];
      versioned.set(name, list);
      for (const story of stories) list.push(offsets[i]! + story);
    }
  });
  let lookUps = 0;
  // One look-up per key: the range, then its size (reused by the walk).
  let from = 0;
  let to = 0;
  const look = (which: Table, key: number) => {
    lookUps++;
    const t = tables[which];
    from = t.startOf(key);
    // Most keys are not in the window: the first entry at or after the key tells.
    to = from < t.size && t.keyAt(from) === key ? t.endOf(key) : from;
    return to - from;
  };
  // A key's size over the keyed table, looked up once per index (today's stories share many keys,
  // and most of those are stop-keys whose lists are never walked). Keys as int32 (`key | 0`, one to
  // one): small integers hash fast in a Map, uint32s above 2^31 do not.
  const keyedSizes = new Map<number, number>();
  const keyedSizeOf = (key: number) => {
    let total = keyedSizes.get(key | 0);
    if (total === undefined) {
      total = look("keyed", key);
      keyedSizes.set(key | 0, total);
    }
    return total;
  };
  /**
   * As the bounded index's walk: a list of at most `maxPosting`, or its latest `latest` stories.
   * A band or pair key is looked up once, here (they are seldom shared between today's stories: a
   * memo of their sizes cost a Map entry per key and found almost nothing); a keyed one's size is
   * known first (a stop-key's list is never looked up again).
   */
  const walk = (which: Table, key: number, latest = 0) => {
    if (which === "keyed") {
      const known = keyedSizeOf(key);
      if (known === 0 || (known > maxPosting && latest === 0)) return;
    }
    const total = look(which, key);
    const t = tables[which];
    if (total <= maxPosting) for (let j = from; j < to; j++) touch(t.storyAt(j));
    else if (latest > 0) for (let j = to - 1; j >= to - latest; j--) touch(t.storyAt(j));
  };
  /**
   * The stored pair lists hold each earlier story's pairs as judged over the window of its own day;
   * a key that has since become a stop-key has no pair there. So today's pairs are also followed
   * from each anchor whose list is still short (at most `anchorCap`): its stories that hold the
   * other key, walked when at most `maxPosting` do (the cost is bounded by the cap, not the window).
   */
  // By anchor: its stories' keys, one sorted array per kind of (value · 2^21 + window position),
  // built once per anchor, the first time one of today's stories uses it. Today's stories share
  // their stop-keys (on a 7-day window ~75 anchors serve ~900 look-ups): one pass over an anchor's
  // stories then answers every other key any of them asks with a binary search (a merge per
  // look-up read the anchor's whole list again for each story: ~80,000 stories read a day).
  // Bounded: past ANCHOR_CACHE entries (8 bytes each) the arrays built so far are dropped and
  // built again when asked (a day of 10,000 stories may use thousands of anchors).
  const anchorKeys = new Map<number, Float64Array[]>();
  let cached = 0;
  const anchorKeysOf = (anchor: number) => {
    let packed = anchorKeys.get(anchor | 0);
    if (packed) return packed;
    look("keyed", anchor);
    const positions: number[] = [];
    for (let j = from; j < to; j++) positions.push(tables.keyed.storyAt(j));
    packed = packAnchorKeys(positions, (position) => {
      const i = segmentAt[position]!;
      return { kinds: segments[i]!.scoring.kinds, story: position - offsets[i]! };
    });
    const entries = packed.reduce((n, p) => n + p.length, 0);
    if (cached + entries > ANCHOR_CACHE) {
      anchorKeys.clear();
      cached = 0;
    }
    anchorKeys.set(anchor | 0, packed);
    cached += entries;
    return packed;
  };
  const walkAnchors = (today: ArticleFeatures, keys: number[], stop: readonly number[]) => {
    const kindOf: number[] = [];
    const rawOf: number[] = [];
    (["title", "entities", "figures"] as const).forEach((kind, k) => {
      for (const raw of today.keys[kind]) {
        kindOf.push(k);
        rawOf.push(raw);
      }
    });
    for (let x = 0; x < Math.min(anchorStopKeys, stop.length); x++) {
      const anchor = keys[stop[x]!]!;
      if (keyedSizeOf(anchor) > anchorCap) continue;
      const packed = anchorKeysOf(anchor);
      for (let y = x + 1; y < stop.length; y++) {
        storiesHolding(packed[kindOf[stop[y]!]!]!, rawOf[stop[y]!]!, maxPosting, touch);
      }
    }
  };
  let reached = 0;
  let checkedCount = 0;
  return {
    size,
    idAt(position) {
      const i = segmentAt[position]!;
      return segments[i]!.ids[position - offsets[i]!]!;
    },
    lastReached: () => reached,
    lastLookUps: () => lookUps,
    lastChecked: () => checkedCount,
    keyedSize: keyedSizeOf,
    candidatesOf(today: ArticleFeatures, t: DedupThresholds, actors?: ReadonlySet<string>) {
      touched.length = 0;
      lookUps = 0;
      for (const key of bandKeys(today, rows)) walk("bands", key);
      const keys = keysOf(today);
      for (const key of keys) walk("keyed", key);
      for (const key of aloneKeys(today, keys, t)) walk("keyed", key, maxPosting);
      // Today's rarest stop-keys paired as the bounded index pairs them, each pair's list walked.
      const stop = stopKeysAt(keys, keyedSizeOf, { maxPosting, pairedStopKeys });
      for (const key of pairKeysAt(keys, stop, anchorStopKeys)) walk("pairs", key);
      walkAnchors(today, keys, stop);
      const named = new Set<number>();
      for (const name of today.titleEntities.versioned)
        for (const position of versioned.get(name) ?? []) named.add(position);
      const subject = actors && hashActors(actors);
      const may = (position: number) => {
        const segment = segmentAt[position]!;
        return maySameSubject(segments[segment]!.actors, position - offsets[segment]!, subject);
      };
      const found: number[] = [...named].filter(may);
      reached = touched.length + named.size;
      // The stories reached through the most keys first, then the latest: at most maxChecked are checked.
      const checked =
        touched.length > maxChecked
          ? touched.sort((a, b) => hits[b]! - hits[a]! || b - a).slice(0, maxChecked)
          : touched;
      checkedCount = checked.length;
      // Window order (a typed array sorts numbers without a comparator call per step).
      for (const position of Uint32Array.from(checked).sort()) {
        const segment = segmentAt[position]!;
        if (
          !named.has(position) &&
          may(position) &&
          !separate[segment]!(today, position - offsets[segment]!, t)
        )
          found.push(position);
      }
      for (const position of touched) hits[position] = 0;
      return found.sort((a, b) => a - b);
    },
  };
}
