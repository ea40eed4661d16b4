// Quoted words in an entry ("黄仁勋表示：“AI 是新的电力”", "被作者称为“假开源”") are presented as
// the article's or a speaker's own words. A digest invents quotes as easily as figures, so a quote
// must be found in the article (the same tolerance as evidence quotes: width, case, spaces and
// punctuation, never a figure). An English article's quote a Chinese entry translates cannot be
// found word for word: quotes are checked only against an article written mostly in Chinese.
import { compactText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { EVIDENCE_THRESHOLD, evidenceScore } from "./match-evidence.ts";

export interface QuotedWords {
  raw: string;
  index: number;
  end: number;
}

const QUOTED = /“([^”\n]{2,200})”|「([^」\n]{2,200})」|"([^"\n]{2,200})"/g;
/** Shorter quotes are terms ("隐形越狱", "能力密度"), checked as a term is: not here. */
const MIN_CHARS = 6;

/** Quoted words of an entry text long enough to be a quotation. */
export function findQuotes(text: string): QuotedWords[] {
  const out: QuotedWords[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    if (compactText(inner).length < MIN_CHARS) continue;
    const at = m.index + m[0].indexOf(inner);
    out.push({ raw: inner, index: at, end: at + inner.length });
  }
  return out;
}

/**
 * A CJK-written article: a hundred Chinese characters, or more of them than Latin letters. A Chinese
 * tech article full of model names, tables and links is still written in Chinese.
 */
export function writtenInChinese(index: ArticleIndex): boolean {
  let known = CHINESE.get(index);
  if (known === undefined) {
    // Counted once per article (every text field and rank claim of an entry asks), without
    // building an array of its characters.
    let cjk = 0;
    let latin = 0;
    const text = index.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) cjk++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    known = cjk >= 100 || cjk > latin;
    CHINESE.set(index, known);
  }
  return known;
}

const CHINESE = new WeakMap<ArticleIndex, boolean>();

export function checkQuote(quote: string, index: ArticleIndex): { supported: boolean; reason: string } {
  const score = evidenceScore(quote, index.compact, index.folded);
  return score >= EVIDENCE_THRESHOLD
    ? { supported: true, reason: "quoted from the article" }
    : { supported: false, reason: `the article does not say "${quote}"` };
}
