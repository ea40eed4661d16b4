import { ARXIV_MENTION } from "../model/known-links.ts";
import { arxivIdKey, trimUrl } from "./canonical-link.ts";

// Scheme URLs, www. URLs, and bare links to the hosts that papers and code live on.
const URL_PATTERN =
  /(?:https?:\/\/|www\.|(?<![\w.@/-])(?:github\.com|arxiv\.org|huggingface\.co|hf\.co)\/)[^\s<>"'`\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/giu;

export interface FoundUrl {
  url: string;
  index: number;
}

/** URLs written in prose or Markdown (`[text](url)`), trimmed of trailing punctuation. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  // Match before NFKC: it would turn the full-width "）" or "，" that ends a URL in Chinese prose
  // into ASCII characters that a URL may contain.
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(m[0].normalize("NFKC"));
    if (url.length > 8) found.push({ url, index: m.index });
  }
  return found;
}

/** arXiv ids the text names without a link ("arXiv: 2512.13752"), as keys. */
export function findArxivMentions(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.normalize("NFKC").matchAll(ARXIV_MENTION)) {
    const key = arxivIdKey(m[1]!);
    if (key) keys.push(key.key);
  }
  return keys;
}

/** href values in an HTML string (the body HTML may hold links the link list lost). */
export function findHrefs(html: string): string[] {
  return [...html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) =>
    (m[1] ?? m[2] ?? "").replace(/&amp;/g, "&"),
  );
}

/**
 * `text` with every URL written as spaces of its length (offsets kept): a link's path names nothing
 * and states no figure. Built in one pass; splicing once per URL was quadratic in a page of links.
 */
export function blankUrls(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const u of findUrls(text).sort((a, b) => a.index - b.index)) {
    const start = Math.max(at, u.index);
    const end = u.index + u.url.length;
    if (end <= start) continue;
    parts.push(text.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
