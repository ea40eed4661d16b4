import { type RomanisedKey, romanisedRowMissed, withoutKeys } from "./binding-keys.ts";
import { checkFigure, checkLink, claimBindings, type Occurrence } from "./check-claims.ts";
import { checkComparison, findComparisons } from "./check-comparisons.ts";
import { checkCount, findCounts } from "./check-counts.ts";
import { checkDoneDate, findDoneDates } from "./check-done-dates.ts";
import { checkName, checkSpecial } from "./check-names.ts";
import { checkAssertion, findAssertions } from "./check-negation.ts";
import { changeInOrder, findChanges } from "./check-order.ts";
import { checkQualifier, findQualifiers } from "./check-qualifiers.ts";
import { checkQuote, findQuotes, writtenInChinese } from "./check-quotes.ts";
import { checkRank, findRanks } from "./check-ranks.ts";
import { checkRole, findRoles } from "./check-roles.ts";
import { checkScopeClaim, findScopeClaims } from "./check-scopes.ts";
import { checkSpeaker, quoteSpeakers } from "./check-speakers.ts";
import { checkTense, findDoneSteps } from "./check-tense.ts";
import { crossLanguageClaims } from "./check-text-en.ts";
import { checkUniversal, findUniversals } from "./check-universal.ts";
import { chineseArticleClaims } from "./chinese-article-claims.ts";
import { englishDeniedClaims } from "./denied-clauses-en.ts";
import { type CheckBudget, ENTRY_LIMITS, refusedAsTooLong } from "./entry-limits.ts";
import { findFigureComparisons } from "./figure-comparisons.ts";
import { hedgedInEntry, plannedInEntry } from "./figure-plans.ts";
import { type ClaimWords, clauseWords } from "./figure-subject.ts";
import { clauseAround, entryBigrams, sentenceAround } from "./figure-words.ts";
import { figuresWithin } from "./figures-within.ts";
import { findTokens } from "./find-figures.ts";
import { findUrls } from "./find-links.ts";
import { findTerms, isMeasure, type Term } from "./find-terms.ts";
import { compactText, halfWidth } from "./fold-text.ts";
import { framingClaims } from "./framing-claims.ts";
import type { ArticleIndex } from "./index-article.ts";
import { evidenceScore, locateQuote } from "./match-evidence.ts";
import { nameAroundFigure } from "./name-forms.ts";
import { periodAndRowClaims } from "./period-row-claims.ts";
import { plainOpeners } from "./plain-openers.ts";
import { checkProperName, findProperNames } from "./proper-names.ts";
import { deniedAlike } from "./release-status.ts";
import { refuseRetold } from "./retold-figures.ts";
import { statusClaims } from "./status-claims.ts";
import { claimsOf } from "./text-claims.ts";
import { checkTextOrg, findTextOrgs } from "./text-orgs.ts";
import type { ClaimKind } from "./types.ts";
import { unitAfter } from "./units.ts";
import { keepWholeSentences } from "./whole-sentences.ts";

export interface TextClaim {
  kind: ClaimKind;
  value: string;
  supported: boolean;
  reason: string;
  /** Offsets in the (full-width folded) text, for removing the claim's clause. */
  at?: [number, number];
}

/** Words of a comparison: the figures of its sentence may be another model's (a table's other row). */
const COMPARING =
  /上代|上一代|前代|前一代|此前|之前|原来|从|由|较|相比|对比|比|超过|领先|低于|高于|分别|\b(?:vs|versus|than|from|compared)\b/i;

/**
 * A unit word right after a number ("1.2 PFLOPS", "6.5 kW") or a currency code right before one
 * ("RMB 3.86 billion"): the figure's unit, checked with the figure, not a name.
 */
const unitOfFigure = (text: string, at: number, raw: string) => {
  const after = /\d\s?$/.test(text.slice(Math.max(0, at - 2), at));
  const before = /^\s?[\d$¥€£]/.test(text.slice(at + raw.length, at + raw.length + 2));
  if (!after && !before) return false;
  const unit = unitAfter(raw);
  return unit !== undefined && unit.length >= raw.length && (after || CURRENCY.test(unit.key));
};
const CURRENCY = /^(?:usd|cny|eur|gbp|jpy|hkd)$/;

