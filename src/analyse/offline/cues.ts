/**
 * Cue words that route a sentence to a section. Weights: 2 = the word alone marks the section,
 * 1 = supporting evidence. A sentence needs the section's threshold to qualify.
 */
const CORE_CUES = compileCues({
  提出: 2,
  框架: 2,
  架构: 2,
  方法: 2,
  机制: 2,
  采用: 2,
  基于: 2,
  引入: 2,
  训练: 1,
  模型: 1,
  模块: 1,
  算法: 1,
  设计: 1,
  通过: 1,
  利用: 1,
  编码器: 1,
  解码器: 1,
  参数: 1,
  数据集: 1,
  framework: 2,
  architecture: 2,
  propose: 2,
  method: 2,
  "based on": 2,
  introduce: 2,
  mechanism: 2,
  trained: 1,
  model: 1,
  supports: 1,
  mode: 1,
});
const INSIGHT_CUES = compileCues({
  局限: 2,
  不足: 2,
  挑战: 2,
  风险: 2,
  争议: 2,
  尚未: 2,
  仍需: 2,
  有待: 2,
  瓶颈: 2,
  缺陷: 2,
  隐患: 2,
  然而: 1,
  但是: 1,
  不过: 1,
  问题: 1,
  意味着: 1,
  值得注意: 1,
  启示: 1,
  趋势: 1,
  limitation: 2,
  challenge: 2,
  struggle: 2,
  risk: 2,
  concern: 2,
  however: 1,
  still: 1,
});
const METRIC_CUES = compileCues({
  得分: 2,
  准确率: 2,
  成功率: 2,
  SOTA: 2,
  超越: 2,
  提升: 1,
  领先: 1,
  刷新: 1,
  超过: 1,
  达到: 1,
  优于: 1,
  实验: 1,
  结果: 1,
  accuracy: 2,
  score: 2,
  outperform: 2,
  improve: 1,
});
/** Benchmarks are named in Latin script; matched as whole words, case-sensitive. */
const BENCHMARK_PATTERN =
  /(?<![A-Za-z])(?:GenEval|DPG-Bench|MMLU(?:-Pro)?|SWE-bench(?: Verified)?|GSM8K|MATH|HumanEval|MBPP|LiveCodeBench|GPQA|AIME|MMBench|MME|MMMU|MathVista|OCRBench|OmniDocBench|OpenCompass|ImgEdit|VBench|Arena|C-Eval|CMMLU|BBH|ARC-AGI|HLE|Terminal-Bench|BrowseComp|Benchmark|benchmark)(?![A-Za-z])/g;
/** A number with a unit that marks a measured result, not a date or a version. */
const FIGURE_PATTERN = /\d+(?:\.\d+)?\s*(?:%|％|倍|个百分点|分(?!钟)|x(?![A-Za-z])|×|tokens\/s|FPS)/g;
const DECIMAL_PATTERN = /(?<![\d.])\d+\.\d+(?![\d.])/g;

export const CUE_THRESHOLDS = { core: 2, results: 3, insights: 2 } as const;

export interface CueScores {
  core: number;
  results: number;
  insights: number;
}

/** Scores one sentence against each section's cues. */
export function scoreCues(sentence: string): CueScores {
  const figures = count(sentence, FIGURE_PATTERN);
  const benchmarks = count(sentence, BENCHMARK_PATTERN);
  const metrics = sumCues(sentence, METRIC_CUES);
  // A bare decimal (4.5) is a version unless a metric or benchmark sits beside it.
  const decimals = metrics + benchmarks > 0 ? count(sentence, DECIMAL_PATTERN) : 0;
  const results = /\d/.test(sentence) ? 2 * Math.min(figures + benchmarks, 3) + decimals + metrics : 0;
  return {
    core: sumCues(sentence, CORE_CUES),
    results,
    insights: sumCues(sentence, INSIGHT_CUES),
  };
}

/**
 * Each cue counts once per sentence, by substring (jieba may merge a cue into a longer word);
 * English cues are lowercase and match any case.
 */
function sumCues(sentence: string, cues: CompiledCues): number {
  let total = 0;
  for (const [cue, weight] of cues.cjk) if (sentence.includes(cue)) total += weight;
  if (cues.latin.length > 0 && /[A-Za-z]/.test(sentence)) {
    const lower = sentence.toLowerCase();
    for (const [cue, weight] of cues.latin) if (lower.includes(cue)) total += weight;
  }
  return total;
}

interface CompiledCues {
  cjk: Array<[string, number]>;
  latin: Array<[string, number]>;
}

function compileCues(cues: Record<string, number>): CompiledCues {
  const entries = Object.entries(cues);
  const isLower = (cue: string) => /^[a-z ]+$/.test(cue);
  return { cjk: entries.filter(([c]) => !isLower(c)), latin: entries.filter(([c]) => isLower(c)) };
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
