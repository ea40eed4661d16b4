// A part told as all: the article says "仅适用于按量付费用户", "其中约三成被采纳", "只向企业客户开放 API 内测",
// and the entry says "所有用户均适用", "全部被采纳", "已向所有用户开放 API". A restriction (仅, 只, 部分,
// 其中) dropped and an "all" put in its place. widened-quantifiers.ts reads an entry's 所有 X
// against an article's 几乎所有 X; here the entry's clause with an "all" (所有, 全部, 均, 一律 …), read
// without it, is refused (Chinese articles) when a clause of the article that restricts holds most of
// its words and no clause that restricts nothing holds as many. A share or count that is a clause's
// subject restricts it too ("约 30% 被采纳", "19 万本书中约 7000 本来自盗版网站").
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

/** An entry's "all". */
const ALL = /所有|全部|一切|全体|一律|全都|均|无一例外/g;
/**
 * An article clause that restricts what it says to a part. Not a bare share (三成, 40%): "价格下调
 * 40%" is a change, not a part.
 */
const RESTRICTS = /仅|只(?!是)|部分|其中|少数|一些|个别|大多数|大部分|多数/;
/**
 * A share or a count that is the clause's subject, a part of a whole: "约 30% 被采纳", "60% 的用户",
 * "三成来自海外", "19 万本书中约 7000 本来自盗版网站". The share is followed by what the part is or
 * does (的, 被, 来自, 属于, 是, 为, 已, 获, 由, 选择); or a count follows 中 (of the whole before it).
 */
const SHARE_PART =
  /(?:\d+(?:\.\d+)?\s*%|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成)\s*(?:的|被|来自|属于|是|为|已|获|由|选择)|中\s*(?:约|近|超过|逾|仅)?\s*\d[\d,.]*\s*(?:万|亿)?\s*[本个家款条名位篇项种台人]/g;
/** A share after a change or a level ("价格下调 40%", "占比达 60%", "增长 30% 的营收") is no part. */
const CHANGE_BEFORE =
  /(?:上涨|下降|下调|上调|增长|增加|提升|提高|降低|减少|下滑|缩水|翻|涨|降|达到?|至|到|超过?|高出|低于|高于|占比?|约合|折合|相当于|同比|环比)\s*(?:约|近|超过|逾|了)?\s*$/;

/** Whether a clause tells of a part through a share or a count that is its subject. */
function sharePart(clause: string): boolean {
  for (const m of clause.matchAll(SHARE_PART))
    if (m[0].startsWith("中") || !CHANGE_BEFORE.test(clause.slice(Math.max(0, m.index - 8), m.index)))
      return true;
  return false;
}
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
  let before = new Set<string>();
  let end = 0;
  for (const m of index.text.matchAll(CLAUSE)) {
    const words = contentWords(m[0]);
    // The clause before, in the same sentence: what a share is a part of ("收到 1200 条意见，约 30% 被采纳").
    const sameSentence = !/[。！？!?\n]/.test(index.text.slice(end, m.index));
    if (RESTRICTS.test(m[0])) clauses.restricted.push({ words, raw: m[0].trim().slice(0, 24) });
    else if (sharePart(m[0]))
      clauses.restricted.push({
        words: sameSentence ? new Set([...before, ...words]) : words,
        raw: m[0].trim().slice(0, 24),
      });
    else clauses.plain.push(words);
    before = words;
    end = m.index + m[0].length;
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
