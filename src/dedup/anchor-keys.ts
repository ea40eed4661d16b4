// Today's pairs followed from an anchor stop-key (segment-index.ts `walkAnchors`): the anchor's
// stories' keys packed once, so each other key a look-up asks is a binary search, not a pass over
// the anchor's whole list.
import { STORY_SPAN } from "./packed-postings.ts";

/** A story's keys of one kind: `data[start[story]] … data[start[story + 1] − 1]`. */
export interface KindKeys {
  start: Uint32Array;
  data: Uint32Array;
}

/**
 * The keys of the stories at `positions` (window positions below 2^21), one sorted array per kind
 * of (key · 2^21 + position): `storiesHolding` reads a key's stories from it. `keysAt(position)`
 * gives a position's kinds and its story within them.
 */
export function packAnchorKeys(
  positions: ArrayLike<number>,
  keysAt: (position: number) => { kinds: readonly KindKeys[]; story: number },
  kinds = 3,
): Float64Array[] {
  const stories = Array.from(positions, (position) => ({ position, ...keysAt(position) }));
  return Array.from({ length: kinds }, (_, k) => {
    let size = 0;
    for (const { kinds, story } of stories) size += kinds[k]!.start[story + 1]! - kinds[k]!.start[story]!;
    const entries = new Float64Array(size);
    let at = 0;
    for (const { position, kinds, story } of stories) {
      const { start, data } = kinds[k]!;
      for (let a = start[story]!; a < start[story + 1]!; a++)
        entries[at++] = data[a]! * STORY_SPAN + position;
    }
    return entries.sort();
  });
}

/** First entry of `entries` at or above `value`. */
function lowerBound(entries: Float64Array, value: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions (ascending, each once) of the packed stories holding `key` (one kind's array of
 * `packAnchorKeys`), handed to `visit` when at most `max` stories hold it; returns how many do.
 */
export function storiesHolding(
  entries: Float64Array,
  key: number,
  max: number,
  visit: (position: number) => void,
): number {
  const first = lowerBound(entries, key * STORY_SPAN);
  const end = lowerBound(entries, (key + 1) * STORY_SPAN);
  // A story holding the key twice (two of its keys hashing alike) counts once.
  let count = 0;
  for (let j = first; j < end; j++) if (j === first || entries[j] !== entries[j - 1]) count++;
  if (count <= max)
    for (let j = first; j < end; j++)
      if (j === first || entries[j] !== entries[j - 1]) visit(entries[j]! - key * STORY_SPAN);
  return count;
}
