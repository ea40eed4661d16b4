// A part's change told as the whole's: the article says "Revenue was $2.41 billion, an increase of 29%"
// and, of one segment, "AI Infrastructure revenue was $1.12 billion, an increase of 74%", and the entry
// says "营收 24.1 亿美元，同比增长 74%". Each figure is the article's; the pair is not. An entry's
// change (a percentage in a clause that says only how it changed: 同比增长 74%, up 74%) is read as the
// change of the level before it in its sentence (24.1 亿美元); it is refused when every article
// sentence that gives that level gives it another change and none this one, while the article gives
// this change elsewhere (to a part, a segment, another row). A change whose clause names its own
// subject ("AI 基础设施收入同比增长 74%") is not the level's, and is not read here.
import type { Figure } from "./figure.ts";
import { contentBigrams } from "./figure-words.ts";
import { findFigures } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

export interface LevelChange {
  raw: string;
  index: number;
  end: number;
  change: Figure;
  level: Figure;
}

const CHANGE =
  /增长|增加|提升|上升|上涨|下降|下滑|减少|降低|大增|猛增|激增|\b(?:up|down|increase[sd]?|decrease[sd]?|gr[eo]w|grown|rose|risen|fell|fallen|jump(?:ed)?|climb(?:ed)?)\b/i;
/** Words of a change clause that name no subject: how and when it changed, hedges, particles. */
const NOT_SUBJECT =
  /同比|环比|较上年|较去年同期|去年同期|增长|增加|提升|上升|上涨|下降|下滑|减少|降低|大增|猛增|激增|约|近|超|逾|达|了|为|至|到|了|的|\b(?:up|down|an?|the|increase[sd]?|decrease[sd]?|of|by|gr[eo]w|grown|rose|risen|fell|fallen|jump(?:ed)?|climb(?:ed)?|year|over|on|quarter|yoy|qoq|about|nearly|some|roughly|percent)\b/gi;
const CLAUSE = /[，,；;：:]/;

/** Sentence spans: a full stop before a space ends one, a decimal point does not. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let j = 0; j <= text.length; j++)
    if (
      j === text.length ||
      /[。！？!?；;\n]/.test(text[j]!) ||
      (text[j] === "." && /\s/.test(text[j + 1] ?? " "))
    ) {
      out.push([start, j]);
      start = j + 1;
    }
  return out;
}

function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !CLAUSE.test(text[start - 1]!) && !/[。！？!?\n]/.test(text[start - 1]!)) start--;
  return text.slice(start, at);
}

const saysOnlyHow = (clause: string) =>
  CHANGE.test(clause) &&
  contentBigrams(clause.replace(NOT_SUBJECT, " ")).size === 0 &&
  !/[A-Za-z]{2,}/.test(clause.replace(NOT_SUBJECT, " "));

/** The entry's changes that say only how they changed, each with the level before it in its sentence. */
export function findLevelChanges(text: string): LevelChange[] {
  const figures = findFigures(text).filter((f) => f.kind === "number");
  const out: LevelChange[] = [];
  for (const [start, end] of sentences(text)) {
    const inside = figures.filter((f) => f.index >= start && f.end <= end);
    for (const [i, change] of inside.entries()) {
      if (!change.percent || i === 0 || !saysOnlyHow(clauseBefore(text, change.index))) continue;
      const level = inside[i - 1]!;
      if (level.percent || !level.unit) continue;
      out.push({ raw: change.raw, index: change.index, end: change.end, change, level });
    }
  }
  return out;
}

export function checkLevelChange(
  claim: LevelChange,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const ok = { supported: true, reason: "the article gives the level with this change, or no other" };
  const spans = sentences(index.text);
  const figuresIn = ([a, b]: [number, number]) => index.figures.filter((f) => f.index >= a && f.end <= b);
  const levelSentences = spans.filter((s) => figuresIn(s).some((f) => sameFigure(claim.level, f)));
  if (!levelSentences.length) return ok;
  const elsewhere = index.figures.some((f) => sameFigure(claim.change, f));
  if (!elsewhere) return ok;
  for (const s of levelSentences) {
    const changes = figuresIn(s).filter((f) => f.percent);
    if (!changes.length || changes.some((f) => sameFigure(claim.change, f))) return ok;
  }
  const other = figuresIn(levelSentences[0]!).find((f) => f.percent)!;
  return {
    supported: false,
    reason: `the article gives ${claim.level.raw} a change of ${other.raw}; its ${claim.change.raw} is another part's: a part's change told as the whole's`,
  };
}
