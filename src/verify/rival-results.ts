// Another's result told as the subject's: the article gives a figure to a rival or a baseline (the
// Qwen3 column of its table, "Claude Code 成绩为 72.7%", "the best human pickers we measured do around
// 520") and the entry gives it to its subject ("GPQA-Diamond 拿到 62.9，与 Qwen3 持平", a title's
// "SWE-bench Verified 72.7%", "its arms pick about 520 items an hour, more than the best human
// pickers"). The figure and what it measures are the article's, so the figure check passes it; whose
// it is, is not. An entry figure is refused when every place the article gives it is another's:
// - the entry's own sentence compares its subject with someone (与 X 持平, 高于 X, 比 X, more than X,
//   ahead of X …; the figure not inside that phrase, as in "低于 X 的 62.9") and the article gives the
//   figure to that someone (a name of the phrase is the figure's own name, its table column or row; or
//   most of the phrase's words open the article's clause before the figure); or
// - the entry names no one else in its sentence, while the article gives the figure to a name the
//   entry never gives (neither the subject nor a measure) and gives the subject's own figure for the
//   same benchmark (a figure of the same unit bound to the entry's names and to no one else's).

import { stems } from "./english-stems.ts";
import type { Figure } from "./figure.ts";
import { contentBigrams } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import { findTerms, isMeasure } from "./find-terms.ts";
import type { ArticleIndex, FigureContext } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";
import { unitClass } from "./units.ts";

export interface RivalFigure {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
  /** The names of the figure's clause (not measures). */
  names: Set<string>;
  /** The names of its sentence outside the compared-with phrases. */
  sentenceNames: Set<string>;
  /** The phrases its sentence compares its subject with (the figure not inside them). */
  comparands: string[];
  /** Its sentence as written. */
  sentence: string;
  /** Its clause as written. */
  clause: string;
}

const SENTENCE = /[。！？!?；;\n]|\.(?=\s|$)/g;
const CLAUSE = /[，,；;：:。！？!?\n]/;
/**
 * Who the subject is compared with: group 1 (Chinese 与 X 持平), else the rest of the clause after a
 * marker (a Chinese marker not inside a word: 对比, 相比 are no 比). "more than 20" is a bound, no one.
 */
const COMPARAND =
  /(?<![\u4e00-\u9fff])(?:与|和|跟|同)\s*([^，,；;：:。！？!?\n]{2,40}?)\s*(?:持平|相当|相同|打平|接近|一致)|(?:高于|低于|超过|超越|领先于?|落后于?|不及|逊于|优于|胜过|不如|(?<![\u4e00-\u9fff])比)(?!最|了|的|者|幅)\s*(?![\d.])([^，,；;：:。！？!?\n]{2,})|\b(?:(?:more|less|fewer|better|worse|faster|slower|higher|lower)\s+than|than|ahead of|behind|compared (?:with|to)|versus|vs\.?|outperform(?:s|ed|ing)?|beat(?:s|ing)?|trail(?:s|ed|ing)?|on par with|level with)\s+(?!(?:about|around|roughly|nearly|some|over|under)?\s*[$\d.])([^,;:.!?\n]{2,})/gi;
/**
 * The part of a compared-with phrase that names who: up to its first figure or bracket, and before
 * an English "by" (the margin) or "on/in/across" (where: "Claude Opus on SWE-bench Verified by").
 */
const whoOf = (phrase: string) =>
  phrase
    .replace(/[（(][\s\S]*$/, "")
    .replace(/(?:[$¥€£]\s*)?(?<![A-Za-z0-9.-])\d[\s\S]*$/, "")
    .replace(/\s+(?:by|on|in|across)\b[\s\S]*$/i, "");

/** The sentences of a text as [start, end). */
function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

function clauseSpan(text: string, at: number, end: number): [number, number] {
  let start = at;
  while (start > 0 && !CLAUSE.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
  return [start, stop];
}

const nameKeysOf = (text: string, index: ArticleIndex) =>
  new Set(
    findTerms(text, index.aliases, { knownJoins: index.terms })
      .filter((t) => !isMeasure(t.key) && !t.part)
      .map((t) => t.key),
  );

/** Words before a figure that make it a margin: "by", 领先/落后/高出 (比 X 高/低 after a 比). */
const MARGIN_BEFORE =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|just|only|more than|less than)\s+)?$/i;
const MARGIN_BEFORE_ZH = /(?:领先|落后|高出|低出|超出|多出|差距为?)\s*(?:约|近|逾|超过|了)?\s*$/;
const MARGIN_BEFORE_BI = /(?<!最)(?:高|低|多|少)了?\s*(?:约|近)?\s*$/;
/** Words after a figure that make it a margin: "4.1 points ahead of X", "3.7 分的优势". */
const MARGIN_AFTER =
  /^\s*(?:percentage points?\s+)?(?:ahead of|behind|clear of|(?:more|less|higher|lower|better|worse) than)\b|^\s*的?(?:优势|差距)/i;
