// Quotes across languages: a Chinese entry translates an English article's quote, so check-quotes.ts
// (word for word) and check-speakers.ts (Chinese attributions) cannot read it. Two slips are read
// here through bilingual-words.ts:
//  - words never said: “T2 将彻底取代 GPU” where no sentence of the article says anything like it —
//    an entry quote of two or more read words (names, figures' words, dictionary words) of which no
//    article sentence meets half;
//  - words given to another speaker: "Tobias Kern 称选择审计而非许可制…" where the article has Sofia
//    Brandt say "We chose audits over licensing…" — what a named person says in the entry reads (two
//    words and half of them) as a sentence where someone else speaks, and as no sentence of the
//    speaker's own as much.
// What the dictionary cannot read gives no verdict.
import { type Concept, conceptsOf, englishSentences, englishWords, meets } from "./bilingual-words.ts";
import { findQuotes } from "./check-quotes.ts";
import type { ArticleIndex } from "./index-article.ts";

/** "X said", "told reporters", "according to X", or quoted words: a sentence where someone speaks. */
const SAYING =
  /["“”]|\b(?:said|says|say|told|tells|added|adds|noted|notes|argued|argues|wrote|writes|explained|stated|according\s+to|warned|believes|thinks)\b/i;
/** A person: two to three capitalised words ("Sofia Brandt", "Marta Lindqvist"). */
const PERSON = /\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b/g;
/** "Tobias Kern 称", "CEO Marta Lindqvist 表示：" — a Latin name, a verb of saying, the words said. */
const ENTRY_SAYS =
  /([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\s*(?:则|也|还|更|同时|进一步)?\s*(?:称|表示|说|认为|指出|强调|坦言|直言|透露|补充|提到|警告)[，,：:]?\s*([^。！？!?\n]{4,200})/g;
/** Read words both sides need: fewer say too little to judge. */
const ENOUGH = 2;
const HALF = 0.5;

interface Sentence {
  words: string;
  /** The people named in it, their words lower case ("sofia", "brandt"). */
  people: Set<string>;
  saying: boolean;
}

const cache = new WeakMap<ArticleIndex, Sentence[]>();

function sentencesOf(index: ArticleIndex): Sentence[] {
  const known = cache.get(index);
  if (known) return known;
  const sentences = englishSentences(index.text).map((s) => ({
    text: s.text,
    // Names in the quoted words are not the speaker's.
    outside: s.text.replace(/["“][^"”]*["”]/g, " "),
  }));
  // Every word of a full name the article writes: "Altman said" later is Sam Altman speaking.
  const named = new Set<string>();
  for (const s of sentences)
    for (const m of s.outside.matchAll(PERSON)) for (const w of m[0].split(/\s+/)) named.add(w);
  // "The", "Chief": a word the article also writes in lower case is no name.
  for (const w of named) if (new RegExp(`\\b${w.toLowerCase()}\\b`).test(index.text)) named.delete(w);
  const out = sentences.map((s) => {
    const people = new Set<string>();
    for (const m of s.outside.matchAll(/\b[A-Z][a-z'’-]+\b/g))
      if (named.has(m[0])) people.add(m[0].toLowerCase());
    return { words: englishWords(s.text), people, saying: SAYING.test(s.text) };
  });
  // "…," he said: a sentence that names no one speaks for the one before it.
  out.forEach((s, i) => {
    if (s.saying && s.people.size === 0 && i > 0) for (const p of out[i - 1]!.people) s.people.add(p);
  });
  cache.set(index, out);
  return out;
}

const met = (concepts: readonly Concept[], words: string) => concepts.filter((c) => meets(c, words)).length;

export interface TranslatedQuote {
  raw: string;
  index: number;
  end: number;
  concepts: Concept[];
}

/** An entry's quoted words (check-quotes.ts's length) with two or more words the dictionary reads. */
export function findTranslatedQuotes(text: string): TranslatedQuote[] {
  return findQuotes(text)
    .filter((q) => /[\u4e00-\u9fff]/.test(q.raw))
    .map((q) => ({ ...q, concepts: conceptsOf(q.raw) }))
    .filter((q) => q.concepts.length >= ENOUGH);
}

/** The verdict on what the dictionary cannot judge (not reported as a claim). */
export const UNREAD = "the dictionary reads too little of it to compare with the English article";

export function checkTranslatedQuote(
  quote: TranslatedQuote,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const best = Math.max(0, ...sentencesOf(index).map((s) => met(quote.concepts, s.words)));
  if (best / quote.concepts.length >= HALF)
    return { supported: true, reason: "a sentence of the article says as much" };
  return {
    supported: false,
    reason: `no sentence of the article says anything like "${quote.raw}" (${best} of ${quote.concepts.length} words met)`,
  };
}

export interface SaidBy {
  /** The speaker as the entry names them. */
  raw: string;
  index: number;
  end: number;
  /** The speaker's words, lower case. */
  speaker: string[];
  concepts: Concept[];
}

/** What the entry has a Latin-named person say ("Tobias Kern 称…", "CEO Lena Varga 表示：“…”"). */
export function findSaidBy(text: string): SaidBy[] {
  const out: SaidBy[] = [];
  for (const m of text.matchAll(ENTRY_SAYS)) {
    const speaker = m[1]!
      .split(/\s+/)
      .filter((w) => /[a-z]/.test(w))
      .map((w) => w.toLowerCase());
    if (speaker.length === 0) continue;
    const concepts = conceptsOf(m[2]!).filter((c) => !speaker.includes(c.key));
    if (concepts.length < ENOUGH) continue;
    out.push({ raw: m[1]!, index: m.index, end: m.index + m[1]!.length, speaker, concepts });
  }
  return out;
}

export function checkSaidBy(claim: SaidBy, index: ArticleIndex): { supported: boolean; reason: string } {
  const sentences = sentencesOf(index);
  const theirs = (s: Sentence) => claim.speaker.some((w) => s.people.has(w));
  // The speaker must be someone the article names: an invented person is the name check's.
  if (!sentences.some(theirs)) return { supported: true, reason: UNREAD };
  let own = 0;
  let other = { met: 0, people: "" };
  for (const s of sentences) {
    const n = met(claim.concepts, s.words);
    if (theirs(s)) own = Math.max(own, n);
    else if (s.saying && s.people.size > 0 && n > other.met)
      other = { met: n, people: [...s.people].join(" ") };
  }
  if (other.met < ENOUGH || other.met / claim.concepts.length < HALF || own >= other.met)
    return { supported: true, reason: UNREAD };
  return {
    supported: false,
    reason: `the article gives these words to someone else (${other.people}), not to ${claim.raw}`,
  };
}