/** What the entry around a text tells the checks (verify-entry.ts). */
export interface TextContext {
  /** Length of a bullet's label before its text ("Design："): a heading, not a name claim. */
  labelEnd?: number;
  /** Latin words the whole entry writes in lower case (proper-names.ts). */
  lowerWords?: ReadonlySet<string>;
  /** Latin spellings the entry writes beside a Chinese name of the article (entry-context.ts). */
  glosses?: ReadonlySet<string>;
  /** Binding keys of pinyin names with a tail → the tail's key ("shentongpro" → "pro", entry-context.ts). */
  romanised?: ReadonlyMap<string, RomanisedKey>;
  /** What is left of the entry's limits (entry-limits.ts); absent: the text alone is held to them. */
  budget?: CheckBudget;
  /** The orgs the entry names ("极光模型 / 北斗云"): whose figure each is (roundup-figures.ts). */
  orgs?: readonly string[];
}

/** Links in a piece of entry text, each with its verdict. */
export function checkTextLinks(text: string, index: ArticleIndex): TextClaim[] {
  // A text too long to verify is refused whole by checkTextFacts.
  if (text.length > ENTRY_LIMITS.textChars) return [];
  return findUrls(text).map(({ url }) => ({ kind: "link" as const, value: url, ...checkLink(url, index) }));
}

/**
 * Figures, versioned names, version strings, phone numbers and IDs in a piece of entry text, each
 * with its verdict and position. Every digit group of the text is one of them (find-figures.ts).
 * `quotes`: figures of the bullet's evidence quotes found verbatim in the article.
 */
