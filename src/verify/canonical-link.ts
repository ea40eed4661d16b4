import { arxivIdOf, type KnownLink, parseKnownLink, trimUrl } from "../model/known-links.ts";

// One key per thing a link points at, so the entry's link and the article's link compare equal
// however each was written (scheme, www, arXiv abs/pdf/version and its mirrors, GitHub sub-paths,
// tracking). What a link names is read by model/known-links.ts; this file only makes the key.

/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(utm_\w+|spm|from|ref|ref_src|source|src|share\w*|fbclid|gclid|mc_\w+|scene|chksm|sessionid|isappinstalled|clicktime|enterid|wechat_\w+|s_\w+)$/i;

export interface LinkKey {
  /** "arxiv:2512.13752", "github:owner/repo", "hf:model:owner/name", or "web:host/path?query". */
  key: string;
  kind: "arxiv" | "github" | "hf" | "web";
}

/** Trims what prose glues onto a URL (model/known-links.ts). */
export { trimUrl };

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
  const known = parseKnownLink(url);
  if (!known) return undefined;
  return (
    knownKey(known) ?? {
      // The port is part of where a link points: an entry's :8443 is not the article's page.
      key: `web:${known.host}${url.port ? `:${url.port}` : ""}/${segmentsOf(url).join("/")}${queryOf(url)}`,
      kind: "web",
    }
  );
}

/**
 * The URL to publish for an entry's link the article supports. The link as written when it carries
 * nothing the comparison ignored; otherwise its clean form, so user info, a fragment (or a text
 * fragment that highlights words of the attacker's choosing), tracking or open-redirect parameters
 * and another port or a mirror host of a code host never ride along: arXiv, GitHub and Hugging
 * Face links become their canonical page, any other link keeps scheme, host, port and path, and its query only when
 * the article's link has the same one (`exact`).
 */
export function publishedLink(raw: string, exact: boolean): string | undefined {
  const key = canonicalLink(raw);
  if (!key) return undefined;
  const text = trimUrl(raw.normalize("NFKC"));
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  const web = key.kind === "web";
  const canonical = web ? undefined : parseKnownLink(url)?.url;
  const queryCounts = web && exact && [...url.searchParams.keys()].every((k) => !TRACKING.test(k));
  // A paper or repository named on a mirror or another host (alphaxiv, raw.githubusercontent.com)
  // is published on its own host: the article vouches for what it names, not for the mirror.
  const ownHost = web || new URL(canonical!).hostname === url.hostname.toLowerCase().replace(/^www\./, "");
  const clean =
    !url.username &&
    !url.password &&
    !text.includes("#") &&
    (web || !url.port) &&
    ownHost &&
    (url.search === "" || queryCounts);
  if (clean) return raw.trim();
  if (!web) return canonical;
  return `${url.protocol}//${url.host}${url.pathname}${exact ? queryOf(url) : ""}`;
}

/** arXiv, GitHub and Hugging Face links compare by what they name, case-blind; anything else is "web". */
function knownKey(link: KnownLink): LinkKey | undefined {
  const id = link.id.toLowerCase();
  switch (link.kind) {
    case "arxiv":
      return { key: `arxiv:${id}`, kind: "arxiv" };
    case "github":
    case "github-owner":
      return { key: `github:${id}`, kind: "github" };
    case "hf-model":
    case "hf-owner":
      return { key: `hf:model:${id}`, kind: "hf" };
    case "hf-dataset":
      return { key: `hf:dataset:${id}`, kind: "hf" };
    case "hf-space":
      return { key: `hf:space:${id}`, kind: "hf" };
    default:
      return undefined;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split("/")
    .filter(Boolean)
    .map((s) => safeDecode(s));
}

/** The arXiv key of a bare id ("2512.13752v2", "arXiv:2512.13752"), if it is one. */
export function arxivIdKey(id: string): LinkKey | undefined {
  const arxiv = arxivIdOf(id);
  return arxiv ? { key: `arxiv:${arxiv.toLowerCase()}`, kind: "arxiv" } : undefined;
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
