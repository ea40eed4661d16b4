/**
 * Facts a follow-up may add: figures with a unit (72%, 1.8万亿, 3000亿美元, 128K, 40倍) and the
 * story's phase: an announcement (预告, 即将, 将于) versus a release (发布, 开源, 上线).
 */
const FIGURE =
  /\d+(?:[.,]\d+)*\s*(?:%|％|万亿|亿美元|亿元|亿|万美元|万元|万|千|倍|美元|元|个|项|款|家|张|篇|人|种|小时|分钟|毫秒|秒|天|帧|tokens?|[kmbt](?![a-z])|gb|tb|pb|fps|ms)/gi;

/**
 * Page furniture around a figure: reading time (阅读 4 分钟, 约 3 分钟读完), countdowns (距离大会
 * 还有 10 天, 倒计时), sign-up and promo lines, "3 天前". Such figures say nothing about the story.
 */
const BOILERPLATE_BEFORE =
  /(?:阅读|读完|阅读时间|阅读时长|预计阅读|阅读需|需要|全文约?|字数|还有|还剩|倒计时|距离[^，。！？\n]{0,12}|截止|限时|仅剩|前|编辑于|发布于)\s*[约需要]?\s*$/;
const BOILERPLATE_AFTER = /^\s*(?:读完|阅读|可读完|前|后截止|内有效|倒计时)/;

/** Figures in `text`, folded ("1,000" → "1000", "72 %" → "72%"); dates and page furniture excluded. */
export function extractFigures(text: string): Set<string> {
  const out = new Set<string>();
  const source = text.normalize("NFKC");
  for (const match of source.matchAll(FIGURE)) {
    const before = source.slice(Math.max(0, match.index - 16), match.index);
    const after = source.slice(match.index + match[0].length, match.index + match[0].length + 6);
    if (BOILERPLATE_BEFORE.test(before) || BOILERPLATE_AFTER.test(after)) continue;
    out.add(match[0].toLowerCase().replace(/[\s,]/g, "").replace("％", "%"));
  }
  return out;
}

/** Durations (分钟, 天 …) tell little that is new about a story: never a follow-up's new fact alone. */
const DURATION = /(?:小时|分钟|毫秒|秒|天|ms)$/;

/** Figures that may count as a follow-up's new facts. */
export function isNewFact(figure: string): boolean {
  return !DURATION.test(figure);
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
