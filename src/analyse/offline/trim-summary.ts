// A 一句话摘要 says who did what and the one finding: a two-part summary ("news；finding") past
// LONG_SUMMARY characters keeps its news part up to the clause that acts ("阿里通义团队开源了代码模型
// Qwen-Coder-Next"), dropping the description after it ("参数规模为 32B，支持 256K 上下文") unless a
// clause states the headline's figure. An appositive (一种…的方法) stays when the whole still fits.
import { topLevelClauses } from "./top-clauses.ts";

/** Characters (spaces aside) past which a summary is cut down. */
export const LONG_SUMMARY = 80;
/** A news action with its object (开源了 X, 提出了 X); "提出的 X" is a noun phrase, no action. */
const ACTION = /(?:发布|开源|推出|提出|完成|上线|宣布|构建|研发|打造|披露|发现)(?!的)/;
/** A verb ending its clause whose object is what follows (发现，…; 宣布：…). */
const CLAUSE_OBJECT = /(?:发现|披露|宣布|表示|指出|认为|透露|显示|表明)$/;
const APPOSITIVE = /^(?:一种|一个|一款|一套|一项)/;

const squashed = (s: string) => s.replace(/\s+/g, "");

export function trimLongSummary(
  summary: string,
  options: { subject?: string; headlineFigures: readonly string[] },
): string {
  if (!/[\u4e00-\u9fff]/.test(summary) || squashed(summary).length <= LONG_SUMMARY) return summary;
  const at = summary.indexOf("；");
  if (at < 0) return summary;
  const { clauses } = topLevelClauses(summary.slice(0, at));
  const tail = summary.slice(at);
  const key = clauses.findIndex(
    (c) => ACTION.test(c) || (options.subject ? c.startsWith(options.subject) : false),
  );
  // "…的研究团队发现，推理链越长，…": a verb whose object is the clauses after it acts only with them.
  if (key < 0 || key === clauses.length - 1 || CLAUSE_OBJECT.test(clauses[key]!.trim())) return summary;
  const figure = (c: string) => options.headlineFigures.some((f) => squashed(c).includes(squashed(f)));
  const build = (keepAppositive: boolean) =>
    clauses
      .filter((c, i) => i <= key || figure(c) || (keepAppositive && i === key + 1 && APPOSITIVE.test(c)))
      .join("，") + tail;
  const withAppositive = build(true);
  return squashed(withAppositive).length <= LONG_SUMMARY ? withAppositive : build(false);
}
