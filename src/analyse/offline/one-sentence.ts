// The summary as one sentence of news. The summary is chosen as the news sentence plus what it needs
// (the sentence its anaphor points at, the subject's framing lead, the next sentence when it is short,
// the headline's figure); published as several sentences it reads like the article's opening
// paragraph copied out. Here it becomes one sentence: sentences after the news one that add no figure
// (background, a quote, a plan) are left out, a referent "是 X" replaces the anaphor that points at it,
// a scene clause (当…时，) is cut, and what stays is joined into one sentence with "；" (Latin: "; ").
// Every word is still the article's own: nothing is added but the joining punctuation.
import { ACTION, INNER_ANAPHOR, MIN_CHARS, WEAK_ACTION } from "./news-patterns.ts";
import { isLatinText } from "./sentences.ts";

export interface OneSentence {
  /** The article's sentences the summary keeps, as they were (what 核心技术/独家洞察 must not repeat). */
  kept: string;
  /** The summary as published: those sentences as one. */
  text: string;
}

/** A news sentence shorter than this takes a figureless sentence after it along (赫拉利再次谈 AI。+ his claim). */
const SHORT_NEWS = 30;
/** Background after the news: a founding date, a journal, a plan, a quote, a contact line, an aside (not news). */
const BACKGROUND =
  /请[^，。]{0,8}联系|欢迎(?:投稿|联系|合作)|邮件联系|成立于|发表(?:在|于)|刊登|将(?:在|于|主要|用于)|计划|预计|有望|目前只|^“|^[^，。]{0,6}(?:由|分为)[^，。]{0,6}(?:部分|模块|步)|\b(?:founded|previously|plans?|will)\b|^"/;
/** The stance a commentary takes on its news (我们认为…, 原因是…): its point, kept with the news. */
const STANCE = /我们认为|原因是|关键在于|本质上|\bwe (?:think|believe|argue)\b/i;
/** A figure a reader takes as a result: a number that is not a year or a date. */
const RESULT_FIGURE = /\d(?![\d.]*\s*(?:年|月|日))/;
/** A scene clause before the news (当舆论还在…时，): the news starts after it. */
const SCENE_CLAUSE = /^当[^，。；]{4,60}时[，,]\s*/;
/** "…的依据，通常是语言到视觉的注意力分数。": the thing a following "这个…信号" points at. */
const REFERENT = /(?:通常|往往|一般|其实|正|就|便|都)?是([^，,。；;：:“”]{4,24})。$/;

/** "这个被广泛信任的信号", "这一指标": a noun phrase pointing at a thing named before. */
const POINTER =
  /(?:这|该)(?:个|一|种|项)[^，。；：,;:]{0,10}?(?:信号|指标|分数|得分|方法|做法|假设|依据|标准|结论|数字)/;

export function oneSentence(summary: string, news: string): OneSentence {
  const latin = isLatinText(summary);
  const sentences = splitInto(summary, latin);
  if (sentences.length <= 1) {
    const text = cutScene(summary);
    return { kept: summary, text };
  }
  const at = newsIndex(sentences, news);
  const newsText = sentences[at]!;
  const shortNews = newsText.length < SHORT_NEWS * (latin ? 2 : 1);
  let kept = sentences.filter((s, i) => {
    if (i <= at) return true;
    if (BACKGROUND.test(s) || /[？?！!]$/.test(s)) return false;
    // A news sentence that names no action (a review's "最贵的一笔账") keeps the one that does (轮番登场, 回顾).
    const acts = (t: string) => ACTION.test(t) || WEAK_ACTION.test(t);
    // A review's sentence saying what the piece covers (…轮番登场，本文做一次简要回顾) is its news.
    const covers = /本文|本期|\bthis (?:article|post|piece)\b/i.test(s);
    return RESULT_FIGURE.test(s) || STANCE.test(s) || shortNews || covers || (!acts(newsText) && acts(s));
  });
  // At most one sentence after the news: the first with a figure (the headline's, as added last, wins).
  const after = kept.slice(kept.indexOf(newsText) + 1);
  if (after.length > 1) {
    const pick = [...after].reverse().find((s) => RESULT_FIGURE.test(s)) ?? after[0]!;
    kept = [...kept.slice(0, kept.indexOf(newsText) + 1), pick];
  }
  // A referent stated as "…是 X。" right before "这个…信号": X takes the anaphor's place.
  const index = kept.indexOf(newsText);
  if (index > 0) {
    const before = kept[index - 1]!;
    const referent = before.match(REFERENT)?.[1];
    const anaphor = (newsText.match(POINTER) ?? newsText.match(INNER_ANAPHOR))?.[0];
    if (referent && anaphor && !latin) {
      const replaced = newsText.replace(anaphor, referent);
      if (!INNER_ANAPHOR.test(replaced) && !POINTER.test(replaced) && replaced.length >= MIN_CHARS)
        kept = [...kept.slice(0, index - 1), replaced, ...kept.slice(index + 1)];
    }
  }
  // Questions before the news are not news either (a question the news quotes is inlined already).
  kept = kept.filter((s, i) => i === kept.length - 1 || !/[？?]$/.test(s) || s === newsText);
  const text = cutScene(join(kept, latin));
  return { kept: kept.join(latin ? " " : ""), text };
}

function splitInto(text: string, latin: boolean): string[] {
  // A closing quote after the end stays with its sentence (她说：“…降低成本。”).
  const parts = latin
    ? text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/)
    : (text.match(/[^。！？!?]+(?:[。！？!?]+[”」’）)]*|$)/g) ?? [text]);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The sentence the news unit became (formatSummary may name the actor or cut an opener). */
function newsIndex(sentences: readonly string[], news: string): number {
  const squash = (s: string) => s.replace(/[\s。！？!?.]/g, "");
  const target = squash(news);
  let best = 0;
  let score = -1;
  for (const [i, s] of sentences.entries()) {
    const own = squash(s);
    if (own.length === 0) continue;
    if (target.includes(own) || own.includes(target)) return i;
    let common = 0;
    for (let k = 0; k + 1 < own.length; k++) if (target.includes(own.slice(k, k + 2))) common++;
    const value = common / own.length;
    if (value > score) [best, score] = [i, value];
  }
  return best;
}

/** The sentences as one: each inner end becomes "；" ("; " and a lower-case function word in English). */
function join(sentences: readonly string[], latin: boolean): string {
  if (latin)
    return sentences
      .map((s, i) => {
        const body = i < sentences.length - 1 ? s.replace(/[.!?]$/, ";") : s;
        return i === 0
          ? body
          : body.replace(/^(On|In|At|Across|The|A|An|With|For|By|Its|Over|Under|After)\b/, (w) =>
              w.toLowerCase(),
            );
      })
      .join(" ");
  return sentences
    .map((s, i) =>
      i < sentences.length - 1 ? s.replace(/[。！!]$/, "；").replace(/[。！!]([”」’])$/, "$1；") : s,
    )
    .join("");
}

/** "当舆论还在…时，Jeff Dean 和…给出了…": the scene clause cut, when what is left still stands. */
function cutScene(text: string): string {
  const scene = text.match(SCENE_CLAUSE);
  if (!scene) return text;
  const rest = text.slice(scene[0].length);
  return rest.length >= MIN_CHARS * 2 ? rest : text;
}
