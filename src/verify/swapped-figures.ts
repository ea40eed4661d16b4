// Two figures given each other's slots: the article writes "对其中 12 个国家…推定拒绝；对其余 33 个，逐案
// 审查" or "growth slowed to 9%, from 14% a year earlier", and the entry "其中 33 国…推定拒绝，其余 12 国
// 逐案审查", "增速加快至 14%，一年前为 9%". Each figure is in the article, so each checks out alone; the
// pair is wrong. Two adjacent figures of one unit in an entry sentence, split at the clause mark
// between them, are refused when the article writes the same two values in one sentence, split the
// same way, and each entry slot reads as the article's slot of the other value: by which of the two is
// the earlier value (一年前 / a year earlier / from), or, in one script, by the words only one
// article slot has. A pair with no mark between ("从 9% 升至 14%"), or slots that say nothing either
// way, is not judged.

import type { Figure } from "./figure.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface FigurePair {
  raw: string;
  index: number;
  end: number;
  values: [number, number];
  /** Each figure's slot: its side of the split, out to the next mark as strong as the split. */
  slots: [Slot, Slot];
}

interface Slot {
  text: string;
  /** The words just before the figure (a 从 / from says the value is where a change started). */
  before: string;
}

const SENTENCE = /[。！？!?\n]|\.(?=\s|$)/;
/** Clause marks, weakest first: a comma, then a semicolon or a colon. */
const LEVELS = [/[，,]/, /[；;：:]/];
const EARLIER_TIME =
  /去年同期|上年同期|一年前|一年之前|上一?季度|上一?财季|去年|上年|此前|之前|原先|原来|\ba\s+year\s+(?:earlier|ago|before)\b|\bprevious(?:ly)?\b|\bprior\b|\blast\s+year\b|\bearlier\b/i;
const FROM_BEFORE = /(?:从|由|\bfrom)\s*(?:约|about|around)?\s*$/i;
/** A figure that is none of a pair's: a date, an ordinal, a digit in a name. */
const pairable = (f: Figure) =>
  f.kind === "number" && !f.derived && !f.inName && !f.fraction && f.unit !== "ordinal";
const sameUnit = (a: Figure, b: Figure) =>
  a.percent === b.percent &&
  (a.unit === b.unit || ((!a.unit || a.unit === "count") && (!b.unit || b.unit === "count")));

const levelOf = (ch: string) => LEVELS.findIndex((re) => re.test(ch));

/** The split of two figures of one sentence and their slots, or none with no clause mark between. */
function splitPair(text: string, a: Figure, b: Figure): [Slot, Slot] | undefined {
  const between = text.slice(a.end, b.index);
  if (SENTENCE.test(between)) return undefined;
  let at = -1;
  let level = -1;
  for (let i = 0; i < between.length; i++) {
    const l = levelOf(between[i]!);
    if (l >= level && l >= 0) [at, level] = [a.end + i, l];
  }
  if (at < 0) return undefined;
  const stops = (ch: string) => SENTENCE.test(ch) || levelOf(ch) >= level;
  let start = a.index;
  while (start > 0 && !stops(text[start - 1]!)) start--;
  let stop = b.end;
  while (stop < text.length && !stops(text[stop]!)) stop++;
  const slot = (from: number, to: number, f: Figure): Slot => ({
    text: text.slice(from, f.index) + text.slice(f.end, to),
    before: text.slice(from, f.index),
  });
  return [slot(start, at, a), slot(at + 1, stop, b)];
}

export function findFigurePairs(text: string): FigurePair[] {
  const figures = findFigures(text).filter(pairable);
  const out: FigurePair[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i]!, figures[i + 1]!];
    if (!sameUnit(a, b) || a.value === b.value) continue;
    const slots = splitPair(text, a, b);
    if (slots)
      out.push({
        raw: text.slice(a.index, b.end),
        index: a.index,
        end: b.end,
        values: [a.value, b.value],
        slots,
      });
  }
  return out;
}

/** Which slot of a pair holds the earlier value: 0, 1, or undefined when neither or both do. */
function earlierSlot(slots: readonly [Slot, Slot]): 0 | 1 | undefined {
  const earlier = slots.map((s) => EARLIER_TIME.test(s.text) || FROM_BEFORE.test(s.before));
  return earlier[0] === earlier[1] ? undefined : earlier[0] ? 0 : 1;
}

/** Character pairs of Han runs and Latin words of two letters or more: a slot's words. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? [])
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const word of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) out.add(word);
  return out;
}

/** Whether each entry slot shares words mostly with the article's slot of the other value. */
function wordsCrossed(entry: readonly [Slot, Slot], article: readonly [Slot, Slot]): boolean {
  const [a0, a1] = article.map((s) => wordsOf(s.text)) as [Set<string>, Set<string>];
  const only0 = new Set([...a0].filter((w) => !a1.has(w)));
  const only1 = new Set([...a1].filter((w) => !a0.has(w)));
  const shared = (slot: Slot, words: Set<string>) =>
    [...wordsOf(slot.text)].filter((w) => words.has(w)).length;
  // Entry slot 0 holds article value 1's figure and so on: the pair came in the other order.
  return entry.every((slot, i) => {
    const own = i === 0 ? only0 : only1;
    const other = i === 0 ? only1 : only0;
    const [theirs, ours] = [shared(slot, other), shared(slot, own)];
    return theirs >= 2 && theirs > 2 * ours;
  });
}

/** An article's figures that may pair, in text order: sorted once, not once per entry pair. */
const sorted = new WeakMap<ArticleIndex, Figure[]>();

/** The article's pairs of the same two values, each put in the entry pair's order. */
function articlePairs(pair: FigurePair, index: ArticleIndex): Array<[Slot, Slot]> {
  const text = index.text;
  let found = sorted.get(index);
  if (!found) {
    found = index.figures.filter(pairable).sort((x, y) => x.index - y.index);
    sorted.set(index, found);
  }
  const out: Array<[Slot, Slot]> = [];
  for (let i = 0; i + 1 < found.length && out.length < 20; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (!sameUnit(a, b)) continue;
    const order = [a.value, b.value];
    const swapped = order[0] === pair.values[1] && order[1] === pair.values[0];
    if (!swapped && !(order[0] === pair.values[0] && order[1] === pair.values[1])) continue;
    const slots = splitPair(text, a, b);
    if (slots) out.push(swapped ? [slots[1], slots[0]] : slots);
  }
  return out;
}

export function checkFigurePair(
  pair: FigurePair,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const theirs = articlePairs(pair, index);
  const entryEarlier = earlierSlot(pair.slots);
  const crossed = (slots: [Slot, Slot]) => {
    const earlier = earlierSlot(slots);
    if (entryEarlier !== undefined && earlier !== undefined) return entryEarlier !== earlier;
    return wordsCrossed(pair.slots, slots);
  };
  if (theirs.length === 0 || !theirs.every(crossed))
    return { supported: true, reason: "the article does not give these two figures the other way round" };
  return {
    supported: false,
    reason: `the article gives ${pair.values[0]} and ${pair.values[1]} each other's place ("${pair.raw}"): figures swapped`,
  };
}
