import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeFileAtomic } from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import { renderAtomFeed, renderHtml, renderIndexHtml, renderJson, renderMarkdown } from "../render/index.ts";
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
  store.saveBriefing({
    date: briefing.date,
    generatedAt: briefing.generatedAt,
    json: JSON.stringify(briefing),
    outputs,
    runId: options.runId,
  });
  await writeArchiveIndex(deps);
  return { outputs, rendered: { markdown: rendered.md, html: rendered.html, json: rendered.json } };
}

/** index.html and feed.xml over every stored briefing (the feed: the latest FEED_DAYS). */
async function writeArchiveIndex(deps: PipelineDeps): Promise<void> {
  const { config, store } = deps;
  const outDir = config.output.dir;
  const days = store
    .listBriefings()
    .map((b) => store.getBriefing(b.date))
    .filter((b) => b !== undefined)
    .map((b) => ({ stored: b, briefing: JSON.parse(b.json) as Briefing }));
  const title = config.briefing.title;
  const hrefFor = (date: string) => `${date.slice(0, 4)}/${date}.html`;
  await writeFileAtomic(
    join(outDir, "index.html"),
    renderIndexHtml(
      days.map(({ briefing }) => ({
        date: briefing.date,
        title: `${title} | ${briefing.date}`,
        entries: briefing.items.length,
        topTitles: briefing.items.slice(0, 3).map((i) => i.entry.title),
      })),
      { title: `${title} · 归档`, hrefFor },
    ),
  );
  const siteUrl = config.output.siteUrl ?? pathToFileURL(`${outDir}/`).href;
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  const recent = [...days].sort((a, b) => (a.briefing.date < b.briefing.date ? 1 : -1)).slice(0, FEED_DAYS);
  await writeFileAtomic(
    join(outDir, "feed.xml"),
    renderAtomFeed(
      recent.map(({ briefing }) => ({
        date: briefing.date,
        generatedAt: briefing.generatedAt,
        url: new URL(hrefFor(briefing.date), base).href,
        html: renderHtml(briefing),
        title: `${title} | ${briefing.date}`,
      })),
      { feedUrl: new URL("feed.xml", base).href, siteUrl: base, title },
    ),
  );
}
