/**
 * The links the briefing knows by name — arXiv (and the sites that mirror its papers: alphaxiv,
 * papers.cool, Hugging Face paper pages), GitHub, Hugging Face, other code hosts, project pages —
 * read in one place. The offline analyser (which resources to list), the verifier (does the entry's
 * link match the article's) and the ★ rubric (paper / code signals) all ask this module, so they
 * agree on what a URL is.
 */

export type KnownLinkKind =
  | "arxiv"
  | "github"
  | "github-owner"
  | "gist"
  | "hf-model"
  | "hf-dataset"
  | "hf-space"
  | "hf-owner"
  | "repo"
  | "project"
  | "web";

export interface KnownLink {
  kind: KnownLinkKind;
  /**
   * What the link names, as written (case kept, version and suffixes dropped): "2512.13752" or
   * "hep-th/9901001" (arxiv); "owner/repo" (github, hf-*, gist "user/id"); "owner" (github-owner,
   * hf-owner); "host/owner/repo" (repo); "host/path" (project, web).
   */
  id: string;
  /** The URL to show: the abs page, the repository root, or the link without scheme noise and fragment. */
  url: string;
  /** Host without "www.", lower case. */
  host: string;
}

/** New-style (2512.13752) and old-style (hep-th/9901001, math.GT/0309136) ids, version and .pdf dropped. */
const ARXIV_ID = /^((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?$/i;

/** GitHub paths that are site pages, not an owner. */
const GITHUB_RESERVED = new Set([
  "features",
  "topics",
  "orgs",
  "sponsors",
  "login",
  "signup",
  "marketplace",
  "about",
  "pricing",
  "collections",
  "trending",
  "settings",
  "explore",
  "enterprise",
  "search",
  "notifications",
  "apps",
  "site",
  "security",
  "customer-stories",
  "readme",
  "events",
]);

/** Hugging Face paths that are site pages, not an owner. */
const HF_RESERVED = new Set([
  "docs",
  "blog",
  "papers",
  "models",
  "learn",
  "collections",
  "tasks",
  "pricing",
  "login",
  "join",
  "settings",
  "organizations",
  "posts",
  "chat",
  "enterprise",
]);

/** "arXiv: 2512.13752v2" in prose; group 1 is the id without its version. */
export const ARXIV_MENTION = /arxiv\s*[:：]?\s*(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/gi;

/** What prose glues onto a URL: sentence punctuation (ASCII and CJK), quotes, Markdown emphasis. */
const TRAILING = /[.,;:!?'"*。，、；：！？…’”」』》〉】]+$/u;
const BRACKETS: [open: string, close: string][] = [
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
  ["<", ">"],
  ["（", "）"],
];

/**
 * A URL found in prose without what the prose glued onto it: trailing punctuation, and a closing
 * bracket the URL did not open (a Wikipedia-style `…_(film)` keeps its own).
 */
export function trimUrl(raw: string): string {
  let url = raw.trim();
  for (let changed = true; changed; ) {
    const before = url;
    url = url.replace(TRAILING, "");
    for (const [open, close] of BRACKETS) {
      if (url.endsWith(close) && url.split(open).length < url.split(close).length)
        url = url.slice(0, -close.length);
    }
    changed = url !== before;
  }
  return url;
}

/** The arXiv id of a bare id ("2512.13752v2", "arXiv:2512.13752", "hep-th/9901001"), if it is one. */
export function arxivIdOf(text: string): string | undefined {
  return ARXIV_ID.exec(text.trim().replace(/^arxiv:\s*/i, ""))?.[1];
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** Reads an absolute http(s) URL; undefined for anything else (javascript:, mailto:, garbage). */
export function parseKnownLink(input: string | URL): KnownLink | undefined {
  let url: URL;
  try {
    url = typeof input === "string" ? new URL(input) : input;
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const seg = url.pathname.split("/").filter((s) => s.length > 0);
  return (
    arxivLink(host, seg) ??
    githubLink(host, seg) ??
    huggingFaceLink(host, seg) ??
    repoLink(host, seg) ??
    plainLink(url, host, host.endsWith(".github.io") ? "project" : "web")
  );
}

function arxivLink(host: string, seg: string[]): KnownLink | undefined {
  let rest: string[] | undefined;
  if (/(?:^|\.)arxiv\.org$/.test(host)) {
    if (["abs", "pdf", "html", "format"].includes(seg[0] ?? "")) rest = seg.slice(1);
  } else if (host === "alphaxiv.org") {
    if (["abs", "pdf", "overview"].includes(seg[0] ?? "")) rest = seg.slice(1);
  } else if (host === "papers.cool") {
    if (seg[0] === "arxiv") rest = seg.slice(1);
  } else if (isHuggingFace(host) && seg[0] === "papers") {
    rest = seg.slice(1, 2);
  }
  const id = rest?.length ? arxivIdOf(rest.join("/")) : undefined;
  return id ? { kind: "arxiv", id, url: arxivAbsUrl(id), host } : undefined;
}

function githubLink(host: string, seg: string[]): KnownLink | undefined {
  if (host === "gist.github.com") {
    const [user, id] = seg;
    if (!user || !id) return undefined;
    return { kind: "gist", id: `${user}/${id}`, url: `https://gist.github.com/${user}/${id}`, host };
  }
  if (host !== "github.com" && host !== "raw.githubusercontent.com") return undefined;
  const [first, second] = seg;
  if (!first) return undefined;
  if (GITHUB_RESERVED.has(first.toLowerCase())) {
    // github.com/orgs/NAME/… is the organisation's page; every other reserved path is the site's own.
    return first.toLowerCase() === "orgs" && second ? githubOwner(second, host) : undefined;
  }
  const repo = second?.replace(/\.git$/i, "");
  if (!repo) return githubOwner(first, host);
  return { kind: "github", id: `${first}/${repo}`, url: `https://github.com/${first}/${repo}`, host };
}

function githubOwner(owner: string, host: string): KnownLink {
  return { kind: "github-owner", id: owner, url: `https://github.com/${owner}`, host };
}

function isHuggingFace(host: string): boolean {
  return host === "huggingface.co" || host === "hf.co";
}

function huggingFaceLink(host: string, seg: string[]): KnownLink | undefined {
  if (!isHuggingFace(host)) return undefined;
  const [first, owner, name] = seg;
  if (!first) return undefined;
  const hf = (kind: KnownLinkKind, id: string, path: string): KnownLink => ({
    kind,
    id,
    url: `https://huggingface.co/${path}`,
    host,
  });
  if (first === "datasets" || first === "spaces") {
    if (!owner || !name) return undefined;
    return hf(
      first === "datasets" ? "hf-dataset" : "hf-space",
      `${owner}/${name}`,
      `${first}/${owner}/${name}`,
    );
  }
  if (HF_RESERVED.has(first)) return undefined;
  return owner ? hf("hf-model", `${first}/${owner}`, `${first}/${owner}`) : hf("hf-owner", first, first);
}

/** Code and weights on the other hosts readers use: gitlab/gitee owner/repo, ModelScope models|datasets|studios/owner/name. */
function repoLink(host: string, seg: string[]): KnownLink | undefined {
  let parts: string[] | undefined;
  if (host === "gitlab.com" || host === "gitee.com") parts = seg.slice(0, 2);
  else if (host === "modelscope.cn" && ["models", "datasets", "studios"].includes(seg[0] ?? ""))
    parts = seg.slice(0, 3);
  if (!parts || parts.length < (host === "modelscope.cn" ? 3 : 2)) return undefined;
  const path = parts.join("/").replace(/\.git$/i, "");
  return { kind: "repo", id: `${host}/${path}`, url: `https://${host}/${path}`, host };
}

function plainLink(url: URL, host: string, kind: "project" | "web"): KnownLink {
  return { kind, id: `${host}${url.pathname.replace(/\/+$/, "")}`, url: plainUrl(url), host };
}

/** https, without www, fragment and trailing slash; the query kept as written. */
export function plainUrl(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  return `https://${host}${url.pathname.replace(/\/+$/, "")}${url.search}`;
}

/** Kinds that name code or weights (the ★ rubric's "code" signal). */
export const CODE_KINDS: ReadonlySet<KnownLinkKind> = new Set([
  "github",
  "gist",
  "hf-model",
  "hf-dataset",
  "hf-space",
  "repo",
]);
