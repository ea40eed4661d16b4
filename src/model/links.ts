import { CODE_KINDS, parseKnownLink } from "./known-links.ts";

/** Which URLs the briefing may turn into links: absolute http(s) only (never javascript:, data:, file:). */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * An http(s) URL as a briefing may link it, or undefined for anything else. User info is removed:
 * `https://mp.weixin.qq.com@evil.example/s/x` reads as one host and goes to another.
 */
export function publishableUrl(value: string): string | undefined {
  if (!isHttpUrl(value)) return undefined;
  const url = new URL(value);
  if (!url.username && !url.password) return value;
  url.username = "";
  url.password = "";
  return url.href;
}

/** U+200B: invisible and not whitespace to any Markdown parser, so it breaks a token without showing. */
export const ZWSP = "\u200b";

/**
 * Removes explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
 * marks (U+200E, U+200F, U+061C): invisible, they reorder what the reader sees, so a title can
 * show "moc.elgoog" backwards or make the text around a link read otherwise. The visible
 * characters all stay.
 */
export function removeBidiControls(s: string): string {
  return s.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, "");
}

/**
 * Text that must not become a link by itself: `scheme://` and `www.` are broken with an invisible
 * ZWSP, so no client or Markdown viewer auto-links a URL that an article wrote (links are made only
 * from URLs we chose). Every character stays.
 */
export function breakAutolinks(s: string): string {
  return s.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** Paper hosts that are not arXiv (arXiv and its mirrors are read by known-links.ts). */
const PAPER_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:openreview\.net\/(?:forum|pdf)|aclanthology\.org\/|doi\.org\/)/i;
const PAPER_FILE = /\.pdf(?:[?#]|$)/i;

/** A paper link (arXiv or a mirror of it, OpenReview, ACL Anthology, a DOI or a PDF): the ★ rubric's "paper" signal. */
export function isPaperLink(url: string): boolean {
  return parseKnownLink(url)?.kind === "arxiv" || PAPER_HOST.test(url) || PAPER_FILE.test(url);
}

/** A code or weights link: a repository on GitHub, GitLab, Gitee, a gist, a Hugging Face model/dataset/Space, ModelScope. */
export function isCodeLink(url: string): boolean {
  const kind = parseKnownLink(url)?.kind;
  return kind !== undefined && CODE_KINDS.has(kind);
}
