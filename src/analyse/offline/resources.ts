import type { ArticleLink, Resource } from "../../model/index.ts";
import { ARXIV_MENTION, trimUrl } from "../../model/known-links.ts";
import { arxivAbsUrl, classifyUrl, type UrlClass } from "./classify-url.ts";
import { isKindOnlyTitle, otherLinkLabel } from "./resource-labels.ts";

const LABELS: Record<UrlClass["kind"], string> = {
  arxiv: "arXiv 论文",
  github: "GitHub 代码",
  "hf-model": "Hugging Face 模型",
  "hf-dataset": "Hugging Face 数据集",
  "hf-space": "Hugging Face Space",
  project: "项目主页",
  // Never shown as such: an "other" link is labelled by what it is (otherLinkLabel).
  other: "网页",
};
/** Output order and how many of each kind at most. */
const KIND_LIMITS: Array<[UrlClass["kind"], number]> = [
  ["arxiv", 3],
  ["github", 3],
  ["hf-model", 3],
  ["hf-dataset", 2],
  ["hf-space", 2],
  ["project", 2],
  ["other", 3],
];
/** Words that present a link as the project's own page. */
const PROJECT_CUE =
  /项目主页|项目地址|项目页|主页|官网|官方网站|产品页|体验地址|在线体验|project\s*page|homepage|website/i;
/**
 * Words that present a link as the publisher's promotion, not the news's resource: a newsletter,
 * a group to join, a sign-up, a share button, a job ad, a giveaway ("加入交流群", "Subscribe to
 * our newsletter", "Share on LinkedIn", "报名", "领取福利").
 */
const PROMOTION_CUE =
  /订阅|newsletter|subscribe|sign\s*up|注册领取|报名|加群|加入.{0,6}群|交流群|社群|读者群|招聘|投递简历|投稿|赞赏|打赏|福利|领取|分享到|\bshare\b|关注我们|follow us|广告|商务合作/i;
/** URL paths of the same: /subscribe, /newsletter, /signup, /join, /careers, /share… */
const PROMOTION_PATH =
  /\/(?:subscribe|newsletter|signup|sign-up|register|join|careers|jobs|share|sharer|shareArticle)(?:[/?#.]|$)/i;
const GENERIC_LINK_TEXT = /^(?:链接|点击|这里|此处|阅读原文|原文|link|here|https?:)/i;

const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%[\]]+/g;
const BARE_URL_IN_TEXT =
  /(?<![\w./@-])(?:www\.)?(?:github\.com|huggingface\.co|arxiv\.org)\/[A-Za-z0-9\-._~/%]+/g;

interface Candidate {
  url: string;
  title?: string;
  /** Text just before the URL, or the link's own text: where 项目主页 would be said. */
  context: string;
}

/**
 * Lists the paper, code, model and project links an article gives, from its anchors and its text
 * (URLs, bare github.com/… paths, arXiv:ID). Only URLs the article contains: arXiv and GitHub are
 * reduced to their canonical form (abs page, repository root), and a bare arXiv id becomes its abs
 * URL; every other URL is kept as written. Deduplicated by canonical form, first occurrence wins.
 */
export function extractResources(text: string, links: readonly ArticleLink[]): Resource[] {
  const found = new Map<string, { cls: UrlClass; resource: Resource }>();
  for (const candidate of [...linkCandidates(links), ...textCandidates(text)]) {
    const cls = classifyUrl(candidate.url);
    if (!cls || isPromotion(candidate)) continue;
    const presentedAsProject = PROJECT_CUE.test(candidate.context);
    const seen = found.get(cls.canonical);
    if (seen) {
      // The same URL said again as 官网/体验地址 upgrades a plain link to the project page.
      if (seen.cls.kind === "other" && presentedAsProject) {
        seen.cls.kind = "project";
        seen.resource.label = LABELS.project;
      } else if (seen.cls.kind === "other" && /^(?:网页|官网)$/.test(seen.resource.label)) {
        // Said again with words that say what it is (报告：…, 官方博客：…): those words label it.
        seen.resource.label = otherLinkLabel(seen.resource.url, candidate.context);
      }
      continue;
    }
    if (cls.kind === "other" && presentedAsProject) cls.kind = "project";
    const url =
      cls.kind === "arxiv" || cls.kind === "github" || cls.kind.startsWith("hf-")
        ? cls.canonical
        : candidate.url;
    const label = cls.kind === "other" ? otherLinkLabel(url, candidate.context) : LABELS[cls.kind];
    const resource: Resource = { label, url };
    if (candidate.title) resource.title = candidate.title;
    found.set(cls.canonical, { cls, resource });
  }
  const all = [...found.values()];
  return KIND_LIMITS.flatMap(([kind, limit]) =>
    all
      .filter((f) => f.cls.kind === kind)
      .slice(0, limit)
      .map((f) => f.resource),
  );
}

/** A link the publisher promotes itself with (see PROMOTION_CUE): never a resource of the news. */
function isPromotion(candidate: Candidate): boolean {
  if (PROMOTION_CUE.test(candidate.context)) return true;
  try {
    return PROMOTION_PATH.test(new URL(candidate.url).pathname);
  } catch {
    return false;
  }
}

function linkCandidates(links: readonly ArticleLink[]): Candidate[] {
  return links.map((link) => {
    const label = link.text.trim();
    const useful =
      label.length >= 2 && label.length <= 80 && !GENERIC_LINK_TEXT.test(label) && !isKindOnlyTitle(label);
    const title = useful && label !== link.href && !/^(?:https?:\/\/|www\.)/i.test(label) ? label : undefined;
    return { url: link.href.trim(), context: label, ...(title ? { title } : {}) };
  });
}

function textCandidates(text: string): Candidate[] {
  const out: Array<Candidate & { at: number }> = [];
  // The words before a URL on its own line: a line above (加入交流群：…) says nothing of it.
  const before = (at: number) =>
    text
      .slice(Math.max(0, at - 20), at)
      .split("\n")
      .at(-1)!;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    out.push({ url: trimUrl(m[0]), context: before(m.index), at: m.index });
  }
  for (const m of text.matchAll(BARE_URL_IN_TEXT)) {
    out.push({ url: `https://${trimUrl(m[0])}`, context: before(m.index), at: m.index });
  }
  for (const m of text.matchAll(ARXIV_MENTION)) {
    out.push({ url: arxivAbsUrl(m[1]!), context: before(m.index), at: m.index });
  }
  return out.sort((a, b) => a.at - b.at);
}
