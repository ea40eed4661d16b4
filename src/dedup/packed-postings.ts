/** Posting entries are packed as key · 2^21 + story into one float64 (exact below 2^53). */
export const STORY_SPAN = 2 ** 21;

export interface Postings {
  /** The sorted entries (key · 2^21 + story), for storing: `postingsOf(entries)` reads them back. */
  entries: Float64Array;
  /** [from, to) of the key's entries; their stories ascend (window order). */
  rangeOf(key: number): [number, number];
  /** The two ends of `rangeOf`, without the pair (for look-up loops). */
  startOf(key: number): number;
  endOf(key: number): number;
  sizeOf(key: number): number;
  storyAt(i: number): number;
}

/**
 * Posting lists as one sorted Float64Array instead of a Map of arrays: most keys (bands, pairs)
 * post one story, and a Map entry with an array per key took ~40 MB at 7,000 stories (this, ~17 MB).
 */
export function packPostings(fill: (post: (key: number, story: number) => void) => void): Postings {
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
  return postingsOf(sorted.slice(0, kept));
}

/** Postings over entries already sorted and distinct (as `packPostings` leaves them, or stored). */
export function postingsOf(packed: Float64Array): Postings {
  const kept = packed.length;
  // A directory by the key's top bits (about four entries per slot): a look-up searches a few
  // entries instead of the whole array, whose size grows with the window.
  // Built on the first look-up: a window's stored segments are read for their merged lists, and
  // most of them are never looked up one by one.
  const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(kept / 4 + 1))));
  const shift = 32 - bits;
  let directory: Uint32Array | undefined;
  const build = () => {
    const built = new Uint32Array(2 ** bits + 1);
    for (let i = 0, prefix = 0; prefix <= 2 ** bits; prefix++) {
      while (i < kept && Math.floor(packed[i]! / STORY_SPAN) >>> shift < prefix) i++;
      built[prefix] = i;
    }
    directory = built;
    return built;
  };
  const lowerBound = (value: number, key: number) => {
    const dir = directory ?? build();
    let lo = dir[key >>> shift]!;
    let hi = dir[(key >>> shift) + 1]!;
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
    entries: packed,
    rangeOf,
    startOf: (key) => lowerBound(key * STORY_SPAN, key),
    endOf: (key) => lowerBound((key + 1) * STORY_SPAN, key),
    sizeOf(key) {
      const [from, to] = rangeOf(key);
      return to - from;
    },
    storyAt: (i) => packed[i]! % STORY_SPAN,
  };
}

/**
 * Several postings as one, each part's stories shifted by its offset (parts in window order,
 * offsets ascending, every shifted story below STORY_SPAN): a key's list over all the parts is then
 * one range, found with one look-up however many parts there are. Entries of one key stay in part
 * order, so a range reads as the parts' ranges one after another. Linear merges, pairwise.
 */
export function mergePostings(parts: readonly { postings: Postings; offset: number }[]): Postings {
  let runs = parts.map(({ postings, offset }) => {
    const { entries } = postings;
    if (entries.length > 0 && (entries[entries.length - 1]! % STORY_SPAN) + offset >= STORY_SPAN)
      throw new RangeError(`merged postings hold fewer than ${STORY_SPAN} stories`);
    if (offset === 0) return entries;
    const shifted = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i++) shifted[i] = entries[i]! + offset;
    return shifted;
  });
  if (runs.length === 0) return postingsOf(new Float64Array(0));
  while (runs.length > 1) {
    const next: Float64Array[] = [];
    for (let r = 0; r + 1 < runs.length; r += 2) next.push(mergeSorted(runs[r]!, runs[r + 1]!));
    if (runs.length % 2 === 1) next.push(runs[runs.length - 1]!);
    runs = next;
  }
  return postingsOf(runs[0]!);
}

/** Two sorted runs of distinct entries as one (a and b share no entry: their stories differ). */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
