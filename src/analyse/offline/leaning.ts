// Bullets that lean on a sentence the reader does not see, and bullets that only set the scene.
// Written for the offline analyser's bullets (v9): the article's words kept, a word that points at
// the previous sentence dropped, or the bullet not shown.

/** Openers that rank the fact against one before it ("更重要的是", "除此之外"): dropped, the fact stays. */
const RANKING_OPENER =
  /^(?:更重要的是|更关键的是|最重要的是|最关键的是|除此之外|除此以外|再者|不仅如此)[，,：:]?\s*/;

/**
 * An adverb right after a short subject that says "as before" or "in contrast" (Karpathy 也坦言,
 * 转向则几乎不受影响, 报告因此把…, STAR 还引入了): the subject's statement without it.
 */
const LEANING_ADVERB =
  /^([^，,。：:；;“”]{1,14}?)(?:也(?!许|就是)|(?<![规原否准法细守总实])则(?!是说)|还(?=[\p{Script=Han}]{1,3}了)|因此|因而|同样|(?<![冷推])却)(?=[\p{Script=Han}A-Za-z])/u;

/** "另一个风险是…", "相比之下，…", "与之相比…": a bullet that needs the one before it. */
export const LEANS_BACK =
  /^(?:另一(?:个|种|类|项|位|家|方面)?|相比之下|与之相比|与此相比|相反|反过来|类似地|同理)/;

/** The bullet without the word that leans on a sentence before it, when what stays still reads. */
export function dropLeaningWord(text: string): string {
  const ranked = text.replace(RANKING_OPENER, "");
  if (ranked !== text && ranked.length >= 12) return ranked;
  const m = text.match(LEANING_ADVERB);
  if (!m || /\d$/.test(m[1]!)) return text;
  return `${m[1]}${text.slice(m[0].length)}`;
}

/**
 * A bullet that only sets the scene: what a thing was meant to do ("CL-bench 的出发点，是…", "MCP 的本意
 * 是…"), or how things were before or usually are ("过去的系统通常依赖…", "不少开发者…都会遇到…") with no figure and no reading of it (或许,
 * 并不, 而在于, 意味着). The news it frames is in the other bullets.
 */
const FRAME = /^[^，,。；;]{1,20}的(?:出发点|初衷|本意|由来|背景)[，,]?(?:是|在于)/;
const PAST =
  /^(?:过去|以往|此前|传统上|传统的|早先|一直以来|长期以来)|^(?:不少|很多|许多|大多数|大部分)[^。；;]{1,48}?(?:都会|都要|往往|常常|通常)/;
const READING = /或许|并不|而在于|意味着|说明|其实|恰恰/;

export function setsSceneOnly(text: string): boolean {
  if (FRAME.test(text)) return true;
  return PAST.test(text) && !/\d/.test(text) && !READING.test(text);
}
