// A report told as the company's own word: the article says "据知情人士透露，投后估值超过 60 亿元。公司未对
// 估值置评" or "据 The Verge 报道，此次切换每年可节省数亿美元，但微软未证实这一数字", and the entry says
// "公司披露投后估值逾 60 亿元", "Microsoft says the switch will save it hundreds of millions". Who says
// it is the claim: a report the company would not confirm is not its disclosure. An entry's official
// source (公司/官方 披露、宣布、证实、确认; the company or an org says, said, confirmed, disclosed) is
// refused when the article both reports through others (知情人士, 据…报道, reportedly) and says the
// company did not confirm or comment, and the report's sentence holds the entry's words (two content
// words; across languages one dictionary concept of bilingual-words.ts).
import { type Concept, chineseWordsOf, conceptsOf, englishWords, meets } from "./bilingual-words.ts";
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface SourceClaim {
  raw: string;
  index: number;
  end: number;
  /** The rest of the clause: what the source is said to have said. */
  said: string;
}

const ENTRY_OFFICIAL =
  /(?:公司|官方|该公司)(?:正式|已|也)?(?:披露|宣布|证实|确认|公布)|\b(?:the company|[A-Z][A-Za-z]+)\s+(?:says|said|confirmed|disclosed|announced|confirms|discloses)\b/g;
const REPORTED =
  /知情人士|消息人士|据[^。，,]{0,20}?(?:报道|透露|援引)|援引|\breportedly\b|according to (?:a |the )?(?:report|people)|people familiar/i;
const UNCONFIRMED =
  /未(?:对[^。，]{0,12})?置评|不予置评|拒绝置评|未予置评|未证实|未确认|未回应|declined to comment|did not (?:confirm|comment|respond)|has not confirmed|would not confirm|not confirmed/i;

const STOP = new Set(
  "the a an of to in on for and or it its that this will would could with by at from as".split(" "),
);

export function findSourceClaims(text: string): SourceClaim[] {
  return [...text.matchAll(ENTRY_OFFICIAL)].map((m) => {
    const rest = /^[^。；;！？!?\n]*/.exec(text.slice(m.index + m[0].length))![0];
    return { raw: m[0], index: m.index, end: m.index + m[0].length, said: rest };
  });
}

export function checkSourceClaim(
  claim: SourceClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const text = index.text;
  if (!REPORTED.test(text) || !UNCONFIRMED.test(text))
    return { supported: true, reason: "the article reports nothing the company would not confirm" };
  const chinese = /[\u4e00-\u9fff]/.test(claim.said);
  const sameLanguage = chinese === /[\u4e00-\u9fff]/.test(text);
  const own = new Set([...contentWords(claim.said)].filter((w) => !STOP.has(w)));
  const concepts = chinese ? conceptsOf(claim.said) : chineseWordsOf(englishWords(claim.said));
  for (const sentence of text.split(/[。！？!?\n]|\.(?=\s)/)) {
    if (!REPORTED.test(sentence)) continue;
    const theirs = contentWords(sentence);
    const held = sameLanguage
      ? [...own].filter((w) => theirs.has(w)).length >= 2
      : chinese
        ? (concepts as Concept[]).some((c) => meets(c, englishWords(sentence)))
        : (concepts as string[]).some((c) => sentence.includes(c));
    if (held)
      return {
        supported: false,
        reason: `the article has it from a report the company did not confirm ("${sentence.trim().slice(0, 60)}"), not from ${claim.raw}`,
      };
  }
  return { supported: true, reason: "the article's reports say something else" };
}
