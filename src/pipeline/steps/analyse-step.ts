import type { Article } from "../../model/article.ts";
import { type AnalyseResult, analyseArticles, analyseConcurrency } from "../analyse-articles.ts";
import type { AnalysisInputs, PipelineDeps } from "../deps.ts";
import { atStage, type RunContext } from "./run-context.ts";

/** The analyse step's input: the stories' primary articles, and who analyses them. */
export interface AnalyseStepInput extends AnalysisInputs {
  articles: Article[];
  /** Analyse again even when a stored analysis matches. */
  reanalyse?: boolean;
}

/**
 * analyse: each story's primary article analysed once (cached by content hash, analyser and prompt
 * version) by the primary analyser; what it cannot do goes to the fallback, marked.
 */
export async function analyseStep(
  deps: PipelineDeps,
  run: RunContext,
  input: AnalyseStepInput,
): Promise<AnalyseResult> {
  deps.progress.stage("analyse");
  const { articles, reanalyse, ...analysis } = input;
  const result = await analyseArticles(
    atStage(deps, "analyse"),
    articles,
    { ...analysis, concurrency: analyseConcurrency(deps.config, analysis.primary) },
    { runId: run.runId, reanalyse, signal: run.signal },
  );
  run.signal?.throwIfAborted();
  return result;
}
