import type { Config } from "../../config/index.ts";
import type { Article } from "../../model/article.ts";

/**
 * The day's stored articles a briefing builds from: of a briefing's own config (config `briefings`,
 * `briefing.id` set) those of its sources; of the install's config, all of them as before.
 */
export function articlesOfBriefing(
  config: Pick<Config, "briefing" | "sources">,
  articles: Article[],
): Article[] {
  if (config.briefing.id === undefined) return articles;
  const ids = new Set(config.sources.map((s) => s.id));
  return articles.filter((a) => ids.has(a.sourceId));
}
