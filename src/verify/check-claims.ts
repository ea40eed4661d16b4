// The single-claim checks: each says whether the article supports one link, figure or name, and why.

import { bindClaimFigures } from "./bind-figures.ts";
import { canonicalLink, linkSupports } from "./canonical-link.ts";
import { droppedCondition } from "./figure-conditions.ts";
import { keptAsStated } from "./figure-plans.ts";
import { aboutTheSame, type ClaimWords, MODIFIER, NO_WORDS, sameCell } from "./figure-subject.ts";
import type { Figure } from "./find-figures.ts";
import { findTerms, isMeasure, nameKeys } from "./find-terms.ts";
import { fromValueKeys } from "./from-values.ts";
import type { ArticleIndex, FigureContext } from "./index-article.ts";
import { areSiblings } from "./name-forms.ts";
import { sameFigure } from "./same-figure.ts";
import { unitClass } from "./units.ts";

export interface Verdict {
  supported: boolean;
  reason: string;
}

/** `exact`: the article links this very key (not only a page below it). */
export function checkLink(url: string, index: ArticleIndex): Verdict & { key?: string; exact?: boolean } {
  const key = canonicalLink(url);
  if (!key) return { supported: false, reason: "not an http(s) URL" };
  const exact = index.linkKeys.has(key.key);
  for (const articleKey of index.linkKeys) {
    if (linkSupports(articleKey, key.key))
      return { supported: true, key: key.key, exact, reason: `found as ${articleKey}` };
  }
  return { supported: false, key: key.key, reason: `${key.key} is not linked or named in the article` };
}

/** An article occurrence a claim may use: its figure and what it is about. */
export interface Occurrence {
  figure: Figure;
  context: FigureContext;
}

/**
 * Whether an occurrence of the value is about what the claim binds the figure to (`claimTerms`: the
 * terms of its clause in the entry, see bind-figures.ts).
 *
 * - Bound to one of them: every other claim term is in the occurrence's sentence (an entity; a
 *   measure word only when the figure is a percentage or multiple, 营收…同比增长 45%), bears no
 *   figure of its own, or is the article's subject while the figure is not another entity's.
 * - Bound to none: every claim term is in its surroundings and bears no figure of its own.
 *
 * A figure moved from one benchmark, model, quarter or measure to another fails both ways.
 */
export function bindsTo(
  claimTerms: ReadonlySet<string>,
  occ: FigureContext,
  index: ArticleIndex,
  claim: BindOptions = {},
): boolean {
  if (claimTerms.size === 0) return true;
  const present = articleTerms(claimTerms, occ, index);
  if (present === undefined) return false;
  if (present.size === 0) return true;
  if ([...present].some((t) => claim.names?.has(t) && hasRival(t, occ, index))) return false;
  return bindsToPresent(present, occ, index, claim);
}

/** What the claim's figure is, for binding it. */
export interface BindOptions {
  /** A percentage or multiple: often the change of a measure named before it. */
  relative?: boolean;
  /** The whole names among the claim's terms (hasRival). */
  names?: ReadonlySet<string>;
  /** An amount of money: 输入/输出 qualify its price. */
  money?: boolean;
  /** A date: when the article's subject did something ("Anthropic 于 9 月…"). */
  date?: boolean;
}

/**
 * A name the claim gives the figure while the article gives it a sibling of that name: MMLU for a
 * claim's MMLU-Pro, Qwen3-Max for a claim's Qwen3-VL (a shared stem the article uses, or one name
 * the stem of the other). Then it is that sibling's figure, however close the claim's name stands.
 */
function hasRival(name: string, occ: FigureContext, index: ArticleIndex): boolean {
  if (occ.bound.has(name)) return false;
  for (const other of occ.names) if (areSiblings(name, other, index.terms)) return true;
  return false;
}

/**
 * The claim terms the article names, or undefined when a term it never names rules the occurrence
 * out: an entity ("在 GPQA 上得分 71.3" when the article has only MMLU), or a measure while the
 * article binds the figure to another measure (利润 15 亿元 for 营收为 15 亿元). A measure worded
 * otherwise (识图耗时 300 毫秒 for 识别只需 300 毫秒) against a figure bound to none is a paraphrase.
 */
function articleTerms(
  claimTerms: ReadonlySet<string>,
  occ: FigureContext,
  index: ArticleIndex,
): Set<string> | undefined {
  const absent = [...claimTerms].filter((t) => !index.terms.has(t));
  if (absent.some((t) => !isMeasure(t))) return undefined;
  if (absent.length > 0 && [...occ.bound].some((k) => isMeasure(k) && !claimTerms.has(k))) return undefined;
  return new Set([...claimTerms].filter((t) => index.terms.has(t)));
}

