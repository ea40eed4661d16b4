// How many benchmark results a 实验数据 bullet states, for the ★ rubric's 基准数据 signal: its result-type
// figures (score, percent, multiple; not money), without a comparison's baseline — "准确率为 86%，而只用
// 向量检索的基线为 71%" and "2.1% on LibriSpeech, against 2.7% for Whisper" are one result each, not two.
import { countFigures } from "./cues.ts";

/** A clause that gives the baseline a result is measured against. */
const BASELINE_CLAUSE =
  /^\s*(?:而|against\b|versus\b|vs\.?\s|compared (?:with|to)\b|相比之下|对比之下)|基线|baseline|previous best|此前最好|上一代/i;

export function benchmarkFigureCount(bullet: string): number {
  return bullet
    .split(/[，,；;。]/)
    .filter((clause) => !BASELINE_CLAUSE.test(clause))
    .reduce((n, clause) => {
      const f = countFigures(clause);
      return n + f.strong - f.money;
    }, 0);
}
