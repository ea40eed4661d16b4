import type { ArticleFeatures } from "./article-features.ts";
import { hashString, mix32 } from "./hash32.ts";

/**
 * Candidate pairs without comparing every pair: (1) LSH banding over the text MinHash — a pair
 * with text Jaccard J shares at least one band with probability 1 − (1 − J^rows)^bands; (2) pairs of
 * the rarest tokens of each title; (3) shared model or product names; (4) two shared figures.
 * Buckets larger than `maxBucket` say nothing specific (a common word) and are skipped; every
 * candidate is then scored in full.
 */
export interface CandidateOptions {
  /** Rows per LSH band; bands = floor(permutations / rows). */
  rows: number;
  /** Rarest title tokens per article whose pairs are blocking keys. */
  titleKeys: number;
  /** Buckets up to this size compare every pair of their members. */
  fullBucket: number;
  /** Larger buckets (up to maxBucket) are split (splitBucket); beyond it they are skipped. */
  maxBucket: number;
  /** In a split bucket, each member is also compared with this many members after it. */
  window: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = {
  rows: 3,
  titleKeys: 4,
  fullBucket: 48,
  maxBucket: 400,
  window: 8,
};

/** Figures per article used for pair keys (the lowest hashes: a fixed, arbitrary choice). */
const MAX_FIGURES = 8;
/** Entries are packed as key · 2^20 + index into one float64, so one call handles < 2^20 articles. */
const INDEX_SPAN = 2 ** 20;

/**
 * Pairs (i < j) of indexes into `features`, each once, as a flat list [i0, j0, i1, j1, …].
 * Keys and pairs live in sorted Float64Arrays, not Maps and Sets: at 100,000 articles that is
 * ~6 million keys, which a Map of arrays would hold in ~10× the memory.
 */
export function findCandidates(
  features: ArticleFeatures[],
  options: CandidateOptions = DEFAULT_CANDIDATES,
): Uint32Array {
  const n = features.length;
  if (n >= INDEX_SPAN)
    throw new RangeError(`findCandidates handles fewer than ${INDEX_SPAN} articles, got ${n}`);
  const titleFrequency = new Map<string, number>();
  for (const f of features)
    for (const t of f.titleTokens) titleFrequency.set(t, (titleFrequency.get(t) ?? 0) + 1);
  let entries = new Float64Array(n * 48);
  let size = 0;
  // A 32-bit hash per key (kind mixed in): a collision only adds a candidate, which scoring rejects.
  const add = (kind: number, hash: number, index: number) => {
    if (size === entries.length) {
      const grown = new Float64Array(entries.length * 2);
      grown.set(entries);
      entries = grown;
    }
    entries[size++] = mix32(hash ^ Math.imul(kind + 1, 0x9e3779b1)) * INDEX_SPAN + index;
  };
  features.forEach((f, index) => {
    const sig = f.minhash;
    const bands = Math.floor(sig.length / options.rows);
    for (let band = 0; band < bands; band++) {
      let h = 0;
      for (let r = 0; r < options.rows; r++)
        h = mix32(h ^ Math.imul(sig[band * options.rows + r]!, 0x85ebca6b));
      add(100 + band, h, index);
    }
    const rare = [...f.titleTokens]
      .filter((t) => (titleFrequency.get(t) ?? 0) > 1)
      .sort((x, y) => titleFrequency.get(x)! - titleFrequency.get(y)! || (x < y ? -1 : 1))
      .slice(0, options.titleKeys)
      .map((t) => hashString(t));
    // Pairs of rare tokens: two titles that say the same share most of them, while one rare
    // bigram recurs by chance in every few hundred titles.
    for (let x = 0; x < rare.length; x++)
      for (let y = x + 1; y < rare.length; y++) add(1, mix32(rare[x]! ^ mix32(rare[y]!)), index);
    // Organisation names are shared by unrelated stories; model and product names are not.
    for (const e of f.entities.all) if (!e.startsWith("org:")) add(2, hashString(e), index);
    // One shared figure ("3倍") is common; two shared figures rarely happen by chance.
    const figures = f.keys.figures.subarray(0, MAX_FIGURES);
    for (let x = 0; x < figures.length; x++)
      for (let y = x + 1; y < figures.length; y++) add(3, mix32(figures[x]! ^ mix32(figures[y]!)), index);
  });
  const sorted = entries.subarray(0, size).sort();
  let pairs = new Float64Array(1024);
  let count = 0;
  const addPair = (i: number, j: number) => {
    if (i === j) return;
    if (count === pairs.length) {
      const grown = new Float64Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[count++] = Math.min(i, j) * INDEX_SPAN + Math.max(i, j);
  };
  for (let start = 0; start < size; ) {
    const key = Math.floor(sorted[start]! / INDEX_SPAN);
    let end = start + 1;
    while (end < size && Math.floor(sorted[end]! / INDEX_SPAN) === key) end++;
    const length = end - start;
    if (length >= 2 && length <= options.fullBucket) {
      for (let x = start; x < end; x++)
        for (let y = x + 1; y < end; y++) addPair(sorted[x]! % INDEX_SPAN, sorted[y]! % INDEX_SPAN);
    } else if (length > options.fullBucket && length <= options.maxBucket) {
      const members = Array.from(sorted.subarray(start, end), (e) => e % INDEX_SPAN);
      splitBucket(key, members, features, options, addPair);
    }
    start = end;
  }
  const unique = pairs.subarray(0, count).sort();
  const out: number[] = [];
  for (let p = 0; p < unique.length; p++) {
    if (p > 0 && unique[p] === unique[p - 1]) continue;
    out.push(Math.floor(unique[p]! / INDEX_SPAN), unique[p]! % INDEX_SPAN);
  }
  return Uint32Array.from(out);
}

/**
 * A bucket too big to compare pairwise (a pair of title words or a name that a hundred articles
 * share): every pair in it would make the day's cost grow with the square of its articles. Its
 * members are compared (1) when they also share a title token that few of them have — the bucket
 * is split by each member's title keys, and the sub-buckets of at most `fullBucket` members
 * compare every pair (two titles of one story share more than the bucket's key) — and (2) each
 * with the next `window` members in input order, so one big story still chains into one cluster.
 * Both bound the pairs per member, so the candidates grow linearly with the day.
 */
function splitBucket(
  key: number,
  members: number[],
  features: ArticleFeatures[],
  options: CandidateOptions,
  addPair: (i: number, j: number) => void,
): void {
  let total = 0;
  for (const m of members) total += features[m]!.keys.title.length;
  const sub = new Float64Array(total);
  let size = 0;
  for (const m of members)
    for (const t of features[m]!.keys.title) sub[size++] = mix32(key ^ mix32(t)) * INDEX_SPAN + m;
  sub.sort();
  for (let start = 0; start < size; ) {
    const subKey = Math.floor(sub[start]! / INDEX_SPAN);
    let end = start + 1;
    while (end < size && Math.floor(sub[end]! / INDEX_SPAN) === subKey) end++;
    if (end - start >= 2 && end - start <= options.fullBucket)
      for (let x = start; x < end; x++)
        for (let y = x + 1; y < end; y++) addPair(sub[x]! % INDEX_SPAN, sub[y]! % INDEX_SPAN);
    start = end;
  }
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y <= x + options.window && y < members.length; y++) addPair(members[x]!, members[y]!);
}
