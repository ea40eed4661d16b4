// A negation dropped: the article says 尚未盈利, 暂无开源计划, 尚未对开源模型的发布作出专门规定, and the
// entry says 已实现盈利, 已有开源计划, 已专门规定开源模型的发布. A digest that drops the 未 turns a "not yet"
// into its opposite. What an entry asserts (after 已 / 已经 / 已有 / 实现 / 正 / 正在 …) is compared, by
// its words, with the article's clauses: refused when it reads as a clause the article denies and
// no plain clause of the article reads as much like it (the same words said of another product, or
// in another year, keep it). An article that never says it gives no verdict here.
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";
import { plainProfitWords } from "./profit-turns.ts";
import { articleSpans, insideSpans } from "./unasserted-spans.ts";

/**
 * Words that deny the rest of their clause. Not 未来, 未知, 未必, 无人机, 不超过 …: only these, and 不
 * only before a verb of committing, vouching or meaning (不承诺, 不保证, 不意味着): 不排除 does not deny;
 * an approval still awaited (仍需…批准, 尚待…审批) denies that it was given.
 */
export const NEGATOR =
  /尚未|并未|从未|仍未|还未|暂未|未曾|未能|还没有?|并没有|没有|暂无|尚无|并无|无法|不会|不再|(?<![尚并从仍还暂])未(?![来知必经])|不(?=承诺|保证|担保|确保|确认|认可|意味着|代表)|(?:仍需|尚需|还需|尚待|仍待|有待)(?=[^，,。；;]{0,24}(?:批准|审批|核准|通过))/;
/** "是否覆盖智能体尚未决定": what is undecided is denied too. */
const UNDECIDED = /是否([^，,。；;！？\n]{2,24}?)(?:尚未|还未|仍未|暂未|没有|未)(?:决定|确定|明确|敲定)/g;
/** What an entry says is so: 已实现…, 已有…, 已经…, 正在…, 正…, 实现了…. */
const ASSERTED =
  /(?:已经|现已|均已|已有|已实现|(?<!而)已(?!知)|实现了?|正在|正(?![式确面常版则好是值当]))(?!经|有|实现)/g;
const CLAUSE_BREAK = /[，,。；;！？!?\n：:]/;
/** How much of an assertion's words a clause must share to be read as saying the same thing. */
const SAME = 0.6;
/** How far an assertion's clause is read. */
const REACH = 40;
/** A word in more clauses than this does not find clauses to compare. */
const COMMON = 64;

interface Clauses {
  /** What each denial denies (the rest of its clause after the negator), as written. */
  denied: string[];
  /** Per denial, whether it is a clause the article only asks, rumours or reports as denied. */
  asked: boolean[];
  /** Per word, the clauses that have it: denials as 0…n-1, plain clauses after them. */
  having: Map<string, number[]>;
  /** Each clause's words, in the same order. */
  words: Set<string>[];
}

const cache = new WeakMap<ArticleIndex, Clauses>();

function clausesOf(index: ArticleIndex): Clauses {
  const known = cache.get(index);
  if (known) return known;
  const denials: { words: Set<string>; raw: string; unasserted?: boolean }[] = [];
  const plain: Set<string>[] = [];
  // A clause the article only asks is no plain clause; one it rumours or reports as denied is read as
  // a denial of all its words ("传闻称星河已完成收购，公司否认" denies 星河已完成收购).
  const spans = articleSpans(index.text);
  let at = 0;
  for (const clause of index.text.split(CLAUSE_BREAK)) {
    const from = at;
    at += clause.length + 1;
    const m = NEGATOR.exec(clause);
    const asked = m ? undefined : insideSpans(spans, from, from + clause.length);
    if (asked === "question") continue;
    if (asked) {
      const words = contentWords(plainProfitWords(clause));
      if (words.size > 0) denials.push({ words, raw: clause.trim().slice(0, 16), unasserted: true });
    } else if (!m) plain.push(contentWords(plainProfitWords(clause)));
    else
      denials.push({
        words: contentWords(clause.slice(m.index + m[0].length)),
        raw: clause.slice(m.index, m.index + 16).trim(),
      });
  }
  for (const m of index.text.matchAll(UNDECIDED))
    denials.push({ words: contentWords(m[1]!), raw: m[0].slice(0, 24) });
  // An inverted list, so an assertion meets only the clauses that share a word with it.
  const having = new Map<string, number[]>();
  const all = [...denials.map((d) => d.words), ...plain];
  all.forEach((words, i) => {
    for (const w of words) {
      const list = having.get(w);
      if (list) list.push(i);
      else having.set(w, [i]);
    }
  });
  const clauses = {
    denied: denials.map((d) => d.raw),
    asked: denials.map((d) => !!d.unasserted),
    having,
    words: all,
  };
  cache.set(index, clauses);
  return clauses;
}

export interface Assertion {
  raw: string;
  index: number;
  end: number;
  /** The words of what is asserted. */
  words: Set<string>;
}

/** What an entry asserts: the rest of the clause after 已 / 已有 / 实现 / 正在 …, unless it denies. */
export function findAssertions(text: string): Assertion[] {
  const found: Assertion[] = [];
  for (const m of text.matchAll(ASSERTED)) {
    const from = m.index + m[0].length;
    // At most REACH characters either way: a hostile clause of 100 KB stays linear.
    let end = from;
    while (end < text.length && end - from < REACH && !CLAUSE_BREAK.test(text[end]!)) end++;
    let start = m.index;
    while (start > 0 && m.index - start < REACH && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    // "尚未…", "并未…已…": a clause that denies asserts nothing.
    if (NEGATOR.test(text.slice(start, end))) continue;
    const words = contentWords(plainProfitWords(text.slice(from, end)));
    if (words.size > 0) found.push({ raw: text.slice(m.index, end), index: m.index, end, words });
  }
  return found;
}

/** Refused when the assertion reads as a clause the article denies, and as no plain clause as much. */
export function checkAssertion(
  claim: Assertion,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const { denied, asked, having, words } = clausesOf(index);
  // Clauses met through a word few clauses have; a word of hundreds of clauses (a hostile article
  // repeating one) finds none, and every clause met is scored on its own words.
  const met = new Set<number>();
  for (const w of claim.words) {
    const list = having.get(w) ?? [];
    if (list.length <= COMMON) for (const i of list) met.add(i);
  }
  let denial = { score: 0, at: -1 };
  let plain = 0;
  for (const i of met) {
    let n = 0;
    for (const w of claim.words) if (words[i]!.has(w)) n++;
    const score = n / claim.words.size;
    if (i < denied.length) {
      if (score > denial.score) denial = { score, at: i };
    } else plain = Math.max(plain, score);
  }
  if (denial.score < SAME) return { supported: true, reason: "the article denies nothing like it" };
  if (plain >= denial.score) return { supported: true, reason: "the article also says it plainly" };
  return {
    supported: false,
    reason: asked[denial.at]
      ? `the article only rumours or reports as denied "${denied[denial.at]}": the entry tells it as so`
      : `the article denies it ("${denied[denial.at]}"): the entry drops the negation`,
  };
}
