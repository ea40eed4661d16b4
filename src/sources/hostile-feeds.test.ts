import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { FeedParseError } from "../errors.ts";
import { createHttp } from "../http/index.ts";
import { startTestServer, type TestServer } from "../http/test-server.ts";
import type { Source } from "../model/index.ts";
import { sourceAdapters } from "./index.ts";

// Feeds of about 1 MB made to cost CPU rather than to be read: openers never closed, so a lazy
// regex rescanned the rest of the feed from each one (minutes at 1 MB, hours at the 10 MB cap; the
// run is synchronous, so every source waited). Served by a real server on 127.0.0.1, collected as
// a run collects them.
const OK_TITLE = "星河实验室发布新版语音模型";
const okItem = `<item><title>${OK_TITLE}</title><link>https://xinghe.example/p/1</link><pubDate>Wed, 04 Feb 2026 10:00:00 GMT</pubDate><description>正文</description></item>`;
const rss = (inner: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>星河周刊</title>${inner}</channel></rss>`;
const FEEDS: Record<string, { type: string; body: string; items?: number }> = {
  "/title-tags.xml": {
    type: "application/rss+xml",
    body: rss(
      `${okItem}<item><title>${"&lt;a ".repeat(170_000)}</title><link>https://xinghe.example/p/2</link></item>`,
    ),
    items: 2,
  },
  "/json-title.json": {
    type: "application/feed+json",
    body: JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "星河周刊",
      items: [{ id: "2", url: "https://xinghe.example/p/2", title: "<script>".repeat(130_000) }],
    }),
    items: 1,
  },
  "/comments.xml": {
    type: "application/rss+xml",
    body: `<rss version="2.0"><channel>${"<!--".repeat(250_000)}`,
  },
  "/cut-cdata.xml": {
    type: "application/rss+xml",
    body: `<rss version="2.0"><channel><title>星河周刊</title>${okItem}${"<![CDATA[".repeat(110_000)}`,
    items: 1,
  },
};

let server: TestServer;
before(async () => {
  server = await startTestServer((req, res) => {
    const feed = FEEDS[req.url ?? ""];
    if (!feed) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": `${feed.type}; charset=utf-8` }).end(feed.body);
  });
});
after(() => server.close());

const source = (path: string): Source => ({
  id: "xinghe",
  name: "星河周刊",
  url: `${server.url}${path}`,
  order: 0,
  enabled: true,
});

for (const [path, feed] of Object.entries(FEEDS)) {
  it(`${path} (${(feed.body.length / 1e6).toFixed(1)} MB) is read or refused within seconds`, async () => {
    const http = createHttp({ retries: 0, allowPrivate: [new URL(server.url).host] });
    const started = performance.now();
    try {
      const result = await sourceAdapters.feed!.collect(source(path), {
        http,
        timeZone: "UTC",
        now: new Date("2026-02-04T12:00:00Z"),
      });
      assert.equal(result.status, "ok");
      if (result.status === "ok") assert.equal(result.feed.items.length, feed.items, path);
      if (result.status === "ok" && path.endsWith(".xml"))
        assert.equal(result.feed.items[0]?.title, OK_TITLE, "the ordinary item is read as before");
    } catch (error) {
      assert.ok(error instanceof FeedParseError && feed.items === undefined, String(error));
    } finally {
      http.close();
    }
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 5, `${path}: ${seconds.toFixed(1)} s`);
  });
}
