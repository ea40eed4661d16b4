// One key per thing a link points at, so the entry's link and the article's link compare equal
// however each was written (scheme, www, arXiv abs/pdf/version, GitHub sub-paths, tracking).

const TRAILING = /[)\]}>"'.,;:!?。，、；：！？）】」』》〉…’”]+$/u;

/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(utm_\w+|spm|from|ref|ref_src|source|src|share\w*|fbclid|gclid|mc_\w+|scene|chksm|sessionid|isappinstalled|clicktime|enterid|wechat_\w+|s_\w+)$/i;

const ARXIV_ID = /^((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?$/i;

export interface LinkKey {
  /** "arxiv:2512.13752", "github:owner/repo", "hf:model:owner/name", or "web:host/path?query". */
  key: string;
  kind: "arxiv" | "github" | "hf" | "web";
}

/** Trims what prose glues onto a URL: closing brackets, sentence punctuation. */
export function trimUrl(raw: string): string {
  let url = raw.trim().replace(TRAILING, "");
  // A closing bracket is part of the URL only when it has an opening one (Wikipedia-style).
  while (url.endsWith(")") && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
    url = url.slice(0, -1).replace(TRAILING, "");
  }
  return url;
}

/** The key of a URL, or undefined when it is not an http(s) URL. */
export function canonicalLink(raw: string): LinkKey | undefined {
  let text = trimUrl(raw.normalize("NFKC"));
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (!/^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)) return undefined;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const segments = url.pathname
    .split("/")
    .filter(Boolean)
    .map((s) => safeDecode(s));
  return (
    arxivKey(host, segments) ??
    githubKey(host, segments) ??
    hfKey(host, segments) ?? { key: `web:${host}/${segments.join("/")}${queryOf(url)}`, kind: "web" }
  );
}

/** The arXiv key of a bare id ("2512.13752v2", "arXiv:2512.13752"), if it is one. */
export function arxivIdKey(id: string): LinkKey | undefined {
  const m = ARXIV_ID.exec(id.replace(/^arxiv:\s*/i, ""));
  return m ? { key: `arxiv:${m[1]!.toLowerCase()}`, kind: "arxiv" } : undefined;
}

function arxivKey(host: string, seg: string[]): LinkKey | undefined {
  const isArxiv = /(^|\.)arxiv\.org$/.test(host) || host === "alphaxiv.org";
  const isHfPaper = (host === "huggingface.co" || host === "hf.co") && seg[0] === "papers";
  if (!isArxiv && !isHfPaper) return undefined;
  if (isHfPaper) return seg[1] ? arxivIdKey(seg[1]) : undefined;
  if (!["abs", "pdf", "html", "format"].includes(seg[0] ?? "")) return undefined;
  return arxivIdKey(seg.slice(1).join("/"));
}

function githubKey(host: string, seg: string[]): LinkKey | undefined {
  if (host !== "github.com" && host !== "raw.githubusercontent.com") return undefined;
  const [owner, repo] = seg;
  if (!owner) return undefined;
  const name = repo?.replace(/\.git$/i, "");
  return { key: `github:${owner.toLowerCase()}${name ? `/${name.toLowerCase()}` : ""}`, kind: "github" };
}

function hfKey(host: string, seg: string[]): LinkKey | undefined {
  if (host !== "huggingface.co" && host !== "hf.co") return undefined;
  const type = seg[0] === "datasets" ? "dataset" : seg[0] === "spaces" ? "space" : "model";
  const rest = type === "model" ? seg : seg.slice(1);
  if (rest.length === 0 || ["docs", "blog", "papers", "models", "learn", "collections"].includes(rest[0]!)) {
    return undefined;
  }
  return { key: `hf:${type}:${rest.slice(0, 2).join("/").toLowerCase()}`, kind: "hf" };
}

function queryOf(url: URL): string {
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  return kept.length ? `?${kept.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Whether an article key supports an entry key: equal, or the entry points at a parent of what
 * the article links (github.com/owner for github.com/owner/repo; a site root for a page on it).
 */
export function linkSupports(articleKey: string, entryKey: string): boolean {
  if (articleKey === entryKey) return true;
  if (entryKey.startsWith("web:") || entryKey.startsWith("github:")) {
    const base = entryKey.replace(/\?.*$/, "");
    if (entryKey.startsWith("github:") && base.includes("/")) return false;
    return articleKey.startsWith(base.endsWith("/") ? base : `${base}/`);
  }
  return false;
}
