// A demonstrative inside a sentence that points at a thing only an earlier sentence names: "现在，有了
// 智能体，这种核查的成本几乎降到了零" (核查 is the sentence before's), "这些问题的答案，将决定…", "把这个
// 决策内化进了模型本身". A bullet carrying one reads as cut out of the article: it joins the sentence
// before when that names the thing, else it is no bullet (standalone-units.ts).

/**
 * A demonstrative with a measure word, and the two characters of the noun after it (新/旧 skipped);
 * not one right after a name or a quote ("MMLU 这类题库", "“…”这个问题": what it means is in place).
 */
const POINTER =
  /(?<![A-Za-z0-9\s”」"])(?:这|那)(?:种|些|个|样的|番|场|项|类|一)(?:新|旧)?([\p{Script=Han}]{2})/gu;
/** What follows a demonstrative that is no noun pointed back at: a time (这一次, 这些年), a name given in place (这种被称为 X 的); a long modifier (这个被广泛使用的信号) is the summary's to resolve (one-sentence.ts). */
const NOT_A_THING = /^(?:次|年|月|天|周|时|刻|轮|回|段|里|边|被|叫做|名为|所谓|一点|点上)/;
/** A count word: "这两个成绩" is another opener's (ANAPHOR), "这一" before a number is none. */
const NUMBER_NOUN = /^[一二两三四五六七八九十\d]/;

/** A figure a reader takes as a result, with its unit (370 万美元, 3 倍, 40 小时); not a name's number (GPT-3, 4.5). */
const RESULT_FIGURE =
  /\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍|万|亿|美元|元|分(?!钟)|小时|天|个|篇|笔|次|人|名|家|款|条|道|张|台|星)/;

/**
 * A sentence stating a result figure keeps it ("一个采用这类策略的地址…滚到了 370 万美元"): the figure
 * is what it says, the pointer only qualifies who; it stays a bullet. A span of effort or time it
 * takes ("搭建一套这样的系统…大约需要 10 到 40 小时") is no result: the sentence is about the thing
 * pointed at, which the reader never saw, and is judged by its pointer like any other.
 */
export function leansOnPointer(text: string): boolean {
  const result = RESULT_FIGURE.test(text) && !EFFORT_SPAN.test(text);
  return !result && outsidePointer(text) !== undefined;
}

/** What something takes, given as a span: "需要 10 到 40 小时", "耗时约 2～3 周". */
const EFFORT_SPAN = /(?:需要|需|耗时|花费|要花)[^，。；\d]{0,4}\d+(?:\.\d+)?\s*(?:到|至|-|~|～)\s*\d+/;

/**
 * The first pointer in `text` whose noun nothing before it in `text` names, or undefined. One that
 * sums up what its own sentence said before it (a list: "哪些事、哪些环节…，这些东西"; a word sharing
 * a character with its noun: "打分…，这个分数") points inside.
 */
export function outsidePointer(text: string): string | undefined {
  for (const m of text.matchAll(POINTER)) {
    const noun = m[1]!;
    if (NOT_A_THING.test(noun) || NUMBER_NOUN.test(noun)) continue;
    const before = text.slice(0, m.index);
    const clause = before.split(/[。！？]/).pop() ?? "";
    if (/、|哪些|什么/.test(clause)) continue;
    // Its own sentence named the thing in other words ("业界用奖励模型的打分挑回答，这个分数…").
    if ([...noun].some((ch) => clause.includes(ch))) continue;
    if (before.includes(noun)) continue;
    return m[0];
  }
  return undefined;
}
