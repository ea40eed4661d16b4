/**
 * The one tokeniser of full-text search, shared by the store (what it indexes, how it reads a
 * query) and the query layer (what it highlights). Pure, dictionary-free and context-free, so a
 * text and a query always split the same way:
 *
 * - Chinese, Japanese and Korean runs become overlapping two-character pairs ("美团提出" → 美团 团提 提出),
 *   so any word of two or more characters is found as a phrase of its pairs, whatever a segmenter
 *   would have made of its neighbours; a lone character stays a token of its own.
 * - Every other run of letters and digits is one lowercased word; "MiniCPM-o" → minicpm o, "GPT-5"
 *   → gpt 5, so a hyphenated name is found as a phrase of its parts.
 *
 * Text is NFKC-normalised first (full-width ＧＰＴ is GPT).
 */

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const RUNS = new RegExp(`([${CJK}]+)|((?:(?![${CJK}])[\\p{L}\\p{N}])+)`, "gu");

/** One script run of a text: a CJK run (split into pairs) or a word. */
interface Run {
  cjk: boolean;
  text: string;
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.normalize("NFKC").toLowerCase().matchAll(RUNS))
    runs.push(m[1] !== undefined ? { cjk: true, text: m[1] } : { cjk: false, text: m[2]! });
  return runs;
}

function pairsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** The tokens of a text, in order. */
export function searchTokens(text: string): string[] {
  return runsOf(text).flatMap((run) => (run.cjk ? pairsOf(run.text) : [run.text]));
}

/** The indexed form of a text: its tokens separated by spaces (what the FTS table stores). */
export function indexedText(text: string | null | undefined): string {
  return text ? searchTokens(text).join(" ") : "";
}

/**
 * One part of a query term. `prefix`: a lone CJK character, which is indexed only where it starts a
 * pair (or stands alone), so it matches as the prefix of a token.
 */
export interface SearchToken {
  token: string;
  prefix: boolean;
}

/** One whitespace-separated word of a query, or a "quoted phrase": all its tokens must appear in order. */
export interface SearchTerm {
  /** As typed (without quotes), for highlighting. */
  raw: string;
  tokens: SearchToken[];
}

/** Splits a query into terms (all required). Terms without a letter or digit are dropped. */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const raw = (m[1] ?? m[2]!).trim();
    const tokens = runsOf(raw).flatMap((run): SearchToken[] => {
      if (!run.cjk) return [{ token: run.text, prefix: false }];
      const pairs = pairsOf(run.text);
      return pairs.length === 1 && pairs[0]!.length === 1
        ? [{ token: pairs[0]!, prefix: true }]
        : pairs.map((token) => ({ token, prefix: false }));
    });
    if (tokens.length > 0) terms.push({ raw, tokens });
  }
  return terms;
}
