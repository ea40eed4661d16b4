// The Chinese words around a figure, for claims whose subject is no term the verifier knows (推理速度,
// 用户数, 博士): such a figure needs a content word in common with the article's figure it uses, so
// "用户数翻倍" does not borrow "营收同比翻了一番" and "一半为博士" not "超过一半来自海外". Both sides
// are read the same way: change verbs, hedges, numerals and particles are not content words.

/** Words that say how much or which way, not what (降幅 and 涨幅 name the size of a change, not a thing): removed before the bigrams are taken (约 only before a number: 签约, 约束 keep it). */
const NOT_CONTENT =
  /降幅|涨幅|增幅|跌幅|幅度|提升|提高|增加|增长|上升|上涨|下降|降低|减少|下滑|缩短|缩减|缩小|延长|扩展|扩大|扩充|压缩|削减|下调|上调|领先|落后|达到|高达|超过|相比|相较|同比|环比|左右|以上|以下|之一|其中|分别|百分之|分之|百分点|翻倍|翻了|一番|两番|减半|一半|上一代|此前|原来|大约|将近|接近|约(?=\s*(?:为|是|合|占|有|莫)?\s*[\d零〇一二两三四五六七八九十百千万])|近|逾|超|达|仅|只|共|为|是|了|的|到|至|从|由|比|较|倍|番|个|和|与|及|或|在|也|都|已|将|把|被|让|对|于|就|又|再|还|更|最|多|余|[零〇一二两三四五六七八九十百千万亿]/g;

/** CJK bigrams of the content words of `text`. */
export function contentBigrams(text: string): Set<string> {
  const out = new Set<string>();
  const runs = text.replace(NOT_CONTENT, " ").match(/[\u4e00-\u9fff]+/g) ?? [];
  for (const run of runs) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** A Chinese gloss in brackets after a Latin word: "Yunpai (云湃科技)", "Hengxin X3 (衡芯 X3)". */
const GLOSS = /(?<=[A-Za-z0-9.'’-]\s?)[（(][^（()）]*[\u4e00-\u9fff][^（()）]*[)）]/g;

/**
 * Content bigrams of an entry's text, where an English sentence has none: its Chinese glosses of
 * names ("Mashangshe (码上社) surveyed 3,126 developers") are no words it says the figure with, and
 * compared with the article's sentence they refused the figure as being about something else.
 */
export function entryBigrams(text: string): Set<string> {
  const prose = text.replace(GLOSS, " ");
  return /[\u4e00-\u9fff]/.test(prose) ? contentBigrams(text) : new Set();
}

/** Content bigrams and Latin words (lower case): what two stretches of text are compared by. */
export function contentWords(text: string): Set<string> {
  const words = contentBigrams(text);
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9.+-]+/g)) words.add(m[0].toLowerCase());
  return words;
}

/** Whether a claim's words (bigrams) leave the article's words of its figure something in common. */
export function sharesWords(claim: ReadonlySet<string>, article: string): boolean {
  if (claim.size === 0) return true;
  const theirs = contentBigrams(article);
  for (const b of claim) if (theirs.has(b)) return true;
  return false;
}

const CLAUSE_BREAK = /[，,；;。！？!?\n：:]/;

/**
 * Where the clause that holds `at` starts, at most `reach` characters back (an article read once per
 * mention passes a reach, so a hostile clause of 100 KB stays linear).
 */
export function clauseStartOf(text: string, at: number, reach = Number.POSITIVE_INFINITY): number {
  let start = at;
  while (start > 0 && at - start < reach && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return start;
}

/** Where the clause that holds `end - 1` ends, at most `reach` characters on. */
export function clauseEndOf(text: string, end: number, reach = Number.POSITIVE_INFINITY): number {
  let stop = end;
  while (stop < text.length && stop - end < reach && !CLAUSE_BREAK.test(text[stop]!)) stop++;
  return stop;
}

/** The text of the clause around `at`…`end`, with its own clause breaks when a check needs other ones. */
export function clauseText(text: string, at: number, end: number, breaks: RegExp = CLAUSE_BREAK): string {
  let start = at;
  while (start > 0 && !breaks.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !breaks.test(text[stop]!)) stop++;
  return text.slice(start, stop);
}

/**
 * clauseEndOf for every position of one text, found in one pass: asked once per figure of an
 * article, a scan each time costs figures × clause length (a clause of ten thousand bare numbers).
 */
export function clauseEndsOf(text: string): (end: number) => number {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = CLAUSE_BREAK.test(text[i]!) ? i : next[i + 1]!;
  return (end) => next[Math.min(Math.max(0, end), text.length)]!;
}

/** The clause of `text` that holds [at, end), at most `reach` characters either way. */
export const clauseAround = (
  text: string,
  at: number,
  end: number,
  reach = Number.POSITIVE_INFINITY,
): string => text.slice(clauseStartOf(text, at, reach), clauseEndOf(text, end, reach));

const SENTENCE_BREAK = /[。！？!?；;\n]/;

/** The sentence of `text` that holds [at, end), at most `reach` characters either way. */
export function sentenceAround(
  text: string,
  at: number,
  end: number,
  reach = Number.POSITIVE_INFINITY,
): string {
  let start = at;
  while (start > 0 && at - start < reach && !SENTENCE_BREAK.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && stop - end < reach && !SENTENCE_BREAK.test(text[stop]!)) stop++;
  return text.slice(start, stop);
}
