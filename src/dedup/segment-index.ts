import type { ArticleFeatures } from "./article-features.ts";
import {
  aloneKeys,
  bandKeys,
  DEFAULT_EARLIER_INDEX,
  type EarlierIndexOptions,
  type EarlierStoryIndex,
  keysOf,
  pairKeysOf,
} from "./earlier-story-index.ts";
import { type Postings, STORY_SPAN } from "./packed-postings.ts";
import { separateOver } from "./packed-scoring.ts";
import type { StorySegment } from "./story-segment.ts";

/** An anchor stop-key is followed into its stories while its list holds at most this many times `maxPosting`. */
const ANCHOR_SPAN = 3;

export interface SegmentIndex extends EarlierStoryIndex {
  /** Store id of the story at a window position (as `candidatesOf` returns them). */
  idAt(position: number): number;
  /** Stories in the window. */
  size: number;
}

/**
 * The earlier-story index (earlier-story-index.ts) over stored per-day segments instead of one index
 * built from every decoded story: opening it costs nothing per story, and a look-up costs a few
 * binary searches per day of the window. The walk is the bounded index's (bands and keys walked
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
  options: Partial<EarlierIndexOptions> = {},
): SegmentIndex {
  const { rows, maxPosting, pairedStopKeys, anchorStopKeys } = { ...DEFAULT_EARLIER_INDEX, ...options };
  const anchorCap = ANCHOR_SPAN * maxPosting;
  const offsets: number[] = [];
  let size = 0;
  for (const s of segments) {
    offsets.push(size);
    size += s.ids.length;
  }
  const separate = segments.map((s) => separateOver(s.scoring));
  const seen = new Uint8Array(size);
  const touched: number[] = [];
  const touch = (position: number) => {
    if (seen[position] === 0) {
      seen[position] = 1;
      touched.push(position);
    }
  };
  type Table = "bands" | "keyed" | "pairs";
  const table = (s: StorySegment, which: Table): Postings => s[which];
  // One look-up per segment and key: the ranges, then their total (reused by the walk).
  const from = new Uint32Array(segments.length);
  const to = new Uint32Array(segments.length);
  const look = (which: Table, key: number) => {
    let n = 0;
    for (let i = 0; i < segments.length; i++) {
      const t = table(segments[i]!, which);
      const a = t.startOf(key);
      // Most keys are not in a given day: the first entry at or after the key tells.
      const b = a < t.entries.length && t.entries[a]! < (key + 1) * STORY_SPAN ? t.endOf(key) : a;
      from[i] = a;
      to[i] = b;
      n += b - a;
    }
    return n;
  };
  const sizeOf = (which: Table, key: number) => look(which, key);
  /** As the bounded index's walk: a list of at most `maxPosting`, or its latest `latest` stories. */
  const walk = (which: Table, key: number, latest = 0) => {
    const total = look(which, key);
    if (total === 0) return;
    if (total <= maxPosting) {
      for (let i = 0; i < segments.length; i++) {
        const t = table(segments[i]!, which);
        for (let j = from[i]!; j < to[i]!; j++) touch(offsets[i]! + t.storyAt(j));
      }
    } else if (latest > 0) {
      let left = latest;
      for (let i = segments.length - 1; i >= 0 && left > 0; i--) {
        const t = table(segments[i]!, which);
        for (let j = to[i]! - 1; j >= from[i]! && left > 0; j--, left--) touch(offsets[i]! + t.storyAt(j));
      }
    }
  };
  /** Whether a segment's story holds `raw`, a key of one kind (a story's keys of a kind are sorted). */
  const holds = (s: StorySegment, story: number, kind: number, raw: number) => {
    const { start, data } = s.scoring.kinds[kind]!;
    let lo = start[story]!;
    const end = start[story + 1]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (data[mid]! < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && data[lo] === raw;
  };
  /**
   * The stored pair lists hold each earlier story's pairs as judged over the window of its own day;
   * a key that has since become a stop-key has no pair there. So today's pairs are also followed
   * from each anchor whose list is still short (at most `anchorCap`): its stories that hold the
   * other key, walked when at most `maxPosting` do (the cost is bounded by the cap, not the window).
   */
  const walkAnchors = (today: ArticleFeatures, keys: number[], sizes: Map<number, number>) => {
    const kindOf: number[] = [];
    const rawOf: number[] = [];
    (["title", "entities", "figures"] as const).forEach((kind, k) => {
      for (const raw of today.keys[kind]) {
        kindOf.push(k);
        rawOf.push(raw);
      }
    });
    const stop = keys
      .map((_, i) => i)
      .filter((i) => sizes.get(keys[i]!)! > maxPosting)
      .sort((a, b) => sizes.get(keys[a]!)! - sizes.get(keys[b]!)! || keys[a]! - keys[b]!)
      .slice(0, pairedStopKeys);
    for (let x = 0; x < Math.min(anchorStopKeys, stop.length); x++) {
      const anchor = keys[stop[x]!]!;
      if (sizes.get(anchor)! > anchorCap) continue;
      const byPair: number[][] = stop.map(() => []);
      segments.forEach((s, i) => {
        const end = s.keyed.endOf(anchor);
        for (let j = s.keyed.startOf(anchor); j < end; j++) {
          const story = s.keyed.storyAt(j);
          for (let y = x + 1; y < stop.length; y++)
            if (holds(s, story, kindOf[stop[y]!]!, rawOf[stop[y]!]!)) byPair[y]!.push(offsets[i]! + story);
        }
      });
      for (const list of byPair) if (list.length <= maxPosting) for (const position of list) touch(position);
    }
  };
  let reached = 0;
  return {
    size,
    idAt(position) {
      let i = segments.length - 1;
      while (i > 0 && offsets[i]! > position) i--;
      return segments[i]!.ids[position - offsets[i]!]!;
    },
    lastReached: () => reached,
    candidatesOf(today: ArticleFeatures, t) {
      touched.length = 0;
      for (const key of bandKeys(today, rows)) walk("bands", key);
      const keys = keysOf(today);
      const sizes = new Map(keys.map((k) => [k, sizeOf("keyed", k)]));
      for (const key of keys) walk("keyed", key);
      for (const key of aloneKeys(today, keys, t)) walk("keyed", key, maxPosting);
      // Today's rarest stop-keys paired as the bounded index pairs them, each pair's list walked.
      for (const key of pairKeysOf(keys, (k) => sizes.get(k)!, {
        maxPosting,
        pairedStopKeys,
        anchorStopKeys,
      }))
        walk("pairs", key);
      walkAnchors(today, keys, sizes);
      const named = new Set<number>();
      for (const name of today.titleEntities.versioned)
        segments.forEach((s, i) => {
          for (const story of s.versioned.get(name) ?? []) named.add(offsets[i]! + story);
        });
      const found: number[] = [...named];
      reached = touched.length + named.size;
      let segment = 0;
      for (const position of touched.sort((a, b) => a - b)) {
        seen[position] = 0;
        while (segment + 1 < segments.length && offsets[segment + 1]! <= position) segment++;
        if (!named.has(position) && !separate[segment]!(today, position - offsets[segment]!, t))
          found.push(position);
      }
      for (const position of named) seen[position] = 0;
      return found.sort((a, b) => a - b);
    },
  };
}
