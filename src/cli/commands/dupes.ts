import { existsSync } from "node:fs";
import {
  type ClusterInput,
  clusterArticles,
  clusterArticlesJudged,
  type EarlierStory,
  shiftDay,
} from "../../dedup/index.ts";
import {
  judgementKey,
  planStories,
  type StoryCluster,
  toClusterInput,
} from "../../pipeline/cluster-stories.ts";
import { openStore } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig, resolveDate } from "../load.ts";

/**
 * `daybrief dupes --date D`: which articles of the day were merged into one story and why (the
 * similarity scores), and which stories repeat or follow up an earlier briefing. Recomputes the
 * clusters from the stored articles; writes nothing.
 */
export async function dupesCommand(
  ctx: CliContext,
  options: { config?: string; date?: string },
): Promise<number> {
  const config = loadCliConfig(ctx, options.config);
  const date = resolveDate(ctx, config, options.date);
  if (!existsSync(config.store.path)) {
    print(ctx.stdout, "no articles stored yet");
    return 0;
  }
  const store = openStore(config.store.path);
  try {
    const articles = (await store.listArticlesForDay(date, config.timezone)).filter(
      (a) => a.status === "ok" || a.status === "feed-only",
    );
    const earlier = (await store.listStoriesSince(shiftDay(date, -config.dedup.windowDays))).map(
      (s): EarlierStory => ({ ...s, title: s.primaryTitle, url: s.primaryUrl }),
    );
    const sourceNames = new Map(config.sources.map((s) => [s.id, s.name]));
    const thresholds = config.dedup.thresholds;
    // With dedup.judge, the answers the run stored decide the ambiguous pairs here too (never asked anew).
    const judge = config.dedup.judge
      ? async (a: ClusterInput, b: ClusterInput) => (await store.findJudgement(judgementKey(a, b))) ?? false
      : undefined;
    const inputs = articles.map(toClusterInput);
    const clusters = judge
      ? await clusterArticlesJudged(inputs, { thresholds, judge })
      : clusterArticles(inputs, { thresholds });
    const plan = planStories(articles, clusters, earlier, date, sourceNames, {
      windowDays: config.dedup.windowDays,
      thresholds,
    });
    const merged = plan.clusters.filter((c) => c.members.length > 0 || c.earlier);
    const copies = plan.clusters.reduce((n, c) => n + c.members.length, 0);
    print(
      ctx.stdout,
      `${date}: ${articles.length} articles → ${plan.clusters.length} stories ` +
        `(${copies} copies merged, ${plan.clusters.filter((c) => c.earlier?.kind === "repeat").length} repeats, ` +
        `${plan.followUps.size} follow-ups)`,
    );
    const byId = new Map(articles.map((a) => [a.id!, a]));
    const textOf = (id: number) => textFromLabel(byId.get(id)?.textFrom);
    for (const story of merged)
      printStory(ctx, story, byId.get(story.primaryArticleId)?.sourceId, sourceNames, textOf);
    return 0;
  } finally {
    await store.close();
  }
}

function printStory(
  ctx: CliContext,
  story: StoryCluster,
  sourceId: string | undefined,
  names: Map<string, string>,
  textOf: (articleId: number) => string = () => "",
): void {
  print(ctx.stdout);
  print(
    ctx.stdout,
    `● 《${story.title}》 ${names.get(sourceId ?? "") ?? sourceId ?? ""} #${story.primaryArticleId}${textOf(story.primaryArticleId)}`,
  );
  if (story.earlier) {
    const label = story.earlier.kind === "repeat" ? "repeat of (not shown)" : "follow-up of";
    const facts = story.earlier.newFacts.length > 0 ? ` — new: ${story.earlier.newFacts.join(", ")}` : "";
    print(ctx.stdout, `    ${label} ${story.earlier.date} 《${story.earlier.title}》${facts}`);
  }
  for (const m of story.members) {
    const s = m.scores;
    const detail =
      m.reason === "exact"
        ? "same link, GUID or text"
        : `text ${fmt(s.text)} · title ${fmt(s.title)} · entities ${fmt(s.entity)} · story ${fmt(s.story)}`;
    print(
      ctx.stdout,
      `    ├ ${names.get(m.sourceId) ?? m.sourceId} 《${m.title}》 #${m.articleId}${textOf(m.articleId)} ${m.reason} ${fmt(m.similarity)} (${detail})`,
    );
  }
}

function fmt(x: number): string {
  return x.toFixed(2);
}

/** " (text: feed)" / " (text: page)": where the article's text came from (feed-first or the page). */
export function textFromLabel(textFrom: string | undefined): string {
  return textFrom ? ` (text: ${textFrom})` : "";
}
