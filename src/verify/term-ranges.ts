// Terms in a range of a text, and membership tests over ranges that never copy a range's terms
// (find-terms.ts finds the terms; bind-figures.ts and index-article.ts ask about ranges).
import type { Term } from "./find-terms.ts";

/**
 * The keys of the terms that lie within [from, to), in the terms' order. `terms` are sorted by
 * index, as findTerms returns them: the range is found by binary search, so asking once per figure
 * costs figures × log(terms), not figures × terms.
 */
export function termsIn(
  terms: readonly Term[],
  from: number,
  to: number,
  near?: { first?: number; last?: number },
): Set<string> {
  const keys = new Set<string>();
  let lo = firstFrom(terms, from);
  let hi = firstFrom(terms, to, lo);
  if (near?.last !== undefined) lo = Math.max(lo, hi - near.last);
  if (near?.first !== undefined) hi = Math.min(hi, lo + near.first);
  for (let i = lo; i < hi; i++) keys.add(terms[i]!.key);
  return keys;
}

/** The first term at or after a position (binary search from `lo`). */
function firstFrom(terms: readonly Term[], at: number, lo = 0): number {
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Membership of a key in a range of the terms, without building the range's set. */
export interface KeyRange {
  has(key: string): boolean;
}

/**
 * The start positions of each key's terms, sorted: `range(from, to).has(k)` is one binary search,
 * so a figure's "terms since the previous figure" cost nothing to build however long the sentence.
 */
export function termPositions(terms: readonly Term[]): (from: number, to: number) => KeyRange {
  return keyedPositions(terms.map((t) => [t.key, t.index]));
}

/** Per key its positions, sorted: `range(from, to).has(k)` is whether one lies in [from, to). */
function keyedPositions(pairs: Iterable<readonly [string, number]>): (from: number, to: number) => KeyRange {
  const at = new Map<string, number[]>();
  for (const [key, position] of pairs) {
    const list = at.get(key);
    if (list) list.push(position);
    else at.set(key, [position]);
  }
  for (const list of at.values()) list.sort((a, b) => a - b);
  return (from, to) => ({
    has(key) {
      const list = at.get(key);
      if (!list) return false;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < list.length && list[lo]! < to;
    },
  });
}

export const NOTHING: KeyRange = { has: () => false };

/** Membership in any of the sets, without copying them (a figure's wide context is its sentence's). */
export const anyOf = (...sets: ReadonlySet<string>[]): KeyRange => ({
  has: (k) => sets.some((x) => x.has(k)),
});

/**
 * The terms the figures after a position and before an end are bound to (their own terms), as a
 * membership test: per key, the sorted positions of the figures that own it, so asking costs a
 * binary search. A sentence of thousands of figures each naming something else used to give every
 * figure a copy of all the later ones' terms (quadratic time and memory: 4 GB at 13,000).
 */
export function laterTerms(
  figures: readonly { index: number }[],
  contexts: readonly { own: ReadonlySet<string> }[],
  counts: (j: number) => boolean,
): (after: number, before: number) => KeyRange {
  const pairs: Array<[string, number]> = [];
  figures.forEach((g, j) => {
    if (counts(j)) for (const k of contexts[j]!.own) pairs.push([k, g.index]);
  });
  const range = keyedPositions(pairs);
  // Positions are whole characters: after `after` is from `after + 1`.
  return (after, before) => range(after + 1, before);
}
