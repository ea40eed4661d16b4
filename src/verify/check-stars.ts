import type { StarCheck } from "../model/briefing.ts";
import type { Entry, Stars } from "../model/entry.ts";
import { isCodeLink, isPaperLink } from "../model/links.ts";
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
import { findFigures } from "./find-figures.ts";
import type { ArticleEvidence, ClaimReport } from "./types.ts";

/**
 * Units of a measured result: a score, a rate, a multiple, a speed. A count (35 个工具), a duration
 * (6 分钟), a size (128K tokens, 1.5B 参数) or a sum of money (a funding round is not a SOTA) is a
 * spec, not a benchmark figure — the offline analyser's cues.ts draws the same line.
 */
const RESULT_UNITS = new Set(["percent", "pp", "times", "points", "fps", "tflops"]);
/** A number without a unit (0.91, 87.44) is a result only beside a metric or benchmark word. */
const METRIC_WORD =
  /得分|分数|评分|准确率|正确率|成功率|解决率|通过率|胜率|召回率|精度|基准|榜单|评测|测评|SOTA|bench|score|accuracy|pass@|BLEU|ROUGE|F1|mAP|Elo|MMLU|GPQA|GenEval|AIME|HLE/i;
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
  const resultFigures = benchmarkFigures(verified, claims);
  const publisher = article.publisher?.trim();
  const labs = findOrgs(verified.org).filter((m) => m.name !== publisher);
  return {
    paper: urls.some(isPaperLink),
    code: urls.some(isCodeLink),
    benchmarks: resultFigures >= MIN_RESULT_FIGURES,
    namedLab: labs.length > 0,
    release: detectRelease(article.title, article.text.slice(0, LEAD_CHARS)),
    commentary: detectCommentary(article.title),
    promotion: detectPromotion(article.title, article.text),
    feedOnly: article.feedOnly === true,
  };
}

/**
 * Supported figures of 实验数据 that measure a result (RESULT_UNITS, or a bare number beside a
 * metric word), read from the verified bullets: what the ★5 rule calls benchmark figures.
 */
function benchmarkFigures(verified: Entry, claims: readonly ClaimReport[]): number {
  const supported = new Set(
    claims
      .filter((c) => c.kind === "figure" && c.status === "supported" && c.where.startsWith("results"))
      .map((c) => c.value.replace(/\s+/g, "")),
  );
  let n = 0;
  for (const b of verified.results.bullets) {
    if (b.flagged) continue;
    const text = b.label ? `${b.label}：${b.text}` : b.text;
    for (const f of findFigures(text)) {
      if (f.kind !== "number" || !supported.has(f.raw.replace(/\s+/g, ""))) continue;
      // "Mistral Small 4", "Opus 4.5": a version of a name, not a measured result.
      if (!f.unit && /[A-Za-z][A-Za-z0-9-]*\s?$/.test(text.slice(0, f.index))) continue;
      if (f.unit ? RESULT_UNITS.has(f.unit) : METRIC_WORD.test(text)) n++;
    }
  }
  return n;
}
