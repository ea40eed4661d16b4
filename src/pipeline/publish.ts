import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import {
  type FeedBriefing,
  renderAtomFeed,
  renderHtml,
  renderIndexHtml,
  renderJson,
  renderMarkdown,
} from "../render/index.ts";
import type { PipelineDeps } from "./deps.ts";

export interface PublishResult {
  /** Format → absolute path written. */
  outputs: Record<string, string>;
  /** The three renderings, for the channels. */
  rendered: { markdown: string; html: string; json: string };
}

const FEED_DAYS = 30;

/** Where a day's files go: <output.dir>/YYYY/YYYY-MM-DD.<ext>. */
export function archivePath(outDir: string, date: string, ext: string): string {
  return join(outDir, date.slice(0, 4), `${date}.${ext}`);
}

/** Renders the briefing, writes the archive files, the index page and the Atom feed, stores it. */
export async function publishBriefing(
  deps: PipelineDeps,
  briefing: Briefing,
  options: { runId?: number } = {},
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
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    briefing,
    outputs,
    runId: options.runId,
  });
  await writeArchiveIndex(deps);
  return { outputs, rendered: { markdown: rendered.md, html: rendered.html, json: rendered.json } };
}

/**
 * index.html and feed.xml over every stored briefing (the feed: the latest FEED_DAYS). The index
 * reads each day's count and first titles from the store (no briefing parsed here); the feed takes
 * each day's archived HTML page as written by its publish, and renders only a day without one.
 */
async function writeArchiveIndex(deps: PipelineDeps): Promise<void> {
  const { config, store } = deps;
  const outDir = config.output.dir;
  const days = await store.listBriefingHeadlines(3);
  const title = config.briefing.title;
  const hrefFor = (date: string) => `${date.slice(0, 4)}/${date}.html`;
  await writeFileAtomic(
    join(outDir, "index.html"),
    renderIndexHtml(
      days.map((day) => ({
        date: day.date,
        title: `${title} | ${day.date}`,
        entries: day.entries,
        topTitles: day.topTitles,
      })),
      { title: `${title} · 归档`, hrefFor },
    ),
  );
  const siteUrl = config.output.siteUrl ?? pathToFileURL(`${outDir}/`).href;
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  const recent = days.slice(0, FEED_DAYS);
  const entries: FeedBriefing[] = [];
  for (const day of recent) {
    const html = await archivedHtml(day.outputs.html);
    const stored = html === undefined ? await store.getBriefing(day.date) : undefined;
    if (html === undefined && !stored) continue;
    entries.push({
      date: day.date,
      generatedAt: day.generatedAt,
      url: new URL(hrefFor(day.date), base).href,
      html: html ?? renderHtml(stored!.briefing),
      title: `${title} | ${day.date}`,
    });
  }
  await writeFileAtomic(
    join(outDir, "feed.xml"),
    renderAtomFeed(entries, { feedUrl: new URL("feed.xml", base).href, siteUrl: base, title }),
  );
}

/** The day's archived HTML page, or undefined when it was not written (html not in formats) or is gone. */
async function archivedHtml(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
