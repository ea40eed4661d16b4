import type { ArticleFeatures } from "./article-features.ts";
import {
  bandKeys,
  DEFAULT_EARLIER_INDEX,
  type EarlierIndexOptions,
  type EarlierStoryIndex,
  keysOf,
} from "./earlier-story-index.ts";
import type { Postings } from "./packed-postings.ts";
import { separateOver } from "./packed-scoring.ts";
import { blendStory, evidenceFloor } from "./score-pair.ts";
import type { StorySegment } from "./story-segment.ts";

const KINDS = ["title", "entities", "figures"] as const;

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
 * list when one key alone reaches the story threshold, versioned names always), with one change:
 * a pair of stop-keys is followed through the stories holding both keys (the intersection of the
 * two lists, from the rarer one) rather than through a posting list of each story's own rarest
 * pairs, which depends on the window and so cannot be stored per day. Every story the bounded
 * index reaches through a pair holds both keys, so this reaches at least those; each story reached
 * is then checked as `isClearlySeparate` would be. Positions are window order: segments in date
 * order, stories by id.
 */
export function indexStorySegments(
  segments: readonly StorySegment[],
  options: Partial<EarlierIndexOptions> = {},
): SegmentIndex {
  const { rows, maxPosting, pairedStopKeys, anchorStopKeys } = { ...DEFAULT_EARLIER_INDEX, ...options };
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
  const table = (s: StorySegment, which: "bands" | "keyed"): Postings => s[which];
  const sizeOf = (which: "bands" | "keyed", key: number) => {
    let n = 0;
    for (const s of segments) n += table(s, which).sizeOf(key);
    return n;
  };
  /** As the bounded index's walk: a list of at most `maxPosting`, or its latest `latest` stories. */
  const walk = (which: "bands" | "keyed", key: number, latest = 0) => {
    const total = sizeOf(which, key);
    if (total === 0) return;
    if (total <= maxPosting) {
      segments.forEach((s, i) => {
        const t = table(s, which);
        const [from, to] = t.rangeOf(key);
        for (let j = from; j < to; j++) touch(offsets[i]! + t.storyAt(j));
      });
    } else if (latest > 0) {
      let left = latest;
      for (let i = segments.length - 1; i >= 0 && left > 0; i--) {
        const t = table(segments[i]!, which);
        const [from, to] = t.rangeOf(key);
        for (let j = to - 1; j >= from && left > 0; j--, left--) touch(offsets[i]! + t.storyAt(j));
      }
    }
  };
  /** Stories holding both keys: the rarer list walked, each story looked up in the other's. */
  const walkBoth = (rare: number, other: number) => {
    segments.forEach((s, i) => {
      const [from, to] = s.keyed.rangeOf(rare);
      if (from === to) return;
      const [oFrom, oTo] = s.keyed.rangeOf(other);
      let lo = oFrom;
      for (let j = from; j < to && lo < oTo; j++) {
        const story = s.keyed.storyAt(j);
        // Both ranges ascend by story: a binary search from where the last one ended.
        let hi = oTo;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (s.keyed.storyAt(mid) < story) lo = mid + 1;
          else hi = mid;
        }
        if (lo < oTo && s.keyed.storyAt(lo) === story) touch(offsets[i]! + story);
      }
    });
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
          for (const key of keys.slice(at, at + count)) walk("keyed", key, maxPosting);
        at += count;
      });
      // Today's rarest stop-keys, as the bounded index pairs them: each anchor with each other one.
      const stop = [...new Set(keys)]
        .filter((k) => sizes.get(k)! > maxPosting)
        .sort((a, b) => sizes.get(a)! - sizes.get(b)! || a - b)
        .slice(0, pairedStopKeys);
      for (let x = 0; x < Math.min(anchorStopKeys, stop.length); x++)
        for (let y = x + 1; y < stop.length; y++) walkBoth(stop[x]!, stop[y]!);
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
