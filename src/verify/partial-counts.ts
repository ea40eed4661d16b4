// Some of a count told as all of it: the article says "higher on five of the seven benchmarks", "7
// 项任务中有 4 项完成", and the entry says "七项全部高于", "7 项任务均已完成", "beat it on all seven". An
// entry's all-of-N (N 项全部/均/都, 全部 N 项, all N, each of the N) with a result (higher or lower
// than something, done or passed) is refused when the article gives M of that same N (M < N) in a
// sentence with a result of the same kind about the same thing (a Latin word or two character pairs
// in common with the entry's clause) and never itself says all N. An all-of-N with no result ("tested
// on all nine tasks", "覆盖全部 12 个语种"), a count the article never splits, or an all-of-N the article
// also says, is not judged here.
import { parseChineseInteger } from "./chinese-numerals.ts";
import { clauseText, contentWords } from "./figure-words.ts";
import { EN_NUMBER_WORDS } from "./number-words.ts";
import { sameObject } from "./step-objects.ts";

export interface AllOfCount {
  raw: string;
  count: number;
  index: number;
  end: number;
}

const CLASSIFIER = "项|个|款|条|家|种|门|类|次|场|轮|组|名|位|所|座|台|份|道";
const ZH_NUM = "\\d+|[一二两三四五六七八九十百]+";
const EN_NUM = `\\d+|${EN_NUMBER_WORDS.join("|")}`;
/** All of N: "七项全部", "7 个基准上均", "全部 7 项", "all seven", "each of the 7". */
const ALL = new RegExp(
  [
    `(${ZH_NUM})\\s*(?:${CLASSIFIER})[\\u4e00-\\u9fffA-Za-z0-9.\\s-]{0,10}?(?:全部|全都|(?<!平)均|都|悉数|无一例外)`,
    `(?:全部|所有|全)\\s*(${ZH_NUM})\\s*(?:${CLASSIFIER})`,
    `\\ball\\s+(?:of\\s+the\\s+|the\\s+|its\\s+)?(${EN_NUM})\\b`,
    `\\b(?:each|every\\s+one)\\s+of\\s+(?:the|its)\\s+(${EN_NUM})\\b`,
  ].join("|"),
  "gi",
);
/**
 * M of N: "five of the seven", "3 out of 7", "7 项中有 4 项", "七项公开基准中，五项", and the split form
 * with words between the count and its part: "在 7 项任务中，模型完成了 4 项", "Of the 7 tasks, it
 * completed 4" (a digit of a name between, 灵枢-2, is no part). An ordinal (第 4 项) is no part.
 */
const SOME = new RegExp(
  [
    `\\b(${EN_NUM})\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|these\\s+|those\\s+)?(${EN_NUM})\\b`,
    `(${ZH_NUM})\\s*(?:${CLASSIFIER})?[^。；;！？!?\\n\\d]{0,14}?(?:中|里|当中)[，,]?[^。；;！？!?\\n]{0,20}?(?<![第\\d.-]\\s*)(${ZH_NUM})\\s*(?:${CLASSIFIER})`,
    `\\b(?:of|among|out\\s+of)\\s+(?:the|its|these|those)\\s+(${EN_NUM})\\s+(?:[a-z-]+\\s+){0,3}?[a-z-]+\\s*,[^.;!?\\n\\d]{0,50}?\\b(${EN_NUM})\\b(?!\\s*(?:%|percent|per\\b))`,
  ].join("|"),
  "gi",
);
const CLAUSE = /[，,；;。！？!?\n]/;
/** Where a sentence ends: a Chinese or hard mark, or an English full stop before a space. */
const SENTENCE_END = /[。！？!?\n]|\.(?=\s)/g;
const REACH = 300;
/** Enough of an article's M-of-N mentions: a text of thousands is not read to the end. */
const MAX_PARTS = 50;

