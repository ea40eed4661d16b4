import {
  ACTION,
  CONTRAST_AFTER_TOPIC,
  DATELINE,
  DEFINITION,
  DISCLOSES,
  EMPTY_PROMISE,
  ENGLISH_ACTION,
  ENGLISH_SCENE,
  EXPERIMENT,
  FACT_FIGURE,
  HOOK,
  INNER_ANAPHOR,
  LEAD_UNITS,
  MAX_CHARS,
  MIN_CHARS,
  MIN_TRIM,
  MONEY,
  OPENERS,
  PROMO,
  PRONOUN_OPENER,
  QUESTION,
  SCENE,
  TEASER_END,
  TITLE_EXPOSE,
  TITLE_TURN,
  TURN_OPENER,
  WEAK_ACTION,
} from "./news-patterns.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { titleFigures } from "./select-sections.ts";
import { isLatinText } from "./sentences.ts";
import { anaphorFix, firstClause, pronounAfterTimeLead, unfitToJoin } from "./summary-extension.ts";

export { dropUnresolvedAnaphora, extendSummary } from "./summary-extension.ts";

/**
 * The summary is the sentence that states the news: an actor, an action and an object. Each lead
 * unit is scored by what it carries, so the choice can be explained:
 *
 * | feature                                                   | points |
 * |-----------------------------------------------------------|--------|
 * | an action word (发布/推出/开源/提出/宣布/上线/完成融资/离职 …, | +3     |
 * | released/raised/found that …),                            |        |
 * | or an experiment (用大模型批改了, 用智能体扫描了)              |        |
 * | a weaker action or a change (集成/表示/认为/增长/下降/演变 …)  | +1.5   |
 * | an actor of the title (org or its alias) in the sentence   | +2     |
 * | the title's named thing (model, product, method)          | +2     |
 * | the headline's money figure (a funding round's size)       | +3     |
 * | else a figure of the headline (3000篇) beside an action    | +2     |
 * | words shared with the title (per 10 %, at most 10)        | +0.15  |
 * | position (first unit 1.5, then −0.25 each)                | ≤ 1.5  |
 * | the title turns (…，却被曝…) and the sentence opens with 但/然而 | +3     |
 * | the title is an exposé (被曝/曝光) and the sentence discloses (披露/发现) | +2  |
 * | a question, a teaser ending in ：/…, an exclamation         | −4     |
 * | a promise of an answer (给出了…答案) or hype (炸了, 杀疯了)     | −4     |
 * | an English scene-setter (Picture…/Imagine…/used to be)     | −2     |
 * | scene-setting (过去一年/随着/近年来 …, unless it states a figure), or a hook (你/原来 …) in the first clause | −2 |
 * | a promo aside or a pronoun opener it cannot resolve       | −3     |
 * | a definition with no action (X 是…之一 / 是一款…): the news's frame | −3     |
 */

export interface NewsContext {
  title: string;
  /** Org names and aliases the title mentions. */
  actors: readonly string[];
  /** The title's named thing, if any. */
  subject?: string;
  /** Who the sentence is about, for a pronoun opener (the entry's org). */
  actor: string;
}

export function pickNewsSentence(units: readonly RankedUnit[], context: NewsContext): RankedUnit | undefined {
  const scored = scoreNewsSentences(units, context);
  return scored.length === 0 ? units[0] : scored[0]!.unit;
}

