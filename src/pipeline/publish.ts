import { join } from "node:path";
import { writeFileAtomic, writeFileAtomicFrom } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import { atomFeedParts, renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import type { PipelineDeps } from "./deps.ts";
import { FEED_DAYS, feedBriefingsOf, renderArchiveIndex } from "./publish-site.ts";

export interface PublishResult {
  /** Format → absolute path written. */
  outputs: Record<string, string>;
  /** The three renderings, for the channels. */
  rendered: { markdown: string; html: string; json: string };
}

/** Where a day's files go: <output.dir>/YYYY/YYYY-MM-DD.<ext>. */
export function archivePath(outDir: string, date: string, ext: string): string {
  return join(outDir, date.slice(0, 4), `${date}.${ext}`);
}

/** Renders the briefing, writes the archive files, the index page and the Atom feed, stores it. */
export async function publishBriefing(
  deps: PipelineDeps,
  briefing: Briefing,
  options: { runId?: number; warnNoSiteUrl?: boolean } = {},
): Promise<PublishResult> {
  const { config, store } = deps;
  const outDir = config.output.dir;
  const outputs: Record<string, string> = {};
  const rendered = { md: renderMarkdown(briefing), html: renderHtml(briefing), json: renderJson(briefing) };
  for (const format of config.output.formats) {
    const path = archivePath(outDir, briefing.date, format);
    await writeFileAtomic(path, rendered[format]);
    outputs[format] = path;
  }
  await store.saveBriefing({
    briefingId: config.briefing.id,
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    briefing,
    outputs,
    runId: options.runId,
  });
  await writeArchiveIndex(deps, briefing, options.warnNoSiteUrl ?? true);
  return { outputs, rendered: { markdown: rendered.md, html: rendered.html, json: rendered.json } };
}

/**
 * index.html and feed.xml over every stored briefing (the feed: the latest FEED_DAYS, one entry per
 * day whose content is the day's entries as an HTML fragment). The index reads each day's count and
 * first titles from the store. Without output.siteUrl the feed still has stable ids (urn:uuid) and
 * relative links, never this machine's file:// paths: a warning says to set it.
 */
async function writeArchiveIndex(
  deps: PipelineDeps,
  current: Briefing,
  warnNoSiteUrl: boolean,
): Promise<void> {
  const { config, store } = deps;
  const outDir = config.output.dir;
  const days = await store.listBriefingHeadlines(3, config.briefing.id);
  const title = config.briefing.title;
  await writeFileAtomic(join(outDir, "index.html"), renderArchiveIndex(days, title));
  const siteUrl = config.output.siteUrl;
  if (!siteUrl && warnNoSiteUrl) {
    deps.logger.warn(
      { setting: "output.siteUrl" },
      "output.siteUrl is not set: feed.xml uses urn:uuid ids and relative links; set it to the public URL of the output folder",
    );
  }
  // One day at a time (each stored day read, rendered, written and dropped), newest first, so the
  // feed costs one day's memory whatever the number of days in it; the day just published is in
  // hand, never read back from the store.
  const feedDays = days.slice(0, FEED_DAYS);
  const feed = atomFeedParts(
    feedDays.map((d) => (d.date === current.date ? current.generatedAt : d.generatedAt)),
    { siteUrl, title },
  );
  async function* pieces() {
    yield feed.head;
    for (const day of feedDays) {
      const [briefing] = await feedBriefingsOf(store, [day.date], title, current);
      if (briefing) yield feed.entry(briefing);
    }
    yield feed.tail;
  }
  await writeFileAtomicFrom(join(outDir, "feed.xml"), pieces());
}
