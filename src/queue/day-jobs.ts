import { briefingChannels } from "../config/index.ts";
import type { DeliveryReport } from "../deliver/index.ts";
import { type AnalyseCounts, addCounts } from "../pipeline/analyse-articles.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { publishBriefing } from "../pipeline/publish.ts";
import { saveDraftStep } from "../pipeline/review-draft.ts";
import { closeRun, type RunSummary, settleRun } from "../pipeline/run-daily.ts";
import { dedupStep } from "../pipeline/steps/dedup-step.ts";
import { footerNotes } from "../pipeline/steps/footer-notes.ts";
import { rankStep } from "../pipeline/steps/rank-step.ts";
import { verifyStep } from "../pipeline/steps/verify-step.ts";
import { type DayJob, type DayValue, loadDay, type RunValue, stateOf } from "./day-state.ts";
import type { AnalyseValue, DeliverValue } from "./item-jobs.ts";
import { assertRunOpen, childValues, fanOut, type JobContext, runContextOf } from "./job-context.ts";
import { jobIdOf, QUEUES } from "./job-names.ts";
import { planFromWire, planToWire } from "./story-plan-wire.ts";

// The run's steps on the `day` queue. Each takes the state the step before handed on (its child's
// return value), does what runDaily's step of the same name does, and hands the state on.
// The state they hand on is in day-state.ts, the first step (read-day) in read-day-job.ts.

export type { DayState, DayValue, RunValue } from "./day-state.ts";
export { readDayJob } from "./read-day-job.ts";

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
