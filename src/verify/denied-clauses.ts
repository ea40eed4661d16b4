// A negation dropped, read from the article's side: the article says "训练数据不会公开", "暴露的数据不包含
// 支付信息", "对这一估计不予认可", "文本则鼓励而非强制标识", "还没有签约", and the entry says "训练数据也一并
// 公开", "暴露数据包含支付信息", "认可这一估计", "文本须强制标识", "两家车企已完成签约". check-negation.ts
// scores what an entry asserts by the share of its words a denial has, so an entry that adds words of
// its own (也一并, 已完成) to a short denied predicate (公开, 签约) passes it. Here each denial of the
// article is split into what it is said of (the words before the negator, else its sentence's clause
// before) and what is denied (the words after it): an entry clause that denies nothing, holds every
// word denied and enough words of what it is said of, names nothing its sentence does not, is refused
// unless a plain clause of the article says those words of it too.
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/**
 * A negator of the article. 不 only where it denies: not 不仅/不但/不过/不少/不同/不断/不久/不错/不足/
 * 不到/不超过/不低于/不止/不如/不等 (bounds, comparisons and connectives).
 */
const NEGATOR =
  /不予|(?:而|并|绝)非|还没有?|没有|(?<![尚并从仍还暂])未(?![来知必经])|尚未|并未|从未|仍未|还未|暂未|暂无|尚无|并无|无法|不(?!仅|但|过|少|同|断|久|错|足|到|超|低|高|止|如|比|等|妨|管|论|然|得不|一定|可思议|乏|禁|免|只)(?:会|能|可以?|得|要|再|用|需要?|必|打算|准备|予)?/;
/** An entry clause with any denial, condition or hedge is not read here. */
const NOT_PLAIN = /[不未没无非否别勿免]|拒|驳|禁|如果|若|除非|是否|可能|或许|也许/;
const CLAUSE_BREAK = /[，,；;。！？!?\n：:｜|]/;
const SENTENCE_BREAK = /[。！？!?\n]/;
/** A clause whose subject is a demonstrative alone ("「这不是…", "此举并非…"). */
const PRONOUN = /^[\s「“"（(]*(这|那|此|它)[\s]*$/;

const latinWords = (text: string) =>
  new Set([...text.matchAll(/[A-Za-z][A-Za-z0-9.+-]+/g)].map((m) => m[0].toLowerCase()));

interface Denial {
  /** Words of what is denied: every one must be in the entry's clause. */
  denied: Set<string>;
  /** Words of what it is said of: the entry's clause must share some. */
  of: Set<string>;
  /** Latin words of its sentence: an entry clause naming another ("Nova-3") says it of something else. */
  latin: Set<string>;
  /** "这不是黑客攻击": a denial said of 这 reads against an entry clause that opens with 这 too. */
  pronoun?: string;
  raw: string;
}

interface ArticleClauses {
  denials: Denial[];
  plain: Set<string>[];
}

const cache = new WeakMap<ArticleIndex, ArticleClauses>();

/** Clauses of a text with the sentence each is in (clauses before it in the same sentence). */
function clausesOf(text: string): { clause: string; before: string; sentence: string }[] {
  const out: { clause: string; before: string; sentence: string }[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    let before = "";
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      if (clause.trim()) out.push({ clause, before, sentence });
      if (clause.trim()) before = clause;
    }
  }
  return out;
}

function articleClauses(index: ArticleIndex): ArticleClauses {
  const known = cache.get(index);
  if (known) return known;
  const denials: Denial[] = [];
  const plain: Set<string>[] = [];
  for (const { clause, before, sentence } of clausesOf(index.text)) {
    const m = NEGATOR.exec(clause);
    if (!m) {
      plain.push(contentWords(clause));
      continue;
    }
    const denied = contentWords(clause.slice(m.index + m[0].length));
    const pronoun = PRONOUN.exec(clause.slice(0, m.index))?.[1];
    let of = contentWords(clause.slice(0, m.index));
    if (of.size === 0) of = contentWords(before);
    if (denied.size > 0 && of.size > 0)
      denials.push({
        denied,
        of,
        latin: latinWords(sentence),
        ...(pronoun ? { pronoun } : {}),
        raw: clause.slice(m.index, m.index + 16).trim(),
      });
  }
  const clauses = { denials, plain };
  cache.set(index, clauses);
  return clauses;
}

export interface DeniedClaim {
  raw: string;
  index: number;
  end: number;
  words: Set<string>;
  /** Latin words of its sentence ("两者复现结果一致" after "Nova-Code 与 Qwen-Coder…"). */
  latin: Set<string>;
}

/** The entry's clauses that deny nothing, hedge nothing and set no condition. */
export function findPlainClauses(text: string): DeniedClaim[] {
  const out: DeniedClaim[] = [];
  let from = 0;
  for (const sentence of text.split(/(?<=[。！？!?\n])/)) {
    const latin = latinWords(sentence);
    for (const m of sentence.matchAll(/[^，,；;。！？!?\n：:｜|]+/g)) {
      const clause = m[0];
      if (NOT_PLAIN.test(clause) || !clause.trim()) continue;
      const words = contentWords(clause);
      const index = from + m.index;
      if (words.size >= 2) out.push({ raw: clause.trim(), index, end: index + clause.length, words, latin });
    }
    from += sentence.length;
  }
  return out;
}

export const holds = (words: ReadonlySet<string>, all: ReadonlySet<string>) =>
  [...all].every((w) => words.has(w));
export const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((w) => b.has(w)).length;

/** Refused when the clause says what an article clause denies, of the same thing, and no plain clause says it. */
export function checkDeniedClause(
  claim: DeniedClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const { denials, plain } = articleClauses(index);
  for (const d of denials) {
    if (!holds(claim.words, d.denied)) continue;
    const of = shared(claim.words, d.of) + (d.pronoun && claim.raw.startsWith(d.pronoun) ? 1 : 0);
    // One word denied and one in common ("复现" of "官方报告的成绩无法复现") say too little.
    if (of === 0 || d.denied.size + of < 3) continue;
    // A denial said of one named thing (Clarity-Coder) is not read against a sentence naming others.
    if (d.latin.size > 0 && [...claim.latin].some((w) => !d.latin.has(w))) continue;
    // "论文已在 arXiv 公开" beside "权重不公开": the article says the words plainly of something.
    if (plain.some((p) => holds(p, d.denied) && shared(p, claim.words) - d.denied.size >= of)) continue;
    return { supported: false, reason: `the article denies it ("${d.raw}"): the entry drops the negation` };
  }
  return { supported: true, reason: "the article denies nothing it says" };
}
