// A comparison its own figures contradict, told apart: "预计营收 31 亿美元，毛利率约 68%，低于分析师预期
// 29.5 亿美元" — the article gives both figures ("expects revenue of $3.10 billion … Analysts had
// expected $2.95 billion") and no comparison, so the entry derived 低于 and turned it round. The
// figure compared is not the one next to the verb (68%) but the last one of the sentence before it in
// the same scale and unit as the figure after it (亿美元). figure-comparisons.ts reads the close form
// ("41.2 分，低于 X 的 37.8"); this one reads a rival's figure written straight after its words (预期
// 29.5 亿美元, 去年同期 20 亿元) and a figure of another unit between.
import { findFigureComparisons } from "./figure-comparisons.ts";

export interface FarComparison {
  raw: string;
  index: number;
  end: number;
  supported: boolean;
  reason: string;
}

const FIGURE = String.raw`(?<![A-Za-z0-9._-])(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?\s*(美元|元|人民币|欧元|英镑|日元|%|个百分点|家|人|张|台|个|次)`;
const LARGER = "高于|超过|超出|多于|大于";
const SMALLER = "低于|少于|小于|不及|不到";
/** The verb, the rival's words (no figure, no clause end), the rival's figure with its unit. */
const AFTER = new RegExp(`(${LARGER}|${SMALLER})([^，,。；;！？!?\\n\\d]{1,40}?)${FIGURE}`, "g");
const BEFORE = new RegExp(FIGURE, "g");
const SENTENCE_BREAK = /[。；;！？!?\n]/g;

export function findFarComparisons(text: string): FarComparison[] {
  const close = findFigureComparisons(text);
  const out: FarComparison[] = [];
  for (const m of text.matchAll(AFTER)) {
    const at = m.index;
    if (close.some((c) => c.index <= at && c.end > at)) continue;
    const [verb, rival, b, scaleB = "", unitB] = [m[1]!, m[2]!, m[3]!, m[4], m[5]!];
    // "月活超过 500 万": a bound of its own figure, not a rival's ("低于分析师预期 29.5 亿美元").
    if (!/[\u4e00-\u9fffA-Za-z]/.test(rival)) continue;
    let start = 0;
    for (const s of text.slice(0, at).matchAll(SENTENCE_BREAK)) start = s.index + 1;
    const lead = text.slice(start, at);
    const same = [...lead.matchAll(BEFORE)].filter((f) => (f[2] ?? "") === scaleB && f[3] === unitB);
    const a = same.at(-1);
    // A figure just before the verb in another unit ("68%，低于…29.5 亿美元") is skipped; none of the
    // same unit, no verdict. Ranks (第 3) are no amounts.
    if (!a || /第\s*$/.test(lead.slice(0, a.index))) continue;
    const [x, y] = [Number(a[1]), Number(b)];
    if (x === y) continue;
    const holds = new RegExp(`^(?:${LARGER})$`).test(verb) ? x > y : x < y;
    const from = start + a.index;
    const end = at + m[0].length;
    out.push({
      raw: text.slice(from, end),
      index: from,
      end,
      supported: holds,
      reason: holds
        ? `the figures agree with ${verb}`
        : `${a[0]} ${verb} ${b}${scaleB}${unitB}: the figures say the comparison is the other way round`,
    });
  }
  return out;
}