const PERIOD = /^~q[1-4]$/;

/** 输入/输出 qualify a price ("每百万 token 输入 1 美元"), but measure a length ("输出 64K token"). */
const PRICE_MODIFIER = /^~(?:input|output)$/;

function bindsToPresent(
  claimTerms: ReadonlySet<string>,
  occ: FigureContext,
  index: ArticleIndex,
  { relative = false, money = false, date = false }: BindOptions,
): boolean {
  const terms = [...claimTerms];
  if (terms.some((t) => occ.bound.has(t))) {
    // The article's subject may be named in the entry only, unless the figure is another entity's.
    const otherEntity = [...occ.bound].some(
      (k) => !claimTerms.has(k) && !isMeasure(k) && !index.subject.has(k) && index.bearing.has(k),
    );
    // A clause with no measure of its own shares its sentence's ("第一季度营收为 12 亿元，第二季度
    // 为 15 亿元": 营收 is both quarters'); one with its own (第二季度利润为 15 亿元) keeps it.
    const ownMeasures = [...occ.bound].filter(
      (k) => isMeasure(k) && !MODIFIER.test(k) && !(money && PRICE_MODIFIER.test(k)),
    );
    const elided = ownMeasures.length === 0;
    // A figure with a measure of its own (解决率 41%) does not borrow its sentence's (准确率).
    const otherMeasure = ownMeasures.some((k) => !claimTerms.has(k));
    return terms.every(
      (t) =>
        occ.bound.has(t) ||
        // The one quarter a sentence names is every figure's of it ("第三季度财报，营收 12.4 亿元").
        (PERIOD.test(t) &&
          occ.sentence.has(t) &&
          ![...occ.sentence].some((k) => k !== t && PERIOD.test(k))) ||
        // An entity elsewhere in the sentence counts unless a later figure of it is its: "在 SWE-bench
        // 上得分 78.4%，在 AIME 上得分 91.3%" does not make 78.4% AIME's.
        (occ.sentence.has(t) &&
          (isMeasure(t)
            ? (relative || elided) && !otherMeasure
            : // …nor when the figure's own names are a sibling of it (64.2 … for Vela-2 is not Vela-3's).
              (!occ.later.has(t) || occ.before.has(t)) && !hasRival(t, occ, index))) ||
        !index.bearing.has(t) ||
        (index.subject.has(t) && !otherEntity),
    );
  }
  // Bound to none: a date names when the article's subject acted, so the subject may be named; a date
  // that is its clause alone ("今年 5 月，X 已下线") is when its sentence's action happened.
  return terms.every(
    (t) =>
      (occ.wide.has(t) && (!index.bearing.has(t) || (date && index.subject.has(t)))) ||
      (date && occ.own.size === 0 && occ.sentence.has(t)),
  );
}

/**
 * Supported when the article has the same quantity, outside boilerplate, bound to what the entry
 * binds it to — or when an evidence quote of the claim, found verbatim in the article, contains it
 * (then the quote's sentence is the context: each claim term is what the quoted figure is bound to,
 * the article's subject, or a term of the sentence around it that bears no figure of its own).
 */
