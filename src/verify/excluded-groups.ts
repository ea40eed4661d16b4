// A group the article leaves out, told as included: the article says "个人用户不在补偿范围内", "新规不包括
// 医疗设备", "free-tier users are not eligible for the credit", and the entry says "个人用户同样获得补偿",
// "医疗设备也适用新规", "free-tier users also get the credit". Each exclusion of the article is split into
// who is left out and what from; an entry clause that includes (同样, 也, 一并, 均, also, too, as well,
// including …), denies nothing, holds the group (a Latin word or two character pairs) and a word of what
// it is left out of, is refused unless a plain clause of the article includes that group too.
import { clauseText, contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameObject } from "./step-objects.ts";

export interface IncludedGroup {
  raw: string;
  index: number;
  end: number;
}

const C = "[^，,。；;！？!?\\n]";
const W = String.raw`(?:[\w-]+\s+){0,3}[\w-]+`;
/** Exclusions: [pattern, group of who is left out, group of what from (none: the sentence)]. */
const EXCLUSIONS: Array<[RegExp, number, number | undefined]> = [
  [new RegExp(`(${C}{2,12}?)不在(${C}{1,12}?)(?:的)?(?:范围|之列)`, "g"), 1, 2],
  [new RegExp(`(${C}{2,12}?)(?:被)?排除在(${C}{1,12}?)之?外`, "g"), 1, 2],
  [new RegExp(`(${C}{2,16}?)不(?:包括|包含|含|覆盖|适用于)(${C}{2,12})`, "g"), 2, 1],
  [new RegExp(`(${C}{2,12}?)除外`, "g"), 1, undefined],
  [
    new RegExp(
      String.raw`\b(${W})\s+(?:are|is|were|was|will\s+not\s+be)\s+(?:not\s+)?(?:eligible|covered|included)(?:\s+(?:for|in|by|under)\s+(${W}))?`,
      "gi",
    ),
    1,
    2,
  ],
  [new RegExp(String.raw`\b(?:excluding|except(?:\s+for)?)\s+(${W})`, "gi"), 1, undefined],
  [
    new RegExp(String.raw`(${W})\s+(?:does|do|will)\s+not\s+(?:cover|include|apply\s+to)\s+(${W})`, "gi"),
    2,
    1,
  ],
];
/** Words that include: the entry's clause says the group is in too. */
const INCLUDES =
  /同样|也|亦|一并|(?<!平)均|都|同时|包括|覆盖|享受|获得|纳入|适用|\b(?:also|too|as\s+well|including|includes?|covered|eligible)\b/i;
/** A clause that denies or excepts: no inclusion said. */
const DENIES = /[不未没非无]|除|\b(?:not|no|never|except|excluding|excluded|ineligible)\b/i;
/** Content words, a Latin word's closing full stop dropped ("credit." is "credit"). */
const wordsOf = (text: string) => new Set([...contentWords(text)].map((w) => w.replace(/\.+$/, "")));
const SENTENCE = /[。！？!?\n]/;

/** Clauses that include and deny nothing, found in one pass over the text's clauses. */
export function findIncludedGroups(text: string): IncludedGroup[] {
  const out: IncludedGroup[] = [];
  for (const m of text.matchAll(/[^，,；;。！？!?\n]+/g))
    if (INCLUDES.test(m[0]) && !DENIES.test(m[0]))
      out.push({ raw: m[0], index: m.index, end: m.index + m[0].length });
  return out;
}

/** The article's exclusions: who is left out, and the words of what from. */
interface Exclusion {
  /** Who is left out, as written, and its words. */
  who: string;
  group: Set<string>;
  from: Set<string>;
  said: string;
}

function exclusionsOf(text: string): Exclusion[] {
  const out: Exclusion[] = [];
  for (const [re, who, what] of EXCLUSIONS)
    for (const m of text.matchAll(re)) {
      if (out.length >= 50) return out;
      // What from: the exclusion's own words, and the rest of its sentence ("个人版用户均可免费使用新功能，
      // 企业版用户不在此次开放范围内": 此次开放 is 使用新功能).
      const sentence = clauseText(text, m.index, m.index + m[0].length, SENTENCE).replace(m[0], " ");
      const from = what !== undefined && m[what] ? `${m[what]} ${sentence}` : sentence;
      out.push({ who: m[who]!.trim(), group: wordsOf(m[who]!), from: wordsOf(from), said: m[0] });
    }
  return out;
}

/**
 * Whether a clause names the group: its head (the last Latin word, else its last two characters) and
 * a word of what sets it apart (a Latin word or a character pair wholly before the head: 免费 of
 * 免费用户, free-tier of "free-tier users"). Shared generic pairs (用户, or 费用 across 付费用户 and
 * 免费用户) name no group; a group with nothing before its head is matched by its words as before.
 */
function namesGroup(e: Exclusion, raw: string, words: ReadonlySet<string>): boolean {
  if (e.who.length >= 2 && raw.includes(e.who)) return true;
  const text = raw.toLowerCase();
  const who = e.who.toLowerCase();
  const latin = [...who.matchAll(/[a-z][a-z0-9.+-]*[a-z0-9+]/g)];
  const last = latin.at(-1);
  const cjkTail = /[\u4e00-\u9fff]{2}$/.exec(who.trimEnd());
  const head = cjkTail && (!last || cjkTail.index > last.index) ? cjkTail : last;
  if (!head) return sameObject(e.group, words);
  const before = who.slice(0, head.index);
  const marks = [
    ...latin.filter((m) => m.index < head.index && m[0].length > 3).map((m) => m[0]),
    ...(before.match(/[\u4e00-\u9fff]{2,}/g) ?? []).flatMap((run) =>
      [...run].slice(0, -1).map((ch, i) => ch + run[i + 1]),
    ),
  ];
  if (!marks.length) return sameObject(e.group, words);
  return text.includes(head[0].replace(/s$/, "")) && marks.some((m) => text.includes(m));
}

/** Whether a plain clause of the article includes this group. */
function includedInArticle(e: Exclusion, text: string): boolean {
  return findIncludedGroups(text).some((c) => namesGroup(e, c.raw, wordsOf(c.raw)));
}

/** An article's exclusions, read once for every clause of its entry. */
const cache = new WeakMap<ArticleIndex, Exclusion[]>();

export function checkIncludedGroup(
  claim: IncludedGroup,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const articleText = index.text;
  let exclusions = cache.get(index);
  if (!exclusions) {
    exclusions = exclusionsOf(articleText);
    cache.set(index, exclusions);
  }
  const words = wordsOf(claim.raw);
  // What the group is left out of must be said too; a short Latin word (the, for) says nothing of it.
  const left = exclusions.find(
    (e) =>
      // "二手车" is one content pair (二 is a numeral): the group as written will do.
      namesGroup(e, claim.raw, words) &&
      [...e.from].some((w) => words.has(w) && !e.group.has(w) && !/^[a-z]{1,3}$/.test(w)) &&
      !includedInArticle(e, articleText),
  );
  if (!left) return { supported: true, reason: "the article does not leave this group out" };
  return {
    supported: false,
    reason: `the article leaves this group out ("${left.said.trim()}"): partial told as all ("${claim.raw}")`,
  };
}
