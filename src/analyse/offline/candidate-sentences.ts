import { detectRatingRequest } from "../../model/star-rubric.ts";
import type { Sentence } from "./sentences.ts";

const MIN_CHARS = 10;
/** Longer sentences are run-ons or merged lists: poor bullets, poor summaries. */
const MAX_CHARS = 240;
/** Lines that credit, link or ask for a follow rather than say something. */
const BOILERPLATE_LEAD =
  /^(?:编辑|作者|来源|责任编辑|排版|审核|审校|撰文|文|图|图源|图片来源|封面来源|参考(?:资料|链接|文献)?|论文(?:地址|链接|标题|题目)?|项目(?:地址|主页|链接|官网)|代码(?:地址|链接|仓库)?|GitHub|arXiv|Hugging\s*Face|链接|地址|原文|资料|官网(?:与下载)?|在线(?:体验|Demo)|工具地址|报告(?:地址|官网)|Release Notes)\s*[:：]/i;
/**
 * Ads, subscription and follow lines, QR codes, reading lists, author bios, reprint notices. 星标 after a
 * count ("约 10 万星标") is a repository's stars, not "设为星标".
 */
const BOILERPLATE_ANYWHERE =
  /点击|阅读原文|扫码|扫描二维码|二维码|关注我们|欢迎关注|关注「|关注.{0,6}获取|订阅|(?<![\d万千]\s*)星标|转载|投稿|公众号|版权|©|未经授权|本文系|本文首发|首发于|免责声明|商务合作|加群|交流群|小助手|推荐阅读|往期推荐|相关阅读|延伸阅读|作者简介|个人简介|编者按|长按识别|THE END/i;
/** WeChat's buttons (点赞, 在看, 转发, 分享): boilerplate in a short line, ordinary words in a sentence (一边还在看画面). */
const BUTTON_LINE = /点赞|在看|转发|分享/;
const BUTTON_LINE_MAX = 40;
/** A reference line: mostly Latin, ending in "(Venue, 2024)". */
const CITATION = /[（(][^（()）]{0,60}\b(?:19|20)\d{2}[)）]\s*[。.]?$/;
const CAPTION = /^(?:图|表|Figure|Fig\.|Table)\s*\d/i;
/** A caption by its mark or label (▲ 星河-2 的架构, Image: …, Photo: …, Credit: …), whatever follows. */
const CAPTION_MARK = /^(?:[▲△▼↑↓]|(?:Image|Photo|Picture|Illustration|Credit|Source|Caption)\s*[:：])/i;
/**
 * A hiring footer under an article (正在招聘…，请将简历投递至…) and the English newsletter's asks
 * (Subscribe to our newsletter, Sign up for the weekly digest, Share this article on LinkedIn).
 */
const FOOTER_ASK =
  /正在招聘|(?:诚聘|急招|招聘)[^。！]{0,24}(?:工程师|研究员|实习生|岗位)|(?:投递|发送)简历|简历(?:投递|发送)|请将简历|\bsubscribe to (?:our|the|my)\b|\bsign up (?:for|to) (?:our|the)\b|\bour newsletter\b|\bin your inbox\b|\bfollow us\b|\bshare this (?:article|story|post|piece)\b|\bshare (?:it )?on (?:LinkedIn|X|Twitter|Facebook)\b/i;
const URL = /https?:\/\/\S+/g;
/** A row of a table ("| 方法 | MATH-500 | 速度 |", "---|---"): cells, not a sentence. */
const TABLE_ROW = /^\s*\|.*\||(?:\|[^|\n]*){3,}/;
/** A line that opens a reading list or bio: everything after it is not the article. */
const TAIL_HEADING =
  /^(?:推荐阅读|往期推荐|相关阅读|延伸阅读|作者简介|参考(?:资料|文献|链接)?|References)\s*[:：]?\s*$/i;

/**
 * Sentences worth ranking: of a reasonable length, with words in them, and not boilerplate
 * (bylines, link lines, captions, follow-us and ad lines, reading lists, URLs).
 */
export function selectCandidates(sentences: readonly Sentence[]): Sentence[] {
  const tail = sentences.findIndex((s) => TAIL_HEADING.test(s.text));
  const body = tail >= 0 ? sentences.slice(0, tail) : sentences;
  const perParagraph = new Map<number, number>();
  for (const s of body) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  return body.filter(
    (s, i) =>
      isFrame(s, body[i + 1]) || (isContent(s.text) && !isHeading(s, perParagraph.get(s.paragraph) ?? 0)),
  );
}

/**
 * A list intro ("在 4035 篇论文中：") right before a list item (a content sentence ending in ；): too
 * short for a sentence and alone in its line like a heading, but the frame its items need
 * (standalone-units.ts joins them).
 */
function isFrame(s: Sentence, next: Sentence | undefined): boolean {
  return (
    /[：:]$/.test(s.text) &&
    s.text.length >= 4 &&
    /[\u4e00-\u9fff]{2}/.test(s.text) &&
    !isBoilerplate(s.text) &&
    next !== undefined &&
    next.index === s.index + 1 &&
    /[；;]$/.test(next.text) &&
    isContent(next.text)
  );
}

/** A short line alone in its paragraph with no sentence end (真正的难题：怎么验收): a heading. */
export function isHeading(s: Sentence, sentencesInParagraph: number): boolean {
  return sentencesInParagraph === 1 && s.text.length <= 20 && !/[。！？!?；;，,.…”"）)]$/.test(s.text);
}

/**
 * True for ad / subscription / hiring / reading-list / bio text, captions, and for a request about the article's own
 * rating or rank (请给本文打五星): never a bullet, never a summary.
 */
export function isBoilerplate(text: string): boolean {
  if (detectRatingRequest(text)) return true;
  if (text.length <= BUTTON_LINE_MAX && BUTTON_LINE.test(text)) return true;
  return (
    BOILERPLATE_LEAD.test(text) ||
    BOILERPLATE_ANYWHERE.test(text) ||
    CAPTION.test(text) ||
    CAPTION_MARK.test(text) ||
    FOOTER_ASK.test(text)
  );
}

function isContent(text: string): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  if (isBoilerplate(text)) return false;
  if (TABLE_ROW.test(text)) return false;
  if (CITATION.test(text) && (text.match(/[\u4e00-\u9fff]/g) ?? []).length < 6) return false;
  const urlChars = (text.match(URL) ?? []).reduce((n, u) => n + u.length, 0);
  if (urlChars > 0) return false;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  return cjk >= 6 || latinWords >= 5;
}
