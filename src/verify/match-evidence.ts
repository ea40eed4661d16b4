import { compactText, foldText } from "./fold-text.ts";

/** Longest quote checked character by character; longer ones are cut (the start is what counts). */
const MAX_QUOTE = 300;

/**
 * The share (0..1) of the quote's characters that a window of the article reproduces: one minus
 * the semi-global edit distance (the quote may start anywhere in the article) over the quote's
 * length, after folding width, case, whitespace and punctuation.
 */
export function evidenceScore(quote: string, articleCompact: string, articleFolded?: string): number {
  // Tolerance is for punctuation and wording, never for figures: a quote with a number the article
  // does not contain as a whole number ("874.4" or "9.1" for "87.44" / "0.91") is no evidence.
  if (articleFolded !== undefined) {
    for (const figure of foldText(quote).match(/\d+(?:\.\d+)*/g) ?? []) {
      const whole = new RegExp(`(?<![\\d.])${figure.replace(/\./g, "\\.")}(?![\\d]|\\.\\d)`);
      if (!whole.test(articleFolded)) return 0;
    }
  }
  const q = compactText(quote).slice(0, MAX_QUOTE);
  if (!q) return 0;
  if (articleCompact.includes(q)) return 1;
  const m = q.length;
  // prev[i]: distance of q[0..i) to the best article window ending at the current column.
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best = m;
  for (const ch of articleCompact) {
    const cur = new Array<number>(m + 1);
    cur[0] = 0;
    for (let i = 1; i <= m; i++) {
      const cost = q[i - 1] === ch ? 0 : 1;
      cur[i] = Math.min(prev[i - 1]! + cost, prev[i]! + 1, cur[i - 1]! + 1);
    }
    if (cur[m]! < best) best = cur[m]!;
    prev = cur;
  }
  return 1 - best / m;
}

export const EVIDENCE_THRESHOLD = 0.9;

/**
 * Where in `compact` (a compacted article) the quote matches best, as [start, end) offsets: the
 * window evidenceScore scores. Undefined for an empty quote.
 */
export function locateQuote(quote: string, compact: string): [number, number] | undefined {
  const q = compactText(quote).slice(0, MAX_QUOTE);
  if (!q) return undefined;
  const exact = compact.indexOf(q);
  if (exact >= 0) return [exact, exact + q.length];
  const m = q.length;
  // As in evidenceScore, each cell also remembers the article column its window starts at.
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let prevStart = new Array<number>(m + 1).fill(0);
  let best = m + 1;
  let span: [number, number] | undefined;
  for (let j = 0; j < compact.length; j++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let v = prev[i - 1]! + (q[i - 1] === compact[j] ? 0 : 1);
      let s = prevStart[i - 1]!;
      if (prev[i]! + 1 < v) [v, s] = [prev[i]! + 1, prevStart[i]!];
      if (cur[i - 1]! + 1 < v) [v, s] = [cur[i - 1]! + 1, curStart[i - 1]!];
      cur[i] = v;
      curStart[i] = s;
    }
    if (cur[m]! < best) {
      best = cur[m]!;
      span = [Math.min(curStart[m]!, j), j + 1];
    }
    prev = cur;
    prevStart = curStart;
  }
  return span;
}
