// Turns a content subtree into the parts of an ExtractedPage: hidden things pruned, lazy images
// resolved, links absolute, attributes reduced to the few that carry meaning.
import type { ArticleLink } from "../model/article.ts";
import { elementToText } from "./element-to-text.ts";
import type { Rgba } from "./inline-style.ts";
import { resolveUrl } from "./parse-document.ts";
import { pruneHidden } from "./prune-hidden.ts";

export interface CleanedBody {
  text: string;
  html: string;
  links: ArticleLink[];
  images: string[];
}

/** Attributes kept in the cleaned HTML; style/class/id/data-* and alt/title (untrusted, unseen) go. */
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  A: ["href"],
  IMG: ["src"],
  TD: ["colspan", "rowspan"],
  TH: ["colspan", "rowspan"],
  OL: ["start"],
};

const LAZY_SOURCES = ["data-src", "data-original", "data-lazy-src", "data-actualsrc", "src"];

export interface CleanBodyOptions {
  /** Base for relative links and images. */
  base?: string;
  /** Background behind `root`, for colour-on-colour checks (white when absent). */
  background?: Rgba;
  /** The caller already pruned hidden content from this subtree. */
  pruned?: boolean;
}

export function cleanBody(root: Element, options: CleanBodyOptions = {}): CleanedBody {
  const { base, background, pruned = false } = options;
  if (!pruned) pruneHidden(root, { background });
  const images: string[] = [];
  for (const img of Array.from(root.querySelectorAll("img"))) {
    const src = LAZY_SOURCES.map((name) => resolveUrl(img.getAttribute(name), base)).find(Boolean);
    if (!src) {
      img.parentNode?.removeChild(img);
      continue;
    }
    img.setAttribute("src", src);
    if (!images.includes(src)) images.push(src);
  }
  const links: ArticleLink[] = [];
  for (const a of Array.from(root.querySelectorAll("a"))) {
    const href = resolveUrl(a.getAttribute("href"), base);
    if (!href) {
      a.removeAttribute("href");
      continue;
    }
    a.setAttribute("href", href);
    const text = elementToText(a).replace(/\s+/g, " ").trim();
    if (!links.some((l) => l.href === href && l.text === text)) links.push({ text, href });
  }
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    const kept = KEPT_ATTRIBUTES[el.tagName.toUpperCase()] ?? [];
    for (const name of el.getAttributeNames()) if (!kept.includes(name)) el.removeAttribute(name);
  }
  return {
    text: elementToText(root),
    html: root.innerHTML.trim(),
    links,
    images,
  };
}
