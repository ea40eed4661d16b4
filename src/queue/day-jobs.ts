import type { Job } from "bullmq";
import { briefingChannels } from "../config/index.ts";
import type { DeliveryReport } from "../deliver/index.ts";
import type { Article } from "../model/article.ts";
import type { Briefing } from "../model/briefing.ts";
import { type AnalyseCounts, type AnalyseResult, addCounts } from "../pipeline/analyse-articles.ts";
import type { CollectedSource } from "../pipeline/collect-sources.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { type Candidate, pagesMode } from "../pipeline/extract-article.ts";
import { restoreHostState, saveHostState } from "../pipeline/host-state.ts";
import { publishBriefing } from "../pipeline/publish.ts";
import { planReads, type ReadCounts } from "../pipeline/read-articles.ts";
import { rereadPages } from "../pipeline/reread-pages.ts";
import { type DraftInfo, saveDraftStep } from "../pipeline/review-draft.ts";
import { closeRun, type RunSummary, settleRun } from "../pipeline/run-daily.ts";
import { countMissingPages } from "../pipeline/run-status.ts";
import { partOfDay } from "../pipeline/shared-day.ts";
import type { SourceHealthReport } from "../pipeline/source-health.ts";
import { articlesOfBriefing } from "../pipeline/steps/briefing-articles.ts";
import { noteCollected } from "../pipeline/steps/collect-step.ts";
import { dedupStep } from "../pipeline/steps/dedup-step.ts";
import { footerNotes } from "../pipeline/steps/footer-notes.ts";
import { rankStep } from "../pipeline/steps/rank-step.ts";
import { finishReadStep, type ReadDay } from "../pipeline/steps/read-step.ts";
import { atStage, type RunFailure } from "../pipeline/steps/run-context.ts";
import { verifyStep } from "../pipeline/steps/verify-step.ts";
import { dayRange } from "../time.ts";
import type { AnalyseValue, CollectValue, DeliverValue, ReadValue } from "./item-jobs.ts";
import { assertRunOpen, childValues, fanOut, type JobContext, runContextOf } from "./job-context.ts";
import { type JobData, jobIdOf, QUEUES, type RunRequest, type SharedDay } from "./job-names.ts";
import { planFromWire, planToWire, type WirePlan } from "./story-plan-wire.ts";

// The run's steps on the `day` queue. Each takes the state the step before handed on (its child's
// return value), does what runDaily's step of the same name does, and hands the state on.

/** The run as far as it got: what runDaily holds in local variables between its steps. */
export interface DayState {
  /** The sources' outcomes, without their items (released once read, as runDaily does). */
  collected: CollectedSource[];
  allSourcesFailed: boolean;
  counts: [string, ReadCounts][];
  health: SourceHealthReport;
  pages: ReadDay["pages"];
  failures: RunFailure[];
  plan?: WirePlan;
  analyse?: AnalyseResult;
  briefing?: Briefing;
  outputs?: Record<string, string>;
  /** Set when the day stopped at a draft (publish.review): nothing was written or sent. */
  draft?: DraftInfo;
}

export interface DayValue {
  kind: "day";
  state: DayState;
  /** read-day of several briefings' day: the whole day, for the briefings after this one. */
  shared?: SharedDay;
}

export interface RunValue {
  kind: "run";
  summary: RunSummary;
}

type DayJob = Job<JobData & { request: RunRequest; stage?: string; reads?: ReadPlan }>;

/** The day's stored articles, as the read step loads them (of a briefing's own sources, config `briefings`). */
async function loadDay(deps: PipelineDeps, date: string): Promise<Article[]> {
  const { start, end } = dayRange(date, deps.config.timezone);
  return articlesOfBriefing(
    deps.config,
    await deps.store.listArticlesPublishedBetween(start.toISOString(), end.toISOString()),
  );
}

async function stateOf(job: Job): Promise<DayState> {
  const [value] = await childValues<DayValue>(job, "day");
  if (!value) throw new Error(`${job.name}: the step before handed nothing on`);
  return value.state;
}

/** What read-day's first pass decided, kept in its job data for the pass after the pages. */
interface ReadPlan {
  counts: [string, ReadCounts][];
  /** Each source's validators to record once its items are stored (forgotten for later-day items). */
  successes: (CollectedSource["success"] | null)[];
  candidates: Candidate[];
}

/** The collect jobs' outcomes in config order (the order runDaily's collect step returns them). */
async function collectedOf(ctx: JobContext, job: Job): Promise<CollectedSource[]> {
  const order = new Map(ctx.config.sources.map((s, i) => [s.id, i]));
  return (await childValues<CollectValue>(job, "collect"))
    .map((v) => v.collected)
    .sort((a, b) => (order.get(a.source.id) ?? 0) - (order.get(b.source.id) ?? 0));
}

