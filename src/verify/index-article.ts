import { canonicalLink } from "./canonical-link.ts";
import { findChineseNumbers } from "./chinese-numerals.ts";
import { type Figure, findFigures, halfWidth } from "./find-figures.ts";
import { findArxivMentions, findHrefs, findUrls } from "./find-links.ts";
import { compactText, foldText } from "./fold-text.ts";
import type { ArticleEvidence } from "./types.ts";

/** The article, prepared once for every check of its entry. */
export interface ArticleIndex {
  /** Title and text, full-width folded (offsets of `figures` point here). */
  text: string;
  /** foldText of `text`. */
  folded: string;
  /** compactText of `text`. */
  compact: string;
  linkKeys: Set<string>;
  figures: Figure[];
  publisher?: string;
}

export function indexArticle(article: ArticleEvidence): ArticleIndex {
  const text = halfWidth(`${article.title}\n\n${article.text}`);
  const linkKeys = new Set<string>();
  const addUrl = (url: string) => {
    const key = canonicalLink(url);
    if (key) linkKeys.add(key.key);
  };
  for (const link of article.links) {
    addUrl(link.href);
    for (const u of findUrls(link.text)) addUrl(u.url);
  }
  for (const u of findUrls(text)) addUrl(u.url);
  if (article.html) for (const href of findHrefs(article.html)) addUrl(href);
  for (const key of findArxivMentions(`${text}\n${article.links.map((l) => l.text).join("\n")}`))
    linkKeys.add(key);
  const figures = findFigures(text, { all: true });
  for (const n of findChineseNumbers(text)) {
    figures.push({
      raw: text.slice(n.index, n.end),
      kind: "number",
      value: n.value,
      percent: false,
      step: 1,
      digits: 1,
      index: n.index,
      end: n.end,
    });
  }
  return {
    text,
    folded: foldText(text),
    compact: compactText(text),
    linkKeys,
    figures,
    publisher: article.publisher,
  };
}
