// An intention the article denies told as one held: the article says "没有自研芯片的计划", "不会和对手拼
// 价格", "暂不开源", "尚未表态是否签署", "has no plans for a tablet", "will not sell the unit", and the
// entry says "计划自研芯片", "将和对手正面拼价格", "已同步开源", "已表示将签署", "is building a tablet".
// Each such denial of the article gives what is denied (the words after the negator, or between 没有
// and 的计划); an entry clause that denies nothing, says a plan, a will, an ability or a fact (计划, 将,
// 可, 已, is, will …) and holds most of those words is refused unless a plain clause of the article
// (no negator) holds its shared words too. A Chinese entry of an English article meets the denial's
// words through the bilingual dictionary (签署 → sign). An article that denies no intention gives no
// verdict here.
import { conceptsOf, englishWords, meets } from "./bilingual-words.ts";
import { stems } from "./english-stems.ts";
import { contentBigrams } from "./figure-words.ts";

export interface IntentClaim {
  raw: string;
  index: number;
  end: number;
}

/** Article denials of an intention, a plan or a will; group 1 is what is denied. */
const DENIALS: readonly RegExp[] = [
  // Not 不再 (a change of state: "不再只是工具"), nor a partial denial (不会只, 暂不全部).
  /(?:不会|不打算|并不打算|不准备|无意|暂不|拒绝)(?!只|仅|单单|是|都|全部|完全|太|一定)([^，,；;。！？!?\n]{2,30})/g,
  /(?:没有|暂无|尚无|并无|无)([^，,；;。！？!?\n]{2,24}?)的?(?:计划|打算|意向|安排)/g,
  /(?:尚未|还未|仍未|并未|未|没有)(?:表态|决定|确定|明确|说明)是否([^，,；;。！？!?\n]{2,24})/g,
  /\b(?:has|have|had) no (?:plans?|intention|intent) (?:to|for|of)\b([^,;.!?\n]{2,60})/gi,
  /\b(?:will not|won't|does not plan to|do not plan to|is not planning to|are not planning to|not going to)\b([^,;.!?\n]{2,60})/gi,
  /\b(?:has|have) not (?:yet )?(?:said|decided) whether (?:\w+ )?(?:will )?([^,;.!?\n]{2,60})/gi,
];
/** An entry clause with a denial, a condition or a hedge is not read here. */
export const NOT_PLAIN =
  /[不未没无非否别勿]|拒|待定|如果|若|除非|是否|可能|或许|也许|\b(?:no|not|cannot|unable|never|without|if|whether|unless|may|might|nor|undecided|unclear|unsure|declined|refused|denied|rules? out|ruled out)\b|n't/i;
/** What an entry clause says is meant, able or so. */
const HELD =
  /计划|将|会|要|准备|打算|可|能|正在|正|已|表示|宣布|着手|启动|\b(?:will|plans?|planning|intends?|building|developing|working|going|has|have|had|is|are|was|were|can|signed|began|started)\b/i;
const CLAUSE = /[，,；;。！？!?\n]/;
const NOT_CONTENT = new Set(["company", "companies"]);
/** What an entry clause and a denial must share, as a share of the denial's words. */
const SAME = 0.6;
/** Without the denial's first word (its verb, mostly), this many shared words still say the same. */
const MANY = 3;

/** Chinese bigrams and English stems (build/building → build): what a clause and a denial compare by. */
const wordsOf = (text: string): Set<string> =>
  new Set([...contentBigrams(text), ...stems(text)].filter((w) => !NOT_CONTENT.has(w)));
const HAN = /[\u4e00-\u9fff]/;

export function findIntentClaims(text: string): IntentClaim[] {
  const out: IntentClaim[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE.test(text[i]!)) continue;
    const clause = text.slice(start, i);
    if (clause.trim().length > 0 && !NOT_PLAIN.test(clause) && HELD.test(clause))
      out.push({ raw: clause.trim(), index: start, end: i });
    start = i + 1;
  }
  return out;
}

interface Denial {
  words: Set<string>;
  /** The word that comes first in what is denied: mostly the verb (自建, sell, list). */
  first: string;
  /** What is denied, as written. */
  span: string;
  raw: string;
}

/** How a check reads an article's denials: its patterns, what is denied in a match, what states it. */
export interface DenialReading {
  /** Group 1 is what is denied, unless spanOf says otherwise. */
  patterns: readonly RegExp[];
  spanOf?: (m: RegExpMatchArray) => string;
  /** An article clause that states what it says (the denied thing said after all); plain by default. */
  states?: (articleClause: string) => boolean;
  /** The fewest words a clause must share with a denial (1 by default). */
  least?: number;
}

