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
/** "他告诉量子位：", "她同时坦言" — a pronoun, then a verb of saying: the person last named before it. */
const PRONOUN_SAYS = new RegExp(
  `(?:他|她)\\s*(?:则|也|还|更|就|又|亦|同时)?\\s*(?:在[^，。；“”\\n]{1,20}?)?(?:${VERBS})`,
  "g",
);
/** "沈墨城：“…”" — a name, a colon, the quote (a bullet's label reads the same: see checkSpeaker). */
const NAME_COLON = new RegExp(`(${PERSON})\\s*[：:]\\s*[“「"]$`);
/** Words that start with a surname and are no one: 高管表示, 方面称, 马上说. */
const NOT_PEOPLE = /^(?:高管|方面|马上|程序|任务|于是|白皮|金融|周报|文章|万元|石油|黄金|龙头|雷军)$/;

const person = (name: string) => (NOT_PEOPLE.test(name) ? undefined : name);

/** The quotes of an entry text whose speaker it names: the speaker as the claim, the quote with it. */
export function quoteSpeakers(
  text: string,
): Array<{ raw: string; index: number; end: number; quote: string; colon?: boolean }> {
  return findQuotes(text).flatMap((q) => {
    const speaker = entrySpeaker(text, q.index);
    if (speaker) return [{ raw: speaker, index: q.index, end: q.end, quote: q.raw }];
    const colon = NAME_COLON.exec(text.slice(Math.max(0, q.index - 13), q.index));
    const name = colon ? person(colon[1]!) : undefined;
    return name ? [{ raw: name, index: q.index, end: q.end, quote: q.raw, colon: true }] : [];
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
  // The verb must lead into the quote: "张伟表示：“…”", "韩立峰认为家务场景“…”", not "张伟表示，团队…“…”".
  const lead = sentence.slice(last ? last.index! + last[0].length : 0);
  if (!last || !/^(?:\s*[：:，,]?\s*|[^，,。；;！？\n“”「」"：:]{1,12})[“「"]?$/.test(lead)) return undefined;
  return person(last[1]!);
}

/** The article's speaker of the words at [from, to): named before them in their paragraph, or right after. */
function articleSpeaker(
  text: string,
  from: number,
  to: number,
  people: readonly string[],
): string | undefined {
  const after = SAID_AFTER.exec(text.slice(to, to + 30));
  if (after) return person(after[1]!);
  const paragraph = Math.max(text.lastIndexOf("\n", from - 1) + 1, from - 160);
  const window = text.slice(paragraph, from);
  // The last verb of saying before the words must be that speaker's: "李明表示，…。该公司 CEO 则强调：“…”"
  // has a speaker the pattern cannot name, not 李明.
  let lastVerb = -1;
  for (const m of window.matchAll(VERB)) lastVerb = m.index + m[0].length;
  let last: RegExpMatchArray | undefined;
  for (const m of window.matchAll(SAYS)) last = m;
  if (last && lastVerb === last.index! + last[0].length) return person(last[1]!);
  // "CEO 沈墨城此前……。他告诉量子位：“…”": the person the article named last before the pronoun.
  let pronoun: RegExpMatchArray | undefined;
  for (const m of window.matchAll(PRONOUN_SAYS)) pronoun = m;
  if (!pronoun || lastVerb !== pronoun.index! + pronoun[0].length) return undefined;
  return lastNamed(text, paragraph + pronoun.index!, people);
}

/** The known person named last before `at` (within 300 characters). */
function lastNamed(text: string, at: number, people: readonly string[]): string | undefined {
  const before = text.slice(Math.max(0, at - 300), at);
  let best: { name: string; at: number } | undefined;
  for (const name of people) {
    const i = before.lastIndexOf(name);
    if (i >= 0 && (!best || i + name.length > best.at)) best = { name, at: i + name.length };
  }
  return best?.name;
}

const peopleCache = new WeakMap<ArticleIndex, string[]>();

/** The people an article names with a role or as speakers. */
function peopleOf(index: ArticleIndex): string[] {
  let people = peopleCache.get(index);
  if (!people) {
    const said = [...index.text.matchAll(SAYS)].map((m) => person(m[1]!)).filter((p) => p !== undefined);
    people = [...new Set([...index.roles.keys(), ...said])];
    peopleCache.set(index, people);
  }
  return people;
}

const same = (a: string, b: string) => {
  const [x, y] = [compactText(a), compactText(b)];
  return x.includes(y) || y.includes(x);
};

export function checkSpeaker(
  quote: string,
  speaker: string,
  index: ArticleIndex,
  colon = false,
): { supported: boolean; reason: string } {
  const { compact, offsets } = index.quoteSearch;
  const span = locateQuote(quote, compact);
  if (!span || span[1] <= span[0]) return { supported: true, reason: "quote not located" };
  const people = peopleOf(index);
  // "方法：“…”" is a bullet's label: a name before a colon counts only when it is one of the article's people.
  if (colon && !people.includes(speaker)) return { supported: true, reason: "a label, not a speaker" };
  const theirs = articleSpeaker(index.text, offsets[span[0]]!, offsets[span[1] - 1]! + 1, people);
  // The entry's speaker must be someone the article names (a translated name cannot be compared).
  if (!theirs || same(theirs, speaker) || !index.compact.includes(compactText(speaker)))
    return { supported: true, reason: theirs ? `said by ${theirs}` : "no speaker in the article" };
  return { supported: false, reason: `the article has ${theirs} say "${quote}", not ${speaker}` };
}
