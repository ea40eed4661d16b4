import type { Run, UsageSum } from "../store/index.ts";
import type { QueryContext } from "./context.ts";

/** A run with what it spent on the LLM (its usage ledger rows). */
export interface RunReport extends Run {
  /** Stage counts as the run recorded them (entries, cached, analysed, fallback, failed …). */
  counts: Record<string, number>;
  /** LLM calls, tokens and cost per currency charged to this run. */
  spend: UsageSum;
}

/** The latest runs, newest first, each with its stage counts, failures and LLM spend. */
export async function listRuns(ctx: QueryContext, options: { limit?: number } = {}): Promise<RunReport[]> {
  const runs = await ctx.store.listRuns(options.limit ?? 20);
  const reports: RunReport[] = [];
  for (const run of runs)
    reports.push({ ...run, counts: run.counts ?? {}, spend: await ctx.store.sumUsageForRun(run.id) });
  return reports;
}
