// Comparisons with a named rival: "Nova-3 在 MMLU 上超越 GPT-4o" when the article says Nova-3
// "略逊于 GPT-4o". Names and figures check out one by one; the claim turned the comparison round.
// An entry's comparison with X is refused only when the article compares with X the other way (or
// as a tie) and never this way: a comparison the article only implies through its figures stands.
import { foldText } from "./fold-text.ts";

export type Stance = "ahead" | "behind" | "level";

export interface Comparison {
  stance: Stance;
  /** The rival, squashed ("gpt4o", "claude3.5sonnet", "谷歌"). */
  rival: string;
  /** Who is compared, squashed, when its clause names it first ("Nova-3 在 MMLU 上略逊于 …"). */
  subject?: string;
  raw: string;
  index: number;
  end: number;
}

/** A rival: a Latin name run with its version ("Claude 3.5 Sonnet", "GPT-4o"), or a CJK name. */
const RIVAL = String.raw`([A-Za-z][A-Za-z0-9.+-]*(?:\s(?:[A-Z0-9][A-Za-z0-9.+-]*))*|[\u4e00-\u9fff]{2,6}?(?=的|等|在|和|与|，|,|。|；|\s|$))`;
const FILLER = String.raw`(?:了|于|过|掉)?\s*(?:包括|对手|竞品|同类的?|此前的?|目前的?)?\s*`;

const PATTERNS: Array<[Stance, RegExp]> = [
  [
    "ahead",
    new RegExp(
      `(?:全面|大幅|显著|明显)?(?:超越|超过|优于|领先|击败|打败|胜过|强于|好于|碾压|反超)${FILLER}${RIVAL}`,
      "g",
    ),
  ],
  [
    "behind",
    new RegExp(
      `(?:略|稍|仍|明显|大幅)?(?:逊于|逊色于|不及|不如|落后于|落后|弱于|差于|输给)${FILLER}${RIVAL}`,
      "g",
    ),
  ],
  ["level", new RegExp(`(?:媲美|比肩|追平|打平|持平于|看齐)${FILLER}${RIVAL}`, "g")],
  ["level", new RegExp(`(?:与|和|跟)\\s*${RIVAL}\\s*(?:持平|相当|打平|不相上下|旗鼓相当|接近)`, "g")],
  [
    "ahead",
    new RegExp(
      String.raw`\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|tops?|topped|exceed(?:s|ed|ing)?)\s+(?:the\s+)?${RIVAL}`,
      "g",
    ),
  ],
  [
    "behind",
    new RegExp(
      String.raw`\b(?:trails?|trailed|trailing|lags?\s+behind|lagged\s+behind|falls?\s+short\s+of|fell\s+short\s+of|behind)\s+(?:the\s+)?${RIVAL}`,
      "g",
    ),
  ],
  [
    "level",
    new RegExp(
      String.raw`\b(?:matches|matched|on\s+par\s+with|comparable\s+to|rivals?|rivaled)\s+(?:the\s+)?${RIVAL}`,
      "g",
    ),
  ],
];

/** Words after a verb that are no rival ("超过预期", "领先水平", "超越所有开源模型"): whole, or starting a CJK run. */
const NOT_RIVAL =
  /^(?:(?:所有|其他|其它|一众|众多|预期|水平|行业|业界|同行|对手|此前|以往|之前|上一代|前代|基线|平均|大多数|多数|同类|主流|现有|开源|闭源|传统|以前)[\u4e00-\u9fff]*|the|a|an|all|other|most|its|their|previous|prior|existing|open|closed)$/i;

const squash = (s: string) => foldText(s).replace(/[-_\s]/g, "");

/** The first Latin name of the clause before a verb: what is compared ("Nova-3 在 MMLU 上略逊于"). */
function subjectBefore(text: string, at: number): string | undefined {
  const clause = /[^，,。；;！？!?\n：:]*$/.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? "";
  const name = /(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.+-]*(?:\s[A-Z0-9][A-Za-z0-9.+-]*)*/.exec(clause)?.[0];
  return name && !SENTENCE_WORD.test(name) ? squash(name) : undefined;
}

/** Capitalised words that start English sentences, not names ("The model trails …"). */
const SENTENCE_WORD =
  /^(?:The|This|That|These|Those|It|Its|We|Our|They|Their|He|She|His|Her|A|An|In|On|At|For|With|But|And|However|Meanwhile|Overall|Still|Yet)\b/;

/** Comparisons with a named rival in a text, in order. */
export function findComparisons(text: string): Comparison[] {
  const out: Comparison[] = [];
  for (const [stance, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const rival = m[1]!.replace(/[.,]+$/, "");
      if (NOT_RIVAL.test(rival) || /^\d/.test(rival)) continue;
      const subject = subjectBefore(text, m.index);
      out.push({
        stance,
        rival: squash(rival),
        ...(subject ? { subject } : {}),
        raw: m[0].trim(),
        index: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const OPPOSITE: Record<Stance, Stance> = { ahead: "behind", behind: "ahead", level: "level" };

/**
 * The article's comparisons, each also from its rival's side: "GPT-4o 仍领先 Nova" says Nova is
 * behind GPT-4o.
 */
export function articleComparisons(text: string): Comparison[] {
  const found = findComparisons(text);
  const reversed = found
    .filter((c) => c.subject !== undefined)
    .map((c) => ({ ...c, stance: OPPOSITE[c.stance], rival: c.subject!, subject: c.rival }));
  return [...found, ...reversed];
}

/** One name is the other, or a longer form of it ("Claude" and "Claude 3.5 Sonnet"). */
const sameRival = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

/**
 * Whether the article allows the entry's comparison: refused when the article compares with the
 * same rival only otherwise (behind for an entry's ahead, ahead for behind; a tie counts against
 * both), supported otherwise.
 */
export function checkComparison(
  claim: Comparison,
  article: readonly Comparison[],
): { supported: boolean; reason: string } {
  // About the same rival, and the same subject where both name one ("GPT-4o 不如 Claude" says
  // nothing of Nova against Claude).
  const about = article.filter(
    (c) =>
      sameRival(c.rival, claim.rival) &&
      (c.subject === undefined || claim.subject === undefined || sameRival(c.subject, claim.subject)),
  );
  if (about.length === 0 || claim.stance === "level")
    return { supported: true, reason: "the article states no other comparison with this rival" };
  if (about.some((c) => c.stance === claim.stance))
    return {
      supported: true,
      reason: `the article says so ("${about.find((c) => c.stance === claim.stance)!.raw}")`,
    };
  return {
    supported: false,
    reason: `the article compares otherwise ("${about[0]!.raw}")`,
  };
}
