// Other written forms of an entry's org, for finding it in the article: an institute's short form
// ("中科院自动化所" for 中国科学院自动化研究所: a known org's short name as its prefix, 所/院 for
// 研究所/研究院), and a publisher that is the org's own blog or newsroom ("Tessellate Robotics Blog").
import { resolveOrg, spellingsOf } from "../model/org-aliases.ts";
import { foldText } from "./fold-text.ts";

/** Short endings of Chinese institutes and what they stand for. */
const ENDINGS: Array<[RegExp, string]> = [
  [/(?<!研究)所$/, "研究所"],
  [/(?<!研究)院$/, "研究院"],
];

/**
 * Longer forms of a Chinese org name: its leading known org written in each of that org's Chinese
 * spellings, and a short ending written out ("中科院自动化所" → 中国科学院自动化研究所, …). Only
 * names that start with a known org; the name itself is not among them.
 */
export function orgLongForms(name: string): string[] {
  const trimmed = name.trim();
  if (!/^[\u4e00-\u9fff]{3,}$/.test(trimmed)) return [];
  let heads: string[] = [];
  let rest = "";
  for (let k = trimmed.length - 1; k >= 2; k--) {
    if (!resolveOrg(trimmed.slice(0, k))) continue;
    heads = spellingsOf(trimmed.slice(0, k)).filter((s) => /^[\u4e00-\u9fff]+$/.test(s));
    rest = trimmed.slice(k);
    break;
  }
  if (!heads.length) return [];
  const rests = new Set([
    rest,
    ...ENDINGS.filter(([re]) => re.test(rest)).map(([re, long]) => rest.replace(re, long)),
  ]);
  const forms = heads.flatMap((h) => [...rests].map((r) => h + r));
  return [...new Set(forms)].filter((f) => f !== trimmed);
}

/** A publication of the org itself: its blog, newsroom or news page. */
const OWN_PUBLICATION =
  /\s*(?:(?:engineering |official |research )?blog|newsroom|news|press|官方博客|博客|官网|新闻中心)$/i;

/** Whether `publisher` is `org` itself or its own publication ("Tessellate Robotics Blog"). */
export function publishedByOrg(publisher: string | undefined, org: string): boolean {
  if (publisher === undefined) return false;
  const own = foldText(publisher.replace(OWN_PUBLICATION, ""));
  return own.length > 0 && (foldText(publisher) === foldText(org) || own === foldText(org));
}

const PERSON = "\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+)+";
/** A paper's author line: people, each or some with their affiliation in brackets, and nothing else. */
const AUTHOR_LINE = new RegExp(
  `^(?:${PERSON}\\s*(?:[（(][^()（）]{2,60}[)）])?\\s*(?:,|，|;|；|\\band\\b)?\\s*)+$`,
  "u",
);

/**
 * Whether the article's first lines are a paper's author line giving `org` as an affiliation
 * ("Priya Natarajan, Tomás Ferreira (Ridgeline AI)"): the org's people wrote the paper.
 */
export function authorsAffiliation(body: string, org: string): string | undefined {
  const lines = body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3);
  const want = foldText(org);
  return lines.find(
    (l) =>
      AUTHOR_LINE.test(l) &&
      [...l.matchAll(/[（(]([^()（）]+)[)）]/g)].some((m) =>
        m[1]!.split(/[,，;；]/).some((a) => foldText(a.trim()) === want),
      ),
  );
}

/** First person plural in the lead: the publisher writes of itself ("Today we are releasing…"). */
export const WRITES_AS_WE = /\b(?:we|our|we're|we’re)\b|我们/i;
