/** What kind of resource a URL is, and the key under which duplicates collapse. */
export interface UrlClass {
  kind: "arxiv" | "github" | "hf-model" | "hf-dataset" | "hf-space" | "project" | "other";
  /** Canonical form; duplicates share it. Also the URL we output for arXiv and GitHub. */
  canonical: string;
}

/** Hosts that are never a resource: WeChat itself, image CDNs, social networks and their share links. */
const EXCLUDED_HOSTS =
  /(?:^|\.)(?:weixin\.qq\.com|qpic\.cn|qlogo\.cn|twitter\.com|x\.com|t\.co|weibo\.com|weibo\.cn|facebook\.com|fb\.com|linkedin\.com|instagram\.com|reddit\.com|zhihu\.com|douyin\.com|tiktok\.com|xiaohongshu\.com|bilibili\.com|b23\.tv|youtube\.com|youtu\.be|t\.me|discord\.gg|wa\.me)$/i;
const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp|svg|bmp|ico|avif)$/i;
/** GitHub paths that are site pages, not repositories. */
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
]);

/** Classifies an absolute http(s) URL; undefined for URLs that must never be listed. */
export function classifyUrl(raw: string): UrlClass | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  if (EXCLUDED_HOSTS.test(host) || IMAGE_PATH.test(url.pathname)) return undefined;
  const parts = url.pathname.split("/").filter((p) => p.length > 0);

  if (host === "arxiv.org" || host === "export.arxiv.org") {
    const id = /^(?:abs|pdf|html)$/.test(parts[0] ?? "")
      ? parts[1]?.replace(/(?:v\d+)?(?:\.pdf)?$/, "")
      : undefined;
    if (id && /^\d{4}\.\d{4,5}$/.test(id)) return { kind: "arxiv", canonical: arxivAbsUrl(id) };
    return { kind: "other", canonical: plainCanonical(url, host) };
  }
  if (host === "github.com") {
    const [owner, repo] = parts;
    if (owner && repo && !GITHUB_RESERVED.has(owner.toLowerCase())) {
      return { kind: "github", canonical: `https://github.com/${owner}/${repo.replace(/\.git$/, "")}` };
    }
    return undefined;
  }
  if (host === "huggingface.co" || host === "hf.co") {
    const [first, owner, name] = parts;
    if (first === "datasets" && owner && name) return hf("hf-dataset", `datasets/${owner}/${name}`);
    if (first === "spaces" && owner && name) return hf("hf-space", `spaces/${owner}/${name}`);
    if (first && owner && !["papers", "blog", "docs", "models", "collections"].includes(first)) {
      return hf("hf-model", `${first}/${owner}`);
    }
    return { kind: "other", canonical: plainCanonical(url, host) };
  }
  if (host.endsWith(".github.io")) return { kind: "project", canonical: plainCanonical(url, host) };
  return { kind: "other", canonical: plainCanonical(url, host) };
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

function hf(kind: UrlClass["kind"], path: string): UrlClass {
  return { kind, canonical: `https://huggingface.co/${path}` };
}

/** Scheme-less, www-less, without fragment and trailing slash: the dedup key of any other link. */
function plainCanonical(url: URL, host: string): string {
  const path = url.pathname.replace(/\/+$/, "");
  return `https://${host}${path}${url.search}`;
}
