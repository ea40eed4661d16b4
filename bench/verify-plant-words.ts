// The words the planting rules (verify-plant-rules.ts) swap: units, change verbs and their
// opposites, benchmark phrases, and a name's siblings in the article.
export const UNIT_SWAPS: Array<[RegExp, string]> = [
  [/^亿/, "万"],
  [/^万/, "亿"],
  [/^%/, "倍"],
  [/^倍/, "%"],
  [/^美元/, "元"],
  [/^毫秒/, "秒"],
  [/^秒/, "分钟"],
  [/^GB/, "MB"],
  [/^B(?![A-Za-z])/, "M"],
  [/^M(?![A-Za-z])/, "B"],
  [/^个百分点/, "倍"],
];

/** Change verbs and their opposites (flipped-direction). */
export const FLIPS: Record<string, string> = {
  提升: "下降",
  提高: "降低",
  增长: "下滑",
  增加: "减少",
  上升: "下降",
  下降: "上升",
  降低: "提高",
  减少: "增加",
  下滑: "增长",
  缩短: "延长",
  压缩: "增加",
  领先: "落后",
  落后: "领先",
  加快: "放缓",
  降至: "升至",
  降到: "升到",
  增至: "降至",
  升至: "降至",
};
/** A change verb before its figure ("下降了 30%", "提升约 5 个百分点", "缩短到 2 秒"). */
export const FLIPPABLE = new RegExp(
  `(${Object.keys(FLIPS).join("|")})(?:了|至|到)?[^，。；;\\d]{0,6}?(\\d+(?:\\.\\d+)?\\s*(?:%|％|个百分点|倍|秒|毫秒|分钟|小时|分|ms|s)?)`,
);

/** "在 MMLU 上", "在 SWE-bench Verified 基准中": a benchmark a figure is measured on. */
export const ON_BENCHMARK =
  /在\s*([A-Za-z][A-Za-z0-9.+-]*(?:\s[A-Z][A-Za-z0-9.+-]*)?)\s*(?:基准|榜单|测试|评测)?\s*(?:上|中)/g;

/** A hyphenated or versioned name ("Qwen3-Max", "MMLU-Pro", "Orbit-H2-Mini"). */
export const NAME_TOKEN = /(?<![A-Za-z0-9.-])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*(?![A-Za-z0-9-])/g;

/** Names of the article that share a stem with `name`: Qwen3-Max and Qwen3-VL, MMLU and MMLU-Pro. */
export function siblingsOf(name: string, text: string): string[] {
  const parts = name.split("-");
  const out = new Set<string>();
  for (const m of text.replace(/https?:\/\/\S+/g, " ").matchAll(NAME_TOKEN)) {
    const other = m[0];
    if (other === name || other.length < 3) continue;
    const theirs = other.split("-");
    let n = 0;
    while (n < parts.length && n < theirs.length && parts[n] === theirs[n]) n++;
    // One name the stem of the other (MMLU / MMLU-Pro), or a shared stem of whole parts; the
    // variant differs by a word ("Pro", "VL", "V2"), not by a version number of the same name.
    const differs = theirs[n] ?? parts[n] ?? "";
    if (n > 0 && parts.slice(0, n).join("-").length >= 3 && /^[A-Za-z]/.test(differs)) out.add(other);
  }
  return [...out];
}
