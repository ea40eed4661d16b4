// The demo day (demo/2026-02-04) scaled to N articles: every copy of a page gets its own public URL
// (…/s/daybrief-demo-<slug>-b<i>), and one big RSS feed lists them all, reusing the demo feeds' own
// <item> blocks (the 量子位 ones carry content:encoded, as a real bridge feed would).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  createDemoFetch,
  DEMO_FEED_ORIGIN,
  readDemoManifest,
  resolveDemoDir,
  toPublicUrl,
} from "../src/demo/index.ts";

export const BENCH_FEED_URL = `${DEMO_FEED_ORIGIN}/feeds/bench.xml`;

interface Template {
  slug: string;
  html: string;
  itemXml: string;
  /** Matches the page's own id wherever it appears (link, guid, og:url, msg_link, var sn). */
  ownId: RegExp;
}

export interface ScaledCorpus {
  /** Number of article copies in the feed. */
  articles: number;
  /** Distinct demo pages that are cycled (real articles only: the deleted and captcha pages are left out). */
  templates: number;
  feedXml: string;
  /** The page served for a copy's public URL, or undefined when the URL is not in the corpus. */
  pageFor(url: string): string | undefined;
  largestPage: { slug: string; html: string };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function copyUrlOf(slug: string, index: number): string {
  return `https://mp.weixin.qq.com/s/daybrief-demo-${slug}-b${index}`;
}

function loadTemplates(): Template[] {
  const dir = resolveDemoDir();
  const manifest = readDemoManifest(dir);
  const items = new Map<string, string>();
  for (const source of manifest.sources) {
    const xml = readFileSync(join(dir, source.feed), "utf8");
    for (const block of xml.match(/<item>[\s\S]*?<\/item>/g) ?? []) {
      const link = block.match(/<link>([^<]+)<\/link>/)?.[1];
      if (link) items.set(link.trim(), block);
    }
  }
  return manifest.items
    .filter((item) => item.kind !== "deleted" && item.kind !== "verification")
    .map((item) => {
      const itemXml = items.get(item.url);
      if (!itemXml) throw new Error(`demo feed has no <item> for ${item.url}`);
      return {
        slug: item.slug,
        html: readFileSync(join(dir, item.page), "utf8"),
        itemXml,
        ownId: new RegExp(`daybrief-demo-${escapeRegExp(item.slug)}(?![\\w-])`, "g"),
      };
    });
}

/** Builds the scaled corpus in memory; pages are made on demand so the corpus itself stays small. */
export function buildScaledCorpus(articles: number): ScaledCorpus {
  const templates = loadTemplates();
  const copies = new Map<string, { template: Template; index: number }>();
  const itemBlocks: string[] = [];
  for (let index = 0; index < articles; index++) {
    const template = templates[index % templates.length]!;
    copies.set(copyUrlOf(template.slug, index), { template, index });
    itemBlocks.push(template.itemXml.replace(template.ownId, `daybrief-demo-${template.slug}-b${index}`));
  }
  const feedXml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "<channel><title>daybrief bench</title><link>https://demo.daybrief.invalid/</link>",
    `<description>demo day scaled to ${articles} articles</description>`,
    ...itemBlocks,
    "</channel></rss>",
  ].join("\n");
  const largest = templates.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  return {
    articles,
    templates: templates.length,
    feedXml,
    pageFor(url) {
      const copy = copies.get(url);
      if (!copy) return undefined;
      return copy.template.html.replace(
        copy.template.ownId,
        `daybrief-demo-${copy.template.slug}-b${copy.index}`,
      );
    },
    largestPage: { slug: largest.slug, html: largest.html },
  };
}

export interface CorpusServer {
  origin: string;
  /** Routes the public demo URLs to this server (the same mapping `daybrief demo` uses). */
  fetch: typeof fetch;
  close(): Promise<void>;
}

/** Serves the scaled corpus on 127.0.0.1, port 0: the feed at /feeds/bench.xml, pages under /mp.weixin.qq.com/s/. */
export async function startCorpusServer(corpus: ScaledCorpus): Promise<CorpusServer> {
  const feedBody = Buffer.from(corpus.feedXml, "utf8");
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/feeds/bench.xml") {
      res.writeHead(200, {
        "content-type": "application/rss+xml; charset=utf-8",
        "content-length": feedBody.length,
      });
      res.end(feedBody);
      return;
    }
    const page = corpus.pageFor(toPublicUrl(path));
    if (page === undefined) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not in the bench corpus\n");
      return;
    }
    const body = Buffer.from(page, "utf8");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fetch: createDemoFetch(origin),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
