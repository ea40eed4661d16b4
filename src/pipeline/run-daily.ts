import { hostname } from "node:os";
import type { DeliveryReport } from "../deliver/index.ts";
import { DaybriefError, errorMessage } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import { describeReason } from "../model/reasons.ts";
import { redactDeep, redactPatterns } from "../model/redact.ts";
import { renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import { dayRange } from "../time.ts";
import { type AnalyseCounts, analyseArticles } from "./analyse-articles.ts";
import { assembleBriefing } from "./assemble-briefing.ts";
import { clusterStories } from "./cluster-stories.ts";
import { type CollectedSource, collectSources, recordCollected } from "./collect-sources.ts";
import { deliverToChannels, entriesDeliveredEverywhere, sendTextToChannel } from "./deliver-channels.ts";
import type { PipelineDeps } from "./deps.ts";
import { type PublishResult, publishBriefing } from "./publish.ts";
import { pagesMode, readArticles } from "./read-articles.ts";
import { processAlive } from "./run-lock.ts";
import { countMissingPages, decideRunStatus, isUnreadPage, type RunStatus } from "./run-status.ts";
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
  /** Called once the run is recorded, with its id (the HTTP API answers a started run with it). */
  onStart?: (runId: number) => void;
}

export interface RunSummary {
  runId: number;
  date: string;
  status: RunStatus;
  /** Why the status is not ok, in one line. */
  reason?: string;
  briefing?: Briefing;
  outputs: PublishResult["outputs"];
  analyse?: AnalyseCounts;
  delivery?: DeliveryReport;
  failures: { stage: string; sourceId?: string; url?: string; message: string }[];
  error?: string;
}

/**
 * One daily run: collect → read → analyse → build (rank) → publish → deliver. A source, a page or
 * an analysis that fails is recorded and the run goes on (status "degraded"); a run in which no
 * source answered, every channel failed, or the run itself broke ends "failed" (see run-status.ts).
 */
