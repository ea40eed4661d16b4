import { CORE_CUES, INSIGHT_CUES, METRIC_CUES, sumCues } from "./section-cue-words.ts";

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

/**
 * A count of what the thing covers ("内置了 100 多个技能包", "支持 50 余种文件格式", "共收录 3200 道题",
 * "has 24B parameters"): the scale of the release, a key figure of 实验数据 like a score.
 */
const SCALE =
  /(?:支持|覆盖|收录|包含|内置|接入|兼容|集成|提供|拥有|涵盖)了?\s*(?:超过|多达|近|约|逾)?\s*\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|千)?\s*(?:个|种|款|项|类|篇|道|张|家|门|套|条|位|名)|\b(?:has|have|with|supports|covers|includes)\s+(?:over\s+|more than\s+|about\s+|nearly\s+)?\d+(?:\.\d+)?\s*(?:B|M|K|billion|million|thousand)?\s+(?:parameters|languages|tools|skills|models|tasks|problems|questions)\b/i;

/** A condition clause: 当…时, 如果/一旦/只要…（to its clause end）. */
const CONDITION = /当[^，。；！？]{2,60}?时|(?:如果|一旦|只要|假如)[^，。；！？]{2,40}/g;

/** A sentence that introduces a list ("…，构建流程分为三步：", "由以下几部分组成"). */
const LIST_INTRO =
  /[：:]\s*$|(?:分为|分成|包括|由)[一二三四五六七八九十两\d]+(?:步|个|部分|阶段|类|层)|如下|以下/;

export function scoreCues(sentence: string): CueScores {
  if (PLAN.test(sentence)) {
    return { core: 2 + sumCues(sentence, CORE_CUES), results: 0, insights: sumCues(sentence, INSIGHT_CUES) };
  }
  // A figure in a condition ("当两份合约的价格之和小于 1 美元时，同时买入") says how it works, not what came out.
  const figures = countFigures(sentence.replace(CONDITION, " "));
  const metrics = Math.min(sumCues(sentence, METRIC_CUES), 4);
  // A list's intro ("共收录 3200 道题，构建流程分为三步：") is about its items, not a result.
  const scale = SCALE.test(sentence) && !LIST_INTRO.test(sentence) ? 3 : 0;
  const hasFigure = figures.strong + figures.weak > 0 || scale > 0;
  const results = hasFigure
    ? 2 * Math.min(figures.strong, 3) +
      Math.min(figures.weak, 2) +
      2 * Math.min(figures.benchmarks, 1) +
      metrics +
      scale
    : 0;
  return {
    core: STANCE.test(sentence) ? 0 : sumCues(sentence, CORE_CUES),
    results,
    insights: sumCues(sentence, INSIGHT_CUES) + (AUDIENCE.test(sentence) ? 3 : 0),
  };
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
