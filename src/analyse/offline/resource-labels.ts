// What a 相关资源 link is, said in its label: a link that is no paper, code or model page is labelled by
// what the article calls it (报告原文, 官方博客, 文档, 数据集, 在线体验) or by its URL's form (a blog path,
// a docs host, a code host, a paper site, a PDF), never the empty 相关链接. Link words that only name
// the kind of link (论文链接, 项目地址, 相关链接, GitHub) are no title: the label and URL say it.
import { isCodeLink, isPaperLink } from "../../model/links.ts";

/** Context words before a link (or its own words) → the label saying what the link is. */
const CONTEXT_LABELS: Array<[RegExp, string]> = [
  [/论文|\bpaper\b/i, "论文"],
  [/报告|白皮书|\breport\b|\bwhite\s*paper\b/i, "报告原文"],
  [/博客|\bblog\b/i, "官方博客"],
  [/文档|手册|\bdocs?\b|\bdocumentation\b/i, "文档"],
  [/数据集|\bdataset\b/i, "数据集"],
  [/代码|仓库|\bcode\b|\brepo(?:sitory)?\b/i, "代码仓库"],
  [/模型权重|权重|\bweights\b|\bmodel\s*card\b/i, "模型权重"],
  [/体验|试用|演示|\bdemo\b|\bplayground\b/i, "在线体验"],
  [/公告|通知|政策|办法|措施|\bannouncement\b/i, "官方公告"],
  [/榜单|排行|\bleaderboard\b/i, "榜单页面"],
];

/** The label of a link that is none of the named kinds, from what the article says of it, then its URL. */
export function otherLinkLabel(url: string, context: string): string {
  for (const [cue, label] of CONTEXT_LABELS) if (cue.test(context)) return label;
  if (isPaperLink(url)) return "论文";
  if (isCodeLink(url)) return "代码仓库";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "网页";
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  if (/(?:^|\.)(?:medium|substack)\.com$/.test(host)) return "博客文章";
  if (/(?:^|\.)blog\.|\/blogs?(?:\/|$)/.test(`${host}${path}`)) return "官方博客";
  if (/\/(?:news(?:room)?|press)(?:\/|$)/.test(path)) return "官方新闻";
  if (/^docs?\.|\/docs?(?:\/|$)/.test(`${host}${path}`)) return "文档";
  // A site's front page is the project's (or company's) own page; a deeper page is one of its pages.
  return path === "/" || path === "" ? "官网" : "网页";
}

/** Link words that only name a kind of link ("论文链接", "项目地址：", "链接 2", "GitHub"): no title. */
const KIND_ONLY =
  /^(?:(?:相关|参考|原文|论文|项目|代码|开源|模型|数据集?|体验|官方|报告)?(?:链接|地址|主页|页面|网址|资料)|论文|代码|项目|github|arxiv|hugging\s*face|paper|code|project\s*page|homepage|link)\s*(?:\[?\d{0,2}\]?)\s*[:：]?$/i;

export function isKindOnlyTitle(title: string): boolean {
  return KIND_ONLY.test(title.trim());
}
