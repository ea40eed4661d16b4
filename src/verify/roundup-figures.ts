// A figure given to another company of a roundup: the article says "北斗云宣布主力模型 API 价格下调 40%"
// and, in another item, "极光模型发布 Aurora-VL 2", and the entry says "极光模型 API 降价四成". The figure
// and what it measures are the article's; whose it is, is not. For an entry that names several orgs
// ("极光模型 / 北斗云 / 拾光科技"), a figure whose sentence names one of them before it is refused when
// every sentence of the article that gives the figure names another of them and never this one.
import type { Figure } from "./figure.ts";
import { findTokens } from "./find-figures.ts";
import type { ArticleIndex } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";

const BREAK = /[。！？!?\n；;]/;

function sentenceAt(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !BREAK.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !BREAK.test(text[end]!)) end++;
  return [start, end];
}

export interface OrgFigure {
  raw: string;
  index: number;
  end: number;
  figure: Figure;
  org: string;
}

/** Figures of the entry whose sentence names one of its orgs before them (the nearest one). */
export function findOrgFigures(text: string, orgs: readonly string[]): OrgFigure[] {
  if (orgs.length < 2) return [];
  const out: OrgFigure[] = [];
  for (const f of findTokens(text).figures) {
    if (f.kind !== "number") continue;
    const before = text.slice(sentenceAt(text, f.index)[0], f.index);
    let best: { org: string; at: number } | undefined;
    for (const org of orgs) {
      const at = before.lastIndexOf(org);
      if (at >= 0 && (!best || at > best.at)) best = { org, at };
    }
    if (best) out.push({ raw: f.raw, index: f.index, end: f.end, figure: f, org: best.org });
  }
  return out;
}

export function checkOrgFigure(
  claim: OrgFigure,
  index: ArticleIndex,
  orgs: readonly string[],
): { supported: boolean; reason: string } {
  const sentences = index.figures
    .filter((f) => sameFigure(claim.figure, f))
    .map((f) => index.text.slice(...sentenceAt(index.text, f.index)));
  const others = orgs.filter((o) => o !== claim.org);
  const theirs =
    sentences.length > 0 &&
    sentences.every((s) => !s.includes(claim.org) && others.some((o) => s.includes(o)));
  if (!theirs) return { supported: true, reason: "the article does not give the figure only to another org" };
  const other = others.find((o) => sentences[0]!.includes(o))!;
  return { supported: false, reason: `the article gives ${claim.raw} to ${other}, not ${claim.org}` };
}
