import type { Article } from "../../model/article.ts";
import type { SourceCoverage } from "../../model/briefing.ts";
import type { VerifiedDay } from "../build-briefing.ts";
import { verifyEntries } from "../build-briefing.ts";
import type { StoryPlan } from "../cluster-stories.ts";
import type { PipelineDeps } from "../deps.ts";
import type { ReadCounts } from "../read-articles.ts";

/** The verify step's input: the day as dedup left it. */
export interface VerifyStepInput {
  /** The day's articles (coverage counts every one of them). */
  articles: Article[];
  /** The story plan: only primaries become entries, with their 同题报道 and follow-ups. */
  plan: StoryPlan;
  /** This run's per-source counts (absent when re-rendering). */
  counts?: Map<string, ReadCounts>;
  /** The coverage of the day's earlier briefing, carried over where this run saw less. */
  previous?: SourceCoverage[];
}

/**
 * verify: each story's analyses loaded (by article id, primaries only: nothing else becomes an
 * entry) and the chosen one checked against its article (verification.ts, the one wiring).
 * A run and a re-render (`daybrief render`) both verify through here.
 */
export async function verifyStep(
  deps: Pick<PipelineDeps, "config" | "store" | "analysis">,
  input: VerifyStepInput,
): Promise<VerifiedDay> {
  const { primary } = deps.analysis;
  return verifyEntries({
    config: deps.config,
    articles: input.articles,
    analyses: await deps.store.listAnalysesForArticles(input.plan.primaries.map((a) => a.id!)),
    primary: primary.cacheNames ?? [primary.info.name],
    promptVersion: primary.info.promptVersion || undefined,
    counts: input.counts,
    previous: input.previous,
    stories: input.plan,
  });
}
