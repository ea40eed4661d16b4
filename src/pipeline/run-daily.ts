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
import { type DraftInfo, reviewsDrafts, saveDraftStep } from "./review-draft.ts";
import { processAlive } from "./run-lock.ts";
import { decideRunStatus, type RunReason, type RunStatus, reasonLine } from "./run-status.ts";
import { type DayReader, readOwnDay } from "./shared-day.ts";
import { analyseStep } from "./steps/analyse-step.ts";
import type { Collected } from "./steps/collect-step.ts";
import { dedupStep } from "./steps/dedup-step.ts";
import { deliverStep } from "./steps/deliver-step.ts";
import { footerNotes } from "./steps/footer-notes.ts";
import { rankStep } from "./steps/rank-step.ts";
import type { ReadDay } from "./steps/read-step.ts";
import type { RunContext, RunFailure } from "./steps/run-context.ts";
import { verifyStep } from "./steps/verify-step.ts";
import { withStoredProgress } from "./stored-progress.ts";

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
  /** Stop at a draft for review; default publish.review. */
  review?: boolean;
  /** How the run gets its day: read by itself (default), or shared by several briefings (shared-day.ts). */
  readDay?: DayReader;
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
  /** Set when the run stopped at a draft (publish.review): nothing was written or sent. */
  draft?: DraftInfo;
  failures: RunFailure[];
  error?: string;
}

/**
 * The tail every publication shares, a run's and a reviewed draft's (publish-draft.ts): the files,
 * the index, the feed and the stored briefing, then the channels.
 */
export async function publishAndDeliver(
  deps: PipelineDeps,
  run: RunContext,
  input: {
    briefing: Briefing;
    kind: "briefing" | "update";
    earlierUrls?: ReadonlySet<string>;
    deliver: boolean;
    force?: boolean;
    warnNoSiteUrl?: boolean;
  },
): Promise<{ outputs: PublishResult["outputs"]; delivery?: DeliveryReport }> {
  const published = await publishBriefing(deps, input.briefing, {
    runId: run.runId,
    warnNoSiteUrl: input.warnNoSiteUrl ?? true,
  });
  if (!input.deliver) return { outputs: published.outputs };
  const delivery = await deliverStep(deps, run, {
    briefing: input.briefing,
    rendered: published.rendered,
    kind: input.kind,
    earlierUrls: input.earlierUrls,
    force: input.force,
  });
  return { outputs: published.outputs, delivery };
}

/**
 * One daily run, step by step (src/pipeline/steps/): collect → read (extract) → dedup → analyse →
 * verify → rank → publish → deliver. Each step takes what the one before handed on and records
 * what it could not do in `run.failures`: a source, a page or an analysis that fails is recorded
 * and the run goes on (status "degraded"); a run in which no source answered, every channel
 * failed, or the run itself broke ends "failed" (see run-status.ts).
 */
export async function runDaily(given: PipelineDeps, options: RunOptions): Promise<RunSummary> {
  const runId = await startRun(given, options);
  // Progress also goes to the store, for /runs of another process (stored-progress.ts).
  const deps = withStoredProgress(given, runId);
  const { store, logger } = deps;
  const log = logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  const run: RunContext = { runId, date: options.date, signal: options.signal, failures: summary.failures };
  try {
    // Inside the try: a watcher that throws ends the run as failed, never leaves it "running".
    options.onStart?.(runId);
    // What the day's earlier briefing (a re-run, an update) leaves: its coverage and its entries' links.
    const before = earlierOf((await store.getBriefing(options.date, deps.config.briefing.id))?.briefing);
    // collect → read (once for several briefings: shared-day.ts).
    // The day's articles (full texts) are held from read to verify only: see the release below.
    let read: ReadDay | undefined;
    // biome-ignore lint/style/useConst: assigned with `read` in one destructuring, so no copy holds the texts.
    let collected: Collected;
    ({ collected, read } = await (options.readDay ?? readOwnDay)(deps, run));
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
    const kind = options.kind === "update" ? "update" : "briefing";
    // An empty briefing of a day on which no source answered is not news: the alert said it.
    const nothingToSay = collected.allSourcesFailed && briefing.items.length === 0;
    if (options.review ?? reviewsDrafts(deps.config)) {
      // publish.review: the run ends at a draft; an editor (or the deadline) publishes it. A day on
      // which no source answered has nothing to review: its empty draft would replace a good one of
      // an earlier run, and the deadline would send it to every channel.
      if (nothingToSay) log.warn({ stage: "publish" }, "every source failed: no draft stored");
      else summary.draft = await saveDraftStep(deps, { briefing, runId, kind });
    } else {
      if (nothingToSay) log.warn({ stage: "deliver" }, "every source failed: nothing sent to the channels");
      const out = await publishAndDeliver(deps, run, {
        briefing,
        kind,
        earlierUrls: before?.urls,
        deliver: options.deliver !== false && !nothingToSay,
        force: options.forceDeliver,
        // The demo's archive is local: no public site URL to ask for.
        warnNoSiteUrl: options.command !== "demo",
      });
      summary.outputs = out.outputs;
      summary.delivery = out.delivery;
    }
    settleRun(summary, { collected, pages, skippedDelivery: nothingToSay && !summary.draft });
  } catch (error) {
    failRun(summary, error, options.signal, log);
  } finally {
    await closeRun(deps, summary);
  }
  return summary;
}

