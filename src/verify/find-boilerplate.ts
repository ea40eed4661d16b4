// Lines of an article that are not evidence for a figure: reading time and word counts ("阅读 4 分钟",
// "本文约 3000 字"), image captions ("▲ 图 2：…", "图片来源：…"), ad and promotion blocks (扫码, 限时优惠)
// and 推荐阅读 lists. Their numbers say nothing about the story.

const READING =
  /阅读(?:时间|时长|需要|全文)?\s*[:：]?\s*(?:约|大约|仅需)?\s*\d+\s*分钟|预计阅读|\d+\s*分钟(?:即可|就能)?读完|(?:本文|全文)(?:共|约|字数)?[:：]?\s*约?\s*[\d,]+\s*字|字数\s*[:：]|阅读量|\d+\s*(?:人)?(?:阅读|在看|点赞)\b|^\s*(?:阅读|在看|点赞|分享|收藏)\s*\d+/;
const CAPTION =
  /^\s*(?:▲|△|↑|↓|【图|[（(]?图\s*\d*\s*[:：|丨]|图\s*\d+\s*[-—｜|]|图片?(?:来源|源|自)\s*[:：]|(?:图片|配图|视频|封面)\s*(?:来源|来自)|来源\s*[:：]|image\s*(?:source|credit)|fig(?:ure)?\.?\s*\d+\s*[:：.])/i;
const PROMO =
  /扫码|二维码|长按(?:识别|关注)|点击(?:下方|阅读原文|上方)|^[\s—\-·|]*(?:广告|推广|赞助|AD)[\s—\-·|]*$|[（(【[](?:广告|推广|赞助)[）)】\]]|限时(?:优惠|折扣|免费)|优惠券|折扣码|立即(?:报名|购买|抢购)|报名链接|转载请|投稿邮箱|商务合作|加入(?:我们的)?(?:社群|交流群|读者群)|关注(?:我们|公众号)/;
/** A line that only says 广告 / 推广 opens an ad block, which runs to the next blank line. */
const AD_MARKER = /^[\s—\-·|【[（(]*(?:广告|推广|赞助|AD|Sponsored)[\s—\-·|】\]）)]*$/i;
const RECOMMENDED = /^\s*(?:推荐阅读|往期推荐|相关阅读|延伸阅读|精选推荐|热门文章)/;

/** [start, end) offsets of every line that is boilerplate. */
export function findBoilerplate(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let inRecommended = 0;
  let inAd = false;
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    const s = line.trim();
    if (RECOMMENDED.test(s)) inRecommended = 12;
    if (AD_MARKER.test(s)) inAd = true;
    else if (!s) inAd = false;
    const listed = inRecommended > 0 && s.length > 0 && s.length <= 80;
    if (s && inRecommended > 0) inRecommended--;
    if (READING.test(s) || CAPTION.test(s) || PROMO.test(s) || listed || inAd) spans.push([start, end]);
    start = end + 1;
  }
  return spans;
}

/**
 * Whether `at` lies in one of findBoilerplate's spans (disjoint, in order), by binary search: a
 * `.some` per figure was figures × lines on a page of 阅读 5 分钟 lines.
 */
export function inBoilerplate(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < spans[lo - 1]![1];
}
