import type { Article } from "../../model/article.ts";
import { redactPatterns } from "../../model/redact.ts";
import { dayRange } from "../../time.ts";
import { recordCollected } from "../collect-sources.ts";
import { sendTextToChannel } from "../deliver-channels.ts";
import type { PipelineDeps } from "../deps.ts";
import { pagesMode } from "../extract-article.ts";
import { type ReadCounts, readArticles } from "../read-articles.ts";
import { countMissingPages, isUnreadPage } from "../run-status.ts";
import { alertOnSourceHealth, type SourceHealthReport } from "../source-health.ts";
import { articlesOfBriefing } from "./briefing-articles.ts";
import type { Collected } from "./collect-step.ts";
import { atStage, type RunContext } from "./run-context.ts";

/** What the read step hands on: the day's articles as stored, and what this run saw per source. */
export interface ReadDay {
  /** Every stored article of the day (read by this run or an earlier one), full text included. */
  articles: Article[];
  /** Per-source counts of this run, for the coverage footer. */
  counts: Map<string, ReadCounts>;
  /** The sources' health after this run (active flags go into the footer). */
  health: SourceHealthReport;
  /** Pages that could not be read, or were not (the feed's text stands in): they degrade the run. */
  pages: { failed: number; unread: number };
}

/**
 * read (extract): the day's new items read and extracted (extractArticle) and stored; then each
 * feed's validators recorded, the sources' health assessed (and alerted), and the day's articles
 * loaded once for the steps after.
 */
export async function readStep(deps: PipelineDeps, run: RunContext, collected: Collected): Promise<ReadDay> {
  deps.progress.stage("read");
  const counts = await readArticles(atStage(deps, "read"), collected.sources, run.date, run.signal);
  return await finishReadStep(deps, run, collected, counts);
}

/**
 * The read step once the day's pages are stored (in process, or by queue jobs): each feed's
 * validators recorded, the sources' health assessed (and alerted), the day's articles loaded.
 */
export async function finishReadStep(
  deps: PipelineDeps,
  run: RunContext,
  collected: Collected,
  counts: Map<string, ReadCounts>,
): Promise<ReadDay> {
  const { store, config } = deps;
  const redact = deps.redact ?? redactPatterns;
  await recordCollected(deps, collected.sources);
  const health = await alertOnSourceHealth(atStage(deps, "health"), {
    channelId: config.health.alertChannel,
    failAfter: collected.allSourcesFailed ? 1 : config.health.failAfter,
    staleAfterDays: config.health.staleAfterDays,
    send: (text) =>
      config.health.alertChannel
        ? sendTextToChannel(deps, config.health.alertChannel, text)
        : Promise.resolve(),
  });
  if (health.error) run.failures.push({ stage: "health", message: `alert not sent: ${health.error}` });

  const { start, end } = dayRange(run.date, config.timezone);
  const articles = articlesOfBriefing(
    config,
    await store.listArticlesPublishedBetween(start.toISOString(), end.toISOString()),
  );
  const mode = (sourceId: string) => pagesMode(deps, sourceId);
  const pages = countMissingPages(articles, mode);
  for (const a of articles) {
    const unread = isUnreadPage(a, mode);
    if (a.status === "failed" || a.status === "deleted" || a.status === "blocked" || unread)
      run.failures.push({
        stage: "read",
        sourceId: a.sourceId,
        url: a.url,
        message: redact(a.statusReason ?? a.status),
      });
  }
  return { articles, counts, health, pages };
}
