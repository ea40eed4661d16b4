/**
 * The title as a briefing shows it: the article's (or analyser's) own words without hype. The JSON
 * keeps the article's own title beside it (articleTitle). Shared by the offline analyser, the
 * renderers and the channels, so every output strips the same words. Pure.
 */

/** Words that announce rather than name. */
const HYPE =
  "重磅|突发|独家|刚刚|最新|快讯|深度|干货|官宣|震惊|爆|炸裂|首发|热点|速看|必看|惊呆|太强了|逆天|封神";
/** Words that are hype even glued to what follows (刚刚开源, 重磅发布). */
const STRONG_HYPE = "重磅|突发|刚刚|震惊|炸裂|惊呆|逆天|封神";
/**
 * Hype words at the start: the strong ones with or without a separator (重磅｜, 突发！, 刚刚，,
 * 炸裂！！), the others only before a separator, so names that begin with one stay whole (深度求索,
 * 最新版, 爆款 are not stripped to 求索, 版, 款).
 */
const HYPE_PREFIX = new RegExp(
  `^(?:(?:${STRONG_HYPE})+\\s*(?:[｜|丨:：!！,，、\\s]+|(?=\\S))|(?:${HYPE})+\\s*[｜|丨:：!！,，、\\s]+)`,
);
/** A hype word anywhere that stands alone, closed by punctuation (…，震惊！…). */
const HYPE_STANDALONE = /(?<=^|[，,：:｜|丨！!\s])(?:震惊|炸裂|重磅|突发|刚刚|逆天|封神)[！!，,]+\s*/g;
/** 刚刚 before a verb is filler in a title (面壁智能刚刚开源 → 面壁智能开源). */
const JUST_NOW = /刚刚(?=[\p{Script=Han}A-Za-z])/gu;
/** A leading bracketed tag: 【…】, [...], 〔…〕 — a column name or a hype label. */
const LEADING_TAG = /^(?:【[^】]{0,20}】|\[[^\]]{0,20}\]|〔[^〕]{0,20}〕)\s*/;
/** Emoji and pictographs that decorate titles. */
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/**
 * Strips leading 【…】 tags, hype words (刚刚, 炸裂, 震惊, 重磅 …), emoji and runs of exclamation
 * marks. A single trailing ？ stays (a question is content). Never invents: when stripping would
 * leave nothing, the trimmed original is returned.
 */
export function displayTitle(title: string): string {
  let out = title.replace(EMOJI, "").replace(/\s+/g, " ").trim();
  for (let changed = true; changed; ) {
    const before = out;
    out = out.replace(LEADING_TAG, "").replace(HYPE_PREFIX, "").trim();
    changed = out !== before;
  }
  out = out
    .replace(HYPE_STANDALONE, "")
    .replace(JUST_NOW, "")
    .replace(/[!！]+$/, "")
    .replace(/[?？]{2,}$/, "？")
    .replace(/[!！]{2,}/g, "！")
    .replace(/^[，,：:｜|丨、\s]+/, "")
    .trim();
  return out.length > 0 ? out : title.trim();
}
