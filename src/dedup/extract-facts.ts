/**
 * Facts a follow-up may add: figures with a unit (72%, 1.8万亿, 3000亿美元, 128K, 40倍) and the
 * story's phase: an announcement (预告, 即将, 将于) versus a release (发布, 开源, 上线).
 */
const FIGURE =
  /\d+(?:[.,]\d+)*\s*(?:%|％|万亿|亿美元|亿元|亿|万美元|万元|万|千|倍|美元|元|个|项|款|家|张|篇|人|种|小时|分钟|毫秒|秒|天|帧|tokens?|[kmbt](?![a-z])|gb|tb|pb|fps|ms)/gi;

/** Figures in `text`, folded ("1,000" → "1000", "72 %" → "72%"), dates excluded by construction. */
export function extractFigures(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.normalize("NFKC").matchAll(FIGURE)) {
    out.add(match[0].toLowerCase().replace(/[\s,]/g, "").replace("％", "%"));
  }
  return out;
}

export type StoryPhase = "announce" | "release" | "none";

const ANNOUNCE = /预告|即将|将于|将在|计划|预计|曝光|传闻|泄露|爆料|或将|有望|路线图|倒计时|内测申请/;
const RELEASE = /发布|开源|上线|推出|正式|开放|上架|公测|全量|可用|登场|亮相/;

/** The phase a title (or lead) speaks of; an announcement wins when both words occur (即将发布). */
export function detectPhase(text: string): StoryPhase {
  if (ANNOUNCE.test(text)) return "announce";
  if (RELEASE.test(text)) return "release";
  return "none";
}

/** Reposts say so: 转载, 本文转自, 来源：…, 原标题 near the top, or a [转] title. */
const REPOST_TITLE = /^\s*(?:【转(?:载)?】|\[转(?:载)?\]|转载[:：|｜]?)/;
const REPOST_HEAD =
  /本文转[载自]|转载自|文章来源[:：]|来源[:：]\s*\S|原标题[:：]|本文来自|经授权转载|授权转载/;

export function isRepost(title: string, text: string): boolean {
  return REPOST_TITLE.test(title) || REPOST_HEAD.test(text.slice(0, 300));
}
