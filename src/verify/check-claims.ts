// The single-claim checks: each says whether the article supports one link, figure or name, and why.
import { canonicalLink, linkSupports } from "./canonical-link.ts";
import type { Figure } from "./find-figures.ts";
import { foldText } from "./fold-text.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface Verdict {
  supported: boolean;
  reason: string;
}

export function checkLink(url: string, index: ArticleIndex): Verdict & { key?: string } {
  const key = canonicalLink(url);
  if (!key) return { supported: false, reason: "not an http(s) URL" };
  for (const articleKey of index.linkKeys) {
    if (linkSupports(articleKey, key.key))
      return { supported: true, key: key.key, reason: `found as ${articleKey}` };
  }
  return { supported: false, key: key.key, reason: `${key.key} is not linked or named in the article` };
}

/** Same claim: same percent-ness and value, or the article's value rounded to the entry's precision. */
export function sameFigure(claim: Figure, found: Figure): boolean {
  if (claim.kind === "date" || found.kind === "date") {
    if (claim.kind !== "date" || found.kind !== "date") return false;
    // "2月4日" covers "2 月 4 日" of any year named or not; "2026 年 2 月" covers its days.
    const [c, f] = [claim.date!, found.date!];
    return (
      f === c ||
      f.endsWith(`-${c}`) ||
      f.startsWith(`${c}-`) ||
      (c.split("-").length === 3 && c.endsWith(`-${f}`))
    );
  }
  if (claim.percent !== found.percent) return false;
  if (Math.abs(claim.value - found.value) <= 1e-9 * Math.max(1, Math.abs(claim.value))) return true;
  // "87.4" for 87.44 or "约 30%" for 29.8%: rounding is fine when two or more digits remain.
  if (claim.digits < 2 || found.step >= claim.step) return false;
  return Math.abs(Math.round(found.value / claim.step) * claim.step - claim.value) <= claim.step * 1e-6;
}

/** Latin terms too generic to tie a figure to ("SOTA", "Token"). */
const GENERIC = new Set(
  "sota ai llm llms vlm vlms mllm token tokens benchmark benchmarks api gpu gpus cpu transformer stage trick demo top pass the and of in on for with model models score baseline github arxiv paper dpo rl sft moe agent agents".split(
    " ",
  ),
);
const TERM = /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*/g;
const CLAUSE_BREAK = /[。！？；;!?\n]/;

const ENTRY_BREAK = /[。！？；;!?\n，]|,(?!\d)/;

/**
 * The benchmark-like term the entry ties a figure to: the nearest Latin term (no digits) before it
 * in the same clause (within 40 characters), else right after it (within 12), if the article has it.
 */
export function anchorOf(claimText: string, figure: Figure, index: ArticleIndex): string | undefined {
  const start = lastBreak(claimText, figure.index, ENTRY_BREAK);
  const before = [
    ...claimText.slice(Math.max(start, figure.index - 40), figure.index).matchAll(TERM),
  ].reverse();
  const after = [
    ...claimText
      .slice(figure.end, figure.end + 12)
      .split(ENTRY_BREAK)[0]!
      .matchAll(TERM),
  ];
  for (const m of [...before, ...after]) {
    const term = m[0].toLowerCase();
    if (term.length < 3 || GENERIC.has(term) || /\d/.test(term)) continue;
    if (index.folded.includes(term)) return term;
  }
  return undefined;
}

/**
 * Supported when the article has the figure, and — when the entry ties it to a term the entry
 * also ties other figures to (GenEval 0.91, DPG-Bench 87.44) — the nearest such term before it in
 * the article's sentence is the same one, or the term follows it in its clause. Catches swaps.
 */
export function checkFigure(
  figure: Figure,
  claimText: string,
  index: ArticleIndex,
  anchors: ReadonlySet<string> = new Set(),
): Verdict {
  const matches = index.figures.filter((f) => sameFigure(figure, f));
  if (matches.length === 0)
    return { supported: false, reason: `${figure.raw} does not occur in the article` };
  const anchor = figure.kind === "number" ? anchorOf(claimText, figure, index) : undefined;
  if (!anchor) return { supported: true, reason: `found as ${matches[0]!.raw}` };
  const bound = matches.find((f) => {
    const from = Math.max(lastBreak(index.text, f.index, CLAUSE_BREAK), f.index - 150);
    const before = index.text.slice(from, f.index).toLowerCase();
    const rest = index.text.slice(f.end, f.end + 60).toLowerCase();
    if (rest.slice(0, rest.search(/[，,。！？；;!?\n]/) + 1 || rest.length).includes(anchor)) return true;
    const terms = [...before.matchAll(TERM)].map((m) => m[0]).filter((t) => t === anchor || anchors.has(t));
    if (terms.length) return terms[terms.length - 1] === anchor;
    const sentenceEnd = rest.search(CLAUSE_BREAK);
    return rest.slice(0, sentenceEnd < 0 ? rest.length : sentenceEnd).includes(anchor);
  });
  return bound
    ? { supported: true, reason: `found as ${bound.raw} with ${anchor}` }
    : { supported: false, reason: `${figure.raw} occurs in the article, but not with ${anchor}` };
}

/** A versioned name (GPT-4o, STAR-7B) must be in the article as a name, spacing and hyphens aside. */
export function checkName(name: string, index: ArticleIndex): Verdict {
  const squash = (s: string) => foldText(s).replace(/[-_\s]/g, "");
  const needle = squash(name);
  const hay = foldText(index.text).replace(/[-_]/g, "");
  const bounded = new RegExp(`(?<![a-z0-9.])${needle.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![a-z0-9])`);
  if (bounded.test(hay) || bounded.test(hay.replace(/\s/g, "")))
    return { supported: true, reason: "named in the article" };
  return { supported: false, reason: `${name} is not named in the article` };
}

function lastBreak(text: string, before: number, pattern: RegExp): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.exec(text.slice(i, i + 2))?.index === 0) return i + 1;
  return 0;
}
