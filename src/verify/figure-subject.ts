// What a claim figure bound to no term is about: its words (figure-words.ts) against the article
// figure's, when the terms say nothing (check-claims.ts checkFigure).
import type { Occurrence } from "./check-claims.ts";
import { saysTheSame } from "./english-subjects.ts";
import { contentBigrams, entryBigrams, sharesWords } from "./figure-words.ts";
import type { Figure } from "./find-figures.ts";
import { isMeasure } from "./find-terms.ts";
import type { ArticleIndex, FigureContext } from "./index-article.ts";

/** Measures that qualify another rather than name one: a quarter, 同比, 环比. */
export const MODIFIER = /^~(?:q[1-4]|yoy|qoq)$/;

/** The claim's own words around a figure (figure-words.ts), for figures bound to no term. */
export interface ClaimWords {
  /** Content bigrams of the figure's clause. */
  clause: ReadonlySet<string>;
  /** The figure's clause as written (english-subjects.ts). */
  clauseText?: string;
  /** Content bigrams of its sentence. */
  sentence: ReadonlySet<string>;
  /** Terms of its sentence. */
  sentenceTerms: ReadonlySet<string>;
  /** The entry keeps the figure a plan, forecast or goal (figure-plans.ts). */
  planned?: boolean;
  /** The entry keeps a hedge on the figure (约, 左右, estimated). */
  hedged?: boolean;
  /** Its clause compares (从…到, 上代, 相比, vs): a figure of another row of a table may be meant. */
  comparing?: boolean;
}

/** A claim figure's clause: its content bigrams and its text. */
export const clauseWords = (text: string) => ({ clause: entryBigrams(text), clauseText: text });

export const NO_WORDS: ClaimWords = { clause: new Set(), sentence: new Set(), sentenceTerms: new Set() };

/**
 * A claim figure with no term the article names has only its words to say what it is about:
 * - written in words or worked out (翻倍, 减半, 3 倍 as +200%): a content word in common with the
 *   article figure's clause ("用户数翻倍" does not take "营收翻了一番", nor "推理速度提升 300%" the
 *   300% of "上下文从 32K 扩展到 128K");
 * - in digits, with no term at all ("博士占比 45%") or only measures the article names outside the
 *   figure's sentence: its sentence and the article figure's share a content word or a term, unless
 *   the article's sentence has no Chinese words to compare (an English source).
 */
export function aboutTheSame(
  figure: Figure,
  o: Occurrence,
  claimTerms: ReadonlySet<string>,
  index: ArticleIndex,
  words: ClaimWords,
): boolean {
  const present = [...claimTerms].filter((t) => index.terms.has(t));
  // The article's figure measures something of its own (推理速度提升 45%) and the claim names no
  // measure ("在 MMLU 上得分 45%"): its words must say the same thing.
  const ownMeasure = [...o.context.own].some((k) => isMeasure(k) && !MODIFIER.test(k));
  if (
    ownMeasure &&
    figure.kind !== "date" &&
    ![...claimTerms].some(isMeasure) &&
    contentBigrams(o.context.words).size > 0 &&
    !sharesWords(words.clause, o.context.words)
  )
    return false;
  if (present.some((t) => !isMeasure(t))) return true;
  const inWords = (f: Figure) => f.derived === true || f.inWords === true;
  // An English source's clause has no Chinese words to compare: a worked-out figure's must say
  // what the claim's clause names, where the dictionary can read it (english-subjects.ts).
  if (inWords(figure) || inWords(o.figure))
    return contentBigrams(o.context.words).size === 0
      ? !o.figure.derived || saysTheSame(words.clauseText ?? "", o.context.words)
      : sharesWords(words.clause, o.context.words);
  // A measure the article names in the figure's sentence binds it; one it took from the sentence
  // before ("员工约 500 人。推理速度提升了 45%": 45% is not the employees') needs words in common.
  if (present.some((t) => o.context.sentence.has(t))) return true;
  if (present.length === 0 && claimTerms.size > 0) return true;
  if (words.sentence.size === 0) return true;
  const theirs = o.context.sentenceWords;
  if (theirs.size === 0) return true;
  if ([...words.sentence].some((b) => theirs.has(b))) return true;
  return [...words.sentenceTerms].some((t) => o.context.sentence.has(t));
}

/**
 * A table cell is a row's and a column's: a claim naming one of them ("MMLU-Pro 75.6") and not the
 * other is about the article's subject there, so the other must be the subject ("Xingheng-2.5 |
 * 75.6" is the previous model's MMLU-Pro, not Xingheng-3's); one naming neither, where the cell's
 * only name is another's, is not the subject's either.
 */
export function sameCell(
  occ: FigureContext,
  claimTerms: ReadonlySet<string>,
  words: ClaimWords,
  index: ArticleIndex,
): boolean {
  if (!occ.table || words.comparing) return true;
  const named = (keys: Set<string>) => [...keys].some((k) => claimTerms.has(k) || words.sentenceTerms.has(k));
  const subject = (keys: Set<string>) => [...keys].some((k) => index.subject.has(k));
  const { row, column } = occ.table;
  // Only a table with a row or column of the subject's says whose another one is (a paper's "Ours"
  // row, or the subject under another spelling, gives no verdict).
  if (!occ.table.subjectRow) return true;
  if (named(row) && column.size && !named(column) && !subject(column)) return false;
  if (named(column) && row.size && !named(row) && !subject(row)) return false;
  // A claim naming neither is the subject's too: not a cell under another model's column or row
  // ("typical 350 W" from the previous chip's column of "典型功耗（W） | 550 | 350").
  if (!named(row) && !named(column) && !subject(row) && !subject(column))
    if ((column.size && !row.size) || (row.size && !column.size)) return false;
  return true;
}