export function checkTextFacts(
  text: string,
  index: ArticleIndex,
  quotes: readonly Occurrence[] = [],
  context: TextContext = {},
): TextClaim[] {
  const clean = halfWidth(text);
  const refused = refusedAsTooLong(clean, () => findTokens(clean).figures.length, context.budget);
  if (refused) return [refused];
  const tokens = findTokens(clean);
  // A Latin spelling the entry gives for the article's Chinese name ("Yunqi") and a person's role
  // ("CEO") say whose figure it is no more than the Chinese name would: no binding terms.
  const properNames = findProperNames(clean, context);
  const raw = claimBindings(clean, tokens.figures, index);
  const romanised = context.romanised ?? new Map<string, RomanisedKey>();
  const plain = new Set([...(context.glosses ?? []), ...plainOpeners(clean, properNames, index, context)]);
  const bindings = raw.map((b) => withoutKeys(b, plain, romanised, index.terms));
  // A sentence's words and terms, once per sentence (its figures share them).
  const sentences = new Map<string, Pick<ClaimWords, "sentence" | "sentenceTerms">>();
  const sentenceWords = (sentence: string) => {
    let known = sentences.get(sentence);
    if (!known) {
      known = {
        sentence: entryBigrams(sentence),
        sentenceTerms: new Set(
          findTerms(sentence, index.aliases, { knownJoins: index.terms }).map((t) => t.key),
        ),
      };
      sentences.set(sentence, known);
    }
    return known;
  };
  let measureTerms: Term[] | undefined;
  const measures = () => {
    measureTerms ??= findTerms(clean, index.aliases).filter((t) => isMeasure(t.key));
    return measureTerms;
  };
  const claims: TextClaim[] = [
    ...tokens.figures.map((f, i) => {
      const words: ClaimWords = {
        ...clauseWords(clauseAround(clean, f.index, f.end)),
        ...sentenceWords(sentenceAround(clean, f.index, f.end)),
        planned: plannedInEntry(clean, f.index, f.end),
        hedged: hedgedInEntry(clean, f.index, f.end),
        comparing: COMPARING.test(clauseAround(clean, f.index, f.end)),
      };
      const { terms, names, scoped } = bindings[i]!;
      const checked = checkFigure(f, terms, index, quotes, names, words, scoped);
      const missed = checked.supported ? romanisedRowMissed(f, raw[i]!, romanised, index) : undefined;
      const verdict = missed
        ? { supported: false, reason: `the article gives ${f.raw} to another name than ${missed}` }
        : checked;
      // "Qwen 3 Max", "Claude-Opus-4.5": digits of a name the article writes otherwise spaced.
      const name = verdict.supported ? undefined : nameAroundFigure(clean, f, index.nameForms);
      return {
        kind: "figure" as const,
        value: f.raw,
        at: [f.index, f.end] as [number, number],
        ...(name ? { supported: true, reason: `part of the name ${name}, named in the article` } : verdict),
      };
    }),
    ...claimsOf("name", tokens.names, (n) => checkName(n.raw, index)),
    // Names without a version ("Claude", "Karpathy") the versioned names above do not cover.
    ...claimsOf(
      "name",
      properNames.filter(
        (n) =>
          !tokens.names.some((v) => n.index < v.end && n.end > v.index) &&
          !unitOfFigure(clean, n.index, n.raw) &&
          // "Gross margin", "Revenue": a measure the figure check holds to the article's.
          !measures().some((t) => n.index >= t.index && n.end <= t.end),
      ),
      (n) => checkProperName(n.raw, index, context.glosses),
    ),
    // Organisations named in Chinese ("由清华大学与北京大学合作完成"): the article's, any spelling.
    ...claimsOf("name", findTextOrgs(clean), (o) => checkTextOrg(o, index)),
    // Quoted words must be the article's (an English article's quote, translated: check-quotes-en.ts).
    ...claimsOf("quote", writtenInChinese(index) ? findQuotes(clean) : [], (q) => checkQuote(q.raw, index)),
    // "黄仁勋表示：“…”" where the article has 张伟 say those words: the quote moved to another speaker.
    ...claimsOf("name", writtenInChinese(index) ? quoteSpeakers(clean) : [], (q) =>
      checkSpeaker(q.quote, q.raw, index, q.colon),
    ),
    ...claimsOf(
      "qualifier",
      findQualifiers(clean),
      (q) => deniedAlike(q, clean, index.text) ?? checkQualifier(q, index.qualifiers),
    ),
    // "超越 GPT-4o" where the article says "略逊于 GPT-4o": a comparison turned round.
    ...claimsOf("qualifier", findComparisons(clean), (c) => checkComparison(c, index.comparisons)),
    // "可商用" for a CC BY-NC dataset, "唯一" widened from a top five, "仅次于" a rival named nowhere.
    ...claimsOf("qualifier", findScopeClaims(clean), (c) => checkScopeClaim(c, clean, index)),
    // "超过所有 7B 模型" where the article compares with one: an "all" the article never makes.
    ...claimsOf("qualifier", findUniversals(clean), (u) => checkUniversal(u, index)),
    // "41.2 分，低于 X 的 37.8": a comparison its own figures contradict.
    ...claimsOf("qualifier", findFigureComparisons(clean), (c) => c),
    // "已上线" where the article says "将于下月上线": a plan told as done.
    ...claimsOf("qualifier", findDoneSteps(clean), (c) => checkTense(c, index.steps)),
    // "已于 2027 年底建成" where the article says "计划于 2027 年底完成": done in a year only planned.
    ...claimsOf("qualifier", findDoneDates(clean), (d) => checkDoneDate(d, index)),
    // Rulings told as final, papers under review as accepted, ties as sole places (status-claims.ts).
    ...statusClaims(clean, index),
    // "已实现盈利" where the article says "尚未盈利": a negation dropped.
    ...claimsOf("qualifier", findAssertions(clean), (a) => checkAssertion(a, index)),
    // The same read across languages (an English article, a Chinese entry): check-text-en.ts.
    ...crossLanguageClaims(clean, index),
    // Reported speech moved, comparisons turned round without a rival, negations dropped with no 已.
    ...(writtenInChinese(index) ? chineseArticleClaims(clean, index) : englishDeniedClaims(clean, index)),
    // "CEO 张伟" where the article calls 张伟 a 研究员 and never its CEO.
    // A Chinese article names its people as the entry writes them; an English one is translated.
    ...claimsOf("name", findRoles(clean), (r) =>
      checkRole(
        r,
        index.roles,
        // A Latin name may be the one a Chinese article writes in Chinese (Sam Altman, 奥特曼): not held.
        (p) =>
          !writtenInChinese(index) || !/[\u4e00-\u9fff]/.test(p) || index.compact.includes(compactText(p)),
      ),
    ),
    // "创意写作仅第九" where the article says 第 6; "升三位" where it says 上升 2 位.
    ...claimsOf("figure", findRanks(clean), (r) => checkRank(r, clean, index)),
    // A figure moved to another period; a table's figure given to another row (period-row-claims.ts).
    ...periodAndRowClaims(clean, index, context.orgs),
    // A cause, a scope or a season the article does not give (framing-claims.ts).
    ...framingClaims(clean, index),
    // "发布三款模型" where the article counts 两款模型 and never three.
    ...claimsOf("figure", findCounts(clean), (c) => checkCount(c, index.counts)),
    ...tokens.specials
      .filter((t) => t.kind !== "list")
      .map((t) => ({
        kind:
          t.kind === "id"
            ? ("link" as const)
            : t.kind === "version"
              ? ("name" as const)
              : ("figure" as const),
        value: t.raw,
        at: [t.index, t.end] as [number, number],
        ...checkSpecial(t, index),
      })),
  ];
  for (const [i, j] of findChanges(clean, tokens.figures)) {
    const [a, b] = [claims[i]!, claims[j]!];
    if (!a.supported || !b.supported) continue;
    if (changeInOrder(tokens.figures[i]!, tokens.figures[j]!, index)) continue;
    for (const c of [a, b])
      Object.assign(c, { supported: false, reason: `the article gives the change the other way round` });
  }
  // "首批客户包括四家头部云厂商" where the article's own words give 三家: a retold number changed.
  refuseRetold(claims, clean, index.retold);
  return keepWholeSentences(clean, claims, index).sort((a, b) => (a.at?.[0] ?? 0) - (b.at?.[0] ?? 0));
}

