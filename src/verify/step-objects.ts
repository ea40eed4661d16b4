// What a release step is done to, when no product name comes before it: Chinese puts the object after
// the verb ("已上线 Agent 审计平台", "计划明年上线 Agent 审计平台"). An entry's step with no name before
// it is read against the article's mentions of the same step whose words around it share its object,
// so another thing's launch (上线了一个归档工具) does not stand for this one (check-tense.ts).
import { contentWords } from "./figure-words.ts";

/** Where the words around a step stop: a clause break. */
const BREAK = /[，,；;：:。！？!?\n]/;
const REACH = 16;

/** The object of a step ending at `end`: the words after it, up to the clause's end. */
export function stepObject(text: string, end: number): Set<string> {
  const after = text.slice(end, end + REACH);
  const stop = after.search(BREAK);
  // 上线了: the particle is no object.
  return contentWords((stop < 0 ? after : after.slice(0, stop)).replace(/^了/, ""));
}

/** The words around a step at [at, end): its clause before it and its object after it. */
export function stepSurroundings(text: string, at: number, end: number): Set<string> {
  const before = text.slice(Math.max(0, at - REACH), at);
  const cut = Math.max(...[...before.matchAll(new RegExp(BREAK, "g"))].map((m) => m.index + 1), 0);
  return new Set([...contentWords(before.slice(cut)), ...stepObject(text, end)]);
}

/** Whether an entry step's object is what an article mention is about: a Latin word or two pairs. */
export function sameObject(object: ReadonlySet<string>, around: ReadonlySet<string>): boolean {
  let score = 0;
  for (const w of object) if (around.has(w)) score += /^[a-z]/.test(w) ? 2 : 1;
  return score >= 2;
}
