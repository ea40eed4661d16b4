import type { ArticleFeatures, ClusterInput } from "./article-features.ts";
import { exactKeysOf } from "./exact-keys.ts";
import { type CandidateOptions, DEFAULT_CANDIDATES, findCandidates } from "./find-candidates.ts";
import {
  DEFAULT_THRESHOLDS,
  type DedupThresholds,
  isClearlySeparate,
  type PairScore,
  scorePair,
} from "./score-pair.ts";

/** A scored pair of indexes into the input list. */
export interface Edge {
  i: number;
  j: number;
  score: PairScore;
}

const EXACT: PairScore = {
  text: 1,
  title: 1,
  entity: 1,
  figures: 1,
  conflict: false,
  story: 1,
  verdict: "merge",
  reason: "exact",
};

/**
 * Every pair worth a look, scored: exact-key matches first, then LSH/blocking candidates (or, with
 * `exhaustive`, all n²/2 pairs — the reference the bench and the tests compare against).
 * Returns the pairs that merge and those that are ambiguous.
 */
export function scoreCandidates(
  inputs: ClusterInput[],
  features: ArticleFeatures[],
  options: {
    thresholds?: Partial<DedupThresholds>;
    candidates?: Partial<CandidateOptions>;
    exhaustive?: boolean;
  },
): { merge: Edge[]; ambiguous: Edge[] } {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const merge: Edge[] = [];
  const ambiguous: Edge[] = [];
  const owner = new Map<string, number>();
  const exactPairs = new Set<string>();
  inputs.forEach((input, j) => {
    for (const key of exactKeysOf(input)) {
      const i = owner.get(key);
      if (i === undefined) owner.set(key, j);
      else if (!exactPairs.has(`${i}:${j}`)) {
        exactPairs.add(`${i}:${j}`);
        merge.push({ i, j, score: EXACT });
      }
    }
  });
  const consider = (i: number, j: number) => {
    if (
      (exactPairs.size > 0 && exactPairs.has(`${i}:${j}`)) ||
      isClearlySeparate(features[i]!, features[j]!, thresholds)
    )
      return;
    const score = scorePair(features[i]!, features[j]!, thresholds);
    if (score.verdict === "merge") merge.push({ i, j, score });
    else if (score.verdict === "ambiguous") ambiguous.push({ i, j, score });
  };
  if (options.exhaustive) {
    for (let i = 0; i < features.length; i++) for (let j = i + 1; j < features.length; j++) consider(i, j);
  } else {
    const pairs = findCandidates(features, { ...DEFAULT_CANDIDATES, ...options.candidates });
    for (let p = 0; p < pairs.length; p += 2) consider(pairs[p]!, pairs[p + 1]!);
  }
  const strength = (e: Edge) => (e.score.reason === "exact" ? 2 : Math.max(e.score.text, e.score.story));
  merge.sort((a, b) => strength(b) - strength(a));
  ambiguous.sort((a, b) => strength(b) - strength(a));
  return { merge, ambiguous };
}
