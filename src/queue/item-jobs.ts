import type { Job } from "bullmq";
import type { ChannelReport } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import type { AnalyseCounts } from "../pipeline/analyse-articles.ts";
import { analyseArticle } from "../pipeline/analyse-articles.ts";
import { type CollectedSource, collectSource } from "../pipeline/collect-sources.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import type { Candidate } from "../pipeline/extract-article.ts";
import { restoreHostState, saveHostState } from "../pipeline/host-state.ts";
import { readCandidate } from "../pipeline/read-articles.ts";
import { hostOf } from "../pipeline/read-page.ts";
import { deliverStep } from "../pipeline/steps/deliver-step.ts";
import type { RunFailure } from "../pipeline/steps/run-context.ts";
import { atStage } from "../pipeline/steps/run-context.ts";
import { renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import { assertRunOpen, type JobContext, runContextOf } from "./job-context.ts";
import type { JobData, RunRequest } from "./job-names.ts";

// One item per job: a source, a page, an article, a channel. Each calls the pipeline's own
// function for one item and returns what the run's step would have counted, tagged with its kind.

/**
 * The deps with every GET (a feed, a page, each redirect's start) waiting first for its host's turn
 * across all workers: only requests really made are paced (a feed that carries the whole article
 * asks for no page and waits for nothing).
 */
function gated(ctx: JobContext, deps: PipelineDeps): PipelineDeps {
  const { http } = deps;
  return {
    ...deps,
    http: {
      ...http,
      get: async (url, options) => {
        await ctx.hostGate.wait(hostOf(url), options?.signal);
        return await http.get(url, options);
      },
    },
  };
}

export interface CollectValue {
  kind: "collect";
  collected: CollectedSource;
}

/** collect: one source's feed (conditional GET); its items go to the read-day step. */
export async function collectJob(
  ctx: JobContext,
  job: Job<JobData & { sourceId: string }>,
  signal: AbortSignal,
): Promise<CollectValue> {
  const { run, sourceId } = job.data;
  await assertRunOpen(ctx, run);
  const source = ctx.config.sources.find((s) => s.id === sourceId && s.enabled);
  if (!source) throw new Error(`source "${sourceId}" is not an enabled source of this config`);
  const collected = await collectSource(gated(ctx, ctx.deps), source, signal);
  if (collected.status === "failed") ctx.metrics.fetchError("feed");
  return { kind: "collect", collected };
}

export interface ReadValue {
  kind: "read";
  sourceId: string;
  outcome: "stored" | "duplicate";
}

/**
 * read: one new item of the day read and stored, idempotent by its canonical URL: an article this
 * run already stored under it (a retried job whose first attempt died after storing) is counted
 * stored again without another request.
 */
export async function readPageJob(
  ctx: JobContext,
  job: Job<JobData & { candidate: Candidate }>,
  signal: AbortSignal,
): Promise<ReadValue> {
  const { run, candidate } = job.data;
  await assertRunOpen(ctx, run);
  const deps = gated(ctx, atStage(ctx.deps, "read"));
  const done = await deps.store.findArticleByUrl(candidate.url);
  // The read-day step only chose links not stored: one stored now was stored by this job.
  if (done) return { kind: "read", sourceId: candidate.sourceId, outcome: "stored" };
  const host = hostOf(candidate.item.url);
  // The host's cool-downs and today's request count are the store's: shared with every worker.
  await ctx.hostStateLock.run(() => restoreHostState(deps, [host]));
  try {
    // One transaction per page: the article and its place in the re-read queue together.
    const writer = {
      run: <T>(fn: Parameters<typeof deps.store.transaction<T>>[0]) => deps.store.transaction(fn),
    };
    const read = await readCandidate(deps, writer, candidate, signal);
    if (read.pageFailed) ctx.metrics.fetchError("page");
    return { kind: "read", sourceId: candidate.sourceId, outcome: read.outcome };
  } finally {
    await ctx.hostStateLock.run(() => saveHostState(deps));
  }
}

export interface AnalyseValue {
  kind: "analyse";
  counts: AnalyseCounts;
}

const NO_COUNTS: AnalyseCounts = { cached: 0, analysed: 0, fallback: 0, failed: 0, rejected: 0 };

/**
 * analyse: one story's primary article, once per (content hash, analyser, prompt version). What this
 * run already stored for the article (a retried job whose first attempt died after saving) is
 * counted, never asked again — also under --reanalyse, where the cache is otherwise skipped.
 */
export async function analyseArticleJob(
  ctx: JobContext,
  job: Job<JobData & { articleId: number; reanalyse?: boolean }>,
  signal: AbortSignal,
): Promise<AnalyseValue> {
  const { run, articleId, reanalyse } = job.data;
  await assertRunOpen(ctx, run);
  const deps = atStage(ctx.deps, "analyse");
  const article = await deps.store.getArticle(articleId);
  if (!article) throw new Error(`article ${articleId} is not stored`);
  const input = await ctx.analysisFor(run);
  const earlier = await doneByThisRun(
    ctx,
    run.runId,
    articleId,
    input.primary.cacheNames ?? [input.primary.info.name],
  );
  if (earlier) return { kind: "analyse", counts: earlier };
  const sourceName = ctx.config.sources.find((s) => s.id === article.sourceId)?.name ?? article.sourceId;
  const { analysis: _unused, ...rest } = deps;
  const counts = await analyseArticle(rest, article, sourceName, input, {
    runId: run.runId,
    reanalyse,
    signal,
  });
  return { kind: "analyse", counts };
}

/** The counts of an analysis this run already stored for the article, or undefined when there is none. */
async function doneByThisRun(
  ctx: JobContext,
  runId: number,
  articleId: number,
  primaryNames: readonly string[],
): Promise<AnalyseCounts | undefined> {
  const rows = (await ctx.deps.store.listAnalysesForArticles([articleId])).filter((r) => r.runId === runId);
  const primary = rows.find((r) => primaryNames.includes(r.analyser.name) && !r.analyser.fallback);
  if (!primary) return undefined;
  if (primary.status === "ok") return { ...NO_COUNTS, analysed: 1 };
  if (primary.status === "rejected") return { ...NO_COUNTS, analysed: 1, rejected: 1 };
  const fallback = rows.find((r) => r.analyser.fallback);
  // The primary failed and its fallback is not stored yet: the job goes on from there.
  if (!fallback) return undefined;
  return { ...NO_COUNTS, analysed: 1, ...(fallback.status === "ok" ? { fallback: 1 } : { failed: 1 }) };
}

export interface DeliverValue {
  kind: "deliver";
  channel?: ChannelReport;
  failures: RunFailure[];
}

/**
 * deliver: one channel's parts, in order, through the delivery log: a part whose key says it was
 * sent is skipped, so a retried job sends only what is missing.
 */
export async function deliverChannelJob(
  ctx: JobContext,
  job: Job<JobData & { request: RunRequest; channelId: string; briefing: Briefing }>,
  signal: AbortSignal,
): Promise<DeliverValue> {
  const { run, request, channelId, briefing } = job.data;
  await assertRunOpen(ctx, run);
  const failures: RunFailure[] = [];
  const report = await deliverStep(ctx.deps, runContextOf(run, failures, signal), {
    briefing,
    // The renderings the publish step wrote: pure functions of the briefing.
    rendered: { markdown: renderMarkdown(briefing), html: renderHtml(briefing), json: renderJson(briefing) },
    kind: request.kind,
    earlierUrls: request.earlier && new Set(request.earlier.urls),
    force: request.forceDeliver,
    channelIds: [channelId],
  });
  return { kind: "deliver", channel: report?.channels[0], failures };
}
