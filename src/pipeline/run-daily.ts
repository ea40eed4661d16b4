import type { DeliveryReport } from "../deliver/index.ts";
import { DaybriefError, errorMessage } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import { renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import { dayRange } from "../time.ts";
import { type AnalyseCounts, analyseArticles } from "./analyse-articles.ts";
import { assembleBriefing } from "./assemble-briefing.ts";
import { clusterStories } from "./cluster-stories.ts";
import { collectSources, recordCollected } from "./collect-sources.ts";
import { deliverToChannels, entriesDeliveredEverywhere, sendTextToChannel } from "./deliver-channels.ts";
import type { PipelineDeps } from "./deps.ts";
import { type PublishResult, publishBriefing } from "./publish.ts";
import { readArticles } from "./read-articles.ts";
import { alertOnSourceHealth } from "./source-health.ts";

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
}

export interface RunSummary {
  runId: number;
  date: string;
  status: "ok" | "failed" | "cancelled";
  briefing?: Briefing;
  outputs: PublishResult["outputs"];
  analyse?: AnalyseCounts;
  delivery?: DeliveryReport;
  failures: { stage: string; sourceId?: string; url?: string; message: string }[];
  error?: string;
}

/**
 * One daily run: collect → read → analyse → build (rank) → publish. A source, a page or an analysis
 * that fails is recorded and the run goes on; only a failure of the run itself (the store, the
 * output folder) ends it with status "failed".
 */
export async function runDaily(deps: PipelineDeps, options: RunOptions): Promise<RunSummary> {
  const { store, config, logger } = deps;
  const runId = store.startRun({
    date: options.date,
    startedAt: deps.now().toISOString(),
    command: options.command ?? "run",
  });
  const log = logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  try {
    const before = store.getBriefing(options.date);
    deps.progress.stage("collect");
    const collected = await collectSources(deps, options.signal);
    for (const c of collected) {
      if (c.status === "failed")
        summary.failures.push({ stage: "collect", sourceId: c.source.id, message: c.error ?? "failed" });
    }
    options.signal?.throwIfAborted();
    deps.progress.stage("read");
    const counts = await readArticles(deps, collected, options.date, options.signal);
    recordCollected(deps, collected);
    const health = await alertOnSourceHealth(deps, {
      channelId: config.health.alertChannel,
      failAfter: config.health.failAfter,
      staleAfterDays: config.health.staleAfterDays,
      send: (text) =>
        config.health.alertChannel
          ? sendTextToChannel(deps, config.health.alertChannel, text)
          : Promise.resolve(),
    });
    if (health.error) summary.failures.push({ stage: "health", message: `alert not sent: ${health.error}` });

    const { start, end } = dayRange(options.date, config.timezone);
    const articles = store.listArticlesPublishedBetween(start.toISOString(), end.toISOString());
    for (const a of articles) {
      if (a.status === "failed" || a.status === "deleted" || a.status === "blocked")
        summary.failures.push({
          stage: "read",
          sourceId: a.sourceId,
          url: a.url,
          message: a.statusReason ?? a.status,
        });
    }
    deps.progress.stage("dedup");
    const stories = await clusterStories(deps, articles, options.date, {
      windowDays: config.dedup.windowDays,
      thresholds: config.dedup.thresholds,
      runId,
    });
    deps.progress.stage("analyse");
    summary.analyse = await analyseArticles(deps, stories.primaries, {
      runId,
      reanalyse: options.reanalyse,
      signal: options.signal,
      concurrency: deps.analyser === deps.offline ? 1 : 4,
    });
    options.signal?.throwIfAborted();
    deps.progress.stage("publish");
    const notes = health.active.map((a) => `⚠️ ${a.message}`);
    const budget = (deps.analyser as { budget?: { exhausted: boolean; reason?: string } }).budget;
    if (budget?.exhausted) notes.push(`LLM 预算已用尽（${budget.reason ?? ""}），其余文章由离线分析器处理`);
    const briefing = await assembleBriefing(deps, options.date, { counts, notes });
    summary.briefing = briefing;
    const published = await publishBriefing(deps, briefing, { runId });
    summary.outputs = published.outputs;
    const toSend =
      options.kind === "update"
        ? newEntriesOnly(briefing, before?.json, entriesDeliveredEverywhere(deps, options.date))
        : { briefing, rendered: published.rendered };
    if (options.deliver !== false && toSend) {
      summary.delivery = await deliverToChannels(deps, toSend.briefing, toSend.rendered, {
        force: options.forceDeliver,
        signal: options.signal,
        kind: options.kind === "update" ? "update" : "briefing",
      });
      for (const ch of summary.delivery?.channels ?? []) {
        const failed = ch.parts.filter((p) => p.status === "failed");
        if (ch.error || failed.length > 0) {
          summary.failures.push({
            stage: "deliver",
            message: `${ch.id}: ${ch.error ?? failed.map((p) => `part ${p.index}/${p.total} ${p.reason ?? ""}`).join("; ")}`,
          });
        }
      }
    }
  } catch (error) {
    summary.status = options.signal?.aborted ? "cancelled" : "failed";
    summary.error = errorMessage(error);
    log.error({ err: summary.error }, "run failed");
    if (!options.signal?.aborted && !(error instanceof DaybriefError) && error instanceof Error) {
      // Not one of our named errors: a bug. Keep the stack; the CLI decides how to show it.
      summary.error = error.stack ?? summary.error;
    }
    summary.failures.push({ stage: "run", message: errorMessage(error) });
  } finally {
    store.finishRun(runId, {
      endedAt: deps.now().toISOString(),
      status: summary.status,
      counts: {
        entries: summary.briefing?.items.length ?? 0,
        ...(summary.analyse ?? {}),
      },
      failures: summary.failures,
    });
    deps.progress.done();
  }
  return summary;
}

/**
 * The entries a catch-up run adds, rendered for the channels: those not yet delivered to every
 * channel (so an update cut off mid-delivery is completed next time), or with no channel log, those
 * not in the day's earlier briefing.
 */
function newEntriesOnly(briefing: Briefing, earlierJson: string | undefined, delivered?: Set<string>) {
  const earlier =
    delivered ?? new Set(earlierJson ? (JSON.parse(earlierJson) as Briefing).items.map((i) => i.url) : []);
  const items = briefing.items.filter((i) => !earlier.has(i.url));
  if (items.length === 0) return undefined;
  const update: Briefing = {
    ...briefing,
    items,
    notes: [`更新：本日简报新增 ${items.length} 条`, ...briefing.notes],
  };
  return {
    briefing: update,
    rendered: { markdown: renderMarkdown(update), html: renderHtml(update), json: renderJson(update) },
  };
}
