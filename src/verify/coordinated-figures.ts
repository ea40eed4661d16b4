// Figures written side by side share what is said of them together. Two shapes:
// - a coordination whose trailing words are everyone's: "up from 79.0 and 51.2 for Aster-1" (79.0 is
//   Aster-1's too, not the sentence subject's);
// - "分别" mapping a run of figures onto the figures listed before it, in order: "MMLU 84.3、GPQA
//   Diamond 62.5，Aster-1 分别为 79 和 51.2" makes 79 Aster-1's MMLU and 51.2 its GPQA Diamond.
import type { Figure } from "./find-figures.ts";
import { isMeasure } from "./find-terms.ts";
import type { Span } from "./text-spans.ts";

/**
 * Only a coordinator between two figures of one unit: "79.0 and 51.2", "75.6 和 59.1", "3、5". A comma
 * is not one: "18 万亿 tokens，6144 张 H100" lists two facts.
 */
const COORDINATOR = /^\s*(?:and|&|和|与|及|以及|、)\s*$/i;
/** "分别为", "分别是", "分别达到", "respectively" is written after the figures and handled as a list. */
const RESPECTIVELY = /分别(?:为|是|达到|达|录得|取得|获得|得到)?\s*$/;

const isDate = (f: Figure) => f.kind === "date";

/**
 * Runs of ≥ 2 figures (indexes into `figures`, which are sorted by position) joined only by a
 * coordinator, within one sentence. Dates never join a run.
 */
export function coordinatedRuns(text: string, figures: readonly Figure[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const prev = run.length ? figures[run.at(-1)!]! : undefined;
    const joined =
      prev && !isDate(f) && prev.unit === f.unit && COORDINATOR.test(text.slice(prev.end, f.index));
    if (joined) run.push(i);
    else {
      if (run.length > 1) runs.push(run);
      run = isDate(f) ? [] : [i];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * Gives every figure of a coordination the terms that the last one owns after it ("for Aster-1"),
 * when the earlier ones own nothing of their own after them (the coordinator follows at once).
 * `ownAfter[i]` is what figure i owns after itself; `own[i]` is updated in place.
 */
export function shareTrailing(
  text: string,
  figures: readonly Figure[],
  ownAfter: readonly Set<string>[],
  own: Set<string>[],
): void {
  for (const run of coordinatedRuns(text, figures)) {
    const trailing = ownAfter[run.at(-1)!]!;
    if (![...trailing].some((k) => !isMeasure(k))) continue;
    for (const i of run.slice(0, -1)) if (ownAfter[i]!.size === 0) for (const k of trailing) own[i]!.add(k);
  }
}

/**
 * "分别" after a subject maps its run of figures onto the same number of figures listed just before,
 * in the same sentence: figure k of the run takes what sets figure k of that list apart from the
 * others of the list (its benchmark, its quarter), plus the run's own subject ("Aster-1", "上代"),
 * and loses the terms only another listed figure has. `bound` is updated in place.
 */
export function mapRespectively(
  text: string,
  figures: readonly Figure[],
  sentences: readonly Span[],
  bound: Set<string>[],
): void {
  for (const run of coordinatedRuns(text, figures)) {
    const first = figures[run[0]!]!;
    const lead = text.slice(Math.max(0, first.index - 12), first.index);
    if (!RESPECTIVELY.test(lead)) continue;
    const sentence = sentences.find((s) => first.index >= s.start && first.index < s.end);
    if (!sentence) continue;
    const before = [];
    for (let i = run[0]! - 1; i >= 0 && before.length < run.length; i--) {
      const g = figures[i]!;
      if (g.index < sentence.start) break;
      if (!isDate(g)) before.unshift(i);
    }
    if (before.length !== run.length) continue;
    const sets = before.map((i) => bound[i]!);
    const common = sets.reduce((a, s) => new Set([...a].filter((k) => s.has(k))));
    const distinct = sets.map((s) => new Set([...s].filter((k) => !common.has(k))));
    // Each listed figure must be told apart from the others by something of its own.
    if (distinct.some((d) => d.size === 0)) continue;
    const listed = new Set(distinct.flatMap((d) => [...d]));
    const shared = [...bound[run[0]!]!].filter((k) => !listed.has(k));
    run.forEach((i, k) => {
      bound[i] = new Set([...shared, ...distinct[k]!]);
    });
  }
}
