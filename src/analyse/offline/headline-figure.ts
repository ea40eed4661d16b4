import { listFigures } from "./cues.ts";
import { POINTING_ATTRIBUTE } from "./name-pointed.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { titleFigures } from "./select-sections.ts";
import { isLatinText } from "./sentences.ts";

/** The summary's length bound once the headline's figure is added (the summary alone is ≤ 120). */
const MAX_WITH_FIGURE = 130;
/** The added clause run: at most this long, or it is cut after the figure's own clause. */
const MAX_FIGURE_RUN = 50;
/** A decimal in a title ("GenEval刷到0.91"): a score, unless it is a name's version or a size. */
const TITLE_DECIMAL = /(?<![\d.])\d+\.\d+(?![\d.])(?!\s*(?:[BMKT](?![A-Za-z])|亿|万|千))/g;
/** A name with its version (Xcode 26.3, MiniCPM-o 4.5): the decimal is no figure, unless below 1 (GenEval 0.91). */
const VERSIONED = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s?\d+(?:\.\d+)+/g;
/** Words that point at an earlier sentence: a clause with one cannot be lifted out alone. */
const POINTS_BACK =
  /这|那(?!么)|该(?![死])|此(?!前|后|外|时)|其(?!中|他|它|实|余|次)|它|他|她|上述|前者|后者/;
/** English words that point at an earlier sentence. */
const LATIN_POINTS_BACK = /\b(?:it|its|this|that|these|those|they|their|he|she|his|her)\b/i;
/** A short lead-in ("结果相当扎心：", "实验显示，"): dropped before the figure. */
const HOOK = /^(?:[^，,。：:]{0,12}[：:]|(?:实验|结果|数据|测试|评测|实测)(?:显示|表明)[，,]\s*)/;

/**
 * The figures a headline states: a figure with its unit (23.7%, 98篇, 370万美元) or a bare score
 * ("GenEval刷到0.91"); versions (Xcode 26.3) and sizes (9B) are not among them. Spaces squashed.
 */
export function headlineFigures(title: string): string[] {
  const withUnit = titleFigures(title);
  const bare = title.replace(VERSIONED, (m) => m.replace(/(?<![\d.])(?!0\.)\d+(?:\.\d+)+/g, " "));
  const decimals = [...bare.matchAll(TITLE_DECIMAL)].map((m) => m[0]);
  return [...withUnit, ...decimals.filter((d) => !withUnit.some((f) => f.includes(d)))];
}

/**
 * What a reader of the headline expects the summary to say is its key figure (the 23.7% of "最强
 * 模型也只解出23.7%", the 0.91 of "GenEval刷到0.91"). When the summary lacks every figure the title
 * states, the clauses of the article that state one are added after it (after the news sentence
 * alone when its extension leaves no room, `summaries` being the summary as extended, then alone): the figure's sentence from
 * its start (a short "结果显示：" hook dropped) to the figure's clause, and the clauses after that
 * while the run stays within MAX_FIGURE_RUN characters. A clause that points back (这类策略, 也只…) is never lifted; nor is
 * anything past MAX_WITH_FIGURE. Everything added is the article's own text.
 */
export function addHeadlineFigure(
  summaries: readonly [string, ...string[]],
  title: string,
  units: readonly RankedUnit[],
): string {
  const figures = headlineFigures(title);
  const summary = summaries[0];
  if (figures.length === 0 || figures.some((f) => squash(summary).includes(f))) return summary;
  // English takes about twice the characters to say as much, and joins sentences with a space.
  const latin = isLatinText(summary);
  const scale = latin ? 2 : 1;
  // The summary as extended first; the news sentence alone when the extension leaves no room; then
  // the news sentence cut at a clause break (its head still a statement of MIN_HEAD characters).
  for (const candidate of [...summaries, ...clauseHeads(summaries.at(-1)!, latin)]) {
    for (const figure of figures) {
      const unit = units.find((u) => u.standalone && squash(u.text).includes(figure));
      if (!unit) continue;
      const run = figureRun(unit.text, figure, candidate);
      if (!run || squash(candidate).includes(squash(run))) continue;
      const joined = latin
        ? `${candidate.replace(/[，,；;：:]$/, ".")} ${run}`
        : `${candidate.replace(/[，,；;：:]$/, "。")}${run}`;
      if (joined.length <= MAX_WITH_FIGURE * scale) return joined;
    }
  }
  return summary;
}