/** Verbs that set the subject against another ("trails", "outscores"): with "by" the figure is a margin. */
const AGAINST =
  /领先|落后|高出|低出|\b(?:beat(?:s|ing)?|lead(?:s|ing)?|led|trail(?:s|ed|ing)?|outperform\w*|outscor\w*|top(?:s|ped|ping)|edg(?:es|ed|ing) out)\b/i;

/** Whether an entry figure is a margin between the sides the sentence compares, not a score. */
function isMargin(text: string, f: Figure, sentenceStart: number, compares: boolean): boolean {
  const before = text.slice(sentenceStart, f.index);
  const after = text.slice(f.end, f.end + 40);
  const against = compares || AGAINST.test(before);
  if (MARGIN_AFTER.test(after)) return true;
  if (MARGIN_BEFORE.test(before)) return against;
  if (MARGIN_BEFORE_ZH.test(before)) return true;
  // "比 X 高 2.7 分": 高/低 after a 比 in the same clause ("最高 2.7" is a bound, no margin).
  const [cs] = clauseSpan(text, f.index, f.end);
  return MARGIN_BEFORE_BI.test(before) && /(?<![\u4e00-\u9fff])比|较/.test(text.slice(cs, f.index));
}

/** The entry's figures, each with the names of its clause and sentence and the compared-with phrases. */
export function findRivalFigures(text: string, index: ArticleIndex): RivalFigure[] {
  const out: RivalFigure[] = [];
  const figures = findFigures(text).filter(
    (f) => f.kind === "number" && !/^(?:calyear|ordinal)$/.test(f.unit ?? ""),
  );
  for (const [start, end] of sentencesOf(text)) {
    const inside = figures.filter((f) => f.index >= start && f.end <= end);
    if (!inside.length) continue;
    const sentence = text.slice(start, end);
    const phrases = [...sentence.matchAll(COMPARAND)].map((m) => {
      const phrase = m[1] ?? m[2] ?? m[3] ?? "";
      const at = start + m.index + m[0].indexOf(phrase);
      return { phrase, at, end: at + phrase.length, from: start + m.index };
    });
    let outside = sentence;
    for (const p of phrases)
      outside = outside.slice(0, p.at - start) + " ".repeat(p.phrase.length) + outside.slice(p.end - start);
    const sentenceNames = nameKeysOf(outside, index);
    for (const f of inside) {
      // "低于 Qwen3 的 62.9": a figure inside the compared-with phrase is that rival's, as the entry says.
      if (phrases.some((p) => f.index >= p.from && f.end <= p.end)) continue;
      // "beats X by 4.1 points", "落后 X 3.7 分": a margin between the sides is neither side's score.
      if (isMargin(text, f, start, phrases.length > 0)) continue;
      const [cs, ce] = clauseSpan(text, f.index, f.end);
      // A clause of several figures lists several sides ("86.2 对 84.1"): no one owner to read.
      if (figures.some((g) => g !== f && g.index >= cs && g.end <= ce)) continue;
      out.push({
        raw: f.raw,
        index: f.index,
        end: f.end,
        figure: f,
        names: nameKeysOf(text.slice(cs, ce), index),
        sentenceNames,
        sentence,
        clause: text.slice(cs, ce),
        comparands: phrases.map((p) => whoOf(p.phrase)).filter((p) => p.trim().length >= 2),
      });
    }
  }
  return out;
}

/** The names an article figure is given to: its own segment's, and its table column's and row's. */
const ownersOf = (c: FigureContext) =>
  new Set([...c.names, ...(c.table?.column ?? []), ...(c.table?.row ?? [])]);

/** The words a phrase is compared by: English stems, else Chinese content bigrams. */
const wordsOf = (text: string) => {
  const en = stems(text);
  return en.size ? en : contentBigrams(text);
};

/** Words of comparison: a sentence that compares may give a rival's figure beside the subject's. */
const COMPARING =
  /上代|上一代|前代|此前|之前|原来|从|由|较|相比|对比|比|超过|领先|落后|低于|高于|分别|对|\b(?:vs|versus|than|from|compared|against|behind|ahead|previous|prior|baseline)\b/i;

