/** Prefix words that announce rather than name (重磅｜, 突发！, 刚刚，). */
const HYPE_PREFIX =
  /^(?:重磅|突发|独家|刚刚|最新|快讯|深度|干货|官宣|震惊|爆|炸裂|首发|热点|速看|必看)+\s*[｜|丨:：!！,，、\s]\s*/;
/** A leading bracketed tag: 【…】, [...], 〔…〕 — a column name or a hype label. */
const LEADING_TAG = /^(?:【[^】]{0,20}】|\[[^\]]{0,20}\]|〔[^〕]{0,20}〕)\s*/;
/** Emoji and pictographs that decorate titles. */
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/**
 * The article's own title without clickbait decoration: leading 【…】 tags, hype prefixes, emoji,
 * and runs of exclamation marks. A single trailing ？ stays (a question is content). Never invents:
 * when cleaning would leave nothing, the trimmed original is returned.
 */
export function cleanTitle(title: string): string {
  let out = title.replace(EMOJI, "").replace(/\s+/g, " ").trim();
  for (let changed = true; changed; ) {
    const before = out;
    out = out.replace(LEADING_TAG, "").replace(HYPE_PREFIX, "").trim();
    changed = out !== before;
  }
  out = out
    .replace(/[!！]+$/, "")
    .replace(/[?？]{2,}$/, "？")
    .replace(/[!！]{2,}/g, "！")
    .trim();
  return out.length > 0 ? out : title.trim();
}