/** Figures of evidence quotes that occur verbatim in the article, with the article's context. */
export function quoteOccurrences(quotes: readonly string[], index: ArticleIndex): Occurrence[] {
  const found: Occurrence[] = [];
  for (const quote of quotes) {
    if (evidenceScore(quote, index.compact, index.folded) < 1) continue;
    const q = compactText(quote);
    const { compact, offsets } = index.quoteSearch;
    for (let at = compact.indexOf(q); at >= 0 && q; at = compact.indexOf(q, at + 1)) {
      const [from, to] = [offsets[at]!, offsets[at + q.length - 1]! + 1];
      for (const i of figuresWithin(index, from, to))
        found.push({ figure: index.figures[i]!, context: index.contexts[i]! });
    }
  }
  return found;
}

/**
 * The article's own words for an evidence quote: the passage the quote matches best, cut from the
 * article text (a quote within the tolerance may still differ by a word such as 不, so its own
 * wording is never shown as the article's). Undefined when nothing matches.
 */
export function articlePassage(quote: string, index: ArticleIndex): string | undefined {
  const { compact, offsets } = index.quoteSearch;
  const span = locateQuote(quote, compact);
  if (!span || span[1] <= span[0]) return undefined;
  return index.text.slice(offsets[span[0]]!, offsets[span[1] - 1]! + 1).trim() || undefined;
}

/** Removes a URL from prose: a Markdown link keeps its text, a bare URL its brackets ("（https://…）"). */
export function removeUrl(text: string, url: string): string {
  const esc = url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text
    .replace(new RegExp(`\\[([^\\]]*)\\]\\(\\s*${esc}[^)]*\\)`, "g"), "$1")
    .replace(new RegExp(`[（(]\\s*${esc}\\s*[)）]`, "g"), "")
    .replace(new RegExp(`<?${esc}>?`, "g"), "")
    .replace(/[：:]\s*$/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
