// An invented "all": "超过所有 7B 模型" where the article compares with one 7B model. A comparison with
// every rival of a kind (超过/优于/领先 + 所有/全部/任何/一切) is a claim of its own: the article must make a
// comparison with all of them too (所有/全部/任何/均/都, "all", "every", "any other" next to a verb of
// comparing), or the entry is refused. Which rivals the article's "all" covers is the qualifier
// checks' and the figure checks' business; this one refuses only an "all" the article never makes.
import type { ArticleIndex } from "./index-article.ts";

export interface UniversalClaim {
  raw: string;
  index: number;
  end: number;
}

const COMPARE = "超过|超越|优于|领先|领先于|击败|胜过|好于|强于|碾压|压过";
const ENTRY_ALL = new RegExp(
  `(?:${COMPARE})了?\\s*(?:同级别?的?|同尺寸的?|市面上的?)?\\s*(?:所有|全部|一切|任何|其他所有|其余所有)`,
  "g",
);
const ARTICLE_ALL = new RegExp(
  `(?:${COMPARE})[^。！？\\n]{0,12}?(?:所有|全部|一切|任何|其余)|(?:所有|全部|一切|任何|其余)[^。！？\\n]{0,20}?(?:${COMPARE})|(?:均|都)(?:${COMPARE})`,
);
const ENGLISH_ALL =
  /\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|better than|ahead of|tops?)\s+(?:all|every|any)\b|\b(?:all|every|any)\s+(?:other\s+)?[\w-]+(?:\s[\w-]+){0,3}\s+(?:it|we)\s+(?:tested|compared|evaluated)/i;

export function findUniversals(text: string): UniversalClaim[] {
  return [...text.matchAll(ENTRY_ALL)].map((m) => ({
    raw: m[0],
    index: m.index,
    end: m.index + m[0].length,
  }));
}

const cache = new WeakMap<ArticleIndex, boolean>();

export function checkUniversal(
  claim: UniversalClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  let all = cache.get(index);
  if (all === undefined) {
    all = ARTICLE_ALL.test(index.text) || ENGLISH_ALL.test(index.text);
    cache.set(index, all);
  }
  return all
    ? { supported: true, reason: "the article compares with all of them" }
    : { supported: false, reason: `the article never compares with all of them ("${claim.raw}")` };
}