/** The sentence around [at, end) of a text, looked for up to REACH characters either side. */
function sentenceAt(text: string, at: number, end: number): string {
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, Math.min(text.length, end + REACH));
  let start = 0;
  let stop = window.length;
  for (const m of window.matchAll(SENTENCE_END)) {
    if (m.index < at - from) start = m.index + 1;
    else if (m.index >= end - from) {
      stop = m.index;
      break;
    }
  }
  return window.slice(start, stop);
}

function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const en = EN_NUMBER_WORDS.indexOf(word.toLowerCase() as (typeof EN_NUMBER_WORDS)[number]);
  return en >= 0 ? en + 1 : parseChineseInteger(word);
}

const allCounts = (text: string) =>
  [...text.matchAll(ALL)].flatMap((m) => {
    const count = countOf(m.slice(1).find((g) => g !== undefined)!);
    return count !== undefined && count > 1
      ? [{ raw: m[0], count, index: m.index, end: m.index + m[0].length }]
      : [];
  });

export const findAllOfCounts = (text: string): AllOfCount[] => allCounts(text);

/** The article's sentences giving M of N (M < N), each with its N. */
function partsOf(text: string): Array<{ total: number; sentence: string }> {
  const out: Array<{ total: number; sentence: string }> = [];
  for (const m of text.matchAll(SOME)) {
    if (out.length >= MAX_PARTS) break;
    const [some, total] =
      m[1] !== undefined ? [m[1], m[2]!] : m[3] !== undefined ? [m[4]!, m[3]] : [m[6]!, m[5]!];
    const [a, b] = [countOf(some), countOf(total)];
    if (a === undefined || b === undefined || a >= b || a < 1) continue;
    if (m[1] === undefined && allBeforePart(m[0], total, some)) continue;
    out.push({ total: b, sentence: sentenceAt(text, m.index, m.index + m[0].length) });
  }
  return out;
}

/** Between a split form's count and its part: all of it first ("全部领先，其中 3 项", "led all, and of these 3"). */
const ALL_BETWEEN = /全部|全都|(?<!平)均|都|悉数|\b(?:all|each|every)\b/i;
const SUBSET_OF = /(?:其中|\b(?:among\s+them|of\s+which|of\s+these|of\s+them))\s*$/i;

/** Whether a split form's part is a subset of an all-of-the-count said between them. */
function allBeforePart(form: string, total: string, some: string): boolean {
  const between = form.slice(form.indexOf(total) + total.length, form.lastIndexOf(some));
  return ALL_BETWEEN.test(between) || SUBSET_OF.test(between);
}

/** Results held on some of a count: higher or lower than something, or done (passed, solved). */
const RESULTS: RegExp[] = [
  /高于|超过|超出|优于|领先|胜过|击败|超越|\b(?:higher|better|beat|beats|outperform\w*|exceed\w*|surpass\w*|above|ahead|top(?:s|ped)?)\b/i,
  /低于|落后|不及|不如|逊于|\b(?:lower|worse|below|behind|trail\w*|fell short)\b/i,
  /完成|通过|达标|成功|解决|解出|\b(?:complet\w*|pass(?:es|ed)?|succeed\w*|solv\w*|met)\b/i,
];
const resultsOf = (text: string) => RESULTS.filter((re) => re.test(text));

export function checkAllOfCount(
  claim: AllOfCount,
  entryText: string,
  articleText: string,
): { supported: boolean; reason: string } {
  const held = { supported: true, reason: "the article does not give only some of this count" };
  const said = clauseText(entryText, claim.index, claim.end, CLAUSE);
  const results = resultsOf(said);
  if (results.length === 0 || allCounts(articleText).some((a) => a.count === claim.count)) return held;
  const clause = contentWords(said);
  const part = partsOf(articleText).find(
    (p) =>
      p.total === claim.count &&
      results.some((re) => re.test(p.sentence)) &&
      sameObject(clause, contentWords(p.sentence)),
  );
  if (!part) return held;
  return {
    supported: false,
    reason: `the article gives only some of the ${claim.count} ("${part.sentence.trim().slice(0, 80)}"): partial told as all ("${claim.raw}")`,
  };
}
