import { mapLimit } from "../async/concurrency.ts";
import { errorMessage } from "../errors.ts";
import type { Analyser, AnalysisOutcome } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import { describeReason, reasonOfError } from "../model/reasons.ts";
import { redactPatterns } from "../model/redact.ts";
import type { StoredAnalysis } from "../store/index.ts";
import type { PipelineDeps } from "./deps.ts";

export interface AnalyseOptions {
  runId?: number;
  /** Analyse again even when a stored analysis matches (content hash, analyser, prompt version). */
  reanalyse?: boolean;
  concurrency?: number;
  signal?: AbortSignal;
}

export interface AnalyseCounts {
  cached: number;
  analysed: number;
  fallback: number;
  failed: number;
  rejected: number;
}

/**
 * Analyses each readable article once per (content hash, analyser, prompt version). An LLM failure
 * is stored with its raw reply and the article falls back to the offline analyser, marked.
 */
export async function analyseArticles(
  deps: PipelineDeps,
  articles: Article[],
  options: AnalyseOptions = {},
): Promise<AnalyseCounts> {
  const counts: AnalyseCounts = { cached: 0, analysed: 0, fallback: 0, failed: 0, rejected: 0 };
  const readable = articles.filter((a) => a.status === "ok" || a.status === "feed-only");
  const sourceNames = new Map(deps.config.sources.map((s) => [s.id, s.name]));
  let done = 0;
  // Analyses are stored in chunk transactions, not one transaction each (committed also on failure).
  const batch = await deps.store.batchWrites();
  const batched: PipelineDeps = {
    ...deps,
    store: { ...deps.store, saveAnalysis: (input) => batch.run((tx) => tx.saveAnalysis(input)) },
  };
  try {
    await mapLimit(readable, options.concurrency ?? 1, async (article) => {
      const sourceName = sourceNames.get(article.sourceId) ?? article.sourceId;
      options.signal?.throwIfAborted();
      const primary = await analyseOnce(batched, deps.analyser, article, sourceName, options);
      // An LLM answers a cancelled call with a failure: stop here instead of falling back offline.
      options.signal?.throwIfAborted();
      if (primary.cached) counts.cached++;
      else counts.analysed++;
      if (primary.outcome.status === "rejected") counts.rejected++;
      if (primary.outcome.status === "failed" && deps.analyser !== deps.offline) {
        // The briefing shows a short reason and code; the raw provider text stays in the store (redacted).
        const reason = describeReason(primary.outcome.reason ?? { key: "unknown" });
        const fallback = await analyseOnce(batched, deps.offline, article, sourceName, options, reason);
        if (fallback.outcome.status === "ok") counts.fallback++;
        else counts.failed++;
      } else if (primary.outcome.status === "failed") counts.failed++;
      deps.progress.step("analyse", ++done, readable.length);
    });
  } finally {
    await batch.commit();
  }
  return counts;
}

async function analyseOnce(
  deps: PipelineDeps,
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
  let outcome: AnalysisOutcome;
  try {
    outcome = await analyser.analyse(article, { sourceName, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    outcome = {
      status: "failed",
      error: errorMessage(error),
      reason: reasonOfError(error),
      analyser: analyser.info,
    };
  }
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
