// For a reader auditing "有据": the article sentence each supported claim was accepted on, or why
// none was. Pure; locates with the same matchers the checks use (sameFigure, linkSupports).
import type { Bullet, Entry } from "../model/entry.ts";
import { canonicalLink, linkSupports } from "./canonical-link.ts";
import { findFigures } from "./find-figures.ts";
import { foldText, halfWidth } from "./fold-text.ts";
import { indexArticle } from "./index-article.ts";
import { sameFigure } from "./same-figure.ts";
import type { ArticleEvidence, ClaimReport } from "./types.ts";

export interface ClaimExplanation {
  claim: ClaimReport;
  /** The article sentence (or link) the claim was accepted on. */
  evidence?: string;
  /** Why there is none: the check's reason, or that no single sentence holds it. */
  why?: string;
}

const BREAK = /[。！？!?；;\n]/;
const MAX_SENTENCE = 160;

export function explainClaims(
  entry: Entry,
  article: ArticleEvidence,
  claims: readonly ClaimReport[],
): ClaimExplanation[] {
  const index = indexArticle(article);
  return claims.map((claim): ClaimExplanation => {
    if (claim.status !== "supported") return { claim, why: claim.reason };
    if (claim.evidence) return { claim, evidence: claim.evidence };
    const found =
      claim.kind === "link"
        ? linkEvidence(claim.value, article, index.text)
        : claim.kind === "figure"
          ? figureEvidence(claim, entry, index)
          : claim.kind === "name" || claim.kind === "org"
            ? nameEvidence(claim.value, index.text)
            : claim.kind === "evidence"
              ? claim.value
              : undefined;
    return found
      ? { claim, evidence: found }
      : { claim, why: `${claim.reason}; no single sentence of the article holds it` };
  });
}

/** The sentence of `text` around offset `at`, trimmed to a readable length. */
export function sentenceAt(text: string, at: number, end = at): string {
  let start = at;
  while (start > 0 && !BREAK.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !BREAK.test(text[stop]!)) stop++;
  if (stop < text.length) stop++;
  let sentence = text.slice(start, stop).trim();
  if (sentence.length > MAX_SENTENCE) {
    const from = Math.max(0, at - start - MAX_SENTENCE / 2);
    sentence = `…${sentence.slice(from, from + MAX_SENTENCE)}…`;
  }
  return sentence;
}

function linkEvidence(url: string, article: ArticleEvidence, text: string): string | undefined {
  const key = canonicalLink(url)?.key;
  if (!key) return undefined;
  for (const link of article.links) {
    const k = canonicalLink(link.href)?.key;
    if (k && linkSupports(k, key)) return `link «${link.text.trim() || link.href}» → ${link.href}`;
  }
  // Written in the text: the URL, or an arXiv id for an arXiv link.
  const folded = text.toLowerCase();
  const needles = [
    url
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/\/$/, ""),
  ];
  const arxiv = url.match(/(\d{4}\.\d{4,5})/);
  if (arxiv) needles.push(arxiv[1]!);
  for (const needle of needles) {
    const at = folded.indexOf(needle);
    if (at >= 0) return sentenceAt(text, at, at + needle.length);
  }
  return undefined;
}

function figureEvidence(
  claim: ClaimReport,
  entry: Entry,
  index: ReturnType<typeof indexArticle>,
): string | undefined {
  const context = textAt(entry, claim.where) ?? claim.value;
  const figure = findFigures(context).find((f) => f.raw === claim.value) ?? findFigures(claim.value)[0];
  if (!figure) return undefined;
  const matches = index.figures.filter((f) => sameFigure(figure, f));
  if (matches.length === 0) return undefined;
  // The match whose sentence shares most with the claim's own text (its benchmark, its subject).
  const grams = bigrams(context);
  let best = matches[0]!;
  let bestShared = -1;
  for (const m of matches) {
    const shared = countShared(grams, bigrams(sentenceAt(index.text, m.index, m.end)));
    if (shared > bestShared) {
      best = m;
      bestShared = shared;
    }
  }
  return sentenceAt(index.text, best.index, best.end);
}

function nameEvidence(name: string, text: string): string | undefined {
  const folded = foldText(text);
  const needle = foldText(name).trim();
  // foldText keeps offsets except where it collapses whitespace: search the half-width text too.
  const at = folded.indexOf(needle);
  if (at < 0) return undefined;
  const plain = halfWidth(text).toLowerCase().indexOf(needle);
  const offset = plain >= 0 ? plain : at;
  return sentenceAt(text, offset, offset + needle.length);
}

/** The entry text a claim's `where` points at ("results.bullets[2].children[0]", "summary"). */
export function textAt(entry: Entry, where: string): string | undefined {
  if (where === "summary") return entry.summary;
  if (where === "title") return entry.title;
  const m = where.match(/^(core|results|insights)\.(lead|bullets\[(\d+)\]((?:\.children\[\d+\])*))/);
  if (!m) return undefined;
  const section = entry[m[1] as "core" | "results" | "insights"];
  if (m[2] === "lead") return section.lead;
  let bullet: Bullet | undefined = section.bullets[Number(m[3])];
  for (const c of (m[4] ?? "").matchAll(/\[(\d+)\]/g)) bullet = bullet?.children?.[Number(c[1])];
  return bullet ? (bullet.label ? `${bullet.label}：${bullet.text}` : bullet.text) : undefined;
}

function bigrams(s: string): Set<string> {
  const t = foldText(s).replace(/\s+/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
