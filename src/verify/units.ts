// Units and counted nouns written after (or, for currency signs, before) a number. A figure is only
// supported by the same quantity in a compatible unit: 1000 倍 is not 一千个, 5 亿美元 is not 5 亿元.

/** Scales written after a number: 10 万, 1.2B, 3 million. */
export const SCALE: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  十亿: 1e9,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  十万: 1e5,
  万: 1e4,
  千: 1e3,
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

export interface Unit {
  /** Canonical unit key ("usd", "s", "percent", "count" …). */
  key: string;
  /** Multiplier to the class's base unit (durations to seconds, lengths to metres), exact only. */
  factor: number;
}

/** [pattern source, key, factor]: longest forms first; matched right after the number. */
const SUFFIXES: Array<[string, string, number]> = [
  ["个百分点|百分点|pp\\b|percentage points?\\b", "pp", 1],
  // "降 0.8 个点": percentage points or points, as the writer's article has it.
  ["个点", "ppt", 1],
  // "4.2 points above GPT-5": English points, as loose as 个点.
  ["points?\\b", "ppt", 1],
  ["%|％", "percent", 1],
  ["倍|[xX×](?![A-Za-z])|times\\b", "times", 1],
  ["美元|美金|USD\\b|dollars?\\b", "usd", 1],
  ["人民币|元人民币|元|RMB\\b|CNY\\b|块钱", "cny", 1],
  ["欧元|EUR\\b", "eur", 1],
  ["日元|JPY\\b", "jpy", 1],
  ["英镑|GBP\\b", "gbp", 1],
  ["港元|港币|HKD\\b", "hkd", 1],
  ["毫秒|ms\\b|milliseconds?\\b|msecs?\\b", "s", 0.001],
  ["微秒|μs\\b|microseconds?\\b", "s", 0.000001],
  ["秒钟|秒|s\\b|secs?\\b|seconds?\\b", "s", 1],
  ["分钟|min\\b|mins\\b|minutes?\\b", "s", 60],
  ["个小时|小时|h\\b|hrs?\\b|hours?\\b", "s", 3600],
  ["天|days?\\b", "s", 86400],
  // "上线后 30 日内报告": 日 before 内 is a span of days, not a day of the month.
  ["日(?=内|之内|以内)", "s", 86400],
  ["周|个星期|星期|weeks?\\b", "s", 604800],
  ["个月|months?\\b", "month", 1],
  ["年(?!代|前|后|级|度|初|底|末|中)|years?\\b", "year", 1],
  ["个?\\s?[Tt]okens?\\b|词元", "tokens", 1],
  ["个?\\s?(?:参数量|参数)|parameters\\b|params\\b", "params", 1],
  ["分(?![钟之别析布类享成数支组割辨离区发配])", "points", 1],
  ["公里|千米|km\\b", "m", 1000],
  ["厘米|cm\\b", "m", 0.01],
  ["毫米|mm\\b", "m", 0.001],
  ["纳米|nm\\b", "m", 1e-9],
  ["米|m(?![A-Za-z])", "m", 1],
  ["公斤|千克|kg\\b", "kg", 1],
  ["吨", "kg", 1000],
  ["GHz\\b", "hz", 1e9],
  ["MHz\\b", "hz", 1e6],
  ["kHz\\b", "hz", 1e3],
  ["赫兹|Hz\\b", "hz", 1],
  // Sizes in binary multiples (512 MB = 0.5 GB); sameFigure also accepts the decimal reading.
  ["PB\\b", "bytes", 2 ** 50],
  ["TB\\b", "bytes", 2 ** 40],
  ["GB\\b|G(?![A-Za-z])", "bytes", 2 ** 30],
  ["MB\\b", "bytes", 2 ** 20],
  ["KB\\b", "bytes", 2 ** 10],
  ["fps\\b|帧/秒", "fps", 1],
  // EFLOPS is its own unit: 3.2 EFLOPS is not 3.2 PFLOPS (keys, not factors: a bare 3.5 万 still
  // reads the article's 3.5 万 PFLOPS).
  ["EFLOPS\\b|exaflops?\\b", "eflops", 1],
  ["PFLOPS\\b|petaflops?\\b", "pflops", 1],
  ["TFLOPS\\b|teraflops?\\b", "tflops", 1],
  // TOPS count integer operations: 240 TOPS at INT8 is not 240 TFLOPS.
  ["TOPS\\b", "tops", 1],
  // Power: 350W = 350 瓦 = 350 watts.
  ["千瓦|kW\\b|kilowatts?\\b", "w", 1e3],
  ["兆瓦|MW\\b|megawatts?\\b", "w", 1e6],
  ["吉瓦|GW\\b|gigawatts?\\b", "w", 1e9],
  ["瓦(?![片解斯])|W\\b|watts?\\b", "w", 1],
  ["°|度(?![量过])", "deg", 1],
  ["cP\\b", "cp", 1],
  // Counted nouns: any classifier counts as a count (a paraphrase may say 个 for 种).
  [
    "个(?!月|小时|星期)|项|种|篇|层|次|款|位|名|家|张|条|类|台|块|轮|届|组|份|枚|件|部|人|支|颗|所|座|例|道|首|场|句|行|帧|维|字|大(?=[\\u4e00-\\u9fff])|卡|GPU|亿人|万人",
    "count",
    1,
  ],
];