/**
 * read-day: once every source is collected, the day's new items are chosen (planReads), queued
 * pages of earlier runs re-read, and one read job added per item; once they are stored, the read
 * step is finished (validators, health, the day's failures) as runDaily's read step finishes.
 * Several briefings (config `briefings`): the flow whose run is `shared` collects and reads the
 * union of their sources (`reader`: the union's context) and hands the whole day on (`shared`);
 * a flow given that day (request.sharedDay) fetches nothing. Either takes its own part of it.
 */
export async function readDayJob(
  ctx: JobContext,
  job: DayJob,
  token: string | undefined,
  signal: AbortSignal,
  reader: JobContext = ctx,
): Promise<DayValue> {
  const { run, request } = job.data;
  await assertRunOpen(ctx, run);
  if (request.sharedDay) return await ownPart(ctx, run.date, request.sharedDay);
  const deps = atStage(reader.deps, "read");
  if (!job.data.reads) {
    const collected = await collectedOf(reader, job);
    const { counts, candidates } = await planReads(deps, collected, run.date);
    // Pages queued by an earlier run first, as runDaily's read step does.
    await ctx.hostStateLock.run(() => restoreHostState(deps, []));
    try {
      await rereadPages(deps, run.date, signal);
    } finally {
      await ctx.hostStateLock.run(() => saveHostState(deps));
    }
    const reads: ReadPlan = {
      counts: [...counts],
      successes: collected.map((c) => c.success ?? null),
      candidates,
    };
    await job.updateData({ ...job.data, reads });
  }
  const reads = job.data.reads!;
  await fanOut(ctx, job, token, async () =>
    reads.candidates.map((candidate) => ({
      queue: QUEUES.read,
      name: "read",
      id: jobIdOf(run, "read", candidate.url),
      data: { run, candidate },
    })),
  );
  const collected = (await collectedOf(reader, job)).map((c, i) => ({
    ...c,
    items: [],
    success: reads.successes[i] ?? undefined,
  }));
  const counts = new Map(reads.counts);
  for (const value of await childValues<ReadValue>(job, "read")) {
    const c = counts.get(value.sourceId);
    if (c && value.outcome === "stored") c.stored++;
    else if (c) c.duplicates++;
  }
  const failures: RunFailure[] = [];
  const runContext = runContextOf(run, failures, signal);
  const noted = noteCollected(runContext, collected);
  const day = await finishReadStep(reader.deps, runContext, noted, counts);
  if (run.shared)
    return await ownPart(ctx, run.date, {
      sources: collected,
      counts: [...counts],
      health: day.health,
      failures,
    });
  return {
    kind: "day",
    state: {
      collected,
      allSourcesFailed: noted.allSourcesFailed,
      counts: [...counts],
      health: day.health,
      pages: day.pages,
      failures,
    },
  };
}

/** A briefing's part of a day read for several (shared-day.ts's partOfDay), and the whole day to hand on. */
async function ownPart(ctx: JobContext, date: string, shared: SharedDay): Promise<DayValue> {
  const ids = new Set(ctx.config.sources.map((s) => s.id));
  const part = partOfDay({ ...shared, counts: new Map(shared.counts) }, ids);
  const articles = await loadDay(ctx.deps, date);
  return {
    kind: "day",
    state: {
      collected: part.sources,
      allSourcesFailed: part.allSourcesFailed,
      counts: [...part.counts],
      health: part.health,
      pages: countMissingPages(articles, (sourceId) => pagesMode(ctx.deps, sourceId)),
      failures: part.failures,
    },
    shared,
  };
}

/** dedup: the day's stored articles clustered into stories once (and the stories saved). */
export async function dedupJob(ctx: JobContext, job: DayJob, signal: AbortSignal): Promise<DayValue> {
  const { run } = job.data;
  await assertRunOpen(ctx, run);
  const state = await stateOf(job);
  const failures = [...state.failures];
  const plan = await dedupStep(
    ctx.deps,
    runContextOf(run, failures, signal),
    await loadDay(ctx.deps, run.date),
  );
  return { kind: "day", state: { ...state, failures, plan: planToWire(plan) } };
}

/**
 * analyse-day: one analyse job per story's primary article; once they are done, their counts
 * summed and the LLM budget judged from the run's stored usage (shared by every worker).
 */
