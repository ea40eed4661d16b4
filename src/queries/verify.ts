import type { Config } from "../config/index.ts";
import type { AnalyserInfo, VerificationCounts } from "../model/briefing.ts";
import type { Entry } from "../model/entry.ts";
import { checkAnalysis, evidenceFor } from "../pipeline/verification.ts";
import type { StoredAnalysis } from "../store/index.ts";
import {
  type ClaimExplanation,
  type EvidenceArticle,
  evidenceOf,
  explainClaims,
  verifyEntry,
} from "../verify/index.ts";
import type { QueryContext } from "./context.ts";
import { type EntryId, entryIdOf, parseEntryId } from "./entry-id.ts";

export type AppliedPolicy = "drop" | "mark";

/** An entry checked against its article: every claim with its verdict and evidence, the counts. */
export interface EntryVerification {
  /** Each claim with the article sentence it was accepted on, or why there is none. */
  claims: ClaimExplanation[];
  /** The briefing's 核验 numbers for this entry (and the ★ check) had it been published so. */
  counts: VerificationCounts;
  /** Under drop: no summary survived and none could stand in, so the entry is not published. */
  withheld: boolean;
}

/** One stored analysis of a day's article, verified as the build verifies it. */
export interface VerifiedAnalysis extends EntryVerification {
  entryId: EntryId;
  articleId: number;
  analysisId: number;
  title: string;
  url: string;
  textFrom?: string;
  analyser: AnalyserInfo;
}

export interface VerifyRequest {
  /** Overrides verify.policy ("repair" is applied as "drop": its turn was in the analyser). */
  policy?: AppliedPolicy;
}

/** The config as the build applies it, with the request's policy when given. */
function withPolicy(config: Config, policy?: AppliedPolicy): Config {
  return policy ? { ...config, verify: { ...config.verify, policy } } : config;
}

/**
 * Every ok analysis of the day's articles, re-verified through the build's own wiring
 * (pipeline/verification.ts): same evidence, publisher, policy and fallback summaries, so the
 * counts of the analysis the briefing published equal the published counts. Writes nothing.
 */
export async function verifyDay(
  ctx: QueryContext,
  date: string,
  request: VerifyRequest = {},
): Promise<VerifiedAnalysis[]> {
  const articles = await ctx.store.listArticlesForDay(date, ctx.config.timezone);
  const analyses = await ctx.store.listAnalysesForArticles(articles.map((a) => a.id!));
  return verifyAnalyses(withPolicy(ctx.config, request.policy), articles, analyses);
}

/** Every ok analysis of one entry's article, verified as in verifyDay; undefined: no such entry. */
export async function verifyEntryById(
  ctx: QueryContext,
  id: EntryId,
  request: VerifyRequest = {},
): Promise<VerifiedAnalysis[] | undefined> {
  const articleId = parseEntryId(id);
  const article = articleId === undefined ? undefined : await ctx.store.getArticle(articleId);
  if (!article) return undefined;
  const analyses = await ctx.store.listAnalysesForArticles([article.id!]);
  return verifyAnalyses(withPolicy(ctx.config, request.policy), [article], analyses);
}

type DayArticle = Parameters<typeof evidenceFor>[1] & { id?: number; url: string; textFrom?: string };

function verifyAnalyses(
  config: Config,
  articles: readonly DayArticle[],
  analyses: readonly StoredAnalysis[],
): VerifiedAnalysis[] {
  const byId = new Map(articles.map((a) => [a.id!, a]));
  const out: VerifiedAnalysis[] = [];
  for (const analysis of analyses) {
    if (analysis.status !== "ok") continue;
    const article = byId.get(analysis.articleId);
    if (!article) continue;
    const others = analyses.filter((o) => o.articleId === analysis.articleId);
    const result = checkAnalysis(config, article, analysis, others);
    out.push({
      entryId: entryIdOf(analysis.articleId),
      articleId: analysis.articleId,
      analysisId: analysis.id,
      title: article.title,
      url: article.url,
      textFrom: article.textFrom,
      analyser: analysis.analyser,
      claims: explainClaims(analysis.entry, evidenceFor(config, article), result.claims),
      counts: result.counts,
      withheld: result.withheld === true,
    });
  }
  return out;
}

/**
 * An entry and an article given by hand (`daybrief verify --entry --article`): the same checks,
 * the evidence built by the one evidenceOf (publisher: the page's account, else `source.name`).
 */
export function verifyGivenEntry(
  entry: Entry,
  article: EvidenceArticle,
  options: { policy?: AppliedPolicy; source?: { name: string } } = {},
): EntryVerification {
  const evidence = evidenceOf(article, options.source);
  const result = verifyEntry(entry, evidence, { policy: options.policy ?? "drop" });
  return {
    claims: explainClaims(entry, evidence, result.claims),
    counts: result.counts,
    withheld: result.withheld === true,
  };
}
