import { mapLimit } from "../async/concurrency.ts";
import type { Config } from "../config/index.ts";
import { errorMessage } from "../errors.ts";
import type { Analyser, AnalysisOutcome } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import { describeReason, reasonOfError } from "../model/reasons.ts";
import { redactPatterns } from "../model/redact.ts";
import type { AnalysisKey, StoredAnalysis } from "../store/index.ts";
import type { AnalysisInputs, PipelineDeps } from "./deps.ts";

/** The analyse step's inputs: who analyses (primary, fallback, budget) and how many at once. */
export interface AnalyseInput extends AnalysisInputs {
  concurrency: number;
}

export interface AnalyseOptions {
  runId?: number;
  /** Analyse again even when a stored analysis matches (content hash, analyser, prompt version). */
  reanalyse?: boolean;
  signal?: AbortSignal;
}

export interface AnalyseCounts {
  cached: number;
  analysed: number;
  fallback: number;
  failed: number;
  rejected: number;
}

export interface AnalyseResult {
  counts: AnalyseCounts;
  /** Set when the LLM budget ran out during (or before) the step: the rest went to the fallback. */
  budgetExhausted: boolean;
}

/** The step's deps: the analysers come in as explicit inputs, never from the deps. */
export type AnalyseDeps = Omit<PipelineDeps, "analysis">;

/**
 * analyse.concurrency for an LLM (network-bound), analyse.offlineConcurrency for the offline
 * analyser (CPU work in one thread).
 */
export function analyseConcurrency(config: Pick<Config, "analyse">, primary: Analyser): number {
  return primary.info.kind === "offline" ? config.analyse.offlineConcurrency : config.analyse.concurrency;
}

/**
 * Analyses each readable article once per (content hash, analyser, prompt version). A failure of
 * the primary analyser (an LLM's broken reply, an outage, its spent budget) is stored with its raw
 * reply and the article goes to the fallback, marked.
 */
export async function analyseArticles(
  deps: AnalyseDeps,
  articles: Article[],
  input: AnalyseInput,
  options: AnalyseOptions = {},
): Promise<AnalyseResult> {
  const { budget } = input;
  const counts: AnalyseCounts = { cached: 0, analysed: 0, fallback: 0, failed: 0, rejected: 0 };
  const readable = analysable(articles);
  const sourceNames = new Map(deps.config.sources.map((s) => [s.id, s.name]));
  let done = 0;
  // Analyses are stored in chunk transactions, not one transaction each (committed also on failure).
  const batch = await deps.store.batchWrites();
  const batched: AnalyseDeps = {
    ...deps,
    store: { ...deps.store, saveAnalysis: (row) => batch.run((tx) => tx.saveAnalysis(row)) },
  };
  try {
    await mapLimit(readable, input.concurrency, async (article) => {
      const sourceName = sourceNames.get(article.sourceId) ?? article.sourceId;
      addCounts(counts, await analyseArticle(batched, article, sourceName, input, options));
      deps.progress.step("analyse", ++done, readable.length);
    });
  } finally {
    await batch.commit();
  }
  return { counts, budgetExhausted: budget?.exhausted === true };
}

/** The articles the analyse step reads: those with a text (ok, or the feed's text standing in). */
export function analysable(articles: Article[]): Article[] {
  return articles.filter((a) => a.status === "ok" || a.status === "feed-only");
}

/** Adds one article's counts (analyseArticle) to a step's. */
export function addCounts(total: AnalyseCounts, one: AnalyseCounts): void {
  for (const key of Object.keys(total) as (keyof AnalyseCounts)[]) total[key] += one[key];
}

/**
 * One readable article (a run's analyse step, or one queue job): the primary's stored analysis
 * reused, else the primary asked; a failure goes to the fallback, marked. Returns what it counted.
 */
