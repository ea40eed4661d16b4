// A target told as achieved: "公司计划明年营收达到 100 亿元" → "营收达 100 亿元"; "预计到 2030 年
// 市场规模将突破 1 万亿" → "市场规模突破 1 万亿"; "plans to double its headcount" → "员工数翻倍". The
// figure and its measure are the article's, so the figure check alone lets it through; models write
// plans, forecasts and goals as results all the time. An article figure stated in its own clause as
// a plan, forecast, target or as not (yet) reached supports only an entry that keeps it one.

/** Clause breaks: a plan word governs the figures of its own clause. */
const CLAUSE_BREAK = /[，,；;。！？!?\n：:]/g;

/**
 * Words before a figure, in its clause, that make it a plan, forecast, target or a figure not
 * reached. Only unambiguous ones: "将" only right before its verb (将达到, 将于; "将成本降低 50%" is
 * 把, done), 预计 only with a future (预计将, 预计到 2030 年; "预计成本约 500 万" is an estimate).
 */
const ZH_UNMET = new RegExp(
  [
    // Not 目标检测 (object detection), 路径规划 (path planning) or 准备了 (prepared): words of a field.
    "计划|目标(?:是|为)?(?!检测|跟踪|追踪|识别|函数|分割|定位|任务)|力争|争取|有望|打算|希望|期望|愿景|拟(?:于|在|将|投|募|推|发)",
    "(?:预计|预期|预测|估计)(?:将|会|要|到|在\\s*\\d{4}|于\\s*\\d{4}|明年|未来|年底|年内)",
    "(?:或|也|还|仍|即|并|则|均|都)?将(?:于|在|会|要)",
    "将\\s*(?:达到|达|突破|超过|超|提升|提高|增长|增加|降低|下降|扩大|扩展|实现|覆盖|翻倍|减半|跃升|攀升)",
    "尚未|未能|还未|仍未|并未|(?:没有|未)(?:达到|突破|超过|实现)",
  ].join("|"),
);

/**
 * English: a plan, forecast or target. "will" and "could" only before a verb of reaching or changing
 * ("will reach 1 million users"): "will be priced at $5", "will support 128K" announce a spec.
 */
const EN_UNMET =
  /\b(?:(?:will|would|could|may|might)\s+(?:(?:likely|soon|eventually)\s+)?(?:reach|hit|exceed|surpass|top|grow|rise|increase|double|triple|quadruple|climb|cut|reduce|fall|drop|decline|expand|be\s+(?:worth|valued)|take|acquire|buy|invest|raise|hire|spend|receive|pay|sell|lay\s+off)|plans?\s+to|planned|planning\s+to|aims?\s+to|aiming\s+to|expects?\s+to|expected\s+to|is\s+set\s+to|are\s+set\s+to|projected|projects|forecasts?|forecasted|hopes?\s+to|intends?\s+to|goal\s+of|target\s+of|on\s+track\s+to|not\s+yet|yet\s+to|has\s+not|have\s+not|hasn't|haven't|did\s+not|didn't)\b/i;

/** The article's words before a figure, back to the start of its clause (at most 48 characters). */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 48), at);
  let start = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) {
    // "1,000" is a number, not a clause break.
    if (m[0] === "," && /\d/.test(window[m.index - 1] ?? "") && /\d/.test(window[m.index + 1] ?? ""))
      continue;
    start = m.index + 1;
  }
  return window.slice(start);
}

/**
 * An estimate: "预计训练成本为 500 万美元", "expected to cost about $5 million". An entry that keeps
 * a hedge (约, 左右, estimated …) states it as the article does; one that drops it states a fact.
 */
const ZH_ESTIMATE = /预计|预期|预估|估计|估算|据估|初步测算/;
const EN_ESTIMATE =
  /\b(?:estimated|estimates?|expected|expects?|anticipated|anticipates?|projected|projections?|forecasts?|forecasted|predicted|predicts?)\b/i;

/** How the article states the figure at `at`: as a plan/forecast/target/not reached, an estimate, or as is. */
export type Unmet = "plan" | "estimate" | undefined;

/** "到 2027 年，全市智能算力规模达到 10 万 PFLOPS": a deadline earlier in the sentence, nothing said done. */
const DEADLINE = /到\s*(\d{4})\s*年|\bby\s+(?:the\s+end\s+of\s+)?(20\d\d)\b/i;

/** The years an article names, once per text (its figures ask in turn). */
let years: { text: string; list: number[] } | undefined;

/**
 * A deadline is a target when it lies after every other year the article names ("到 2027 年" in a
 * piece that also says 2026 年施行), so "到 2025 年底，用户达到 1 亿" in a 2026 article reports a
 * result. An article naming no other year gives no verdict.
 */
function laterThanOthers(text: string, deadline: string): boolean {
  if (years?.text !== text)
    years = { text, list: [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])) };
  const year = Number(/\d{4}/.exec(deadline)![0]);
  const others = years.list.filter((y) => y !== year);
  return others.length > 0 && others.every((y) => y < year);
}
const SAID_DONE = /已|已经|累计|截至|截止|as of|already|so far/i;
/** "从 1970 年到 2020 年": a span of past years, no deadline. */
const SPAN = /(?:从|自|由)\s*\d{4}\s*年?\s*(?:到|至)|\bfrom\s+\d{4}\s+(?:to|until)\b/i;

