// What the words before a figure say of it: the direction of a change (up or down, in Chinese or
// an English source's verbs), and for a percentage whether it is a change by it (a cut, a rise), a
// share of the original, or the level reached. check-claims.ts refuses a figure whose reading
// differs from the article's; derive-figures.ts works out a cut's complement.
import type { Figure } from "./figure.ts";

/** Sets `direction` on every number and `relation` on every percentage of `figures` (in place). */
export function tagChanges(text: string, figures: Figure[]): void {
  for (const f of figures) {
    if (f.kind !== "number") continue;
    const after = englishChangeAfter(text, f.end);
    const direction = directionBefore(text, f.index) ?? after;
    if (direction) f.direction = direction;
    if (f.unit !== "percent") continue;
    // "a 67% price cut", "48% fewer tokens": an English change named after its percentage.
    if (after && !directionBefore(text, f.index)) {
      f.relation = after === "down" ? "reduction" : "rise";
      continue;
    }
    const before = text.slice(Math.max(0, f.index - 16), f.index);
    // A verb right before the percentage says what it is, whatever it is compared with: "比上一代
    //提升 12%" is a rise (not "上一代的 12%", what remains of it), "比此前降低 40%" a cut.
    if (LEVEL.test(before)) f.relation = "level";
    else if (REDUCTION.test(before)) f.relation = "reduction";
    else if (RISE.test(before)) f.relation = "rise";
    else if (REMAINING.test(before)) f.relation = "remaining";
  }
}

/** Verbs of a rise or a fall, and the comparatives after 比 … ("比 GPT-4o 低 2 分"). */
const CHANGE_WORD =
  /提升|提高|增加|增长|上升|上涨|增幅|涨幅|高出|多出|领先|加快|加速|扩大|延长|增多|增至|升至|升到|提速|跃升|飙升|大涨|暴涨|拉升|翻了?|下降|降低|减少|下滑|回落|下跌|跌幅|降幅|落后|缩减|缩小|缩短|压缩|削减|节省|节约|放缓|收窄|下调|降至|减至|降到|减到|减慢|降速|多(?:消)?耗|多用|多花|少(?:消)?耗|少用|少花/g;
const FALL =
  /^(?:下降|降低|减少|下滑|回落|下跌|跌幅|降幅|落后|缩减|缩小|缩短|压缩|削减|节省|节约|放缓|收窄|下调|降至|减至|降到|减到|减慢|降速|少(?:消)?耗|少用|少花)$/;
const COMPARATIVE = /比[^，。；;]{0,15}?(高|低|快|慢|多|少)(?:了|出)?\s*(?:约|近|大约)?\s*$/;

/** The direction the words just before a figure give it, within its clause (the nearest verb wins). */
function directionBefore(text: string, at: number): "up" | "down" | undefined {
  const window = text.slice(Math.max(0, at - 14), at);
  const clause = window.slice(
    Math.max(...[...window.matchAll(/[，。；;：:,!?！？\n]/g)].map((m) => m.index + 1), 0),
  );
  const comparative = COMPARATIVE.exec(clause);
  const verbs = [...clause.matchAll(CHANGE_WORD)];
  const verb = verbs.at(-1);
  if (comparative && (!verb || comparative.index + comparative[0].length - 3 > verb.index))
    return /[高快多]/.test(comparative[1]!) ? "up" : "down";
  if (verb) return FALL.test(verb[0]) ? "down" : "up";
  return englishDirectionBefore(text, at);
}

/**
 * An English article's verbs of change ("cuts latency by 40%", "revenue rose to $3B"), so a
 * Chinese entry of an English source keeps its direction too: 延迟增加 40% is not "cuts latency by
 * 40%". Only verbs that say which way (not "improves", "up to", "more than": a bound is no change).
 */
