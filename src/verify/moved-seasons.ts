// A season moved: "华北区域 2027 年秋季上线" where the article says 2027 年春季; "二期预计 2027 年春季完工"
// for 夏季; "每年分春、夏两批申报" for 春季和秋季两批. A season is no figure, so the figure checks never
// read it. An entry's season (春季/夏天/春、秋 …, spring/summer/autumn/winter) is held when the article
// names the same season in either language, or a month in it; with a year right before it, with that
// year right before too, in a sentence of the article with a content word of the entry's (the season
// of the same thing; across languages the words are not compared).
import { contentWords, sentenceAround } from "./figure-words.ts";

export interface SeasonClaim {
  raw: string;
  index: number;
  end: number;
  season: Season;
  year?: string;
  /** The sentence it is in: what the season is of. */
  sentence: string;
}

type Season = "spring" | "summer" | "autumn" | "winter";

const ZH: Record<string, Season> = { 春: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };
const MONTHS: Record<Season, number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};
const EN_MONTHS =
  "january february march april may june july august september october november december".split(" ");

/** 春季, 夏天, and a season in a list of seasons (春、秋两批, 春秋两季). */
const ZH_SEASON =
  /[春夏秋冬](?=季|天(?![\d一二三四五六七八九十])|[、和与及]\s*[春夏秋冬]|[春夏秋冬]?两[批季次期])|(?<=[春夏秋冬][、和与及]?\s*)[春夏秋冬](?=两[批季次期]|季)/g;
/** English seasons; "fall" only as a season (the fall, fall 2027), not the verb. */
const EN_SEASON =
  /\b(?:spring|summer|autumn|winter)\b|(?<=\b(?:the|this|next|last|in|by|of|early|late)\s+)fall\b|\bfall(?=\s+(?:of\s+)?\d{4})/gi;
const YEAR_BEFORE = /((?:19|20)\d{2})\s*年?\s*(?:的|年的)?\s*$|\b((?:19|20)\d{2})\s*$/;

function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return ZH[w] ?? (w === "fall" ? "autumn" : (w as Season));
}

function found(text: string): SeasonClaim[] {
  const out: SeasonClaim[] = [];
  for (const re of [ZH_SEASON, EN_SEASON])
    for (const m of text.matchAll(re)) {
      const y = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const year = y?.[1] ?? y?.[2];
      out.push({
        raw: m[0],
        index: m.index,
        end: m.index + m[0].length,
        season: seasonOf(m[0]),
        ...(year ? { year } : {}),
        sentence: sentenceAround(text, m.index, m.index + m[0].length),
      });
    }
  return out;
}

export const findSeasons = found;

/** The article's months, each with the year right before it if any and its sentence. */
function monthsOf(text: string): { month: number; year?: string; sentence: string }[] {
  const out: { month: number; year?: string; sentence: string }[] = [];
  const at = (m: RegExpMatchArray) => sentenceAround(text, m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(/(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月/g))
    out.push({ month: Number(m[2]), ...(m[1] ? { year: m[1] } : {}), sentence: at(m) });
  const en = new RegExp(`\\b(${EN_MONTHS.join("|")})\\b(?:\\s+\\d{1,2},?)?(?:\\s+((?:19|20)\\d{2}))?`, "gi");
  for (const m of text.matchAll(en))
    out.push({
      month: EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1,
      ...(m[2] ? { year: m[2] } : {}),
      sentence: at(m),
    });
  return out;
}

/** Content words, without seasons and time words. */
const words = (text: string) =>
  new Set(
    [...contentWords(text.replace(/[春夏秋冬][季天]|预计|计划|将于|年|月/g, " "))].filter(
      (w) => !/^(?:spring|summer|autumn|fall|winter|the|in|of|and|by|next|this|last|year|\d.*)$/.test(w),
    ),
  );

export function checkSeason(claim: SeasonClaim, articleText: string): { supported: boolean; reason: string } {
  const sameYear = (year?: string) => !claim.year || year === claim.year;
  // The same thing timed: a content word in common (across languages, not read).
  const own = words(claim.sentence);
  const chinese = (t: string) => /[\u4e00-\u9fff]/.test(t);
  const same = (sentence: string) =>
    chinese(sentence) !== chinese(claim.sentence) || [...words(sentence)].some((w) => own.has(w));
  const seasons = found(articleText).filter((s) => s.season === claim.season && same(s.sentence));
  // An article season with no year of its own ("每年春季") holds the entry's year if the article has it.
  if (seasons.some((s) => sameYear(s.year) || (!s.year && articleText.includes(claim.year!))))
    return { supported: true, reason: "the article names the same season" };
  const months = monthsOf(articleText);
  if (months.some((m) => MONTHS[claim.season].includes(m.month) && sameYear(m.year) && same(m.sentence)))
    return { supported: true, reason: "the article names a month of that season" };
  const name = (s: { year?: string; season: Season }) => `${s.year ? `${s.year} ` : ""}${s.season}`;
  const others = [...new Set(found(articleText).map(name))];
  return {
    supported: false,
    reason: others.length
      ? `the article does not time it in ${name(claim)} ("${claim.raw}"; its seasons: ${others.join(" / ")})`
      : `the article names no ${claim.season} ("${claim.raw}")`,
  };
}
