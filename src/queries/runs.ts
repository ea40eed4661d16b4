import { hostname } from "node:os";
import { processAlive } from "../pipeline/run-lock.ts";
import type { LockOwner, Run, UsageSum } from "../store/index.ts";
import type { QueryContext } from "./context.ts";

/** A run with what it spent on the LLM (its usage ledger rows). */
export interface RunReport extends Run {
  /** Stage counts as the run recorded them (entries, cached, analysed, fallback, failed …). */
  counts: Record<string, number>;
  /** LLM calls, tokens and cost per currency charged to this run. */
  spend: UsageSum;
}

/** One run by id with its counts and spend, or undefined when there is none. */
export async function getRun(ctx: QueryContext, id: number): Promise<RunReport | undefined> {
  const run = await ctx.store.getRun(id);
  return run && { ...run, counts: run.counts ?? {}, spend: await ctx.store.sumUsageForRun(run.id) };
}

/** The latest runs, newest first, each with its stage counts, failures and LLM spend. */
export async function listRuns(ctx: QueryContext, options: { limit?: number } = {}): Promise<RunReport[]> {
  const runs = await ctx.store.listRuns(options.limit ?? 20);
  const reports: RunReport[] = [];
  for (const run of runs)
    reports.push({ ...run, counts: run.counts ?? {}, spend: await ctx.store.sumUsageForRun(run.id) });
  return reports;
}

/** What is running on the store now, as the store records it (whichever process runs it). */
export interface RunActivity {
  /** Runs recorded as running, newest first (the latest `RECENT_RUNS` runs are looked at). */
  running: Run[];
  /**
   * Who holds the run lock; `alive: false` when the holder is a process of this host that is gone
   * (a killed run: the next run takes the lock over and marks the run interrupted).
   */
  lock?: LockOwner & { alive: boolean };
}

const RECENT_RUNS = 20;

/**
 * The store's view of what runs now: polled by the web app's `/runs` for runs of other processes
 * (the CLI, the scheduler), whose progress lives only in their own process.
 */
export async function getRunActivity(
  ctx: QueryContext,
  options: { isAlive?: (pid: number) => boolean } = {},
): Promise<RunActivity> {
  const isAlive = options.isAlive ?? processAlive;
  const [runs, holder] = await Promise.all([ctx.store.listRuns(RECENT_RUNS), ctx.store.runLockHolder()]);
  const running = runs.filter((r) => r.status === "running");
  if (!holder) return { running };
  const alive = holder.host !== hostname() || isAlive(holder.pid);
  return { running, lock: { ...holder, alive } };
}