/** Words of a tie: a figure the article gives both sides. */
const TIE = /持平|打平|并列|相同|一样|\b(?:ties|tied|matches|matched|matching|on par|level with|the same)\b/i;

function sentenceOf(text: string, f: Figure): string {
  let a = f.index;
  while (a > 0 && !/[。！？!?\n]/.test(text[a - 1]!)) a--;
  let b = f.end;
  while (b < text.length && !/[。！？!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** The article's clause before its figure: who it is given to. */
function articleClauseBefore(f: Figure, index: ArticleIndex): string {
  const [cs] = clauseSpan(index.text, f.index, f.end);
  return index.text.slice(cs, f.index);
}

/** Whether the article gives its figure (at `o`) to the compared-with phrase. */
function givenTo(
  phrase: string,
  o: { figure: Figure; context: FigureContext },
  index: ArticleIndex,
): boolean {
  const owners = ownersOf(o.context);
  // A tie ("X 与 Y 持平，得分为 64.1") or a figure of the subject's too is no one else's alone.
  if ([...owners].some((k) => index.subject.has(k)) || TIE.test(sentenceOf(index.text, o.figure)))
    return false;
  if ([...nameKeysOf(phrase, index)].some((k) => owners.has(k) && !index.subject.has(k))) return true;
  // Words: English stems, two at least; Chinese bigrams, three at least (a name the terms miss).
  const english = stems(phrase).size > 0;
  const words = wordsOf(phrase);
  const least = english ? 2 : 3;
  if (words.size < least) return false;
  const theirs = wordsOf(articleClauseBefore(o.figure, index));
  const shared = [...words].filter((w) => theirs.has(w)).length;
  return shared >= least && shared * 3 >= words.size * 2;
}

export function checkRivalFigure(
  claim: RivalFigure,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const ok = { supported: true, reason: "the article gives the figure to no one the entry sets apart" };
  const all = index.figures.map((figure, i) => ({ figure, context: index.contexts[i]! }));
  const found = all.filter((o) => !o.context.boilerplate && sameFigure(claim.figure, o.figure));
  // "（上一代 28 个）": a clause that names another side itself is not told as the subject's.
  if (!found.length || COMPARING.test(claim.clause)) return ok;
  const phrase = claim.comparands.find((p) => found.every((o) => givenTo(p, o, index)));
  if (phrase !== undefined)
    return {
      supported: false,
      reason: `the article gives ${claim.raw} to what the entry compares with ("${phrase.trim()}"): another's result told as the subject's`,
    };
  // Names the entry never gives the figure: neither the clause's, the sentence's, the subject nor a measure.
  const rivals = (c: FigureContext) =>
    [...ownersOf(c)].filter(
      (k) => !claim.names.has(k) && !claim.sentenceNames.has(k) && !index.subject.has(k) && !isMeasure(k),
    );
  const mine = [...claim.names].filter((k) => !index.subject.has(k));
  // Only a score told plainly (no comparison in the entry's sentence), and only prose of the article
  // that names the other before the figure in its clause (a table is sameCell's, check-claims.ts).
  const score = claim.figure.percent || !Number.isInteger(claim.figure.value);
  const givenBefore = (o: { figure: Figure; context: FigureContext }) => {
    const before = nameKeysOf(articleClauseBefore(o.figure, index), index);
    return !o.context.table && rivals(o.context).some((k) => before.has(k));
  };
  if (
    !mine.length ||
    !score ||
    COMPARING.test(claim.sentence) ||
    AGAINST.test(claim.sentence) ||
    !found.every(givenBefore)
  )
    return ok;
  // The subject's own figure for what the entry names: the same kind of figure, bound to it, no one else's.
  const kind = (f: Figure) => `${f.percent}:${unitClass(f.unit) ?? ""}`;
  const subjects = all.filter(
    (o) =>
      !o.context.boilerplate &&
      !sameFigure(claim.figure, o.figure) &&
      kind(o.figure) === kind(claim.figure) &&
      mine.some((k) => o.context.own.has(k) || ownersOf(o.context).has(k)) &&
      rivals(o.context).length === 0,
  );
  if (!subjects.length) return ok;
  return {
    supported: false,
    reason: `the article gives ${claim.raw} to ${rivals(found[0]!.context).join("/")} and the subject's own is ${subjects[0]!.figure.raw}: another's result told as the subject's`,
  };
}
