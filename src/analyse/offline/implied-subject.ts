/**
 * A result clause whose subject is left to the sentence before ("在 GenEval 上，STAR 取得 0.91 …；
 * 在 DPG-Bench 上得分 87.44；", "还有实验者给智能体 100 美元本金…。早期亏了 20 美元，…"): as a
 * bullet of its own it says that something scored 87.44, not what did. Recognised by its opening:
 * a scope ("在 X 上") or a time word ("早期", "最终"), then straight the result verb, no noun between.
 */
const SCOPED =
  /^在[^，,。；;]{1,30}?(?:上|中|里|方面)[，,]?\s*(?:得分|拿到|取得|获得|达到|实现了?|排名|位列|超过|超越|领先|提升了?|降低了?|下降了?|只有|仅有?|刷新|斩获|跑出|拿下)/;
const TIMED =
  /^(?:(?:早期|最初|起初|随后|之后|最终|当天|次日|后来|此后|一开始)[，,]?\s*)?(?:得分|拿到|取得|斩获|拿下|亏了|赚了|亏损|盈利|排名第|位列)/;

export function lacksSubject(text: string): boolean {
  return SCOPED.test(text) || TIMED.test(text);
}

/**
 * The subject a subject-less result clause shares with the sentence before: the first of the title's
 * names (titleNames) that sentence names ("STAR 在考察复杂多物体场景的 DPG-Bench 上得分 87.44。"), else undefined
 * (the caller joins the two sentences instead, or drops the clause).
 */
export function withSharedSubject(
  text: string,
  previous: string,
  names: readonly string[],
): string | undefined {
  const subject = names.find((n) => previous.includes(n));
  if (!subject) return undefined;
  const space = /[A-Za-z0-9)）]$/.test(subject) || /^[A-Za-z0-9]/.test(text) ? " " : "";
  return `${subject}${space}${text}`;
}
