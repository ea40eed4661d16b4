// One digit group of a claim read as a figure (find-figures.ts): its value, unit, scale, hedges,
// bounds and the counted noun after it.
import type { Figure } from "./figure.ts";
import { currencyOfSign, SCALE, type UnitMatch, unitAfter, unitClass } from "./units.ts";

/** What makes a small integer a list, step or reference number. */
const ORDINAL_BEFORE =
  /(?:第|stage|step|phase|阶段|步骤|no\.|#|图|表|fig\.?|figure|table|eq\.?|top-?|rank|版本|论文|paper|排名|名列)\s*$/i;
/** English words before a calendar year: "by 2026", "in 2025", "since 2019", "early 2027". */
const ENGLISH_YEAR =
  /\b(?:by|in|since|until|till|from|before|after|during|through|of|early|late|mid|end of|as of|for)\s*$/i;

/** "每秒" in the figure's clause, a few words before it. */
const PER_SECOND = /每秒(?:钟)?[^，,；;。：:！？!?\d]{0,6}$/;

/** Words that make the 日 after a number days ("连续 7 日", "为期 30 日"), not a date's day of month. */
const SPAN_BEFORE = /(?:连续|为期|长达|持续|历时|累计)\s*$/;

/** "连续 7 日": days, as 7 天 is. */
function daysOfSpan(before: string, rest: string): UnitMatch | undefined {
  const m = /^\s?日/.exec(rest);
  return m && SPAN_BEFORE.test(before) ? { key: "s", factor: 86400, length: m[0].length } : undefined;
}

/** A currency code written before the number: "RMB 260 million", "USD 3.2 亿", "HK$5 billion". */
const CODE_BEFORE = /(?<![A-Za-z])(RMB|CNY|USD|EUR|GBP|JPY|HKD)\s?$/;
const SIGN_BEFORE = /(?<![A-Za-z])(US|HK)$/;
const CODES: Record<string, string> = { RMB: "cny", CNY: "cny", US: "usd", HK: "hkd" };
function currencyBefore(before: string, sign: string | undefined): string | undefined {
  const code = CODE_BEFORE.exec(before)?.[1] ?? (sign === "$" ? SIGN_BEFORE.exec(before)?.[1] : undefined);
  return code ? (CODES[code] ?? code.toLowerCase()) : undefined;
}

/** Classifiers of people (名, 位, 人) and of things (条, 篇, 台 …); 个, 家, 类 … count either. */
const PEOPLE = /^(?:名|位|人|亿人|万人)$/;
const THINGS = /^(?:条|篇|张|台|件|次|道|款|项|种|首|场|句|行|帧|块|份|枚|部|颗|座|例|卡)$/;
const counterClass = (written: string): Figure["counter"] => {
  const c = written.trim();
  return PEOPLE.test(c) ? "people" : THINGS.test(c) ? "things" : undefined;
};

export function toFigure(m: RegExpMatchArray, at: number, text: string): Figure {
  const [, sign, intPart, fraction = "", cjkScale, latinScale, wordScale] = m;
  const scale = SCALE[(cjkScale ?? latinScale ?? wordScale ?? "").toLowerCase()] ?? 1;
  const plain = intPart!.replace(/,/g, "");
  const written = Number(`${plain}${fraction}`);
  const decimals = fraction ? fraction.length - 1 : 0;
  const significant = `${plain}${fraction.slice(1)}`.replace(/^0+/, "");
  const numberEnd = (m.index ?? 0) + m[0].length;
  const before = text.slice(Math.max(0, at - 12), at);
  const after = unitAfter(text.slice(numberEnd)) ?? daysOfSpan(before, text.slice(numberEnd));
  const hedged =
    /(?:约|近|超|超过|逾|将近|大约|接近|差不多|多达|达到约)\s*$/.test(before) ||
    // "roughly 40%", "about 500": English hedges.
    /(?<![A-Za-z])(?:about|around|roughly|approximately|nearly|almost)\s+[$€£¥]?$/i.test(before) ||
    /^\s*(?:左右|上下|多|余)/.test(text.slice(numberEnd + (after?.length ?? 0)));
  // "120 多名", "100 余家": more than the value written.
  const plus =
    /^\s*(?:多|余)/.test(text.slice(numberEnd)) ||
    /^\s*(?:多|余)/.test(text.slice(numberEnd + (after?.length ?? 0)));
  // 超过 100 is more than 100; 至少 100 may be 100.
  const above =
    /(?:(?<!不)(?:超过|超|多于|高于|大于)|逾|突破|(?<![A-Za-z])(?:(?:more|longer|greater|larger|higher|bigger) than|over|above|exceeds?|exceeding|in excess of))\s*$/i.test(
      before,
    );
  const lower = above || /(?:至少|不少于|不低于|(?<![A-Za-z])at least)\s*$/i.test(before);
  const score =
    !after &&
    /(?:得分|分数|成绩|评分|跑分|准确率|正确率|通过率|成功率|胜率|scor(?:e|es|ed|ing)(?:\s+of)?)\s*(?:为|是|达|达到|高达|约|:|：)?\s*$/i.test(
      before,
    );
  const code = currencyBefore(before, sign);
  // "HK$5 billion": the code says whose dollar the sign is.
  const unit =
    (code && sign ? { key: code, factor: 1, length: 0 } : undefined) ?? currencyOfSign(sign) ?? after;
  let factor = unit?.factor ?? 1;
  let key = unit?.key;
  if (ORDINAL_BEFORE.test(before) && !cjkScale && !latinScale && !wordScale) key = "ordinal";
  else if (
    !fraction &&
    /^(?:19|20)\d{2}$/.test(plain) &&
    (key === "year" || (!key && !sign && !cjkScale && !latinScale && !wordScale && ENGLISH_YEAR.test(before)))
  ) {
    // "2026 年", and an English source's "by 2026", "in 2025", "since 2019".
    key = "calyear";
    factor = 1;
  }
  // "每秒约判断 1 次", "每秒 30 帧": a count per second is a frequency (1 Hz, 30 fps).
  if (key === "count" && PER_SECOND.test(before)) {
    key = "hz";
    factor = 1;
  }
  const noun = key === "count" ? countedNoun(text.slice(numberEnd + (after?.length ?? 0))) : undefined;
  const counter =
    key === "count" && after ? counterClass(text.slice(numberEnd, numberEnd + after.length)) : undefined;
  return {
    ...(noun ? { noun } : {}),
    ...(counter ? { counter } : {}),
    ...(code ? { currency: code } : {}),
    raw: text.slice(at, numberEnd + (after?.length ?? 0)).trim(),
    kind: "number",
    value: round(written * scale * factor),
    percent: unitClass(key) === "percent",
    ...(key ? { unit: key, factor } : {}),
    ...(scale !== 1 ? { scale } : {}),
    ...(hedged ? { hedged } : {}),
    ...(lower ? { bound: above ? ("above" as const) : ("lower" as const) } : {}),
    ...(plus ? { plus } : {}),
    ...(score && !sign ? { score } : {}),
    step: round(10 ** -decimals * scale * factor),
    digits: significant.replace(/0+$/, "").length || 1,
    index: at,
    end: numberEnd + (after?.length ?? 0),
  };
}

/**
 * The Chinese noun right after a counter, without a leading 的/多/余 ("多个预设技能包" → "预设技能包"),
 * up to the first function word ("万张投票被判定为无效" → "投票"), with the noun a 的 joins to it
 * ("道新出的推理题" → "新出的推理题"): no noun when a function word opens it ("200 次不等于").
 */
export function countedNoun(rest: string): string | undefined {
  // "由每月 100 次增至 150 次": a change verb after the count opens no noun (the count goes on to a
  // new level), so the article's "100 次调整为…" is the same count.
  if (CHANGE_VERB.test(rest)) return undefined;
  const m = /^[多余]?\s?(?:的)?([\u4e00-\u9fff]{2,6})/.exec(rest);
  const noun = m?.[1]?.split(NOUN_END)[0];
  if (!noun || noun.length < 2) return undefined;
  // "1200 道新出的推理题": a modifier before 的 keeps the noun after it ("新出的推理题", head 题).
  const after = rest.slice(m!.index + m![0].length - m![1]!.length + noun.length);
  const head = /^的([\u4e00-\u9fff]{2,6})/.exec(after)?.[1]?.split(NOUN_END)[0];
  return head && head.length >= 2 ? `${noun}的${head}` : noun;
}

/** A verb of change right after a count: 增至, 提升到, 调整为, 下调至, 降到, 变成, 翻倍. */
const CHANGE_VERB =
  /^\s?(?:(?:[增降减升涨跌扩缩]|提[升高]|上[调升涨]|下[调降滑跌]|调整?|增[加长]|降低|减少|缩减|扩大|改|变)(?:至|到|为|成)|翻倍|翻番)/;

/** Words a counted noun never runs into: passive, copula, particles, negation, conjunctions. */
const NOUN_END = /[被是的在了将于和与及并都也就已均不没未把让]/;

export const round = (n: number) => Number.parseFloat(n.toPrecision(12));
