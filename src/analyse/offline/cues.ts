/**
 * Cue words that route a sentence to a section. Weights: 2 = the word alone marks the section,
 * 1 = supporting evidence. A sentence needs the section's threshold to qualify.
 */
const CORE_CUES = compileCues({
  // A rule's provisions are how it works (a policy's 实现逻辑).
  规定: 2,
  是指: 2,
  不得: 2,
  义务: 2,
  明确: 1,
  要求: 1,
  提出: 2,
  框架: 2,
  架构: 2,
  方法: 2,
  机制: 2,
  采用: 2,
  基于: 2,
  引入: 2,
  原理: 2,
  流水线: 2,
  流程: 2,
  步骤: 2,
  组成: 2,
  构建: 1,
  编码: 1,
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
  集成: 1,
  支持: 1,
  调度: 1,
  接入: 1,
  调用: 1,
  实现: 1,
  思路: 1,
  核心: 1,
  做法: 1,
  负责: 1,
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
  意味着: 2,
  启示: 2,
  误判: 2,
  担忧: 2,
  难题: 2,
  代价: 2,
  短板: 2,
  盲区: 2,
  着墨不多: 2,
  语焉不详: 2,
  主要原因: 2,
  根本原因: 2,
  尤其关键: 2,
  至关重要: 2,
  意义重大: 2,
  原因: 1,
  失败: 1,
  坦言: 1,
  坦承: 1,
  然而: 1,
  但是: 1,
  不过: 1,
  问题: 1,
  值得注意: 1,
  趋势: 1,
  影响: 1,
  说明: 1,
  提示: 1,
  可能: 1,
  或许: 1,
  未来: 1,
  价值: 1,
  建议: 1,
  需要: 1,
  依赖: 1,
  仍: 1,
  // Limits said plainly: what the thing cannot do yet, or does poorly.
  // Not bare 无法: "AI 无法访问的实景照片" describes a thing, "还无法衡量" states a limit.
  还无法: 2,
  仍无法: 2,
  目前无法: 2,
  难以: 2,
  尚无: 2,
  较弱: 2,
  偏弱: 2,
  不稳定: 2,
  只覆盖: 2,
  仅覆盖: 2,
  还没有: 2,
  不够: 1,
  提醒: 1,
  承认: 1,
  落后: 1,
  unclear: 2,
  cautious: 1,
  "did not": 1,
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
  解决率: 2,
  胜率: 2,
  SOTA: 2,
  超越: 2,
  估值: 2,
  融资: 2,
  延迟: 2,
  吞吐: 2,
  提速: 2,
  提升: 1,
  领先: 1,
  刷新: 1,
  超过: 1,
  达到: 1,
  优于: 1,
  实验: 1,
  结果: 1,
  下降: 1,
  降低: 1,
  增长: 1,
  缩短: 1,
  节省: 1,
  成本: 1,
  速度: 1,
  收入: 1,
  营收: 1,
  利润: 1,
  用户: 1,
  累计: 1,
  交付: 1,
  包含: 1,
  覆盖: 1,
  基准: 1,
  评测: 1,
  占用: 1,
  显存: 1,
  精度: 1,
  效率: 1,
  以上: 1,
  平均: 1,
  只有: 1,
  仅: 1,
  约: 1,
  accuracy: 2,
  score: 2,
  outperform: 2,
  resolves: 2,
  "up from": 1,
  "down from": 1,
  faster: 1,
  improve: 1,
});
/** Benchmarks are named in Latin script; matched as whole words, case-sensitive. */
const BENCHMARK_PATTERN =
  /(?<![A-Za-z])(?:GenEval|DPG-Bench|MMLU(?:-Pro)?|SWE-bench(?: Verified)?|GSM8K|MATH|HumanEval|MBPP|LiveCodeBench|LongBench|GPQA|AIME|MMBench|MME|MMMU|MathVista|OCRBench|OmniDocBench|OpenCompass|ImgEdit|VBench|Arena|C-Eval|CMMLU|BBH|ARC-AGI|HLE|Terminal-Bench|BrowseComp|CL-bench|Benchmark|benchmark)(?![A-Za-z])/g;
/** Figures that are results by their unit: percent, multiple, score, money, speed, fraction, degree. */
const STRONG_FIGURE =
  /\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍|分(?!钟|别|之|类|成|为|布|享|析|支|配|钟)|x(?![A-Za-z])|×|tokens\/s|FPS|°)|\d+(?:\.\d+)?\s*(?:千万|百万|亿|万)?\s*(?:美元|元|人民币|港元|欧元)|[$＄]\s?\d+|\d+\s*\/\s*\d+(?!\s*[年月日])/g;
/** Figures that are results only beside a metric word: counts, times, sizes. */
const WEAK_FIGURE =
  /\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:千万|百万|亿|万|千)?\s*(?:个|篇|道|份|次|台|张|人|名|家|款|项|条|笔|位|套|颗|万|亿|毫秒|ms|秒|小时|分钟|天|周|MB|GB|TB|K|PR)(?![A-Za-z])/g;
