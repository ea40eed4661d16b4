// What a page that is not an article says about itself. The phrases are WeChat's own notices
// (and the usual captcha walls); the page's words are kept as the reason.
import type { PageKind } from "../model/article.ts";

interface KindRule {
  kind: Exclude<PageKind, "article">;
  pattern: RegExp;
}

// Order matters: a complaint/violation notice outranks the generic "deleted" wording.
const RULES: KindRule[] = [
  {
    kind: "verification",
    pattern:
      /环境异常|完成验证后即可继续访问|去验证|请完成(安全)?验证|访问过于频繁|请在微信客户端打开链接|captcha|verify (that )?you are (a )?human|are you a robot|just a moment\.\.\./i,
  },
  {
    kind: "blocked",
    pattern:
      /违规无法查看|违反.{0,12}(法律法规|规范|规定)|被投诉.{0,12}(侵权|违规)|涉嫌侵权|已被屏蔽|已被封禁|该内容暂时无法查看|无法查看此内容|此内容因.{0,20}无法查看/,
  },
  {
    kind: "deleted",
    pattern:
      /已被发布者删除|已被作者删除|该内容已删除|此内容已删除|内容已被删除|公众号已迁移|帐号已迁移|账号已迁移|已自主注销|该账号已注销|该帐号已注销/,
  },
  {
    // WeChat's notices for a link that is no good (an expired temporary link of a bridge, a
    // mangled one): nothing to read at that address, now or later.
    kind: "unavailable",
    pattern: /(?:此|该)?链接已(?:过期|失效)|参数错误/,
  },
];

export interface PageVerdict {
  kind: Exclude<PageKind, "article">;
  reason: string;
}

/**
 * Classifies a short notice text. Returns undefined when it reads like no known notice.
 * `messages` are candidate texts, most specific first (a notice element, then the whole body).
 */
export function classifyNotice(messages: (string | undefined)[]): PageVerdict | undefined {
  for (const rule of RULES) {
    for (const message of messages) {
      const text = message?.replace(/\s+/g, " ").trim();
      if (!text || !rule.pattern.test(text)) continue;
      return { kind: rule.kind, reason: noticeSentence(withoutChrome(text), rule.pattern) };
    }
  }
  return undefined;
}

/**
 * The page's buttons, links and footer (微信公众平台运营中心, 我要反馈, 知道了 …) are not the reason:
 * dropped as whole phrases, wherever they sit in the notice.
 */
const CHROME_PHRASES =
  /微信公众平台运营中心|微信公众平台|我要反馈|意见反馈|轻点两下取消(赞|在看)|微信扫一扫可打开此内容，?使用完整服务|微信扫一扫|使用小程序|知道了|Scan with Weixin[^。]*|Got It/gi;
/** Short button words, dropped only when they stand alone between spaces. */
const CHROME_WORDS = new Set([
  "取消",
  "允许",
  "返回",
  "关闭",
  "确定",
  "去验证",
  "继续访问",
  "分享",
  "留言",
  "收藏",
  "赞",
  "在看",
  "视频",
  "小程序",
]);

export function withoutChrome(text: string): string {
  return text
    .replace(CHROME_PHRASES, " ")
    .split(/\s+/)
    .filter((chunk) => chunk && !CHROME_WORDS.has(chunk))
    .join(" ")
    .trim();
}

/** The sentence of `text` that carries the match, so the reason stays the page's own words. */
function noticeSentence(text: string, pattern: RegExp): string {
  if (text.length <= 120 || !pattern.test(text)) return text.slice(0, 200);
  const sentences = text.split(/(?<=[。！？!?\n])\s*|\s{2,}/);
  return (sentences.find((s) => pattern.test(s)) ?? text).trim().slice(0, 200);
}

/** Feed text longer than this is an article (or its summary), not a notice. */
const MAX_NOTICE_FEED_CHARS = 160;
/** The notice speaks of the text itself (本文已被删除), not of someone else's article. */
const SELF_REFERENCE = /本文|该内容|此内容|该文章|此文章|该篇|此文|原文|内容/;

/**
 * A feed item's own text that is itself a notice: a bridge that copied WeChat's "该内容已被发布者删除",
 * a violation or verification wall, into the feed. Recognised like the page: short, matching a notice
 * rule, and either nothing but the notice or a notice about the text itself. An article that merely
 * reports a deletion ("OpenAI 删除了博客中的一段话") is longer or names another subject.
 */
export function classifyFeedText(text: string): PageVerdict | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length === 0 || flat.length > MAX_NOTICE_FEED_CHARS) return undefined;
  const verdict = classifyNotice([flat]);
  if (!verdict) return undefined;
  const rule = RULES.find((r) => r.kind === verdict.kind)!;
  const every = new RegExp(rule.pattern.source, `${rule.pattern.flags}g`);
  const rest = flat.replace(every, "").replace(/[\s\p{P}]/gu, "");
  const noticeOnly = rest.length <= 16;
  const aboutItself = flat
    .split(/(?<=[。！？!?）)])/)
    .some((part) => rule.pattern.test(part) && SELF_REFERENCE.test(part));
  return noticeOnly || aboutItself ? verdict : undefined;
}
