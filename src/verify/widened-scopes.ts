// A part told as all: the article says "仅适用于按量付费用户", "其中约三成被采纳", "只向企业客户开放 API 内测",
// and the entry says "所有用户均适用", "全部被采纳", "已向所有用户开放 API". A restriction (仅, 只, 部分,
// 其中) dropped and an "all" put in its place. widened-quantifiers.ts reads an entry's 所有 X
// against an article's 几乎所有 X; here the entry's clause with an "all" (所有, 全部, 均, 一律 …), read
// without it, is refused (Chinese articles) when a clause of the article that restricts holds most of
// its words and no clause that restricts nothing holds as many.
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/** An entry's "all". */
const ALL = /所有|全部|一切|全体|一律|全都|均|无一例外/g;
/**
 * An article clause that restricts what it says to a part. Not a bare share (三成, 40%): "价格下调
 * 40%" is a change, not a part.
 */
const RESTRICTS = /仅|只(?!是)|部分|其中|少数|一些|个别|大多数|大部分|多数/;
/** An entry clause that itself restricts, hedges or denies is not read here. */
const NOT_ALL = /仅|只|部分|其中|少数|一些|个别|[不未没无非]|可能|或许|几乎|基本|大多/;
const CLAUSE = /[^，,；;。！？!?\n：:｜|]+/g;
/** How much of the entry's words a clause must hold to say the same thing. */
const SAME = 0.7;

export interface WidenedScope {
  raw: string;
  index: number;
  end: number;
  /** The clause's words read without its "all". */
  words: Set<string>;
}

export function findWidenedScopes(text: string): WidenedScope[] {
  const out: WidenedScope[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    if (!new RegExp(ALL.source).test(clause) || NOT_ALL.test(clause)) continue;
    const words = contentWords(clause.replace(ALL, " "));
    if (words.size > 0) out.push({ raw: clause.trim(), index: m.index, end: m.index + clause.length, words });
  }
  return out;
}

interface Clauses {
  restricted: { words: Set<string>; raw: string }[];
  plain: Set<string>[];
}

const cache = new WeakMap<ArticleIndex, Clauses>();

function clausesOf(index: ArticleIndex): Clauses {
  const known = cache.get(index);
  if (known) return known;
  const clauses: Clauses = { restricted: [], plain: [] };
  for (const m of index.text.matchAll(CLAUSE)) {
    const words = contentWords(m[0]);
    if (RESTRICTS.test(m[0])) clauses.restricted.push({ words, raw: m[0].trim().slice(0, 24) });
    else clauses.plain.push(words);
  }
  cache.set(index, clauses);
  return clauses;
}

const held = (claim: ReadonlySet<string>, words: ReadonlySet<string>) =>
  [...claim].filter((w) => words.has(w)).length / claim.size;

export function checkWidenedScope(
  claim: WidenedScope,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const { restricted, plain } = clausesOf(index);
  let best = { score: 0, raw: "" };
  for (const r of restricted) {
    const score = held(claim.words, r.words);
    if (score > best.score) best = { score, raw: r.raw };
  }
  if (best.score < SAME) return { supported: true, reason: "the article restricts nothing like it" };
  if (plain.some((p) => held(claim.words, p) >= best.score))
    return { supported: true, reason: "the article also says it without a restriction" };
  return {
    supported: false,
    reason: `the article says it of a part only ("${best.raw}"): the entry tells it of all`,
  };
}
