// Counts an English article writes in words before a plural noun: "it speaks nine languages", "one of
// six preset voices", "the other eight languages". A Chinese entry writes them in digits (支持 9 种语言,
// 6 种预设音色), which found nothing to match and was refused. Read in the article only, as counts
// carrying the English noun, so an entry's count of another thing (6 种语言 for "six voices") is not
// supported by it when the nouns are known to differ (countedThingsAgree).
import type { Figure } from "./figure.ts";
import { EN_NUMBER_WORDS } from "./number-words.ts";

/** "two" … "twelve": a count of one is no count of things (value: index + 2). */
const NUMBER_WORDS: readonly string[] = EN_NUMBER_WORDS.slice(1);
/** Words no count runs through: articles, prepositions, conjunctions, comparatives. */
const STOP =
  "of|and|or|to|in|on|at|by|for|from|with|than|per|the|a|an|more|less|fewer|times|percent|points|is|are|was|were|has|have|had|its|their";
/** Plurals that are no counted things: spans of time (word-figures.ts reads those), shares, verbs. */
const NOT_THINGS =
  /^(?:years|months|weeks|days|hours|minutes|seconds|decades|quarters|times|percent|points|thirds|fourths|fifths|sixths|eighths|tenths|this|thus|plus|across|unless|less|was|has|is|its|does|goes|yes|us|as)$/;
/** A number word, at most two modifiers, then a plural noun: "nine languages", "six preset voices". */
const COUNT = new RegExp(
  `\\b(${NUMBER_WORDS.join("|")})\\s+((?:(?!(?:${STOP})\\b)[a-z][a-z-]*\\s+){0,2}?)([a-z]{2,}s)\\b`,
  "gi",
);

/** The article's counts in words before a plural noun, with that noun. */
export function findEnglishWordCounts(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(COUNT)) {
    const noun = m[3]!.toLowerCase();
    if (NOT_THINGS.test(noun) || m[0] !== m[0].replace(/[A-Z]{2,}/, "")) continue;
    out.push({
      raw: m[0],
      kind: "number",
      value: NUMBER_WORDS.indexOf(m[1]!.toLowerCase()) + 2,
      percent: false,
      unit: "count",
      factor: 1,
      nounEn: `${m[2]!.toLowerCase()}${noun}`.trim(),
      inWords: true,
      step: 1,
      digits: 1,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Chinese counted nouns and the English stems they are written with (lower case, word starts). */
const THINGS: Array<[RegExp, string[]]> = [
  [/语言|语种/, ["language"]],
  [/音色|声音|嗓音/, ["voice"]],
  [/模型/, ["model"]],
  [/城市/, ["cit"]],
  [/国家|市场/, ["countr", "market"]],
  [/数据中心/, ["data", "datacent"]],
  [/工程师/, ["engineer"]],
  [/员工|雇员/, ["employee", "staff", "worker"]],
  [/客户/, ["customer", "client"]],
  [/芯片/, ["chip"]],
  [/基准|评测/, ["benchmark", "test", "evaluation"]],
  [/任务/, ["task"]],
  [/产品/, ["product"]],
  [/工具/, ["tool"]],
  [/智能体/, ["agent"]],
  [/尺寸|规格|版本/, ["size", "version", "variant"]],
];

/**
 * Whether an entry's Chinese counted noun may be the article's English one: yes when the Chinese noun
 * is none this list knows (no verdict), else only when one of its English stems starts a word there.
 */
export function countedThingsAgree(noun: string | undefined, nounEn: string | undefined): boolean {
  if (!noun || !nounEn) return true;
  const known = THINGS.find(([zh]) => zh.test(noun));
  if (!known) return true;
  const words = ` ${nounEn.toLowerCase()}`;
  return known[1].some((stem) => words.includes(` ${stem}`));
}