/** The lead units with their scores (best first): the table above, applied. */
export function scoreNewsSentences(
  units: readonly RankedUnit[],
  context: NewsContext,
): Array<{ unit: RankedUnit; score: number }> {
  const lead = units.filter((u) => u.text.length >= MIN_CHARS).slice(0, LEAD_UNITS);
  const titleWords = new Set(bigrams(context.title));
  const money = context.title.match(MONEY);
  const figures = titleFigures(context.title);
  const turns = TITLE_TURN.test(context.title);
  const exposes = TITLE_EXPOSE.test(context.title);
  const scored = lead.map((unit, position) => {
    // What the summary would show: a list item is scored without its intro, whose news is the intro's own.
    const t = unit.text;
    let score = Math.max(0, 1.5 - 0.25 * position);
    // An action word inside a definition ("X 是…开源桌面智能体之一") is an attribute, not the news.
    const definition = t.replace(OPENERS, "").match(DEFINITION)?.[0];
    const acts = definition
      ? actsIn(t.replace(OPENERS, "").slice(definition.length)) || actsIn(definition.replace(/开源/g, ""))
      : actsIn(t);
    if (acts) score += 3;
    else if (WEAK_ACTION.test(t)) score += 1.5;
    if (context.actors.some((a) => a.length > 1 && t.includes(a))) score += 2;
    // A pronoun opener ("据介绍，这是…") points at the title's subject: formatSummary names it.
    const opener = t.replace(OPENERS, "");
    // …or an inner 它/其 ("就能让它执行任意命令") whose referent a lead sentence before names: the
    // summary takes that sentence along (frameWithSubject).
    if (
      context.subject &&
      (t.includes(context.subject.split(/\s/)[0]!) ||
        PRONOUN_OPENER.test(opener) ||
        (pointsAtSubject(t) && subjectFrame(unit, units, context) !== undefined))
    )
      score += 2;
    if (money && sameAmount(t, money)) score += 3;
    // The headline's count beside an action ("用大模型批改了 3000 篇"): the news, not a later result.
    else if (acts && figures.some((f) => squashed(t).includes(f))) score += 2;
    const shared = bigrams(t).filter((b) => titleWords.has(b)).length;
    score += 0.15 * Math.min(10, Math.round((10 * shared) / Math.max(1, titleWords.size)));
    // "…都能跑，OpenClaw却被曝风险": the headline's news is its turn, which the lead reports with 但/然而.
    if (turns && TURN_OPENER.test(unit.original.replace(/^【[^】]{1,12}】\s*/, ""))) score += 3;
    // "…被曝高危漏洞": the news is who disclosed it, not the fix or the background.
    if (exposes && DISCLOSES.test(t)) score += 2;
    if (definition && !acts) score -= 3;
    if (QUESTION.test(t) || TEASER_END.test(t) || /[！!]$/.test(t) || EMPTY_PROMISE.test(t)) score -= 4;
    if (ENGLISH_SCENE.test(t)) score -= 2;
    // "过去一年，API 价格下降了九成": a dated fact with its figure is news, not scene-setting.
    if ((SCENE.test(t) && !FACT_FIGURE.test(t)) || HOOK.test(firstClause(t))) score -= 2;
    if (PROMO.test(t) || (!unit.standalone && !unit.referenceOnly)) score -= 3;
    // "…把这件事查清楚" with nothing to carry the referent: the summary would point at nothing.
    else if (anaphorFix(unit, units) === "unresolved") score -= 3;
    return { unit, score };
  });
  return scored.sort((a, b) => b.score - a.score || a.unit.index - b.unit.index);
}

/**
 * "这种" before a quoted description ("把这种“你一句、我一句”的单工交互变成…"): the quote says what is
 * meant, the demonstrative only points back at the sentence before; a summary drops it.
 */
const SELF_DESCRIBED = /(?:这种|这类|这样的|那种)(?=[“「][^”」]{1,24}[”」]的)/g;

/** The summary text: editor's tag and openers dropped, pronoun resolved, cut to ≤ 120 chars at a clause. */
export function formatSummary(text: string, context: NewsContext): string {
  const out = text
    .replace(DATELINE, "")
    .replace(OPENERS, "")
    .replace(CONTRAST_AFTER_TOPIC, "$1")
    .replace(SELF_DESCRIBED, "");
  // "三年来，它从…" (its referent not taken along): named when the pronoun has a known referent.
  const lead = pronounAfterTimeLead(out);
  if (lead) {
    const [time, pronoun] = lead;
    const known = /[他她]/.test(pronoun) ? context.actor : context.subject;
    return trimAtClause(known ? `${time}${resolvePronoun(out.slice(time.length), context)}` : out);
  }
  return trimAtClause(PRONOUN_OPENER.test(out) ? resolvePronoun(out, context) : out);
}

/** Names who a pronoun opener points at: the title's subject for a thing, the actor for a person. */
function resolvePronoun(out: string, context: NewsContext): string {
  const who = context.subject ?? context.actor;
  return /^(?:这|此)是/.test(out)
    ? `${who}${out.slice(1)}`
    : /^其/.test(out)
      ? `${who}的${out.slice(1)}`
      : /^(?:他|她)(?!们)/.test(out) && context.actor
        ? `${context.actor}${out.slice(1)}`
        : /^(?:它|他|她)/.test(out)
          ? `${who}${out.slice(1)}`
          : `${context.actor}：${out}`;
}

/**
 * A summary that names neither the title's subject nor an actor of the title ("安全研究者提醒：…",
 * "攻击者…就能让它执行任意命令") reads as an excerpt about nothing: the first sentence of the nearest
 * lead unit before it that names the subject is put in front ("OpenClaw 可能是这两个月最火的开源
 * 智能体。…"), when it is a plain statement and the two fit in MAX_CHARS. Otherwise unchanged.
 */