/** Shortest head a summary is cut to, to make room for the headline's figure. */
const MIN_HEAD = 30;

/**
 * The first sentence of `summary` cut at each clause break (，：；), longest first, ended with 。 ("…把
 * “AI 编程”的讨论推进到了新阶段：不是…" → "…推进到了新阶段。"); heads shorter than MIN_HEAD are not offered.
 */
function clauseHeads(summary: string, latin: boolean): string[] {
  const first = (latin ? summary.split(/(?<=[.!?])\s+/) : summary.split(/(?<=[。！？!?])/))[0] ?? summary;
  const out: string[] = [];
  for (const m of first.matchAll(/[，,；;：:]/g)) {
    const head = first.slice(0, m.index);
    // A quote left open would be cut in half.
    const open = (head.match(/[“「(（]/g) ?? []).length !== (head.match(/[”」)）]/g) ?? []).length;
    if (head.length >= MIN_HEAD * (latin ? 2 : 1) && !open) out.push(`${head}${latin ? "." : "。"}`);
  }
  return out.reverse();
}

/**
 * The sentence of `text` stating `figure`, cut as addHeadlineFigure says, without leading clauses
 * whose figures `known` (the summary) already states; undefined if it points back.
 */
export function figureRun(text: string, figure: string, known = ""): string | undefined {
  const latin = isLatinText(text);
  const sentences = latin
    ? text.split(/(?<=[.!?])\s+(?=[A-Z])/)
    : (text.match(/[^。！？!?]+[。！？!?]*/g) ?? [text]);
  const sentence = sentences.find((s) => squash(s).includes(figure));
  if (!sentence || /[？?]/.test(sentence)) return undefined;
  let body = sentence.trim().replace(latin ? /[.!]+$/ : /[。！!]+$/, "");
  const hook = body.match(HOOK);
  if (hook && !squash(hook[0]).includes(figure)) body = body.slice(hook[0].length);
  const all = body.match(/[^，,；;]+[，,；;]?/g) ?? [body];
  // A leading frame the summary already states ("在 4035 篇论文中，") is not said twice.
  const stated = squash(known);
  const from = all.findIndex((c) => {
    const figures = listFigures(c);
    return squash(c).includes(figure) || figures.length === 0 || !figures.every((f) => stated.includes(f));
  });
  const clauses = all.slice(Math.max(0, from));
  const at = clauses.findIndex((c) => squash(c).includes(figure));
  if (at < 0) return undefined;
  // The figure's clause with what leads up to it, then the clauses after it while the run stays short.
  const maxRun = MAX_FIGURE_RUN * (latin ? 2 : 1);
  let end = at + 1;
  while (end < clauses.length && clauses.slice(0, end + 1).join("").length <= maxRun) end++;
  // The clauses after the figure's only while none points back ("…约 10 万星标，足见这类框架…" stops at 星标).
  for (const stop of end > at + 1 ? [end, at + 1] : [end]) {
    const chosen = clauses
      .slice(0, stop)
      .join("")
      .trim()
      .replace(/[，,；;]$/, "");
    // "一个采用这类策略的地址，…滚到了 370 万美元": the attribute pointing back is left out, the fact stays.
    const lifted = latin ? chosen : chosen.replace(POINTING_ATTRIBUTE, "$1");
    if (!(latin ? LATIN_POINTS_BACK : POINTS_BACK).test(lifted) && lifted.length >= 6)
      return `${lifted}${latin ? "." : "。"}`;
  }
  return undefined;
}

function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
