// A summary that says only that something was made or that an answer was given ("团队造了一条仿生
// 机器鱼 ZBot。", "…给出了他们的回答：换个思路。") tells the reader nothing the headline did not: the
// article's finding is the news. When the title promises one (为什么…, …找到了答案) or the summary's
// answer is a slogan, the sentence the article states its finding with (结果显示/实验证实/核心观点是 …)
// joins the summary as its second clause (in place of a detail of how, 标签每秒采样 200 次, that the
// summary took along). Nothing is added but the joining "；".
import { MAX_CHARS } from "./news-patterns.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { titleFigures } from "./select-sections.ts";
import { isLatinText } from "./sentences.ts";

/** A summary that states a finding already: a finding verb or a view. */
const HAS_FINDING =
  /发现|证实|表明|显示|揭示|结论|观点|判断|认为|指出|\b(?:found|finds|show(?:s|ed)?|traced|conclude[sd]?)\b/i;
/** A result figure with its unit (0.91 分, 23.7%, 3 倍): a summary carrying one states a result. */
const RESULT_FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|个百分点|倍|分(?!钟)|万|亿|美元|元)|\d+\.\d+/;
/** A title promising a finding: a why-question, an answer or a mystery solved. */
const PROMISES = /为什么|为何|怎么会|答案|谜底|真相|\bwhy\b/i;
/** A summary whose answer is a slogan ("给出了另一种答案：少一点口号，多一点数据"). */
const SLOGAN_ANSWER = /(?:给出|交出)了?[^，。：:]{0,8}(?:答案|回答)[：:]/;
/** The article stating its finding, in its own words (the sentence as the article has it). */
const FINDING_CUE =
  /核心(?:观点|判断|发现|结论)是|主要结论是|^(?:结果|实验|研究|数据|测试)(?:显示|表明|证实|发现)|^(?:但|不过)?这项(?:研究|工作)(?:给出了|发现|证实)|\b(?:found|finds|shows?) that\b/;
/** A finding sentence longer than this is no clause of a summary. */
const MAX_FINDING = 70;

/** `summary` with the article's finding joined as its second clause, when it lacks one (see above). */
export function addFinding(summary: string, units: readonly RankedUnit[], title: string): string {
  const latin = isLatinText(summary);
  const clauses = summary.split(latin ? /(?<=;)\s/ : /(?<=；)/);
  // The news and a detail of how (标签每秒采样 200 次): the detail gives way to the finding, unless it
  // carries the headline's figure (added for it) or a finding of its own.
  const figures = titleFigures(title);
  const detail = clauses.length === 2 && !figures.some((f) => squash(clauses[1]!).includes(f));
  const head = detail ? clauses[0]!.replace(/[；;]$/, latin ? "." : "。") : summary;
  if (clauses.length > (detail ? 2 : 1) || HAS_FINDING.test(summary)) return summary;
  if (RESULT_FIGURE.test(head)) return summary;
  if (!PROMISES.test(title) && !SLOGAN_ANSWER.test(head)) return summary;
  const titleWords = new Set(hanBigrams(title));
  const candidates = units
    .filter((u) => u.standalone && FINDING_CUE.test(u.original.trim()))
    .map((u) => ({ u, first: firstSentence(u.text), overlap: 0 }))
    .filter((c) => c.first.length <= MAX_FINDING * (latin ? 2 : 1) && !head.includes(c.first))
    .map((c) => ({ ...c, overlap: hanBigrams(c.first).filter((b) => titleWords.has(b)).length }))
    .sort((a, b) => b.overlap - a.overlap || a.u.index - b.u.index);
  const pick = candidates[0];
  if (!pick) return summary;
  const joined = latin
    ? `${head.replace(/[.!]$/, ";")} ${pick.first.replace(/^(The|A|An|In|On)\b/, (w) => w.toLowerCase())}`
    : `${head.replace(/[。！!]$/, "；")}${pick.first}`;
  return joined.length <= MAX_CHARS * (latin ? 2 : 1) ? joined : summary;
}

const squash = (s: string) => s.replace(/\s+/g, "");

function firstSentence(text: string): string {
  return (text.match(/^.+?(?:[。！？]|[.!?](?=\s|$))/)?.[0] ?? text).trim();
}

function hanBigrams(text: string): string[] {
  const chars = text.replace(/[^\p{Script=Han}]/gu, "");
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars.slice(i, i + 2));
  return out;
}