// "300-megawatt campus", "30-day trial": an English unit word may be hyphenated to its number.
const SUFFIX = new RegExp(
  `^(?:\\s|-(?=[a-z]{3}))?(?:${SUFFIXES.map(([p], i) => `(?<u${i}>${p})`).join("|")})`,
  "u",
);

export interface UnitMatch extends Unit {
  /** Characters consumed after the number (space included). */
  length: number;
}

/** The unit written right after a number in `rest` (the text following it), if any. */
export function unitAfter(rest: string): UnitMatch | undefined {
  const m = SUFFIX.exec(rest);
  if (!m?.groups) return undefined;
  for (const [i, [, key, factor]] of SUFFIXES.entries()) {
    if (m.groups[`u${i}`] !== undefined) return { key, factor, length: m[0].length };
  }
  return undefined;
}

/** Currency signs written before the number. */
export function currencyOfSign(sign: string | undefined): Unit | undefined {
  if (!sign) return undefined;
  const key = { $: "usd", "¥": "cny", "￥": "cny", "€": "eur", "£": "gbp" }[sign];
  return key ? { key, factor: 1 } : undefined;
}

// Frames per second are a frequency: "30 fps" = "每秒 30 帧" = 30 Hz.
const CLASS: Record<string, string> = { pp: "percent", fps: "hz" };
/** Units a claim must find again in the article (a bare number does not support 30% or 20 倍). */
const STRICT = new Set(["percent", "times"]);
/** Units a claim must find again, though the article's may support a bare number: a year (2024 年). */
const CLAIM_STRICT = new Set(["calyear"]);

export const unitClass = (key: string | undefined) => (key ? (CLASS[key] ?? key) : undefined);

/**
 * Whether the article's unit may support the claim's: the same class, or one side without a
 * unit — except percentages and multiples, which must be written as such on both sides, and a
 * year ("2024 年"), which needs a year in the article (not the 2024 of "NeurIPS 2024").
 */
export function compatibleUnits(claim: string | undefined, found: string | undefined): boolean {
  const [c, f] = [unitClass(claim), unitClass(found)];
  if (c === f) return true;
  // 个点 is loose: percentage points, points or a bare number.
  if (c === "ppt" || f === "ppt") return [claim, found].every((u) => !u || /^(?:ppt|pp|points)$/.test(u));
  if (!c || !f) return !STRICT.has(c ?? f ?? "") && !CLAIM_STRICT.has(c ?? "");
  return false;
}