function denialsOf(articleText: string, reading: DenialReading): Denial[] {
  const out: Denial[] = [];
  for (const re of reading.patterns)
    for (const m of articleText.matchAll(re)) {
      const span = reading.spanOf ? reading.spanOf(m) : m[1]!;
      const words = wordsOf(span);
      const lower = span.toLowerCase();
      const first = [...words].sort((a, b) => lower.indexOf(a) - lower.indexOf(b))[0];
      if (first !== undefined) out.push({ words, first, span, raw: m[0] });
    }
  return out;
}

/** What a clause shares with a denial, whether it has the denial's first word, and whether another clause says it too. */
interface Match {
  shared: number;
  first: boolean;
  saidBy: (articleClause: string) => boolean;
}

function sameLanguage(clause: string, denial: Denial): Match {
  const mine = wordsOf(clause);
  const shared = [...denial.words].filter((w) => mine.has(w));
  return {
    shared: shared.length,
    first: mine.has(denial.first),
    saidBy: (c) => {
      const theirs = wordsOf(c);
      return shared.every((w) => theirs.has(w));
    },
  };
}

/** A Chinese entry clause against an English denial: the bilingual dictionary's concepts meet its words. */
function acrossLanguages(clause: string, denial: Denial): Match {
  const concepts = conceptsOf(clause);
  const tokens = (denial.span.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter(
    (t) => stems(t).size > 0 && !NOT_CONTENT.has(t.toLowerCase()),
  );
  const used = new Set<(typeof concepts)[number]>();
  let shared = 0;
  for (const t of tokens) {
    const met = concepts.find((c) => meets(c, englishWords(t)));
    if (met === undefined) continue;
    shared++;
    used.add(met);
  }
  const first = tokens[0];
  return {
    shared,
    first: first !== undefined && concepts.some((c) => meets(c, englishWords(first))),
    saidBy: (c) => {
      const words = englishWords(c);
      return [...used].every((concept) => meets(concept, words));
    },
  };
}

/** An English entry clause against a Chinese denial: the denial's dictionary words and Latin names, met in English. */
function toEnglish(clause: string, denial: Denial): Match {
  const words = englishWords(clause);
  const concepts = conceptsOf(denial.span);
  const met = concepts.filter((c) => meets(c, words));
  const lower = denial.span.toLowerCase();
  const first = [...concepts].sort((a, b) => lower.indexOf(a.key) - lower.indexOf(b.key))[0];
  return {
    shared: met.length,
    first: first !== undefined && met.includes(first),
    saidBy: (c) => met.every((m) => c.toLowerCase().includes(m.key)),
  };
}

/** An article's clauses: an English sentence's full stop ends one too (not a decimal point). */
const ARTICLE_CLAUSE = /[，,；;。！？!?\n]|\.(?=\s|$)/;
const clausesOf = (articleText: string, states: (c: string) => boolean): string[] =>
  articleText.split(ARTICLE_CLAUSE).filter((c) => c.trim().length > 0 && states(c));

/**
 * The article's denial that a plain entry clause says anyway, as the article wrote it; undefined when
 * none. denied-abilities.ts and unmet-plans.ts ask with their own readings.
 */
export function deniedBy(
  clause: string,
  articleText: string,
  reading: DenialReading = { patterns: DENIALS },
): string | undefined {
  const states = reading.states ?? ((c: string) => !NOT_PLAIN.test(c));
  // A name in brackets (Qi Lei (齐磊)) does not make an English clause Chinese.
  const chinese = HAN.test(clause.replace(/[（(][^）)]*[）)]/g, ""));
  for (const denial of denialsOf(articleText, reading)) {
    const across = chinese && !HAN.test(denial.span);
    const english = !chinese && HAN.test(denial.span);
    const match = across
      ? acrossLanguages(clause, denial)
      : english
        ? toEnglish(clause, denial)
        : sameLanguage(clause, denial);
    const size = across
      ? Math.max(1, match.shared, denial.words.size)
      : english
        ? conceptsOf(denial.span).length
        : denial.words.size;
    if (match.shared < (reading.least ?? 1) || match.shared < size * SAME) continue;
    if (!match.first && match.shared < MANY) continue;
    if (clausesOf(articleText, states).some(match.saidBy)) continue;
    return denial.raw;
  }
  return undefined;
}

export function checkIntentClaim(
  claim: IntentClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const denial = deniedBy(claim.raw, articleText);
  return denial === undefined
    ? { supported: true, reason: "the article denies no intention this clause holds" }
    : {
        supported: false,
        reason: `the article denies it ("${denial}"): an intention the article denies told as held`,
      };
}
