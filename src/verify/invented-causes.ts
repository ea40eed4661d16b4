// A cause the article does not give: "毛利率下降 5.6 个百分点，主要因为边缘端芯片降价" where the article
// says only "财报未说明毛利率下降的原因"; "由于八成电力来自风电和光伏，设计 PUE 低至 1.15" where the
// article gives a lower climate as the reason and the green power in another sentence. A model joins
// two true facts with 因为/由于/因此/so and the join is the claim. It is held when one sentence of the
// article holds most of the cause's words and some of the effect's (stated together, with or without a
// causal word: "垂直 Agent 的天花板太低，我们押注通用" holds "天花板太低，因此押注通用"). Against an English
// article a Chinese entry's cause is refused only when the article gives no cause at all (no because,
// due to, driven by …): which cause it gives is not read across languages.

import { englishSentences } from "./bilingual-words.ts";
import { writtenInChinese } from "./check-quotes.ts";
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface CausalClaim {
  raw: string;
  index: number;
  end: number;
  /** The cause as the entry writes it, and the rest of its sentence (the effect). */
  cause: string;
  effect: string;
}

/** Markers after which the cause is written (up to the clause's end, or 而 in 因…而). */
const FORWARD =
  /因为|由于|得益于|受益于|归因于|归功于|源于|原因是|原因在于|(?<![原基诱起成主病动近远死])因(?![此而为素果子数])|\b(?:because(?: of)?|due to(?!\s+(?:be|begin|start|launch|open|close|ship|arrive|release|complete|take|go|come|expire|end)\b)|thanks to|driven by|owing to|caused by|as a result of|attributed to)\b/gi;
/** Markers before which the cause is written (the sentence before them). */
const BACKWARD =
  /因此|所以|因而|从而|以致|导致|是[^，,。；;]{0,10}?(?:主要|直接|根本)?原因(?![是在])|\b(?:as a result|which is why|leading to|resulting in|so that)\b/gi;
const CLAUSE_END = /[，,；;。！？!?\n：:]/;
/** Speech verbs and the like: who says it is not what is caused. */
const SAYING = /认为|表示|指出|强调|称|说|解释|透露|says?|said|believes?|argues?/gi;
const STOP = new Set(
  "the a an of to in on for and or but is are was were be been its it this that with as by at from than more most also".split(
    " ",
  ),
);
const words = (text: string) =>
  new Set([...contentWords(text.replace(SAYING, " "))].filter((w) => !STOP.has(w) && !/^\d/.test(w)));

function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return start;
}

/** The clause that ends right before `at` (or the part of `at`'s clause before it). */
function clauseBefore(text: string, at: number): string {
  let stop = at;
  while (stop > 0 && /\s/.test(text[stop - 1]!)) stop--;
  if (stop > 0 && CLAUSE_END.test(text[stop - 1]!)) stop--;
  let start = stop;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return text.slice(start, stop);
}

/** The clause that starts at or after `at` (in the same sentence), up to its end. */
function clauseFrom(text: string, at: number): string {
  let start = at;
  while (start < text.length && /[，,\s]/.test(text[start]!)) start++;
  let stop = start;
  while (stop < text.length && !CLAUSE_END.test(text[stop]!)) stop++;
  return text.slice(start, stop);
}

export function findCausalClaims(text: string): CausalClaim[] {
  const out: CausalClaim[] = [];
  const push = (at: number, end: number, cause: string, effect: string) =>
    out.push({ raw: text.slice(at, end), index: at, end, cause, effect });
  for (const m of text.matchAll(FORWARD)) {
    const start = m.index + m[0].length;
    let stop = start;
    // "因需求旺盛而扩产", "因融资到位将产能扩大": the cause ends at 而/将/才/就 too.
    while (stop < text.length && !CLAUSE_END.test(text[stop]!) && !/[而将才就便]/.test(text[stop]!)) stop++;
    // The effect: the words of the clause before the marker and the clause after the cause.
    // "设计 PUE 为 1.15，星河数科将其归因于…": the clause before too; not a heading before a colon.
    const inClause = text.slice(clauseStart(text, m.index), m.index);
    const before = text.slice(0, m.index - inClause.length).trimEnd();
    const lead = /[，,]$/.test(before) ? clauseBefore(text, before.length) : "";
    push(m.index, stop, text.slice(start, stop), `${lead} ${inClause} ${clauseFrom(text, stop)}`);
  }
  for (const m of text.matchAll(BACKWARD)) {
    let stop = m.index + m[0].length;
    while (stop < text.length && !CLAUSE_END.test(text[stop]!)) stop++;
    const after = text.slice(m.index + m[0].length, stop);
    // "X 是营收增长的主要原因": X is the cause, the words inside the marker the effect.
    const reason = /原因/.test(m[0]);
    push(m.index, stop, clauseBefore(text, m.index), reason ? m[0] + after : after);
  }
  return out;
}

/** How many of `claim`'s words `sentence` holds. */
const heldIn = (claim: ReadonlySet<string>, sentence: ReadonlySet<string>) =>
  [...claim].filter((w) => sentence.has(w)).length;

const EN_CAUSE =
  /\b(?:because|due to|thanks to|driven by|owing to|caused by|as a result|result of|attribut\w*|led to|leading to|which is why|so that|reason)\b/i;

const ZH_CAUSE = /因为|由于|得益于|受益于|归因|归功|原因|因此|所以|因而|导致|推动|带动|受[^。，]{0,8}影响/;

const cache = new WeakMap<ArticleIndex, Set<string>[]>();
function articleSentences(index: ArticleIndex): Set<string>[] {
  let known = cache.get(index);
  if (!known) {
    // A transcript's "陆青禾：" heads the line: who speaks is not what is said.
    known = index.text
      .split(/[。！？!?；;\n]|\.(?=\s)/)
      .map((s) => words(s.replace(/^\s*[^\s：:，。]{1,8}[：:]/, "")));
    cache.set(index, known);
  }
  return known;
}

export function checkCausalClaim(
  claim: CausalClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const chineseEntry = /[\u4e00-\u9fff]/.test(claim.cause + claim.effect);
  if (writtenInChinese(index) !== chineseEntry) return checkAcrossLanguages(claim, index);
  const cause = words(claim.cause);
  const effect = words(claim.effect);
  if (cause.size === 0) return { supported: true, reason: "no cause to read" };
  for (const s of articleSentences(index)) {
    if (heldIn(cause, s) / cause.size < 0.5) continue;
    // Two of the effect's words (or a third of few): the same fact, not just a word of it.
    if (heldIn(effect, s) >= Math.min(2, Math.ceil(effect.size / 3)))
      return { supported: true, reason: "the article says it" };
  }
  return {
    supported: false,
    reason: `the article never gives "${claim.cause.trim()}" as the cause of what the entry says it caused`,
  };
}

function checkAcrossLanguages(
  claim: CausalClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  // The dictionary reads too few words to match a cause across languages: only an article that gives
  // no cause at all refuses one.
  if (ZH_CAUSE.test(index.text) || englishSentences(index.text).some((s) => EN_CAUSE.test(s.text)))
    return { supported: true, reason: "the article gives a cause; which one is not read across languages" };
  return {
    supported: false,
    reason: `the article gives no cause at all: the entry's "${claim.raw.trim()}" is its own`,
  };
}