export function frameWithSubject(
  text: string,
  summary: RankedUnit,
  units: readonly RankedUnit[],
  context: NewsContext,
  /** The news sentence as formatted alone: framed instead of `text` when `text` leaves no room. */
  newsAlone?: string,
): string {
  const subject = context.subject?.split(/\s/)[0];
  if (!subject || text.includes(subject)) return text;
  if (context.actors.some((a) => a.length > 1 && text.includes(a))) return text;
  const first = subjectFrame(summary, units, context);
  if (!first) return text;
  const latin = isLatinText(text);
  const max = MAX_CHARS * (latin ? 2 : 1);
  const joined = `${first}${latin ? " " : ""}${text}`;
  if (joined.length <= max) return joined;
  // The frame before what the summary took along: the news sentence alone takes it when that fits.
  const alone = `${first}${latin ? " " : ""}${newsAlone ?? ""}`;
  return newsAlone && text.startsWith(newsAlone) && alone.length <= max ? alone : text;
}

/** 它/其 inside a sentence (not 其他/其中/其实): a thing named before. */
const INNER_PRONOUN = /它(?!们)|其(?!他|中|实|余|次|它)/;
/** Things a 它 could mean inside its own sentence ("当智能体发现…，它就会…"). */
const THING_NOUN = /智能体|模型|系统|平台|工具|产品|框架|机器人|应用|程序|助手|[Aa]gent/;

/** An inner 它/其 with no thing before it in its sentence: it means something named earlier. */
function pointsAtSubject(text: string): boolean {
  const at = text.search(INNER_PRONOUN);
  return at > 0 && !THING_NOUN.test(text.slice(0, at));
}

/**
 * The sentence that frames a news unit with the title's subject: the first sentence of the nearest
 * lead unit before it naming the subject, a plain statement (no pronoun opener, question, teaser,
 * promo, list item or anaphor); undefined when there is none.
 */
function subjectFrame(
  unit: RankedUnit,
  units: readonly RankedUnit[],
  context: NewsContext,
): string | undefined {
  const subject = context.subject?.split(/\s/)[0];
  if (!subject) return undefined;
  const lead = units.filter((u) => u.text.length >= MIN_CHARS).slice(0, LEAD_UNITS);
  const frame = lead
    .filter((u) => u.index < unit.index && u.standalone && u.text.includes(subject))
    .sort((a, b) => b.index - a.index)[0];
  if (!frame) return undefined;
  const first = (frame.text.match(/^[^。！？!?]+[。！？!?]/)?.[0] ?? frame.text)
    .replace(/^【[^】]{1,12}】\s*/, "")
    .replace(OPENERS, "");
  const plain =
    first.includes(subject) &&
    first.length >= MIN_CHARS &&
    !PRONOUN_OPENER.test(first) &&
    !unfitToJoin(first) &&
    !INNER_ANAPHOR.test(first);
  return plain ? first : undefined;
}

/**
 * A summary over MAX_CHARS cut at its last clause break past MIN_TRIM. English says as much in about
 * twice the characters, so its bounds are doubled, and it ends in "." rather than "。".
 */
function trimAtClause(text: string): string {
  const scale = isLatinText(text) ? 2 : 1;
  if (text.length <= MAX_CHARS * scale) return text;
  const window = text.slice(0, MAX_CHARS * scale);
  let cut = -1;
  for (const m of window.matchAll(/[，,；;：:]/g)) if (m.index >= MIN_TRIM * scale) cut = m.index;
  if (cut < 0) for (const m of window.matchAll(/[，,；;：:]/g)) cut = m.index;
  if (cut <= 0) return text;
  return `${text.slice(0, cut)}${scale > 1 ? "." : "。"}`;
}

function actsIn(text: string): boolean {
  return ACTION.test(text) || EXPERIMENT.test(text) || ENGLISH_ACTION.test(text);
}

function squashed(text: string): string {
  return text.replace(/\s+/g, "");
}

function sameAmount(text: string, money: RegExpMatchArray): boolean {
  const pattern = new RegExp(`${money[1]!.replace(".", "\\.")}\\s*${money[2] ?? ""}\\s*${money[3]}`);
  return pattern.test(text);
}

function bigrams(text: string): string[] {
  const chars = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, "");
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars.slice(i, i + 2));
  return out;
}
