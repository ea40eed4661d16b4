import { arxivAbsUrl, type KnownLinkKind, parseKnownLink, plainUrl } from "../../model/known-links.ts";

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
const KINDS: Partial<Record<KnownLinkKind, UrlClass["kind"]>> = {
  arxiv: "arxiv",
  github: "github",
  "hf-model": "hf-model",
  "hf-dataset": "hf-dataset",
  "hf-space": "hf-space",
  project: "project",
};

/**
 * Classifies an absolute http(s) URL for the resource list; undefined for URLs that must never be
 * listed (social and image hosts, images, GitHub's own site pages). What the URL names is read by
 * model/known-links.ts, shared with the verifier and the ★ rubric.
 */
export function classifyUrl(raw: string): UrlClass | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const link = parseKnownLink(url);
  if (!link) return undefined;
  if (EXCLUDED_HOSTS.test(link.host) || IMAGE_PATH.test(url.pathname)) return undefined;
  // An owner's page and github.com/topics/… and the like name nothing the article published.
  if (link.host === "github.com" && (link.kind === "web" || link.kind === "github-owner")) return undefined;
  const kind = KINDS[link.kind];
  if (kind) return { kind, canonical: link.url };
  // A Hugging Face owner, a gist or a repository elsewhere is still listed, deduplicated by its plain form.
  return { kind: "other", canonical: plainUrl(url) };
}

export { arxivAbsUrl };
