// The single-claim checks: each says whether the article supports one link, figure or name, and why.

import { bindClaimFigures } from "./bind-figures.ts";
import { canonicalLink, linkSupports } from "./canonical-link.ts";
import { sameDate } from "./find-dates.ts";
import type { Figure, SpecialToken } from "./find-figures.ts";
import { findTerms, isMeasure } from "./find-terms.ts";
import { foldText } from "./fold-text.ts";
import type { ArticleIndex, FigureContext } from "./index-article.ts";
import { squashName } from "./name-forms.ts";
import { compatibleUnits, unitClass } from "./units.ts";

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

/**
 * Same claim: same value in a compatible unit (units.ts; 1750 亿参数 = 175B, 5 分钟 = 300 秒), or the
 * article's value rounded to the entry's precision; dates field by field (find-dates.ts).
 */
export function sameFigure(claim: Figure, found: Figure): boolean {
  if (claim.kind === "date" || found.kind === "date")
    return claim.kind === "date" && found.kind === "date" && sameDate(claim, found);
  if (claim.percent !== found.percent) return false;
  // "延迟增加了 30%" is not "下降了 30%", nor "比 X 高 2 分" "低 2 分".
  if (claim.direction && found.direction && claim.direction !== found.direction) return false;
  // "降低了 60%" is not "降至 60%", nor "提升了 48%" "提升至 48%" (a change by is no level or share);
  // a derived complement supports only
  // its own reading. A level and a share of the original may stand for each other ("降至 30%").
  if (found.derived ? claim.relation !== found.relation : cutAgainstLevel(claim.relation, found.relation))
    return false;
  // A worked-out change in points supports "17 个百分点", never a relative "17%".
  if (found.derived && found.unit === "pp" && claim.unit !== "pp") return false;
  // A rank or step ("第 3", "Stage 2", "Top-5") is supported only by the same rank.
  if (claim.unit === "ordinal" || found.unit === "ordinal") {
    if (claim.unit !== found.unit) return false;
  } else if (!compatibleUnits(claim.unit, found.unit)) return false;
  // The 10 of "十分之一" is a denominator: it does not support the numerator of "10/10".
  if (claim.fraction && found.fraction && claim.fraction !== found.fraction) return false;
  // "6 个视频理解基准" is not "6 种主流剪枝方法": counted nouns, when both say one, share a word.
  if (claim.noun && found.noun && !shareBigram(claim.noun, found.noun)) return false;
  if (Math.abs(claim.value - found.value) <= 1e-9 * Math.max(1, Math.abs(claim.value))) return true;
  // "超过 100 名" for 120 多名: a lower bound holds for a value above it in its leading digit's band.
  if (claim.bound === "lower" && found.value > claim.value && !found.bound) {
    const band = 10 ** Math.floor(Math.log10(Math.abs(claim.value) || 1));
    if (found.value < claim.value + band) return true;
  }
  // 1.5 TB = 1500 GB as vendors write it: sizes also compare in decimal multiples.
  if (claim.unit === "bytes" && found.unit === "bytes" && sameDecimalSize(claim, found)) return true;
  // "近 30%" for 29.6%: a figure written as approximate, and coarser than the article's, may be off by 3 %.
  const near = Math.abs(found.value - claim.value) <= 0.03 * Math.abs(claim.value);
  if (claim.hedged && claim.digits < found.digits && near) return true;
  // "87.4" for 87.44 or "约 30%" for 29.8%: rounding is fine when two or more digits remain.
  if (claim.digits < 2 || found.step >= claim.step) return false;
  return Math.abs(Math.round(found.value / claim.step) * claim.step - claim.value) <= claim.step * 1e-6;
}

/** A change by a percentage against a level or a share ("提升了 48%" for "提升至 48%"), or a cut against a rise. */
function cutAgainstLevel(a: Figure["relation"], b: Figure["relation"]): boolean {
  const change = (r: Figure["relation"]) => r === "reduction" || r === "rise";
  return a !== undefined && b !== undefined && a !== b && (change(a) || change(b));
}

/** Two sizes equal when read with decimal multiples (KB = 1000 B …) instead of binary ones. */
function sameDecimalSize(a: Figure, b: Figure): boolean {
  const decimal = (f: Figure) => {
    const power = Math.round(Math.log2(f.factor ?? 1) / 10);
    return (f.value / (f.factor ?? 1)) * 1000 ** power;
  };
  const [x, y] = [decimal(a), decimal(b)];
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
}

function shareBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
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
  relative = false,
): boolean {
  if (claimTerms.size === 0) return true;
  const present = articleTerms(claimTerms, occ, index);
  if (present === undefined) return false;
  if (present.size === 0) return true;
  return bindsToPresent(present, occ, index, relative);
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

/** Measures that qualify another rather than name one: a quarter, 同比, 环比. */
const MODIFIER = /^~(?:q[1-4]|yoy|qoq)$/;

function bindsToPresent(
  claimTerms: ReadonlySet<string>,
  occ: FigureContext,
  index: ArticleIndex,
  relative: boolean,
): boolean {
  const terms = [...claimTerms];
  if (terms.some((t) => occ.bound.has(t))) {
    // The article's subject may be named in the entry only, unless the figure is another entity's.
    const otherEntity = [...occ.bound].some(
      (k) => !claimTerms.has(k) && !isMeasure(k) && !index.subject.has(k) && index.bearing.has(k),
    );
    // A clause with no measure of its own shares its sentence's ("第一季度营收为 12 亿元，第二季度
    // 为 15 亿元": 营收 is both quarters'); one with its own (第二季度利润为 15 亿元) keeps it.
    const ownMeasures = [...occ.bound].filter((k) => isMeasure(k) && !MODIFIER.test(k));
    const elided = ownMeasures.length === 0;
    // A figure with a measure of its own (解决率 41%) does not borrow its sentence's (准确率).
    const otherMeasure = ownMeasures.some((k) => !claimTerms.has(k));
    return terms.every(
      (t) =>
        occ.bound.has(t) ||
        // An entity elsewhere in the sentence counts unless a later figure of it is its: "在 SWE-bench
        // 上得分 78.4%，在 AIME 上得分 91.3%" does not make 78.4% AIME's.
        (occ.sentence.has(t) &&
          (isMeasure(t) ? (relative || elided) && !otherMeasure : !occ.later.has(t) || occ.before.has(t))) ||
        !index.bearing.has(t) ||
        (index.subject.has(t) && !otherEntity),
    );
  }
  return terms.every((t) => occ.wide.has(t) && !index.bearing.has(t));
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
): Verdict {
  const all = index.figures.map((f, i) => ({ figure: f, context: index.contexts[i]! }));
  const same = all.filter((o) => sameFigure(figure, o.figure));
  const usable = same.filter((o) => !o.context.boilerplate);
  const label = [...claimTerms].join("/");
  // A percentage or multiple is often the change of a measure named before it ("营收 30 亿元，同比增长 45%").
  const relative = figure.percent || unitClass(figure.unit) === "times";
  const bound = usable.find((o) => bindsTo(claimTerms, o.context, index, relative));
  if (bound)
    return { supported: true, reason: `found as ${bound.figure.raw}${label ? ` with ${label}` : ""}` };
  const quoted = quotes.find((q) => {
    if (!sameFigure(figure, q.figure) || q.context.boilerplate) return false;
    const present = articleTerms(claimTerms, q.context, index);
    return (
      present !== undefined &&
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

/** The article terms among the terms of a claim's segment (what the entry binds the figure to). */
export function claimBindings(text: string, figures: readonly Figure[], index: ArticleIndex): Set<string>[] {
  // Terms the article never names stay: bindsTo decides what they mean (see articleTerms).
  const terms = findTerms(text, index.aliases);
  return bindClaimFigures(text, figures, terms);
}

/** A phone number, version string or ID in an entry: the article must have the same one. */
export function checkSpecial(token: SpecialToken, index: ArticleIndex): Verdict {
  if (token.kind === "id") {
    const ok = index.linkKeys.has(token.value);
    return {
      supported: ok,
      reason: ok ? "linked or named in the article" : `${token.raw} is not in the article`,
    };
  }
  if (token.kind === "phone") {
    const ok = index.compact.includes(token.value);
    return {
      supported: ok,
      reason: ok ? "the article gives this number" : `${token.raw} is not in the article`,
    };
  }
  const whole = new RegExp(`(?<![\\d.])${token.value.replace(/\./g, "\\.")}(?![\\d]|\\.\\d)`);
  const ok = whole.test(index.folded);
  return {
    supported: ok,
    reason: ok ? "version named in the article" : `version ${token.raw} is not in the article`,
  };
}

/** A versioned name (GPT-4o, STAR-7B) must be in the article as a name, spacing and hyphens aside. */
export function checkName(name: string, index: ArticleIndex): Verdict {
  const squash = (s: string) => foldText(s).replace(/[-_\s]/g, "");
  const needle = squash(name);
  const hay = foldText(index.text).replace(/[-_]/g, "");
  const bounded = new RegExp(`(?<![a-z0-9.])${needle.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![a-z0-9])`);
  if (bounded.test(hay) || bounded.test(hay.replace(/\s/g, "")))
    return { supported: true, reason: "named in the article" };
  // "Qwen3 Max" for "Qwen3-Max": the name token is a stretch of a name the article writes.
  if (index.nameForms.has(squashName(name))) return { supported: true, reason: "named in the article" };
  return { supported: false, reason: `${name} is not named in the article` };
}
