import { join } from "node:path";
import { writeFileAtomic } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import { renderAtomFeed, renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import type { PipelineDeps } from "./deps.ts";
import { feedHtmlOf, latestFeedBriefings, readStoredBriefing, renderArchiveIndex } from "./publish-site.ts";

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
    // Stored once, as published: later days build feed.xml from these, never from stored briefings.
    feedHtml: feedHtmlOf(briefing),
  });
  await writeArchiveIndex(deps, options.warnNoSiteUrl ?? true);
  return { outputs, rendered: { markdown: rendered.md, html: rendered.html, json: rendered.json } };
}

/**
 * Every published day's archive files written again from its stored briefing, as published (nothing
 * rebuilt, analysed or delivered), then index.html and feed.xml: after an upgrade changes how outputs
 * are rendered (a link rule), files of days published before it follow the new rules too. One stored
 * briefing in memory at a time. Returns the paths written.
 */
export async function rerenderArchive(deps: PipelineDeps): Promise<string[]> {
  const { config, store } = deps;
  const written: string[] = [];
  for (const day of await store.listBriefingHeadlines(0, config.briefing.id)) {
    const briefing = await readStoredBriefing(store, day.date, config.briefing.id);
    if (!briefing) continue;
    const rendered = { md: renderMarkdown, html: renderHtml, json: renderJson };
    for (const format of config.output.formats) {
      const path = archivePath(config.output.dir, briefing.date, format);
      await writeFileAtomic(path, rendered[format](briefing));
      written.push(path);
    }
  }
  await writeArchiveIndex(deps, false);
  return written;
}

/**
 * index.html and feed.xml from the briefings' stored digests: the index a line per stored day (a
 * small row each, no briefing parsed), the feed the latest FEED_DAYS days' stored entries, each
 * capped at FEED_ENTRIES_PER_DAY entries, so publishing costs the same on day 1 and on day 300.
 * Without output.siteUrl the feed still has stable ids (urn:uuid) and relative links, never this
 * machine's file:// paths: a warning says to set it.
 */
async function writeArchiveIndex(deps: PipelineDeps, warnNoSiteUrl: boolean): Promise<void> {
  const { config, store } = deps;
  const outDir = config.output.dir;
  const title = config.briefing.title;
  await writeFileAtomic(
    join(outDir, "index.html"),
    renderArchiveIndex(await store.listBriefingHeadlines(3, config.briefing.id), title),
  );
  const siteUrl = config.output.siteUrl;
  if (!siteUrl && warnNoSiteUrl) {
    deps.logger.warn(
      { setting: "output.siteUrl" },
      "output.siteUrl is not set: feed.xml uses urn:uuid ids and relative links; set it to the public URL of the output folder",
    );
  }
  const feed = await latestFeedBriefings(store, title, config.briefing.id);
  await writeFileAtomic(join(outDir, "feed.xml"), renderAtomFeed(feed, { siteUrl, title }));
}
