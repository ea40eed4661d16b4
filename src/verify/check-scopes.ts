// Three claims a digest widens or makes up, each read against the article as a whole:
// - "可商用" where the article's licence is non-commercial (CC BY-NC, 仅限研究, non-commercial) and it
//   never allows commercial use;
// - "榜单中唯一的开源模型" where the article's 唯一 holds only among a top N (前五名中唯一的开源模型);
// - "仅次于灵答与豆包": the rivals a rank is "second only to" are named, so each must be the article's.
import { clauseAround, sentenceAround } from "./figure-words.ts";
import { compactText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface ScopeClaim {
  kind: "commercial" | "only" | "runner-up";
  raw: string;
  index: number;
  end: number;
  /** runner-up: the rivals named. */
  names?: string[];
}

const COMMERCIAL = /(?<![不非禁])(?:可商用|允许商用|可以商用|支持商用|免费商用|可用于商业)/g;
const NON_COMMERCIAL =
  /CC[\s-]?BY[\s-]?NC|non-?commercial|research[- ]only|cannot be used commercially|not (?:be )?used commercially|不可商用|禁止商用|不得商用|非商用|仅限研究|仅供研究|仅用于研究|not for commercial/gi;
const COMMERCIAL_OK =
  /(?<![不非禁])(?:可商用|允许商用|可以商用|支持商用|免费商用)|commercial use (?:is )?(?:allowed|permitted)|permits? commercial|(?<!not )for commercial use/i;
/** What a licence is said of: the entry's 数据集 is the article's dataset, its 权重 the weights. */
const LICENSED: Array<[string, RegExp]> = [
  ["data", /数据集|训练数据|dataset|data/i],
  ["weights", /权重|weights/i],
  ["model", /模型|model/i],
  ["code", /代码|code/i],
];
const licensedIn = (text: string) => new Set(LICENSED.filter(([, re]) => re.test(text)).map(([k]) => k));
const ONLY = /唯一/g;
/** A top N the only holds in: 前五名中, 前 10 中, top five, Top 5. */
const TOP_N =
  /前\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|位)?\s*(?:中|里|之中|当中)?|\btop\s*(?:[0-9]{1,3}|three|five|ten|twenty)\b/i;
const RUNNER_UP = /仅次于\s*([^，,。；;！？\n]{2,30})/g;

export function findScopeClaims(text: string): ScopeClaim[] {
  const out: ScopeClaim[] = [];
  for (const m of text.matchAll(COMMERCIAL))
    out.push({ kind: "commercial", raw: m[0], index: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(ONLY))
    out.push({ kind: "only", raw: m[0], index: m.index, end: m.index + 2 });
  for (const m of text.matchAll(RUNNER_UP)) {
    const names = m[1]!
      .split(/和|与|及|、|以及/)
      .map((n) =>
        n
          .replace(/^.*的/, "")
          .replace(/(?:之后|之下|等.*)$/, "")
          .trim(),
      )
      .filter((n) => n.length >= 2 && !/^(?:第.|榜首|冠军|前者|后者|对方|它们|其)/.test(n));
    if (names.length)
      out.push({ kind: "runner-up", raw: m[0], index: m.index, end: m.index + m[0].length, names });
  }
  return out;
}

export function checkScopeClaim(
  claim: ScopeClaim,
  text: string,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const article = index.text;
  if (claim.kind === "commercial") {
    if (COMMERCIAL_OK.test(article)) return { supported: true, reason: "the article allows commercial use" };
    // Said of what: the article's non-commercial dataset is not the entry's Apache weights.
    const mine = licensedIn(sentenceAround(text, claim.index, claim.end));
    for (const m of article.matchAll(NON_COMMERCIAL)) {
      const theirs = licensedIn(article.slice(Math.max(0, m.index - 80), m.index + m[0].length));
      if (theirs.size === 0 || [...theirs].some((k) => mine.has(k)))
        return { supported: false, reason: `the article's licence is non-commercial ("${m[0]}")` };
    }
    return { supported: true, reason: "the article does not deny commercial use" };
  }
  if (claim.kind === "only") {
    const mentions = [...article.matchAll(ONLY)].map((m) =>
      clauseAround(article, m.index, m.index + m[0].length, 40),
    );
    if (
      mentions.length === 0 ||
      mentions.some((c) => !TOP_N.test(c)) ||
      TOP_N.test(clauseAround(text, claim.index, claim.end))
    )
      return { supported: true, reason: "the article's 唯一 is not held to a top N, or the entry keeps it" };
    return { supported: false, reason: `the article says 唯一 only within a top N ("${mentions[0]}")` };
  }
  const missing = (claim.names ?? []).filter((n) => !index.compact.includes(compactText(n)));
  return missing.length
    ? { supported: false, reason: `${missing.join("、")} is not named in the article` }
    : { supported: true, reason: "the rivals are the article's" };
}
