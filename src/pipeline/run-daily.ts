import { hostname } from "node:os";
import type { DeliveryReport } from "../deliver/index.ts";
import { DaybriefError, errorMessage } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Briefing } from "../model/briefing.ts";
import { redactDeep, redactPatterns } from "../model/redact.ts";
import type { AnalyseCounts } from "./analyse-articles.ts";
import type { StoryPlan } from "./cluster-stories.ts";
import type { PipelineDeps } from "./deps.ts";
import { type PublishResult, publishBriefing } from "./publish.ts";
import { processAlive } from "./run-lock.ts";
import { decideRunStatus, type RunReason, type RunStatus, reasonLine } from "./run-status.ts";
import { analyseStep } from "./steps/analyse-step.ts";
import { type Collected, collectStep, releaseItems } from "./steps/collect-step.ts";
import { dedupStep } from "./steps/dedup-step.ts";
import { deliverStep } from "./steps/deliver-step.ts";
import { footerNotes } from "./steps/footer-notes.ts";
import { rankStep } from "./steps/rank-step.ts";
import { type ReadDay, readStep } from "./steps/read-step.ts";
import type { RunContext, RunFailure } from "./steps/run-context.ts";
import { verifyStep } from "./steps/verify-step.ts";

export interface RunOptions {
  /** YYYY-MM-DD in the configured time zone. */
  date: string;
  command?: string;
  reanalyse?: boolean;
  /**
   * "update": a catch-up run — files get the whole briefing, channels only the entries that the
   * day's earlier briefing did not have (nothing at all when there are none).
   */
  kind?: "briefing" | "update";
  /** Send to the configured channels (default true). */
  deliver?: boolean;
  /** Send parts again even when the delivery log says they were sent. */
  forceDeliver?: boolean;
  signal?: AbortSignal;
  /** Called once the run is recorded, with its id (the HTTP API answers a started run with it). */
  onStart?: (runId: number) => void;
}

export interface RunSummary {
  runId: number;
  date: string;
  status: RunStatus;
  /** Why the status is not ok, in one English line (the runs table, logs). */
  reason?: string;
  /** Why the status is not ok, as data: what the CLI words in the user's language. */
  reasons?: RunReason[];
  briefing?: Briefing;
  outputs: PublishResult["outputs"];
  analyse?: AnalyseCounts;
  delivery?: DeliveryReport;
  failures: RunFailure[];
  error?: string;
}

/**
 * One daily run, step by step (src/pipeline/steps/): collect → read (extract) → dedup → analyse →
 * verify → rank → publish → deliver. Each step takes what the one before handed on and records
 * what it could not do in `run.failures`: a source, a page or an analysis that fails is recorded
 * and the run goes on (status "degraded"); a run in which no source answered, every channel
 * failed, or the run itself broke ends "failed" (see run-status.ts).
 */
export async function runDaily(deps: PipelineDeps, options: RunOptions): Promise<RunSummary> {
  const { store, logger } = deps;
  const runId = await startRun(deps, options);
  const log = logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  const run: RunContext = { runId, date: options.date, signal: options.signal, failures: summary.failures };
  try {
    // Inside the try: a watcher that throws ends the run as failed, never leaves it "running".
    options.onStart?.(runId);
    // What the day's earlier briefing (a re-run, an update) leaves: its coverage and its entries' links.
    const before = earlierOf((await store.getBriefing(options.date))?.briefing);
    const collected = await collectStep(deps, run);
    // The day's articles (full texts) are held from read to verify only: see the release below.
    let read: ReadDay | undefined = await readStep(deps, run, collected);
    releaseItems(collected);
    let plan: StoryPlan | undefined = await dedupStep(deps, run, read.articles);
    const analysed = await analyseStep(deps, run, {
      articles: plan.primaries,
      reanalyse: options.reanalyse,
      ...deps.analysis,
    });
    summary.analyse = analysed.counts;
    // Verify, rank and publish show as one progress stage, "publish".
    deps.progress.stage("publish");
    const verified = await verifyStep(deps, {
      articles: read.articles,
      plan,
      counts: read.counts,
      previous: before?.coverage,
    });
    const { health, pages } = read;
    // Released: rank, publish and deliver hold the briefing, never the day's texts a second time.
    read = undefined;
    plan = undefined;
    const notes = footerNotes({ ...collected, health, budgetExhausted: analysed.budgetExhausted });
    const briefing = await rankStep(deps, { date: options.date, verified, notes });
    summary.briefing = briefing;
    // The demo's archive is local: no public site URL to ask for.
    const published = await publishBriefing(deps, briefing, {
      runId,
      warnNoSiteUrl: options.command !== "demo",
    });
    summary.outputs = published.outputs;
    // An empty briefing of a day on which no source answered is not news: the alert said it.
    const nothingToSay = collected.allSourcesFailed && briefing.items.length === 0;
    if (nothingToSay) log.warn({ stage: "deliver" }, "every source failed: nothing sent to the channels");
    if (options.deliver !== false && !nothingToSay) {
      summary.delivery = await deliverStep(deps, run, {
        briefing,
        rendered: published.rendered,
        kind: options.kind === "update" ? "update" : "briefing",
        earlierUrls: before?.urls,
        force: options.forceDeliver,
      });
    }
    settleRun(summary, { collected, pages, skippedDelivery: nothingToSay });
  } catch (error) {
    failRun(summary, error, options.signal, log);
  } finally {
    await closeRun(deps, summary);
  }
  return summary;
}