export async function runDaily(deps: PipelineDeps, options: RunOptions): Promise<RunSummary> {
  const { store, config, logger } = deps;
  const redact = deps.redact ?? redactPatterns;
  const host = hostname();
  // Runs left "running" by a process that is gone (kill -9, a crash) are not running.
  store.markInterruptedRuns(
    deps.now().toISOString(),
    (r) => r.pid === undefined || (r.host === host && r.pid !== process.pid && !processAlive(r.pid)),
  );
  const runId = store.startRun({
    date: options.date,
    startedAt: deps.now().toISOString(),
    command: options.command ?? "run",
    pid: process.pid,
    host,
  });
  options.onStart?.(runId);
  const log = logger.child({ run_id: runId, date: options.date });
  const summary: RunSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  try {
    const before = store.getBriefing(options.date);
    deps.progress.stage("collect");
    const collected = await collectSources(deps, options.signal);
    for (const c of collected) {
      if (c.status === "failed")
        summary.failures.push({ stage: "collect", sourceId: c.source.id, message: c.error ?? "failed" });
      else if (c.lost) summary.failures.push({ stage: "collect", sourceId: c.source.id, message: c.lost });
    }
    // Nothing answered: say so at once (the health alert does not wait for failAfter runs).
    const allSourcesFailed = collected.length > 0 && collected.every((c) => c.status === "failed");
    options.signal?.throwIfAborted();
    deps.progress.stage("read");
    const counts = await readArticles(atStage(deps, "read"), collected, options.date, options.signal);
    recordCollected(deps, collected);
    const health = await alertOnSourceHealth(atStage(deps, "health"), {
      channelId: config.health.alertChannel,
      failAfter: allSourcesFailed ? 1 : config.health.failAfter,
      staleAfterDays: config.health.staleAfterDays,
      send: (text) =>
        config.health.alertChannel
          ? sendTextToChannel(deps, config.health.alertChannel, text)
          : Promise.resolve(),
    });
    if (health.error) summary.failures.push({ stage: "health", message: `alert not sent: ${health.error}` });

    const { start, end } = dayRange(options.date, config.timezone);
    const articles = store.listArticlesPublishedBetween(start.toISOString(), end.toISOString());
    const pages = countMissingPages(articles, (sourceId) => pagesMode(deps, sourceId));
    for (const a of articles) {
      const unread = isUnreadPage(a, (sourceId) => pagesMode(deps, sourceId));
      if (a.status === "failed" || a.status === "deleted" || a.status === "blocked" || unread)
        summary.failures.push({
          stage: "read",
          sourceId: a.sourceId,
          url: a.url,
          message: redact(a.statusReason ?? a.status),
        });
    }
    deps.progress.stage("dedup");
    const stories = await clusterStories(atStage(deps, "dedup"), articles, options.date, {
      windowDays: config.dedup.windowDays,
      thresholds: config.dedup.thresholds,
      runId,
    });
    deps.progress.stage("analyse");
    summary.analyse = await analyseArticles(atStage(deps, "analyse"), stories.primaries, {
      runId,
      reanalyse: options.reanalyse,
      signal: options.signal,
      concurrency:
        deps.analyser === deps.offline ? config.analyse.offlineConcurrency : config.analyse.concurrency,
    });
    options.signal?.throwIfAborted();
    deps.progress.stage("publish");
    const notes = health.active.map((a) => `⚠️ ${a.message}`);
    if (allSourcesFailed) notes.unshift(`⚠️ ${allSourcesFailedNote(collected)}`);
    for (const c of collected) if (c.lost) notes.push(`⚠️ ${c.source.name}：${c.lost}`);
    const budget = (deps.analyser as { budget?: { exhausted: boolean; reason?: string } }).budget;
    if (budget?.exhausted) notes.push(`LLM ${describeReason({ key: "budget" })}，其余文章由离线分析器处理`);
    // The day's articles and stories as dedup saw them: loaded and clustered once per run.
    const briefing = await assembleBriefing(deps, options.date, {
      counts,
      notes,
      day: { articles, stories },
    });
    summary.briefing = briefing;
    const published = await publishBriefing(deps, briefing, { runId });
    summary.outputs = published.outputs;
    const toSend =
      options.kind === "update"
        ? newEntriesOnly(briefing, before?.json, entriesDeliveredEverywhere(deps, options.date))
        : { briefing, rendered: published.rendered };
    // An empty briefing of a day on which no source answered is not news: the alert said it.
    const nothingToSay = allSourcesFailed && briefing.items.length === 0;
    if (nothingToSay) log.warn({ stage: "deliver" }, "every source failed: nothing sent to the channels");
    if (options.deliver !== false && toSend && !nothingToSay) {
      summary.delivery = await deliverToChannels(
        withRedactedDeliveryLog(atStage(deps, "deliver")),
        toSend.briefing,
        toSend.rendered,
        {
          force: options.forceDeliver,
          signal: options.signal,
          kind: options.kind === "update" ? "update" : "briefing",
        },
      );
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
    const decided = decideRunStatus({
      collected: collected.map((c) => c.status),
      failures: summary.failures,
      analyse: summary.analyse,
      delivery: summary.delivery,
      skippedDelivery: nothingToSay,
      pagesFailed: pages.failed,
      pagesUnread: pages.unread,
    });
    summary.status = decided.status;
    summary.reason = decided.reason;
  } catch (error) {
    summary.status = options.signal?.aborted ? "cancelled" : "failed";
    summary.reason = summary.status === "cancelled" ? "cancelled by the user" : "the run itself failed";
    summary.error = errorMessage(error);
    log.error({ err: summary.error }, "run failed");
    if (!options.signal?.aborted && !(error instanceof DaybriefError) && error instanceof Error) {
      // Not one of our named errors: a bug. Keep the stack; the CLI decides how to show it.
      summary.error = error.stack ?? summary.error;
    }
    summary.failures.push({ stage: "run", message: errorMessage(error) });
  } finally {
    // Everything that leaves the run (the store, `runs`, the CLI's report) goes through the redactor.
    summary.failures = redactDeep(summary.failures, redact);
    if (summary.error) summary.error = redact(summary.error);
    if (summary.delivery) summary.delivery = redactDeep(summary.delivery, redact);
    store.finishRun(runId, {
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
  return summary;
}

/** The delivery log keeps each channel's error text: through the redactor, like everything stored. */
export function withRedactedDeliveryLog(deps: PipelineDeps): PipelineDeps {
  const { store } = deps;
  const redact = deps.redact ?? redactPatterns;
  return {
    ...deps,
    store: {
      ...store,
      recordDelivery: (input) =>
        store.recordDelivery({
          ...input,
          error: input.error === undefined ? undefined : redact(input.error),
        }),
    },
  };
}

/** The deps of one stage: its log lines carry `stage`, so a reader sees where a warning came from. */
function atStage(deps: PipelineDeps, stage: string): PipelineDeps {
  return { ...deps, logger: deps.logger.child({ stage }) };
}

/** "全部订阅源抓取失败：宕机号（服务端错误 · E_SERVER · HTTP 500）；…" for the footer. */
function allSourcesFailedNote(collected: CollectedSource[]): string {
  const why = collected
    .map((c) => `${c.source.name}（${c.reason ? describeReason(c.reason) : "未知错误"}）`)
    .join("；");
  return `全部订阅源抓取失败：${why}`;
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
