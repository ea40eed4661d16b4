// How a news sentence becomes the summary's text beyond itself: the unit after it taken along when
// short (extendSummary), the referent of its anaphor joined or its pointing part cut, and what may
// never be joined to a summary (unfitToJoin). Split from news-sentence.ts, which scores and formats.
import {
  ACTION,
  EMPTY_PROMISE,
  HOOK,
  INNER_ANAPHOR,
  LIST_ITEM,
  MAX_CHARS,
  MIN_CHARS,
  MIN_TRIM,
  OPENERS,
  PROMO,
  PRONOUN_OPENER,
  QUESTION,
  QUESTION_ANAPHOR,
  TEASER_END,
  TIME_LEAD,
  WEAK_ACTION,
} from "./news-patterns.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { isLatinText } from "./sentences.ts";

/** "三年来，它…": the time phrase and the pronoun after it, or undefined. */
export function pronounAfterTimeLead(text: string): [string, string] | undefined {
  const out = text.replace(OPENERS, "");
  const lead = out.match(TIME_LEAD);
  const pronoun = lead && out.slice(lead[0].length).match(/^(?:它|他|她|其)(?!们)/);
  return lead && pronoun ? [lead[0], pronoun[0]] : undefined;
}

/**
 * A news sentence shorter than 60 characters takes the unit right after it when that one stands
 * alone, is no question or teaser, and the two fit in 120 ("DeepSeek 发布了 V4。" + its key figure).
 */
export function extendSummary(
  summary: RankedUnit,
  units: readonly RankedUnit[],
  /** Sentence indices of the article's headings: a new section, which the summary never runs into. */
  headings: ReadonlySet<number> = new Set(),
): string {
  // "研究者发现：这个被广泛信任的信号有偏": the referent is the sentence before; take it along when
  // it is a plain statement and the two fit in 120.
  const joinedBefore = joinReferent(summary, units);
  if (joinedBefore) return joinedBefore;
  const text = withNext(summary, units, headings);
  return INNER_ANAPHOR.test(summary.text) ? dropUnresolvedAnaphora(text) : text;
}

/** The summary with the unit after it, when it is short and the next one joins (see extendSummary). */
function withNext(
  summary: RankedUnit,
  units: readonly RankedUnit[],
  headings: ReadonlySet<number> = new Set(),
): string {
  const scale = isLatinText(summary.text) ? 2 : 1;
  if (summary.text.length >= MIN_TRIM * scale) return summary.text;
  const next = units.find((u) => u.index > summary.index);
  if (!next || next.index - summary.index > 2 || !next.standalone) return summary.text;
  for (let i = summary.index + 1; i < next.index; i++) if (headings.has(i)) return summary.text;
  if (unfitToJoin(next.text)) return summary.text;
  const joined = `${summary.text}${scale > 1 ? " " : ""}${next.text}`;
  return joined.length <= MAX_CHARS * scale ? joined : summary.text;
}

/**
 * The summary with its anaphor's referent, the unit before, in 120 characters: a statement is taken
 * along; a question that "这个问题" points at is quoted in its place ("把“AI 能否赚够 API 钱”这个问题
 * 变成了实验"), unless the question itself points further back.
 */
function joinReferent(summary: RankedUnit, units: readonly RankedUnit[]): string | undefined {
  if (!INNER_ANAPHOR.test(summary.text) && !pronounAfterTimeLead(summary.text)) return undefined;
  const before = units.find((u) => u.index === summary.index - 1);
  if (!before) return undefined;
  const joined = `${before.text}${summary.text}`;
  if (before.standalone && !unfitToJoin(before.text) && joined.length <= MAX_CHARS) return joined;
  const question = before.text.replace(/^【[^】]{1,12}】\s*/, "").replace(/[？?]+$/, "");
  const asked = summary.text.match(QUESTION_ANAPHOR);
  if (
    !asked ||
    !QUESTION.test(before.text) ||
    QUESTION.test(question) ||
    /^(?:这|那|该|此|它)/.test(question)
  )
    return undefined;
  if (INNER_ANAPHOR.test(question) || PRONOUN_OPENER.test(question)) return undefined;
  const inlined = summary.text.replace(QUESTION_ANAPHOR, `“${question}”这个问题`);
  return INNER_ANAPHOR.test(inlined.replace(`“${question}”这个问题`, "")) || inlined.length > MAX_CHARS
    ? undefined
    : inlined;
}

/**
 * How a unit's inner anaphor ("这个问题", "这件事") gets its referent in the summary: none needed,
 * the sentence before taken along, the pointing part cut (dropUnresolvedAnaphora), or not at all.
 */
export function anaphorFix(
  unit: RankedUnit,
  units: readonly RankedUnit[],
): "none" | "joined" | "cut" | "unresolved" {
  if (!INNER_ANAPHOR.test(unit.text)) return "none";
  if (joinReferent(unit, units)) return "joined";
  const text = withNext(unit, units);
  return dropUnresolvedAnaphora(text) === text ? "unresolved" : "cut";
}

/**
 * Cuts from a summary what points back at a referent it does not carry, as the first sentence has
 * nothing before it: a trailing clause ("造了一条机器鱼，在实验室里把这个问题拆开来看。" → "造了一条
 * 机器鱼。") when what stays still states an action, or the whole first sentence when another
 * sentence follows that is long enough to stand as the summary. Otherwise the text is unchanged.
 */
export function dropUnresolvedAnaphora(text: string): string {
  const sentences = text.match(/[^。！？!?]+[。！？!?]*/g) ?? [text];
  const first = sentences[0]!;
  if (!INNER_ANAPHOR.test(first)) return text;
  const rest = sentences.slice(1).join("");
  const clauses = first.match(/[^，,；;]+[，,；;]?/g) ?? [first];
  const last = clauses.at(-1)!;
  const kept = clauses.slice(0, -1).join("");
  if (clauses.length > 1 && INNER_ANAPHOR.test(last) && !INNER_ANAPHOR.test(kept)) {
    const head = kept.replace(/[，,；;]$/, "。");
    if (head.length >= MIN_CHARS && (ACTION.test(head) || WEAK_ACTION.test(head))) return `${head}${rest}`;
  }
  return rest.length >= MIN_CHARS && !INNER_ANAPHOR.test(sentences[1] ?? "") ? rest : text;
}

/** A unit that cannot be joined to the summary: a question, teaser, exclamation, hook, promo or list item. */
export function unfitToJoin(text: string): boolean {
  return (
    QUESTION.test(text) ||
    TEASER_END.test(text) ||
    /[！!]$/.test(text) ||
    EMPTY_PROMISE.test(text) ||
    HOOK.test(firstClause(text)) ||
    PROMO.test(text) ||
    LIST_ITEM.test(text)
  );
}

/** The first clause of a sentence, its opener dropped. */
export function firstClause(text: string): string {
  return text.replace(OPENERS, "").split(/[，,：:；;]/)[0]!;
}
