const DAMPING = 0.85;
const ITERATIONS = 20;
const TOLERANCE = 1e-6;

/**
 * TextRank over sentences (Mihalcea & Tarau 2004): nodes are sentences, edge weights the word
 * overlap |A∩B| / (log|A| + log|B|), scores from a few power iterations of weighted PageRank.
 * Quadratic in the sentence count, so callers cap the graph (~80 sentences). Returns scores scaled
 * so the best sentence has 1; all zeros when no two sentences share a word.
 */
export function rankByTextRank(words: ReadonlyArray<ReadonlySet<string>>): number[] {
  const n = words.length;
  if (n === 0) return [];
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const outSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(words[i]!, words[j]!);
      if (w === 0) continue;
      weights[i]![j] = w;
      weights[j]![i] = w;
      outSum[i]! += w;
      outSum[j]! += w;
    }
  }
  let scores = new Array<number>(n).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      const row = weights[i]!;
      for (let j = 0; j < n; j++) {
        if (row[j]! > 0) sum += (row[j]! / outSum[j]!) * scores[j]!;
      }
      next[i]! += DAMPING * sum;
    }
    const delta = next.reduce((acc, value, i) => acc + Math.abs(value - scores[i]!), 0);
    scores = next;
    if (delta < TOLERANCE) break;
  }
  const isolated = outSum.every((s) => s === 0);
  if (isolated) return scores.map(() => 0);
  const best = Math.max(...scores);
  return scores.map((s) => s / best);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  if (shared === 0) return 0;
  // +1 inside the logs keeps one-word sentences from dividing by zero.
  return shared / (Math.log(a.size + 1) + Math.log(b.size + 1));
}