const ENGLISH_RISE =
  /\b(?:increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|gain(?:s|ed)?|boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|jump(?:s|ed)?|climb(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|doubl(?:e|es|ed)|tripl(?:e|es|ed)|expand(?:s|ed)?|extend(?:s|ed)?|lengthen(?:s|ed)?|accelerat(?:e|es|ed))\b/gi;
const ENGLISH_FALL =
  /\b(?:decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|drop(?:s|ped|ping)?|fall(?:s|en|ing)?|fell|declin(?:e|es|ed|ing)|lower(?:s|ed|ing)|shrink(?:s|ing)?|shr[au]nk|slash(?:es|ed)?|trim(?:s|med)?|shorten(?:s|ed)?|halv(?:e|es|ed)|plung(?:e|es|ed)|sav(?:e|es|ed|ing|ings))\b/gi;

function englishDirectionBefore(text: string, at: number): "up" | "down" | undefined {
  const window = text.slice(Math.max(0, at - 40), at);
  const clause = window.slice(
    Math.max(...[...window.matchAll(/[，。；;：:,!?！？\n]|\.\s/g)].map((m) => m.index + m[0].length), 0),
  );
  // "revenue of $2.84 billion, up 61% from a year earlier": up or down right before (not "up to").
  const adverb = /\b(up|down)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+)?[$€£¥]?$/i.exec(clause);
  if (adverb) return adverb[1]!.toLowerCase() === "up" ? "up" : "down";
  const rise = [...clause.matchAll(ENGLISH_RISE)].at(-1);
  const fall = [...clause.matchAll(ENGLISH_FALL)].at(-1);
  if (!rise && !fall) return undefined;
  return (rise?.index ?? -1) > (fall?.index ?? -1) ? "up" : "down";
}

/** English words after a figure that make it a change: "a 67% price cut", "48% fewer tokens", "2x faster". */
const ENGLISH_AFTER_FALL =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:cut|cuts|reduction|drop|decrease|decline|fewer|less|lower|smaller|cheaper|shorter|slower)\b/i;
const ENGLISH_AFTER_RISE =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:increase|rise|gain|boost|jump|more|higher|larger|faster|improvement|growth|uplift)\b/i;
/** Words that end the figure's own phrase before a change word ("40% of users … more"). */
const ENGLISH_PHRASE_END =
  /^\s*(?:[A-Za-z-]+\s+){0,2}?(?:of|on|in|for|to|than|and|or|with|at|by|from|the)\b/i;

function englishChangeAfter(text: string, end: number): "up" | "down" | undefined {
  const rest = text.slice(end, end + 40);
  if (!/^\s*[A-Za-z]/.test(rest)) return undefined;
  const fall = ENGLISH_AFTER_FALL.exec(rest);
  const rise = ENGLISH_AFTER_RISE.exec(rest);
  const hit = [fall, rise].filter((m) => m !== null).sort((a, b) => a![0].length - b![0].length)[0];
  if (!hit) return undefined;
  const stop = ENGLISH_PHRASE_END.exec(rest);
  if (stop && stop[0].length < hit[0].length) return undefined;
  return hit === fall ? "down" : "up";
}

/** A cut, right before its percentage: "降低了 40%", "成本减少约 40%", "节省 40%", "降幅达 40%". */
const REDUCTION =
  /(?:降低|下降|减少|节省|节约|缩减|削减|压缩|下调|缩小|缩短|(?:降幅|跌幅|减幅)(?:达到?|为)?|减|降)了?\s*(?:约|近|超过|超|逾|大约|将近)?\s*$/;
/**
 * What remains of the original, right before its percentage: "降至原来的 60%", "仅为此前的 60%";
 * not a comparison with it ("比上一代高 12%", "比此前快 30%").
 */
const REMAINING =
  /(?:原来|原先|此前|之前|以往|上一代|基线|旧版)[^，。；\d高低快慢多少强弱增减升降涨跌]{0,4}的?\s*(?:约|近|大约|将近)?\s*$/;
/** The level a change reached, right before its percentage: "降至 4%", "降低到 30%", "提升至 48%". */
const LEVEL =
  /(?:降|降低|减|减少|缩减|压缩|缩小|缩短|下降|下调|提升|提高|增加|增长|上升|升|增|上调|扩大|扩展|延长)(?:至|到)\s*(?:约|近|大约|将近)?\s*$/;
/** A rise by its percentage: "提升了 40%", "增长约 40%", "涨幅达 40%" (the size of the change, not a level). */
const RISE =
  /(?:提升|提高|增加|增长|上升|上涨|上调|扩大|扩展|延长|(?:增幅|涨幅)(?:达到?|为)?|增)了?\s*(?:约|近|超过|超|逾|大约|将近)?\s*$/;