function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 120), at);
  const starts = [...window.matchAll(/[。！？!?\n]|\.\s/g)].map((m) => m.index + m[0].length);
  return window.slice(Math.max(0, ...starts));
}

export function unmetAt(text: string, at: number): Unmet {
  const before = clauseBefore(text, at);
  if (ZH_UNMET.test(before) || EN_UNMET.test(before)) return "plan";
  const sentence = sentenceBefore(text, at);
  const deadline = DEADLINE.exec(sentence);
  if (deadline && !SAID_DONE.test(before) && !SPAN.test(sentence) && laterThanOthers(text, deadline[0]))
    return "plan";
  if (ZH_ESTIMATE.test(before) || EN_ESTIMATE.test(before)) return "estimate";
  return undefined;
}

/**
 * Whether an entry keeps its figure a plan: any word of plan, forecast, goal, hope or denial in its
 * sentence up to the figure's clause end. Read generously: an entry that may be hedging is not held
 * to a result (将 as 把 included; English in its inflected forms, "targeting 5,000 units").
 */
const ENTRY_PLANNED =
  /计划|规划|目标|指引|预告|力争|争取|有望|拟|打算|准备|希望|期望|展望|愿景|预计|预期|预测|估计|将|未来|明年|下一|下届|下期|下次|年内|年底|到\s*\d{4}\s*年|\b(?:plan|plans|planned|planning|aim|aims|aimed|aiming|expect|expects|expected|expecting|targets?|targeted|targeting|goals?|guidance|outlook|forecasts?|projected|will|would|could|may|might|hopes?|hoping|intends?|intending|(?:set|slated|scheduled|poised)\s+to|on\s+track\s+to)\b/i;
/** In the figure's own clause also a denial or a modal: "尚未达到 95 分", "或会达到". */
const ENTRY_PLANNED_CLAUSE = /(?:可能|或|也|还)会|会(?:在|于|将)|尚未|未|没有|不|\b(?:not|yet)\b/i;

const SENTENCE_BREAK = /[。！？!?；;\n]/;
const ENTRY_CLAUSE_BREAK = /[，,；;。！？!?\n：:｜|]/;

/** Whether an entry keeps the figure at [at, end) a plan (its sentence up to the figure's clause end). */
export function plannedInEntry(text: string, at: number, end: number): boolean {
  let start = at;
  while (start > 0 && !SENTENCE_BREAK.test(text[start - 1]!)) start--;
  let clause = at;
  while (clause > start && !ENTRY_CLAUSE_BREAK.test(text[clause - 1]!)) clause--;
  let stop = end;
  while (stop < text.length && !ENTRY_CLAUSE_BREAK.test(text[stop]!)) stop++;
  const own = text.slice(clause, stop);
  // "目标｜全市智能算力已达 10 万 PFLOPS": 已 in the figure's own clause says done, whatever the label.
  if (/已|现已|already/i.test(own) && !ENTRY_PLANNED.test(own)) return false;
  // "…不做通用大模型，2025 年收入已突破 2 亿元": a denial elsewhere in the sentence is not this figure's.
  return ENTRY_PLANNED.test(text.slice(start, stop)) || ENTRY_PLANNED_CLAUSE.test(own);
}

const ENTRY_HEDGE =
  /(?<![签预合条节邀契制公履违特])约(?![束定谈见])|大约|左右|近|接近|将近|上下|估计|预计|预期|预估|估算|预测|指引|展望|可能|或|~|≈|\b(?:about|around|roughly|approximately|nearly|almost|estimated|expected|expects?|some|up to|guidance|forecasts?|outlook|projected)\b|计划|规划|(?<![比模虚草])拟|打算|有望|力争|\b(?:plans? to|planned|scheduled|slated|set to|due to|will)\b/i;

/**
 * Whether an entry keeps its figure an estimate: a hedge in the figure's clause. A plan in the
 * figure's own clause keeps it unreached too ("预计于 2027 年交付" told as "计划于 2027 年交付").
 */
export function hedgedInEntry(text: string, at: number, end: number): boolean {
  let start = at;
  while (start > 0 && !ENTRY_CLAUSE_BREAK.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !ENTRY_CLAUSE_BREAK.test(text[stop]!)) stop++;
  return ENTRY_HEDGE.test(text.slice(start, stop));
}

/**
 * Whether an article figure stated as `unmet` supports an entry figure: a plan one the entry keeps
 * planned, an estimate one it keeps hedged in the figure's own clause ("计划…建成，用电负荷为 130MW"
 * tells the article's 预计约 130 兆瓦 as exact though its sentence is a plan).
 */
export const keptAsStated = (unmet: Unmet, entry: { planned?: boolean; hedged?: boolean }) =>
  unmet === undefined || (unmet === "estimate" ? entry.hedged === true : entry.planned === true);
