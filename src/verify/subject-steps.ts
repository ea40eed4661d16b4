// A plan told as done, when what is done comes before the step or far after it: the article says
// "我们计划明年上半年上线实时语音通话" (and elsewhere "产品上线 14 个月"), "深圳将联合社会资本设立规模 100
// 亿元的具身智能产业基金" (and "具体设立时间未明确"); the entry says "实时语音通话已正式上线", "已设立 100
// 亿元产业基金". check-tense.ts reads a step by the product names before it or its object right after
// it; with neither, any mention of the step counts, and the app's own launch stands for the voice
// call's. Here the whole clause of the entry's done step is compared with the whole clause of each
// article mention of the same step: the mentions that share its words (two CJK pairs or one Latin
// word) are its own, and when every one of them is still to come, the step is refused.
import { checkTense, findDoneSteps, PENDING, type TenseClaim } from "./check-tense.ts";
import { clauseAround, contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/** Words of doing and of time that say nothing of what is done. */
const NOT_SUBJECT = /^(?:正式|全面|同步|已经|现已|目前|今年|明年|上半|半年|下半|计划|预计)$/;

const wordsOf = (clause: string, step: string): Set<string> =>
  new Set(
    [...contentWords(clause.replaceAll(step, " "))].filter((w) => !NOT_SUBJECT.test(w) && !step.includes(w)),
  );

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let score = 0;
  for (const w of a) if (b.has(w)) score += /^[a-z]/.test(w) ? 2 : 1;
  return score;
}

export interface SubjectStepClaim extends TenseClaim {
  words: ReadonlySet<string>;
}

export function findSubjectSteps(text: string): SubjectStepClaim[] {
  return findDoneSteps(text)
    .filter((c) => !c.names.size)
    .map((c) => ({ ...c, words: wordsOf(clauseAround(text, c.index, c.end, 40), c.step) }))
    .filter((c) => c.words.size > 0);
}

export function checkSubjectStep(
  claim: SubjectStepClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  // What check-tense.ts already refuses is its claim, not a second one.
  if (!checkTense(claim, index.steps).supported)
    return { supported: true, reason: "check-tense.ts judges it" };
  const articleText = index.text;
  const own: boolean[] = [];
  for (const m of articleText.matchAll(new RegExp(claim.step, "g"))) {
    const end = m.index + m[0].length;
    if (shared(claim.words, wordsOf(clauseAround(articleText, m.index, end, 60), claim.step)) < 2) continue;
    const before = articleText.slice(Math.max(0, m.index - 24), m.index);
    own.push(PENDING.test(before) && !/已|了$/.test(before) && !/^了/.test(articleText.slice(end)));
  }
  if (!own.length || own.some((pending) => !pending))
    return { supported: true, reason: "the article says it done, or never of this" };
  return {
    supported: false,
    reason: `the article says ${claim.step} of this is still to come ("${claim.raw}"), by its words`,
  };
}
