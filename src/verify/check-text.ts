import { anchorOf, checkFigure, checkLink, checkName } from "./check-claims.ts";
import { findFigures, findNames } from "./find-figures.ts";
import { findUrls } from "./find-links.ts";
import type { ArticleIndex } from "./index-article.ts";
import type { ClaimKind } from "./types.ts";

export interface TextClaim {
  kind: ClaimKind;
  value: string;
  supported: boolean;
  reason: string;
}

/** Links in a piece of entry text, each with its verdict. */
export function checkTextLinks(text: string, index: ArticleIndex): TextClaim[] {
  return findUrls(text).map(({ url }) => ({ kind: "link" as const, value: url, ...checkLink(url, index) }));
}

/** Figures and versioned names in a piece of entry text, each with its verdict. */
export function checkTextFacts(
  text: string,
  index: ArticleIndex,
  anchors?: ReadonlySet<string>,
): TextClaim[] {
  const names = findNames(text).map((n) => ({
    kind: "name" as const,
    value: n.raw,
    ...checkName(n.raw, index),
  }));
  const figures = findFigures(text).map((f) => ({
    kind: "figure" as const,
    value: f.raw,
    ...checkFigure(f, text, index, anchors),
  }));
  return [...figures, ...names];
}

/**
 * Removes a URL from prose: a Markdown link keeps its text, a bare URL goes with the brackets
 * around it ("（https://…）").
 */
export function removeUrl(text: string, url: string): string {
  const esc = url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text
    .replace(new RegExp(`\\[([^\\]]*)\\]\\(\\s*${esc}[^)]*\\)`, "g"), "$1")
    .replace(new RegExp(`[（(]\\s*${esc}\\s*[)）]`, "g"), "")
    .replace(new RegExp(`<?${esc}>?`, "g"), "")
    .replace(/[：:]\s*$/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Sentences of a summary or lead, punctuation kept. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？!?；;])/).filter((s) => s.trim());
}

/** Every term the entry ties a figure to (GenEval, MMLU …), lower case: the competing anchors. */
export function collectAnchors(texts: string[], index: ArticleIndex): Set<string> {
  const anchors = new Set<string>();
  for (const text of texts) {
    for (const f of findFigures(text)) {
      const a = anchorOf(text, f, index);
      if (a) anchors.add(a);
    }
  }
  return anchors;
}
