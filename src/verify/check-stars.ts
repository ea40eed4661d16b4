import type { StarCheck } from "../model/briefing.ts";
import type { Entry, Stars } from "../model/entry.ts";
import { findOrgs } from "../model/org-aliases.ts";
import {
  clampStars,
  detectCommentary,
  detectPromotion,
  detectRatingRequest,
  detectRelease,
  type StarSignals,
  starBand,
} from "../model/star-rubric.ts";
import type { ArticleEvidence, ClaimReport } from "./types.ts";

const PAPER_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:arxiv\.org\/(?:abs|pdf)\/|openreview\.net\/(?:forum|pdf)|aclanthology\.org\/|doi\.org\/)/i;
/** A sum of money is a result, not a benchmark figure (a funding round is not a SOTA). */
const MONEY = /元|美元|人民币|\$|＄/;
const PAPER_FILE = /\.pdf(?:[?#]|$)/i;
const CODE_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:github\.com|gitlab\.com|gitee\.com|huggingface\.co|modelscope\.cn)\/[^/\s]+\/[^/\s]+/i;
/** Characters of the body read as the lead, where release words count. */
const LEAD_CHARS = 300;
/** Supported figures in the results section that make "benchmark figures". */
const MIN_RESULT_FIGURES = 2;

/**
 * The ★ an entry may carry, from signals verification has checked: links that survived (paper,
 * code), figures in 实验数据 the article supports, the verified org as a named lab, and the article's
 * own title for commentary / promotion. The analyser's ★ is clamped to the band ± 1 (no upward
 * slack when the article asks for a rating: its words are data, not a signal). Pure.
 */
export function checkStars(
  verified: Entry,
  modelStars: Stars,
  article: ArticleEvidence,
  claims: readonly ClaimReport[],
): StarCheck {
  const signals = verifiedSignals(verified, article, claims);
  const band = starBand(signals);
  const steered = detectRatingRequest(article.text);
  const final = clampStars(modelStars, signals, steered ? 0 : 1);
  const check: StarCheck = { model: modelStars, final, min: band.min, max: band.max };
  if (steered) check.ratingRequest = true;
  return check;
}

export function verifiedSignals(
  verified: Entry,
  article: ArticleEvidence,
  claims: readonly ClaimReport[],
): StarSignals {
  const urls = verified.resources.map((r) => r.url);
  const resultFigures = claims.filter(
    (c) =>
      c.kind === "figure" &&
      c.status === "supported" &&
      c.where.startsWith("results") &&
      !MONEY.test(c.value),
  ).length;
  const publisher = article.publisher?.trim();
  const labs = findOrgs(verified.org).filter((m) => m.name !== publisher);
  return {
    paper: urls.some((u) => PAPER_HOST.test(u) || PAPER_FILE.test(u)),
    code: urls.some((u) => CODE_HOST.test(u)),
    benchmarks: resultFigures >= MIN_RESULT_FIGURES,
    namedLab: labs.length > 0,
    release: detectRelease(article.title, article.text.slice(0, LEAD_CHARS)),
    commentary: detectCommentary(article.title),
    promotion: detectPromotion(article.title, article.text),
    feedOnly: article.feedOnly === true,
  };
}
