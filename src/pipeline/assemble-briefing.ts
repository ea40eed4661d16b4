import type { Article } from "../model/article.ts";
import type { Briefing } from "../model/briefing.ts";
import { dayRange } from "../time.ts";
import { buildBriefing } from "./build-briefing.ts";
import { clusterStories, type StoryPlan } from "./cluster-stories.ts";
import type { PipelineDeps } from "./deps.ts";
import type { ReadCounts } from "./read-articles.ts";

/**
 * Reads a day's articles and analyses from the store and builds the briefing. Used by a run (with
 * its counts) and by `daybrief render` (without: coverage comes from the stored briefing).
 */
export async function assembleBriefing(
  deps: PipelineDeps,
  date: string,
  extra: {
    counts?: Map<string, ReadCounts>;
    notes?: string[];
    /**
     * The day as the run already holds it: its articles (as read before dedup) and its story plan.
     * A run passes both so the day is loaded and clustered once; a re-render passes neither.
     */
    day?: { articles: Article[]; stories: StoryPlan };
  } = {},
): Promise<Briefing> {
  const { store, config } = deps;
  const { start, end } = dayRange(date, config.timezone);
  const articles = extra.day?.articles ?? (await store.listArticlesPublishedBetween(start, end));
  // A briefing stored by an older version may have no coverage.
  const previous = (await store.getBriefing(date))?.briefing.coverage as Briefing["coverage"] | undefined;
  const stories =
    extra.day?.stories ??
    (await clusterStories(deps, articles, date, {
      windowDays: config.dedup.windowDays,
      thresholds: config.dedup.thresholds,
      save: false,
    }));
  const briefing = buildBriefing({
    stories,
    config,
    date,
    generatedAt: deps.now().toISOString(),
    articles,
    analyses: await store.listAnalysesForArticles(articles.map((a) => a.id!)),
    primary: deps.analyser.cacheNames ?? [deps.analyser.info.name],
    counts: extra.counts,
    previous,
    notes: extra.notes,
  });
  const usage = await store.sumUsageForDate(date);
  if (usage.calls > 0) {
    // Costs in two currencies cannot be added: show the first, and name the rest in a note.
    const [currency = "CNY", cost = 0] = Object.entries(usage.costByCurrency)[0] ?? [];
    briefing.usage = {
      calls: usage.calls,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      cost,
      currency,
    };
    for (const [other, amount] of Object.entries(usage.costByCurrency).slice(1)) {
      briefing.notes.push(`LLM 费用另有 ${amount.toFixed(4)} ${other}`);
    }
  }
  return briefing;
}