/** What endRun records of a run (a run's summary, a published draft's). */
export interface EndedRun {
  status: RunStatus;
  reason?: string;
  reasons?: RunReason[];
  error?: string;
  failures: RunFailure[];
  delivery?: DeliveryReport;
  briefing?: Briefing;
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

/**
 * A run that threw: cancelled when its signal was aborted, else failed; the error is its failure.
 * With a logger it is logged, and a bug (not one of our named errors) keeps its stack for the CLI.
 */
export function failRun(
  summary: EndedRun,
  error: unknown,
  signal?: AbortSignal,
  log?: Pick<Logger, "error">,
): void {
  summary.status = signal?.aborted ? "cancelled" : "failed";
  summary.reasons = [{ code: summary.status === "cancelled" ? "cancelled" : "runFailed" }];
  summary.reason = reasonLine(summary.reasons);
  summary.error = errorMessage(error);
  summary.failures.push({ stage: "run", message: summary.error });
  log?.error({ err: summary.error }, "run failed");
  if (!signal?.aborted && !(error instanceof DaybriefError) && error instanceof Error) {
    // Not one of our named errors: a bug. Keep the stack; the CLI decides how to show it.
    summary.error = error.stack ?? summary.error;
  }
}

/** Ends a run's row (runDaily, a queued run): endRun with the analysis counts. */
export async function closeRun(deps: PipelineDeps, summary: RunSummary): Promise<void> {
  await endRun(deps, summary.runId, summary, { ...(summary.analyse ?? {}) });
}

/**
 * Records the end of a run (runDaily, publishDraft): everything that leaves it (the store, `runs`,
 * the CLI's report) goes through the redactor first; `counts` gets the entries and the parts the
 * channels did not get (the scheduler retries them, retry-deliveries.ts).
 */
export async function endRun(
  deps: PipelineDeps,
  runId: number,
  summary: EndedRun,
  counts: Record<string, number> = {},
): Promise<void> {
  const redact = deps.redact ?? redactPatterns;
  summary.failures = redactDeep(summary.failures, redact);
  if (summary.error) summary.error = redact(summary.error);
  if (summary.delivery) summary.delivery = redactDeep(summary.delivery, redact);
  await deps.store.finishRun(runId, {
    endedAt: deps.now().toISOString(),
    status: summary.status,
    reason: summary.reason,
    counts: {
      entries: summary.briefing?.items.length ?? 0,
      ...counts,
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
export async function startRun(
  deps: PipelineDeps,
  options: Pick<RunOptions, "date" | "command">,
): Promise<number> {
  const { store } = deps;
  const host = hostname();
  // Runs left "running" by a process that is gone (kill -9, a crash) are not running.
  await store.markInterruptedRuns(
    deps.now().toISOString(),
    (r) => r.pid === undefined || (r.host === host && r.pid !== process.pid && !processAlive(r.pid)),
  );
  return await store.startRun({
    briefingId: deps.config.briefing.id,
    date: options.date,
    startedAt: deps.now().toISOString(),
    command: options.command ?? "run",
    pid: process.pid,
    host,
  });
}
