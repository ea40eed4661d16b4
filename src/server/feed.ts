import { getBriefing, listBriefings, type QueryContext } from "../queries/index.ts";
import { type FeedBriefing, renderAtomFeed, renderHtmlFragment } from "../render/index.ts";

/** The web app's Atom feed: the latest 20 days, each linking its page `/d/DATE` under `origin`. */
export async function appFeedXml(ctx: QueryContext, origin: string): Promise<string> {
  const { config } = ctx;
  const entries: FeedBriefing[] = [];
  for (const d of await listBriefings(ctx, { limit: 20 })) {
    const briefing = await getBriefing(ctx, d.date);
    if (briefing)
      entries.push({
        date: d.date,
        timezone: briefing.timezone,
        generatedAt: d.generatedAt,
        path: `d/${d.date}`,
        html: renderHtmlFragment(briefing),
        title: `${briefing.title ?? config.briefing.title} | ${d.date}`,
      });
  }
  return renderAtomFeed(entries, { siteUrl: `${origin}/`, title: config.briefing.title });
}
