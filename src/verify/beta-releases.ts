// A beta told as generally available: the article says the product is in a test, a preview or behind
// a waitlist ("开启海外公测", "API 仅向企业用户内测", "as a research preview", "in early access"), and
// the entry says it is out for good ("正式上线", "正式版", "全面开放", "generally available"). An entry's
// word of a general release is refused when the article never says one (no 正式 / 全面 / generally
// available of its own, none denied either) and one of its test, preview or waitlist sentences shares
// a word with the entry's clause (the product, the API, the market): the test is of the same thing.
// An article with no test, preview or waitlist gives no verdict here.
import { stems } from "./english-stems.ts";
import { contentBigrams } from "./figure-words.ts";

export interface GeneralClaim {
  raw: string;
  index: number;
  end: number;
  /** The words of the claim's clause, without the words of a release. */
  words: ReadonlySet<string>;
}

const GENERAL =
  /正式版|正式(?:上线|推出|开放|商用|发布|开售)|全面(?:开放|上线|商用)|全量(?:上线|开放)|\bgenerally available\b|\bgeneral availability\b|\bGA\b|\bout of (?:beta|preview)\b|\b(?:now )?available to (?:everyone|all(?: users)?)\b/gi;
/** A general release the entry only plans or denies: not a claim of one. */
const NOT_YET =
  /(?:将|将于|计划|预计|有望|拟|尚未|暂未|未|不|没有|will|plans? to|expected to|not|yet to)[^，,。；;！？!?\n]{0,12}$/i;
/** A plan after the word: "正式版预计明年 3 月发布", "GA is expected in March". */
const LATER = /^[^，,。；;！？!?\n]{0,6}(?:预计|计划|将|有望|拟|will|is expected|is planned|is due)/i;
const TEST =
  /内测|公测|测试版|预览版|体验版|候补|邀请制|灰度|\b(?:beta|alpha|preview|early access|waitlist|wait list|invite-only|invitation only)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;
const SENTENCE = /[。！？!?\n]|\.(?:\s|$)/;
/** Words of a release or a test: what every such clause has, not what it is about. */
const RELEASE_WORDS =
  /^(?:正式|式版|式上|上线|式推|推出|式开|开放|全面|面开|面上|全量|量上|式发|发布|式商|商用|今日|今天|目前|已经|general|generally|availabl|availability|now|today|ga)$/;
/** Chinese bigrams and English stems, without the words of a release. */
const contentWords = (text: string): Set<string> =>
  new Set([...contentBigrams(text), ...stems(text)].filter((w) => !RELEASE_WORDS.test(w)));

/** Where the clause around [index, end) starts and stops. */
function clauseAround(text: string, index: number, end: number): [number, number] {
  let start = index;
  while (start > 0 && !CLAUSE.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
  return [start, stop];
}

/** Where the sentence around [index, end) starts and stops. */
function sentenceAround(text: string, index: number, end: number): [number, number] {
  const stopAt = /[。！？!?\n]/;
  let start = index;
  while (start > 0 && !stopAt.test(text[start - 1]!) && !/\.\s/.test(text.slice(start - 2, start))) start--;
  let stop = end;
  while (stop < text.length && !stopAt.test(text[stop]!) && !/^\.(?:\s|$)/.test(text.slice(stop, stop + 2)))
    stop++;
  return [start, stop];
}

export function findGeneralClaims(text: string): GeneralClaim[] {
  const out: GeneralClaim[] = [];
  for (const m of text.matchAll(GENERAL)) {
    const end = m.index + m[0].length;
    const [start, stop] = clauseAround(text, m.index, end);
    if (NOT_YET.test(text.slice(start, m.index)) || LATER.test(text.slice(end, stop))) continue;
    const words = contentWords(text.slice(start, stop));
    out.push({ raw: m[0], index: m.index, end, words });
  }
  return out;
}

export function checkGeneralClaim(
  claim: GeneralClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  // The article's own general release of the same thing, said as done (not "正式版预计明年发布").
  const said = [...articleText.matchAll(GENERAL)].some((m) => {
    const end = m.index + m[0].length;
    const [start, stop] = clauseAround(articleText, m.index, end);
    if (NOT_YET.test(articleText.slice(start, m.index)) || LATER.test(articleText.slice(end, stop)))
      return false;
    // What is released is named by the sentence: "Orbit 3 于 3 月开启公测，4 月正式上线" names it
    // in the clause before.
    const [from, to] = sentenceAround(articleText, m.index, end);
    const words = contentWords(articleText.slice(from, to));
    return claim.words.size === 0 || [...claim.words].some((w) => words.has(w));
  });
  const tests = articleText.split(SENTENCE).filter((s) => TEST.test(s));
  const same = tests.find((s) => [...contentWords(s)].some((w) => claim.words.has(w)));
  if (said || same === undefined)
    return { supported: true, reason: "the article says no test of this, or says a general release" };
  return {
    supported: false,
    reason: `the article has it only in a test or preview ("${same.trim().slice(0, 60)}"): a beta told as generally available`,
  };
}