/** The run's status from what its steps reported (run-status.ts), set on the summary. */
export function settleRun(
  summary: RunSummary,
  facts: { collected: Collected; pages: ReadDay["pages"]; skippedDelivery: boolean },
): void {
  const decided = decideRunStatus({
    collected: facts.collected.sources.map((c) => c.status),
    failures: summary.failures,
    analyse: summary.analyse,
    delivery: summary.delivery,
    skippedDelivery: facts.skippedDelivery,
    pagesFailed: facts.pages.failed,
    pagesUnread: facts.pages.unread,
  });
  summary.status = decided.status;
  summary.reason = decided.reason;
  summary.reasons = decided.reasons;
}

/** A run that broke (or was cancelled): failed or cancelled, with the error kept for the CLI. */
export function failRun(
  summary: RunSummary,
  error: unknown,
  signal: AbortSignal | undefined,
  log: Logger,
): void {
  summary.status = signal?.aborted ? "cancelled" : "failed";
  summary.reasons = [{ code: summary.status === "cancelled" ? "cancelled" : "runFailed" }];
  summary.reason = reasonLine(summary.reasons);
  summary.error = errorMessage(error);
  log.error({ err: summary.error }, "run failed");
  if (!signal?.aborted && !(error instanceof DaybriefError) && error instanceof Error) {
    // Not one of our named errors: a bug. Keep the stack; the CLI decides how to show it.
    summary.error = error.stack ?? summary.error;
  }
  summary.failures.push({ stage: "run", message: errorMessage(error) });
}

/** Ends the run's row: everything that leaves the run goes through the redactor first. */
export async function closeRun(deps: PipelineDeps, summary: RunSummary): Promise<void> {
  const redact = deps.redact ?? redactPatterns;
  // Everything that leaves the run (the store, `runs`, the CLI's report) goes through the redactor.
  summary.failures = redactDeep(summary.failures, redact);
  if (summary.error) summary.error = redact(summary.error);
  if (summary.delivery) summary.delivery = redactDeep(summary.delivery, redact);
  await deps.store.finishRun(summary.runId, {
    endedAt: deps.now().toISOString(),
    status: summary.status,
    reason: summary.reason,
    counts: {
      entries: summary.briefing?.items.length ?? 0,
      ...(summary.analyse ?? {}),
      // Parts the channels did not get: the scheduler retries them (retry-deliveries.ts).
      undelivered: (summary.delivery?.channels ?? []).reduce((n, c) => n + c.failed + (c.error ? 1 : 0), 0),
    },
    failures: summary.failures,
  });
  deps.progress.done();
}

/** What the day's earlier briefing (a re-run, an update) leaves: its coverage and its entries' links. */
export function earlierOf(briefing: Briefing | undefined) {
  return briefing && { coverage: briefing.coverage, urls: new Set(briefing.items.map((i) => i.url)) };
}

/** Opens the run's row (runs left "running" by a process that is gone are marked interrupted first). */
export async function startRun(deps: PipelineDeps, options: RunOptions): Promise<number> {
  const { store } = deps;
  const host = hostname();
  // Runs left "running" by a process that is gone (kill -9, a crash) are not running.
  await store.markInterruptedRuns(
    deps.now().toISOString(),
    (r) => r.pid === undefined || (r.host === host && r.pid !== process.pid && !processAlive(r.pid)),
  );
  return await store.startRun({
    date: options.date,
    startedAt: deps.now().toISOString(),
    command: options.command ?? "run",
    pid: process.pid,
    host,
  });
}
