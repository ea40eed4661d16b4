// A comparison its own figures contradict: "41.2 分，低于 Qwen2.5-Coder-32B 的 37.8"; "字错率 1.8%，
// 高于 Whisper 的 5.1%"; "48.6%，落后于 Mistral Large 2 的 41%". Each figure checks out (the article
// has both), and the rival is the article's, but the verb was turned round. Read in the entry alone:
// 高于/超过 need the first figure larger, 低于/不及 smaller; 领先/优于 and 落后/逊于 mean better and
// worse, which is larger unless the measure is one where less is better (error rates, latency, cost).

export interface FigureComparison {
  raw: string;
  index: number;
  end: number;
  supported: boolean;
  reason: string;
}

/** A figure, not a name's digits (Wren-2, GPT-4) nor a size glued to its scale (7B, 70K). */
const NUMBER = String.raw`(?<![A-Za-z0-9._-])(\d+(?:\.\d+)?)(?!(?!ms)[A-Za-z])\s*(万亿|千万|百万|亿|万|千)?\s*(%|分|倍|ms|毫秒|秒|美元|元)?`;
/** A Chinese magnitude after a figure: "4.1 万 GPU 小时" against "6 万". */
const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };
const VERB =
  "高于|超过|超出|多于|大于|低于|少于|小于|不及|不如|不到|领先于|领先|优于|胜过|好于|落后于|落后|逊于|弱于|差于";
/** "<A>，<verb> <rival> 的 <B>": the entry's figure, the verb, the rival's figure (same clause run). */
const PATTERN = new RegExp(
  `${NUMBER}[^，,。；;！？!?\\n\\d]{0,10}[，,]?\\s*(?:也|均|仍|略|明显|大幅|显著)?(${VERB})\\s*([^，,。；;！？!?\\n]{1,40}?)(?:的|之)\\s*${NUMBER}`,
  "g",
);
/** Measures where less is better: the better one has the smaller figure. */
const LESS_IS_BETTER =
  /错误率|错率|误差|延迟|时延|耗时|用时|成本|价格|售价|功耗|能耗|困惑度|显存|内存占用|\b(?:WER|CER|loss|perplexity|latency|cost|price)\b/i;

const LARGER = /^(?:高于|超过|超出|多于|大于)$/;
const SMALLER = /^(?:低于|少于|小于|不及|不到)$/;
const BETTER = /^(?:领先于|领先|优于|胜过|好于)$/;

export function findFigureComparisons(text: string): FigureComparison[] {
  const out: FigureComparison[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [a, scaleA, unitA, verb, , b, scaleB, unitB] = [m[1]!, m[2], m[3], m[4]!, m[5], m[6]!, m[7], m[8]];
    // Two figures of one kind only: "3 倍，高于 X 的 50%" compares nothing.
    if ((unitA ?? "") !== (unitB ?? "") && unitA && unitB) continue;
    // Ranks (第 3 领先于 X 的第 5): smaller is better; not read here.
    if (
      /第\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
      /第\s*$/.test(m[0].slice(0, m[0].lastIndexOf(b)))
    )
      continue;
    const [x, y] = [Number(a) * (SCALE[scaleA ?? ""] ?? 1), Number(b) * (SCALE[scaleB ?? ""] ?? 1)];
    if (x === y) continue;
    const sentenceStart = Math.max(
      0,
      ...[...text.slice(0, m.index).matchAll(/[。！？!?\n；;]/g)].map((s) => s.index + 1),
    );
    const measure = text.slice(sentenceStart, m.index + m[0].length);
    const lessIsBetter = LESS_IS_BETTER.test(measure);
    const wantLarger = LARGER.test(verb)
      ? true
      : SMALLER.test(verb)
        ? false
        : BETTER.test(verb)
          ? !lessIsBetter
          : lessIsBetter;
    const holds = wantLarger ? x > y : x < y;
    out.push({
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
      supported: holds,
      reason: holds
        ? `the figures agree with ${verb}`
        : `${a} ${verb} ${b}: the figures say the comparison is the other way round`,
    });
  }
  return out;
}
