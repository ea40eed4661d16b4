// A sub-group's figure told for the whole: the article gives 182% for 海外收入, 81.5% on one 子集, 第二
// on a 中文子榜, 52% for the users who turned a feature on, and the entry says "总营收同比增长 182%",
// "全集上解决率 81.5%", "总榜位列第二", "整体留存 52%". An entry's whole (总榜, 总营收, 全集, 整体, 全部,
// 合计 …) with a figure after it in its clause is refused when every place the article gives that
// figure is marked, nearest before it in its sentence, as a part (子榜, 子集, 其中, 海外, 开启 …) rather
// than a whole. A figure the article gives with a whole, or with no mark at all, stands; so does a
// whole with no figure, or a figure the article never gives (other checks read those).

export interface WholeClaim {
  raw: string;
  figure: string;
  index: number;
  end: number;
}

/** Not 总部, 总裁, 总监, 总结: only a 总 of an amount, a list or a score. */
const WHOLE =
  /总榜|总营收|总收入|总体|整体|全集|全部|合计|总计|全量|总(?=营|收|额|量|数|榜|规模|用户|参数|成绩|分|销|出货|市值|资产|利润|成本|投资|融资|人数|排名)/g;
const PART = /子榜|子集|子项|分项|单项|细分|分榜|其中|海外|境外|国内|部分|开启|打开|启用/g;
const WHOLE_ONE = new RegExp(WHOLE.source);
const FIGURE = /\d+(?:\.\d+)?\s*%?|第[一二三四五六七八九十]+|第\s*\d+/g;
const CLAUSE = /[，,；;。！？!?\n]/;
const SENTENCE = /[。！？!?\n]/;

export function findWholeClaims(text: string): WholeClaim[] {
  const out: WholeClaim[] = [];
  for (const m of text.matchAll(WHOLE)) {
    let stop = m.index + m[0].length;
    while (stop < text.length && !CLAUSE.test(text[stop]!)) stop++;
    const after = text.slice(m.index + m[0].length, stop);
    for (const f of after.matchAll(FIGURE)) {
      const figure = f[0].replace(/\s+/g, "");
      if (/^\d{4}$/.test(figure)) continue; // a year is when, not how much
      out.push({ raw: m[0], figure, index: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How the article marks each place it gives the figure: "part", "whole" or "none". */
function marksOf(figure: string, articleText: string): ("part" | "whole" | "none")[] {
  const digits = escapeRegExp(figure).replace(/%$/, "\\s*%");
  const re = new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`, "g");
  const out: ("part" | "whole" | "none")[] = [];
  for (const m of articleText.matchAll(re)) {
    let start = m.index;
    while (start > 0 && !SENTENCE.test(articleText[start - 1]!)) start--;
    const before = articleText.slice(start, m.index);
    const lastOf = (mark: RegExp) => Math.max(-1, ...[...before.matchAll(mark)].map((x) => x.index));
    const part = lastOf(PART);
    const whole = lastOf(WHOLE);
    out.push(part < 0 && whole < 0 ? "none" : part > whole ? "part" : "whole");
  }
  return out;
}

export function checkWholeClaim(
  claim: WholeClaim,
  articleText: string,
): { supported: boolean; reason: string } {
  const marks = marksOf(claim.figure, articleText);
  if (marks.length === 0 || marks.some((m) => m !== "part") || !WHOLE_ONE.test(claim.raw))
    return { supported: true, reason: "the article gives the figure for the whole, or gives no mark" };
  return {
    supported: false,
    reason: `the article gives ${claim.figure} for a part only, not "${claim.raw}": a sub-group told as the whole`,
  };
}