export function checkFigure(
  figure: Figure,
  claimTerms: ReadonlySet<string>,
  index: ArticleIndex,
  quotes: readonly Occurrence[] = [],
  names: ReadonlySet<string> = new Set(),
  words: ClaimWords = NO_WORDS,
  scoped: ReadonlySet<string> = new Set(),
): Verdict {
  const all = index.figures.map((f, i) => ({ figure: f, context: index.contexts[i]! }));
  const same = all.filter((o) => sameFigure(figure, o.figure));
  const usable = same.filter((o) => !o.context.boilerplate);
  const label = [...claimTerms].join("/");
  // A percentage or multiple is often the change of a measure named before it ("营收 30 亿元，同比增长 45%").
  const relative = figure.percent || unitClass(figure.unit) === "times";
  const money = /^(?:usd|cny|eur|gbp|jpy|hkd)$/.test(figure.unit ?? "");
  const candidates = usable.filter(
    (o) =>
      // A table's cell is a level: it states no change ("少耗约四成" is not a 39.7 of a table).
      !(figure.direction && o.context.table && !o.figure.direction && !words.comparing) &&
      bindsTo(claimTerms, o.context, index, { relative, names, money, date: figure.kind === "date" }) &&
      aboutTheSame(figure, o, claimTerms, index, words) &&
      // "在 Polymarket 上获得 10 万星标": where the claim says it was measured, the article must say so
      // around that figure, not only name the place elsewhere.
      [...scoped].every((t) => !index.terms.has(t) || o.context.bound.has(t) || o.context.sentence.has(t)) &&
      sameCell(o.context, claimTerms, words, index),
  );
  // "计划明年营收达到 100 亿元" supports "计划营收 100 亿元", never "营收达 100 亿元" (figure-plans.ts).
  // A date says when, planned or not: whether it happened is check-tense.ts's.
  const kept = (o: Occurrence) => figure.kind === "date" || keptAsStated(o.context.unmet, words);
  const stated = candidates.filter(kept);
  // "缓存命中时输入仅 0.2 元" is not "输入仅 0.2 元": a condition the article gives goes with the figure.
  const at = stated.map((s) => s.figure.index);
  const unconditioned = (o: Occurrence) =>
    figure.kind === "date" || words === NO_WORDS || !droppedCondition(index, o.figure.index, words, at);
  const bound = stated.find(unconditioned);
  if (!bound && stated.length) {
    const condition = droppedCondition(index, at[0]!, words, at);
    return {
      supported: false,
      reason: `the article gives ${stated[0]!.figure.raw} only under a condition ("${condition}") the entry drops`,
    };
  }
  if (!bound && candidates.length) {
    const estimate = candidates.every((o) => o.context.unmet === "estimate");
    return {
      supported: false,
      reason: `the article gives ${candidates[0]!.figure.raw}${label ? ` with ${label}` : ""} only as ${estimate ? "an estimate (the entry drops the hedge)" : "a plan, forecast, target or as not reached"}`,
    };
  }
  if (bound)
    return { supported: true, reason: `found as ${bound.figure.raw}${label ? ` with ${label}` : ""}` };
  const quoted = quotes.find((q) => {
    if (!sameFigure(figure, q.figure) || q.context.boilerplate || !kept(q)) return false;
    const present = articleTerms(claimTerms, q.context, index);
    return (
      present !== undefined &&
      ![...present].some((t) => names.has(t) && hasRival(t, q.context, index)) &&
      [...present].every(
        (t) =>
          q.context.bound.has(t) || index.subject.has(t) || (q.context.wide.has(t) && !index.bearing.has(t)),
      )
    );
  });
  if (quoted) return { supported: true, reason: `found as ${quoted.figure.raw} in the evidence quote` };
  if (usable.length)
    return { supported: false, reason: `${figure.raw} occurs in the article, but not with ${label}` };
  if (same.length)
    return {
      supported: false,
      reason: `${figure.raw} occurs only in boilerplate (reading time, caption, ad)`,
    };
  return { supported: false, reason: `${figure.raw} does not occur in the article` };
}

/** What an entry binds each figure to: the terms of its segment, and which of them are names. */
export interface ClaimBinding {
  terms: Set<string>;
  /** Whole names among `terms` ("mmlupro", not the "mmlu" inside it). */
  names: Set<string>;
  /** Terms that say where the figure was measured: "在 X 上/中", "on X". */
  scoped: Set<string>;
}

/** "在 GitHub 上", "在 MMLU 中", "on SWE-bench": the place a figure was measured. */
const LOCATIVE =
  /在\s*([^，,。；;！？在]{1,30}?)\s*(?:上|中|里|之上|当中)|\bon\s+(?:the\s+)?[A-Z][^,.;]{0,30}/g;

/** The terms of each figure's segment in a claim (what the entry binds the figure to). */
export function claimBindings(text: string, figures: readonly Figure[], index: ArticleIndex): ClaimBinding[] {
  // Terms the article never names stay: bindsTo decides what they mean (see articleTerms).
  const terms = findTerms(text, index.aliases, { knownJoins: index.terms });
  const names = nameKeys(terms);
  const places = [...text.matchAll(LOCATIVE)].map((m) => [m.index, m.index + m[0].length] as const);
  const scoped = new Set(
    terms.filter((t) => places.some(([a, b]) => t.index >= a && t.end <= b)).map((t) => t.key),
  );
  return bindClaimFigures(text, figures, terms).map((all, i) => {
    const keys = fromValueKeys(text, figures[i]!, terms, all, names);
    return {
      terms: keys,
      names: new Set([...keys].filter((k) => names.has(k))),
      scoped: new Set([...keys].filter((k) => scoped.has(k))),
    };
  });
}
