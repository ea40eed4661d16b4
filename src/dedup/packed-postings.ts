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
  const shift = 32 - directoryBits(kept);
  let directory: Uint32Array | undefined;
  const lowerBound = (value: number, key: number) => {
    directory ??= directoryOf(kept, (i) => Math.floor(packed[i]! / STORY_SPAN));
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
 * Several segments' posting lists as one over the window: each key's entries in window order, its
 * stories as window positions. Keys and stories are two Uint32Arrays (integer compares and loads
 * in a look-up's binary search and walk, not a float division per entry).
 */
export interface MergedPostings {
  /** Entries over all the parts. */
  size: number;
  keyAt(i: number): number;
  storyAt(i: number): number;
  /** First entry of the key, or where it would be. */
  startOf(key: number): number;
  /** One past the key's last entry. */
  endOf(key: number): number;
  rangeOf(key: number): [number, number];
}

/** Bits of a look-up directory over `entries` sorted entries: about four entries per slot. */
function directoryBits(entries: number): number {
  return Math.min(24, Math.max(4, Math.ceil(Math.log2(entries / 4 + 1))));
}

/** Where each slot of keys' top bits starts among `entries` entries sorted by key (and one past the end). */
function directoryOf(entries: number, keyAt: (i: number) => number): Uint32Array {
  const bits = directoryBits(entries);
  const shift = 32 - bits;
  const directory = new Uint32Array(2 ** bits + 1);
  for (let i = 0, prefix = 0; prefix <= 2 ** bits; prefix++) {
    while (i < entries && keyAt(i) >>> shift < prefix) i++;
    directory[prefix] = i;
  }
  return directory;
}

/**
 * Several postings as one, each part's stories shifted by its offset (parts in window order,
 * offsets ascending, every shifted story below STORY_SPAN): a key's list over all the parts is then
 * one range, found with one look-up however many parts there are. Entries of one key stay in part
 * order, so a range reads as the parts' ranges one after another.
 *
 * A counting sort by the look-up directory's slot (the key's top bits, about four entries per
 * slot), straight into the two arrays of the result: one pass counts each slot's entries (the
 * counts' running sum is the directory), one places every entry in its slot, part by part, and
 * each slot's few entries are then put in key order by an insertion sort (stable: a key's entries
 * keep their part order, which is window order). Linear in the window's entries whatever the parts;
 * the k-way merge it replaces scanned every part's head for each entry it wrote.
 */
export function mergePostings(parts: readonly { postings: Postings; offset: number }[]): MergedPostings {
  const runs = parts.map(({ postings, offset }) => {
    const { entries } = postings;
    if (entries.length > 0 && (entries[entries.length - 1]! % STORY_SPAN) + offset >= STORY_SPAN)
      throw new RangeError(`merged postings hold fewer than ${STORY_SPAN} stories`);
    return entries;
  });
  const size = runs.reduce((n, r) => n + r.length, 0);
  const bits = directoryBits(size);
  const shift = 32 - bits;
  const directory = new Uint32Array(2 ** bits + 1);
  for (const run of runs)
    for (let i = 0; i < run.length; i++) directory[(Math.floor(run[i]! / STORY_SPAN) >>> shift) + 1]!++;
  for (let slot = 1; slot < directory.length; slot++) directory[slot]! += directory[slot - 1]!;
  const next = directory.slice(0, -1);
  const keys = new Uint32Array(size);
  const stories = new Uint32Array(size);
  runs.forEach((run, r) => {
    const offset = parts[r]!.offset;
    for (let i = 0; i < run.length; i++) {
      const key = Math.floor(run[i]! / STORY_SPAN);
      const at = next[key >>> shift]!++;
      keys[at] = key;
      stories[at] = run[i]! - key * STORY_SPAN + offset;
    }
  });
  for (let slot = 0; slot + 1 < directory.length; slot++) {
    const from = directory[slot]!;
    const to = directory[slot + 1]!;
    for (let i = from + 1; i < to; i++) {
      const key = keys[i]!;
      if (keys[i - 1]! <= key) continue;
      const story = stories[i]!;
      let j = i;
      for (; j > from && keys[j - 1]! > key; j--) {
        keys[j] = keys[j - 1]!;
        stories[j] = stories[j - 1]!;
      }
      keys[j] = key;
      stories[j] = story;
    }
  }
  return mergedOver(keys, stories, directory);
}

/** Look-ups over sorted keys and their stories (`mergePostings`' result). */
function mergedOver(keys: Uint32Array, stories: Uint32Array, directory: Uint32Array): MergedPostings {
  const size = keys.length;
  // As `postingsOf`: a directory by the key's top bits, about four entries per slot.
  const shift = 32 - directoryBits(size);
  // The first entry whose key is at least `value`, searched within `key`'s slot (value is the key
  // or the key + 1: both bounds of the key's entries lie in its slot).
  const lowerBound = (value: number, key: number) => {
    let lo = directory[key >>> shift]!;
    let hi = directory[(key >>> shift) + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    size,
    keyAt: (i) => keys[i]!,
    storyAt: (i) => stories[i]!,
    startOf: (key) => lowerBound(key, key),
    endOf: (key) => lowerBound(key + 1, key),
    rangeOf: (key) => [lowerBound(key, key), lowerBound(key + 1, key)],
  };
}
