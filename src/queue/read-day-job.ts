// read-day, the day queue's first step: the day's items chosen, read by one job each, and the read step finished.
import { Job, UnrecoverableError } from "bullmq";
import type { CollectedSource } from "../pipeline/collect-sources.ts";
import { pagesMode } from "../pipeline/extract-article.ts";
import { restoreHostState, saveHostState } from "../pipeline/host-state.ts";
import { planReads } from "../pipeline/read-articles.ts";
import { rereadPages } from "../pipeline/reread-pages.ts";
import { countMissingPages } from "../pipeline/run-status.ts";
import { partOfDay } from "../pipeline/shared-day.ts";
import { noteCollected } from "../pipeline/steps/collect-step.ts";
import { finishReadStep } from "../pipeline/steps/read-step.ts";
import { atStage, type RunFailure } from "../pipeline/steps/run-context.ts";
import { type DayJob, type DayValue, loadDay, type ReadPlan } from "./day-state.ts";
import type { CollectValue, ReadValue } from "./item-jobs.ts";
import { assertRunOpen, childValues, fanOut, type JobContext, runContextOf } from "./job-context.ts";
import { jobIdOf, QUEUES, type RunRef, type SharedDay } from "./job-names.ts";

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
 * a flow given that day (request.sharedFrom: the run that read it) fetches nothing. Either takes its own part of it.
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
  if (request.sharedFrom) return await ownPart(ctx, run.date, await sharedDayOf(ctx, request.sharedFrom));
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
  await fanOut(
    ctx,
    job,
    token,
    async () =>
      reads.candidates.map((candidate) => ({
        queue: QUEUES.read,
        name: "read",
        id: jobIdOf(run, "read", candidate.url),
        data: { run, candidate },
      })),
    // Each read job holds its own item: the day's items (with their text) leave this job's data.
    (data) => ({ ...data, reads: { ...reads, candidates: [] } }),
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
  if (run.shared) {
    const shared: SharedDay = { sources: collected, counts: [...counts], health: day.health, failures };
    return { ...(await ownPart(ctx, run.date, shared)), shared };
  }
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

/**
 * The day another briefing's flow read for several (its read-day's value, `shared`), from Redis.
 * Gone (a completed job is kept a day) or never read, the run cannot go on: an error that says so.
 */
export async function sharedDayOf(ctx: JobContext, from: RunRef): Promise<SharedDay> {
  const id = jobIdOf(from, "read-day");
  const job = await Job.fromId<unknown, DayValue>(ctx.queues[QUEUES.day], id);
  const shared = job?.returnvalue?.shared;
  if (!shared)
    throw new UnrecoverableError(
      `the day read by run ${from.runId} (briefing ${from.briefing}) is not in the queue (job ${id}): run the day again`,
    );
  return shared;
}

/** A briefing's part of a day read for several (shared-day.ts's partOfDay). */
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
  };
}