export async function analyseDayJob(
  ctx: JobContext,
  job: DayJob,
  token: string | undefined,
): Promise<DayValue> {
  const { run, request } = job.data;
  await assertRunOpen(ctx, run);
  const state = await stateOf(job);
  await fanOut(ctx, job, token, async () =>
    (state.plan?.primaries ?? []).map((articleId) => ({
      queue: QUEUES.analyse,
      name: "analyse",
      id: jobIdOf(run, "analyse", String(articleId)),
      data: { run, articleId, reanalyse: request.reanalyse },
    })),
  );
  const counts: AnalyseCounts = { cached: 0, analysed: 0, fallback: 0, failed: 0, rejected: 0 };
  for (const value of await childValues<AnalyseValue>(job, "analyse")) addCounts(counts, value.counts);
  const { budget } = await ctx.analysisFor(run);
  return {
    kind: "day",
    state: { ...state, analyse: { counts, budgetExhausted: budget?.exhausted === true } },
  };
}

/** publish: verify, rank and publish, as runDaily does after analysis (files, archive, store). */
export async function publishJob(ctx: JobContext, job: DayJob): Promise<DayValue> {
  const { run, request } = job.data;
  await assertRunOpen(ctx, run);
  const state = await stateOf(job);
  const articles = await loadDay(ctx.deps, run.date);
  const deps: PipelineDeps = { ...ctx.deps, analysis: await ctx.analysisFor(run) };
  const verified = await verifyStep(deps, {
    articles,
    plan: planFromWire(state.plan!, articles),
    counts: new Map(state.counts),
    previous: request.earlier?.coverage,
  });
  const notes = footerNotes({
    sources: state.collected,
    allSourcesFailed: state.allSourcesFailed,
    health: state.health,
    budgetExhausted: state.analyse?.budgetExhausted ?? false,
  });
  const briefing = await rankStep(deps, { date: run.date, verified, notes });
  if (request.review) {
    // publish.review: the day ends at a draft, as runDaily's does; an editor or the deadline
    // publishes it. A day on which no source answered leaves no (empty) draft behind.
    const nothingToSay = state.allSourcesFailed && briefing.items.length === 0;
    const draft = nothingToSay
      ? undefined
      : await saveDraftStep(deps, { briefing, runId: run.runId, kind: request.kind });
    return { kind: "day", state: { ...state, plan: undefined, briefing, ...(draft ? { draft } : {}) } };
  }
  const published = await publishBriefing(deps, briefing, {
    runId: run.runId,
    warnNoSiteUrl: request.command !== "demo",
  });
  return { kind: "day", state: { ...state, plan: undefined, briefing, outputs: published.outputs } };
}

/**
 * deliver-day: one deliver job per enabled channel (unless there is nothing to say); once they are
 * done, the run's status decided and its row closed, as runDaily ends. Its value is the run's summary.
 */
export async function deliverDayJob(
  ctx: JobContext,
  job: DayJob,
  token: string | undefined,
): Promise<RunValue> {
  const { run, request } = job.data;
  await assertRunOpen(ctx, run);
  const state = await stateOf(job);
  const briefing = state.briefing!;
  // An empty briefing of a day on which no source answered is not news: the alert said it.
  const nothingToSay = state.allSourcesFailed && briefing.items.length === 0;
  // A draft waits for its review: nothing goes to the channels now.
  const send = request.deliver !== false && !nothingToSay && !request.review;
  await fanOut(ctx, job, token, async () => {
    if (nothingToSay)
      ctx.deps.logger.warn({ stage: "deliver" }, "every source failed: nothing sent to the channels");
    if (!send) return [];
    return briefingChannels(ctx.config)
      .filter((c) => c.enabled)
      .map((c) => ({
        queue: QUEUES.deliver,
        name: "deliver",
        id: jobIdOf(run, "deliver", c.id),
        data: { run, request, channelId: c.id, briefing },
      }));
  });
  const summary: RunSummary = {
    runId: run.runId,
    date: run.date,
    status: "ok",
    briefing,
    outputs: state.outputs ?? {},
    analyse: state.analyse?.counts,
    failures: [...state.failures],
    ...(state.draft ? { draft: state.draft } : {}),
  };
  const order = new Map(ctx.config.channels.map((c, i) => [c.id, i]));
  const delivered = (await childValues<DeliverValue>(job, "deliver")).sort(
    (a, b) => (order.get(a.channel?.id ?? "") ?? 0) - (order.get(b.channel?.id ?? "") ?? 0),
  );
  for (const value of delivered) summary.failures.push(...value.failures);
  const channels = delivered.flatMap((v) => (v.channel ? [v.channel] : []));
  if (channels.length > 0) {
    const ok = channels.every((c) => c.failed === 0 && !c.error);
    summary.delivery = { date: run.date, channels, ok } satisfies DeliveryReport;
  }
  settleRun(summary, {
    collected: { sources: state.collected, allSourcesFailed: state.allSourcesFailed },
    pages: state.pages,
    skippedDelivery: nothingToSay && !state.draft,
  });
  await closeRun(ctx.deps, summary);
  return { kind: "run", summary };
}