/** A decimal beside a metric (0.91 分); not a size (1.2B 参数, 3.5 亿) — those are specs. */
const DECIMAL_PATTERN = /(?<![\d.])\d+\.\d+(?![\d.])(?!\s*(?:[BMKT](?![A-Za-z])|亿|万|千))/g;
const MONEY_FIGURE = /\d+(?:\.\d+)?\s*(?:千万|百万|亿|万)?\s*(?:美元|元|人民币|港元|欧元)|[$＄]\s?\d+/g;
/** Names with numbers in them (Opus 4.5, LLaVA-7B, GPT-o1, Qwen2.5-VL): versions, not figures. */
const VERSIONED_NAME =
  /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*[-\s]?\d+(?:\.\d+)*[A-Za-z]*(?:[-/][A-Za-z0-9]+)*/g;
/** Dates, years, ordinals and phone-like runs are never results. */
const NOT_A_FIGURE = /\d{4}\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*\d+|\d{7,}/g;

/**
 * "resolves 61.3", "from 46.8", "token 2": a lowercase word, a space, a number — English prose or a
 * unit before its figure, no name ("Opus 4.5", "gpt-4o", "LLaVA-7B" are capitalised or joined).
 */
function isWordThenNumber(match: string): boolean {
  return /^[a-z]+\s\d/.test(match);
}

function isBenchmarkName(word: string): boolean {
  BENCHMARK_PATTERN.lastIndex = 0;
  const found = BENCHMARK_PATTERN.exec(word);
  return found !== null && found[0] === word;
}

export const CUE_THRESHOLDS = { core: 2, results: 3, insights: 2 } as const;

export interface CueScores {
  core: number;
  results: number;
  insights: number;
}

/** What a sentence's figures are, for explaining a 实验数据 choice. */
export interface FigureCount {
  strong: number;
  /** Of the strong figures, sums of money (a round, a price): results, but not benchmark figures. */
  money: number;
  weak: number;
  benchmarks: number;
}

export function countFigures(sentence: string): FigureCount {
  const bare = sentence
    .replace(NOT_A_FIGURE, " ")
    // "GenEval 0.91" is a benchmark and its score, "Opus 4.5" a name and its version.
    .replace(VERSIONED_NAME, (m) => (isBenchmarkName(m.split(/\s/)[0]!) || isWordThenNumber(m) ? m : "N"));
  const benchmarks = count(sentence, BENCHMARK_PATTERN);
  const metrics = sumCues(sentence, METRIC_CUES);
  const strong = count(bare, STRONG_FIGURE);
  // A bare decimal (4.5) is a version unless a metric or benchmark sits beside it.
  const decimals = metrics + benchmarks > 0 ? count(bare.replace(STRONG_FIGURE, " "), DECIMAL_PATTERN) : 0;
  const weak = count(bare.replace(STRONG_FIGURE, " "), WEAK_FIGURE);
  return { strong: strong + decimals, money: count(bare, MONEY_FIGURE), weak, benchmarks };
}

/**
 * The figures a sentence states, as written with spaces squashed ("17.2%", "1899个", "0.91"): what
 * countFigures counts, for telling whether one bullet only repeats another's numbers.
 */
export function listFigures(sentence: string): string[] {
  const bare = sentence
    .replace(NOT_A_FIGURE, " ")
    .replace(VERSIONED_NAME, (m) => (isBenchmarkName(m.split(/\s/)[0]!) || isWordThenNumber(m) ? m : "N"));
  const found = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, "g")) ?? [];
  const strong = found(bare, STRONG_FIGURE);
  const rest = bare.replace(STRONG_FIGURE, " ");
  return [...strong, ...found(rest, WEAK_FIGURE), ...found(rest, DECIMAL_PATTERN)].map((f) =>
    f.replace(/\s+/g, ""),
  );
}

/** "对于要部署 VLM 的团队，…", "对开发者来说，…": what the news means for a reader — an implication. */
const AUDIENCE =
  /^(?:对于|对)[^，。；,;]{1,24}(?:开发者|团队|工程师|从业者|企业|公司|用户|读者|研究者|技术人员)(?:来说|而言)?[，,]/;

/** Scores one sentence against each section's cues. */
/**
 * 提出/引入 with an opinion for object ("对 VLA 提出了批评", "提出了担忧"): the sentence states a
 * stance, not a method, whatever method words its object carries (框架, 基于 …): no core points.
 */
const STANCE = /(?:提出|引入)了?[^，。；]{0,4}(?:批评|质疑|警告|担忧|异议|反对|疑问|呼吁)/;

/**
 * A plan ("资金将主要用于：…", "计划年内…", "目标是…"): what will be done is no result, whatever its
 * figures; it says how the thing is to be carried out (核心技术/实现逻辑).
 */
const PLAN = /计划|目标是|打算|将(?:主要)?用于|拟(?:用于|投入|建设)/;

export function scoreCues(sentence: string): CueScores {
  if (PLAN.test(sentence)) {
    return { core: 2 + sumCues(sentence, CORE_CUES), results: 0, insights: sumCues(sentence, INSIGHT_CUES) };
  }
  const figures = countFigures(sentence);
  const metrics = Math.min(sumCues(sentence, METRIC_CUES), 4);
  const hasFigure = figures.strong + figures.weak > 0;
  const results = hasFigure
    ? 2 * Math.min(figures.strong, 3) +
      Math.min(figures.weak, 2) +
      2 * Math.min(figures.benchmarks, 1) +
      metrics
    : 0;
  return {
    core: STANCE.test(sentence) ? 0 : sumCues(sentence, CORE_CUES),
    results,
    insights: sumCues(sentence, INSIGHT_CUES) + (AUDIENCE.test(sentence) ? 3 : 0),
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
