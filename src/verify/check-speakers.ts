// Who said it: "黄仁勋表示：“算力就是生产力”" when the article has 张伟 say those words. The quote
// checks out word for word (check-quotes.ts) and the person is in the article, so nothing else
// catches a quote moved to another speaker, a slip models make when an article quotes several
// people. An entry's speaker is refused only when the article names, for the same words, a speaker
// of its own who is someone else, and the entry's speaker is a person the article names elsewhere.
import { findQuotes } from "./check-quotes.ts";
import { SURNAMES } from "./check-roles.ts";
import { compactText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";
import { locateQuote } from "./match-evidence.ts";

const VERBS = "表示|称|说|认为|指出|强调|坦言|直言|透露|回应|写道|感叹|提到|解释|补充|评价|总结|告诉";
const PERSON = `[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}|(?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}?`;
/** "张伟表示：", "Sam Altman 在发布会上称，", "黄仁勋说" — a person, then a verb of saying. */
const SAYS = new RegExp(
  `(${PERSON})\\s*(?:则|也|还|更|就|又|亦)?\\s*(?:在[^，。；“”\\n]{1,20}?)?(?:${VERBS})`,
  "g",
);
const VERB = new RegExp(VERBS, "g");
/** "…”，张伟说。" — the speaker after the quoted words. */
const SAID_AFTER = new RegExp(
  `^[。！？!?.]?[”」"]?\\s*[，,]?\\s*(${PERSON})\\s*(?:则|也|还)?\\s*(?:在[^，。；“”\\n]{1,12}?)?(?:${VERBS})`,
);
/** Words that start with a surname and are no one: 高管表示, 方面称, 马上说. */
const NOT_PEOPLE = /^(?:高管|方面|马上|程序|任务|于是|白皮|金融|周报|文章|万元|石油|黄金|龙头|雷军)$/;

const person = (name: string) => (NOT_PEOPLE.test(name) ? undefined : name);

/** The quotes of an entry text whose speaker it names: the speaker as the claim, the quote with it. */
export function quoteSpeakers(
  text: string,
): Array<{ raw: string; index: number; end: number; quote: string }> {
  return findQuotes(text).flatMap((q) => {
    const speaker = entrySpeaker(text, q.index);
    return speaker ? [{ raw: speaker, index: q.index, end: q.end, quote: q.raw }] : [];
  });
}

/** The speaker named right before an entry quote at `at` (in the same sentence), if any. */
export function entrySpeaker(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  const sentence = before.slice(
    Math.max(...[...before.matchAll(/[。！？!?\n；;]/g)].map((m) => m.index + 1), 0),
  );
  let last: RegExpMatchArray | undefined;
  for (const m of sentence.matchAll(SAYS)) last = m;
  // The verb must lead into the quote: "张伟表示：“…”", not "张伟表示，团队…“…”".
  if (!last || !/^\s*[：:，,]?\s*[“「"]?$/.test(sentence.slice(last.index! + last[0].length)))
    return undefined;
  return person(last[1]!);
}

/** The article's speaker of the words at [from, to): named before them in their paragraph, or right after. */
function articleSpeaker(text: string, from: number, to: number): string | undefined {
  const after = SAID_AFTER.exec(text.slice(to, to + 30));
  if (after) return person(after[1]!);
  const paragraph = Math.max(text.lastIndexOf("\n", from - 1) + 1, from - 160);
  const window = text.slice(paragraph, from);
  let last: RegExpMatchArray | undefined;
  for (const m of window.matchAll(SAYS)) last = m;
  if (!last) return undefined;
  // The last verb of saying before the words must be that speaker's: "李明表示，…。该公司 CEO 则强调：“…”"
  // has a speaker the pattern cannot name, not 李明.
  let lastVerb = -1;
  for (const m of window.matchAll(VERB)) lastVerb = m.index + m[0].length;
  return lastVerb === last.index! + last[0].length ? person(last[1]!) : undefined;
}

const same = (a: string, b: string) => {
  const [x, y] = [compactText(a), compactText(b)];
  return x.includes(y) || y.includes(x);
};

export function checkSpeaker(
  quote: string,
  speaker: string,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const { compact, offsets } = index.quoteSearch;
  const span = locateQuote(quote, compact);
  if (!span || span[1] <= span[0]) return { supported: true, reason: "quote not located" };
  const theirs = articleSpeaker(index.text, offsets[span[0]]!, offsets[span[1] - 1]! + 1);
  // The entry's speaker must be someone the article names (a translated name cannot be compared).
  if (!theirs || same(theirs, speaker) || !index.compact.includes(compactText(speaker)))
    return { supported: true, reason: theirs ? `said by ${theirs}` : "no speaker in the article" };
  return { supported: false, reason: `the article has ${theirs} say "${quote}", not ${speaker}` };
}