export async function analyseArticle(
  deps: AnalyseDeps,
  article: Article,
  sourceName: string,
  input: AnalysisInputs,
  options: AnalyseOptions = {},
): Promise<AnalyseCounts> {
  const counts: AnalyseCounts = { cached: 0, analysed: 0, fallback: 0, failed: 0, rejected: 0 };
  options.signal?.throwIfAborted();
  const first = await analyseOnce(deps, input.primary, article, sourceName, options);
  // An LLM answers a cancelled call with a failure: stop here instead of falling back offline.
  options.signal?.throwIfAborted();
  if (first.cached) counts.cached++;
  else counts.analysed++;
  if (first.outcome.status === "rejected") counts.rejected++;
  if (first.outcome.status === "failed" && input.fallback) {
    // The briefing shows a short reason and code; the raw provider text stays in the store (redacted).
    const reason = describeReason(first.outcome.reason ?? { key: "unknown" });
    const second = await analyseOnce(deps, input.fallback, article, sourceName, options, reason);
    if (second.outcome.status === "ok") counts.fallback++;
    else counts.failed++;
  } else if (first.outcome.status === "failed") counts.failed++;
  return counts;
}

/**
 * The analyser asked. A reply that was paid for (it reports usage) and is not a failure is recorded
 * at once, before the online link check and the save: a job retried after its worker was killed in
 * between reuses it (a failure is asked again, as a later run would).
 */
async function askAnalyser(
  deps: AnalyseDeps,
  analyser: Analyser,
  article: Article,
  sourceName: string,
  options: AnalyseOptions,
  replyKey: AnalysisKey,
): Promise<AnalysisOutcome> {
  let outcome: AnalysisOutcome;
  try {
    outcome = await analyser.analyse(article, { sourceName, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return {
      status: "failed",
      error: errorMessage(error),
      reason: reasonOfError(error),
      analyser: analyser.info,
    };
  }
  if (outcome.status !== "failed" && outcome.usage?.calls)
    await deps.store.recordAnalysisReply(replyKey, outcome, options.runId);
  return outcome;
}

async function analyseOnce(
  deps: AnalyseDeps,
  analyser: Analyser,
  article: Article,
  sourceName: string,
  options: AnalyseOptions,
  fallbackReason?: string,
): Promise<{ outcome: AnalysisOutcome; cached: boolean }> {
  const names = analyser.cacheNames ?? [analyser.info.name];
  let stored: StoredAnalysis | undefined;
  for (const name of options.reanalyse ? [] : names) {
    const found = await deps.store.findAnalysis({
      contentHash: article.contentHash,
      analyser: name,
      promptVersion: analyser.info.promptVersion,
    });
    if (found !== undefined && found.status !== "failed") {
      stored = found;
      break;
    }
  }
  if (stored) return { outcome: stored, cached: true };
  // A paid reply an earlier attempt recorded and did not get to save (its worker died): reused.
  const replyKey = {
    contentHash: article.contentHash,
    analyser: analyser.info.name,
    promptVersion: analyser.info.promptVersion,
  };
  let outcome = await deps.store.findAnalysisReply(replyKey);
  if (outcome)
    deps.logger.info({ article_id: article.id, analyser: analyser.info.name }, "recorded reply reused");
  else outcome = await askAnalyser(deps, analyser, article, sourceName, options, replyKey);
  if (outcome.status === "failed") {
    const redact = deps.redact ?? redactPatterns;
    outcome = {
      ...outcome,
      error: redact(outcome.error),
      rawReply: outcome.rawReply === undefined ? undefined : redact(outcome.rawReply),
    };
  }
  if (outcome.status === "ok" && deps.refineEntry) {
    outcome = { ...outcome, entry: await deps.refineEntry(outcome.entry, article) };
  }
  if (fallbackReason && outcome.status === "ok") {
    outcome = { ...outcome, analyser: { ...outcome.analyser, fallback: true, fallbackReason } };
  }
  await deps.store.saveAnalysis({
    articleId: article.id!,
    contentHash: article.contentHash,
    createdAt: deps.now().toISOString(),
    runId: options.runId,
    // A failed attempt never overwrites a stored good analysis (--reanalyse hitting a 429).
    replace: outcome.status !== "failed",
    settlesReply: replyKey,
    ...outcome,
  });
  if (outcome.status === "failed") {
    deps.logger.warn(
      {
        article_id: article.id,
        analyser: analyser.info.name,
        reason: outcome.reason && describeReason(outcome.reason, "en"),
        err: outcome.error,
      },
      "analysis failed",
    );
  }
  return { outcome, cached: false };
}
