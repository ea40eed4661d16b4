// Who said it, without quote marks: "研究者赵清和希望行业看第 200 次" when the article has 温岚 say
// 「我们希望行业…看第 200 次」. Models retell quotes as reported speech and move them between the
// people an article quotes. An entry's "<person> 认为/希望/表示 <words>" is refused (Chinese articles)
// when the article's passage that best reads as those words names another person and not this one,
// and this person is named elsewhere in the article (a person never named is the name check's).
import { SURNAMES } from "./check-roles.ts";
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

const VERBS = "表示|称|认为|指出|希望|强调|坦言|直言|透露|说|提到|呼吁|担心|质疑|相信";
const PERSON = `[A-Z][a-z]+(?:\\s[A-Z][a-z]+){1,2}|(?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}?`;
/** "<person> <verb> <words>" up to the end of the sentence; a quote mark right after is check-speakers.ts's. */
const SAYS = new RegExp(
  `(${PERSON})\\s*(?:则|也|还)?\\s*(${VERBS})(?![：:]?\\s*[“「"])([^。！？!?\\n]{6,80})`,
  "g",
);
/** Verbs that are the said words' own ("我们希望…" retold as "X 希望…"): read with them. */
const CONTENT_VERB = /^(?:希望|担心|相信|认为|呼吁|质疑)$/;
/**
 * People an article names: a surname and one or two characters before a verb of saying, or a Latin
 * name ("陈楠则对 Agent 的可靠性表示担忧" names 陈楠 for the quote that follows).
 */
const NAMED = new RegExp(
  `(${PERSON})(?=\\s*(?:则|也|还|更)?\\s*(?:[在对][^，。\\n]{1,16}?)?(?:${VERBS}|：|:))`,
  "g",
);
/** How much of the entry's words the article passage must have to be read as the same words. */
const SAME = 0.5;
const SENTENCE = /[^。！？!?\n]+[。！？!?\n]?/g;

export interface IndirectSpeech {
  person: string;
  words: Set<string>;
  raw: string;
  index: number;
  end: number;
}

export function findIndirectSpeech(text: string): IndirectSpeech[] {
  return (
    [...text.matchAll(SAYS)]
      .map((m) => ({
        person: m[1]!,
        words: contentWords(CONTENT_VERB.test(m[2]!) ? m[2]! + m[3]! : m[3]!),
        raw: m[0],
        index: m.index,
        end: m.index + m[0].length,
      }))
      // Words with quote marks in them are a quote: check-speakers.ts reads those.
      .filter((s) => s.words.size >= 4 && !/[“”「」"]/.test(s.raw))
  );
}

const sentencesCache = new WeakMap<ArticleIndex, string[]>();

export function checkIndirectSpeech(
  claim: IndirectSpeech,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const text = index.text;
  if (!text.includes(claim.person))
    return { supported: true, reason: "the article does not name this person" };
  const sentences = sentencesCache.get(index) ?? text.match(SENTENCE) ?? [];
  sentencesCache.set(index, sentences);
  let best = { score: 0, at: -1 };
  sentences.forEach((s, i) => {
    const words = contentWords(s);
    let n = 0;
    for (const w of claim.words) if (words.has(w)) n++;
    const score = n / claim.words.size;
    if (score > best.score) best = { score, at: i };
  });
  if (best.score < SAME) return { supported: true, reason: "the article says nothing like it" };
  // The speaker of a quote stands in its sentence, else in the nearest of the two before it that
  // names one ("韩雪说：「…」" then "罗文涛表示：「…」": the second quote is 罗文涛's alone).
  let speakers: string[] = [];
  for (let i = best.at; i >= Math.max(0, best.at - 2) && !speakers.length; i--)
    speakers = [...sentences[i]!.matchAll(NAMED)].map((m) => m[1]!);
  if (!speakers.length || speakers.includes(claim.person))
    return { supported: true, reason: "the article names no other speaker for it" };
  const other = speakers[0]!;
  return { supported: false, reason: `the article has ${other} say it, not ${claim.person}` };
}
