import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parseRssFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { HttpError } from "../errors.ts";
import { createHttp } from "../http/index.ts";
import { startTestServer } from "../http/test-server.ts";
import type { DemoItem } from "./demo-manifest.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";

const NAMES: Record<string, string> = { jiqizhixin: "机器之心", xinzhiyuan: "新智元", qbitai: "量子位" };
// Pages that are real articles (as opposed to the deleted and verification stand-ins).
const hasArticlePage = (item: DemoItem) => item.kind !== "deleted" && item.kind !== "verification";

let demo: DemoServer;
const pages = new Map<string, string>();

before(async () => {
  demo = await startDemoServer();
  for (const item of demo.manifest.items) {
    const res = await demo.fetch(item.url);
    assert.equal(res.status, 200, item.url);
    pages.set(item.slug, await res.text());
  }
});
after(() => demo.close());

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  return (document.querySelector("#js_content")?.textContent ?? "").replace(/\s+/g, "");
}

describe("demo manifest", () => {
  test("lists the day's articles and one of each edge case", () => {
    const kinds = demo.manifest.items.map((i) => i.kind);
    assert.ok(kinds.filter((k) => k === "article").length >= 15);
    for (const kind of ["ad", "deleted", "verification"])
      assert.equal(kinds.filter((k) => k === kind).length, 1);
    assert.equal(kinds.filter((k) => k === "previous-day").length, 2);
    assert.equal(new Set(demo.manifest.items.map((i) => i.slug)).size, demo.manifest.items.length);
    assert.deepEqual(demo.sources.map((s) => s.name).sort(), Object.values(NAMES).sort());
  });

  test("the duplicated story is told by all three sources, the 机器之心 version longest", () => {
    const dups = demo.manifest.items.filter((i) => i.kind.startsWith("duplicate-of:"));
    assert.equal(dups.length, 2);
    const originalSlug = dups[0]!.kind.slice("duplicate-of:".length);
    const original = demo.manifest.items.find((i) => i.slug === originalSlug);
    assert.ok(original && original.kind === "article" && original.source === "jiqizhixin");
    assert.deepEqual(new Set([original, ...dups].map((i) => i.source)), new Set(Object.keys(NAMES)));
    assert.ok(new Set([original, ...dups].map((i) => i.title)).size === 3, "titles differ");
    for (const dup of dups)
      assert.ok(bodyText(pages.get(original.slug)!).length > bodyText(pages.get(dup.slug)!).length);
  });

  test("publish times fall on the demo day in +0800, except the previous-day items", () => {
    const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
    for (const item of demo.manifest.items) {
      assert.equal(
        day(item.publishedAt),
        item.kind === "previous-day" ? "2026-02-03" : "2026-02-04",
        item.slug,
      );
    }
  });
});

describe("demo server", () => {
  test("serves every manifest item's page under its public URL", () => {
    assert.equal(pages.size, demo.manifest.items.length);
    const deleted = demo.manifest.items.find((i) => i.kind === "deleted")!;
    assert.match(pages.get(deleted.slug)!, /该内容已被发布者删除/);
    const verification = demo.manifest.items.find((i) => i.kind === "verification")!;
    assert.match(pages.get(verification.slug)!, /环境异常[\s\S]*完成验证后即可继续访问/);
  });

  test("the fetch wrapper reports the public URL and records the request", async () => {
    const item = demo.manifest.items[0]!;
    const res = await demo.fetch(item.url, { method: "HEAD" });
    assert.equal(res.url, item.url);
    assert.deepEqual(demo.requests.at(-1), { method: "HEAD", url: item.url, status: 200 });
  });

  test("feeds are valid RSS whose items match the manifest", async () => {
    for (const source of demo.sources) {
      const res = await demo.fetch(source.url);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /rss\+xml/);
      const feed = parseRssFeed(await res.text());
      assert.equal(feed.title, NAMES[source.id]);
      const expected = demo.manifest.items.filter((i) => i.source === source.id);
      assert.deepEqual(feed.items?.map((i) => i.link).sort(), expected.map((i) => i.url).sort());
      const withContent = demo.manifest.sources.find((s) => s.id === source.id)!.contentEncoded;
      for (const item of feed.items ?? []) {
        assert.ok(item.title && item.description && item.guid?.value && item.authors?.length, item.link);
        assert.match(item.pubDate ?? "", /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
        const manifestItem = expected.find((i) => i.url === item.link)!;
        assert.equal(new Date(Date.parse(item.pubDate!)).toISOString(), manifestItem.publishedAt);
        assert.equal(Boolean(item.content?.encoded), withContent, item.link);
      }
    }
  });

  test("the verification item's feed entry carries the full body", async () => {
    const item = demo.manifest.items.find((i) => i.kind === "verification")!;
    const source = demo.sources.find((s) => s.id === item.source)!;
    const feed = parseRssFeed(await (await demo.fetch(source.url)).text());
    const encoded = feed.items?.find((i) => i.link === item.url)?.content?.encoded ?? "";
    const { document } = parseHTML(`<html><body>${encoded}</body></html>`);
    assert.ok(document.body.textContent.replace(/\s+/g, "").length > 800);
  });

  test("conditional GET answers 304 for a matching ETag or date, 200 otherwise", async () => {
    const url = demo.sources[0]!.url;
    const first = await demo.fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    assert.ok(etag && lastModified);
    const byEtag = await demo.fetch(url, { headers: { "if-none-match": etag } });
    assert.equal(byEtag.status, 304);
    assert.equal(await byEtag.text(), "");
    const byDate = await demo.fetch(url, { headers: { "if-modified-since": lastModified } });
    assert.equal(byDate.status, 304);
    const stale = await demo.fetch(url, {
      headers: { "if-none-match": '"stale"', "if-modified-since": lastModified },
    });
    assert.equal(stale.status, 200);
    await stale.arrayBuffer();
    const older = new Date(Date.parse(lastModified) - 3600_000).toUTCString();
    const changed = await demo.fetch(url, { headers: { "if-modified-since": older } });
    assert.equal(changed.status, 200);
    await changed.arrayBuffer();
    assert.deepEqual(
      demo.requests.slice(-5).map((r) => [r.url, r.status]),
      [200, 304, 304, 200, 200].map((s) => [url, s]),
    );
  });

  test("unknown paths are 404, bare slugs resolve", async () => {
    const missing = await demo.fetch("https://mp.weixin.qq.com/s/daybrief-demo-no-such-article");
    assert.equal(missing.status, 404);
    await missing.text();
    const bare = await fetch(`${demo.origin}/mp.weixin.qq.com/s/${demo.manifest.items[0]!.slug}`);
    assert.equal(bare.status, 200);
    await bare.text();
  });

  test("the fetch wrapper refuses every other host", async () => {
    const before = demo.requests.length;
    for (const url of [
      "https://example.com/",
      "https://mp.weixin.qq.com/s/2RAttiGnUNorVGu6OCIdag",
      "http://localhost/",
    ]) {
      await assert.rejects(demo.fetch(url), (err: unknown) => {
        assert.ok(err instanceof HttpError);
        assert.equal(err.status, 0);
        assert.equal(err.retryable, false);
        assert.match(err.message, /offline/);
        return true;
      });
    }
    assert.equal(demo.requests.length, before);
  });

  test("through the network guard, the demo allows exactly its own 127.0.0.1 port", async () => {
    const port = new URL(demo.origin).port;
    assert.deepEqual(demo.fetch.allowPrivate, [`127.0.0.1:${port}`]);
    const http = createHttp({ fetch: demo.fetch, retries: 0 });
    const feed = await http.get(demo.sources[0]!.url);
    assert.equal(feed.status, 200);
    assert.equal(feed.url, demo.sources[0]!.url, "the public URL, not the loopback one");
    const other = await startTestServer((_req, res) => res.end("not the demo"));
    try {
      await assert.rejects(http.get(`${other.url}/`), { name: "HttpError", code: "blocked_address" });
    } finally {
      await other.close();
    }
  });
});

describe("demo pages", () => {
  test("every article page has the WeChat structure", () => {
    for (const item of demo.manifest.items.filter(hasArticlePage)) {
      const { document } = parseHTML(pages.get(item.slug)!);
      const text = (selector: string) => document.querySelector(selector)?.textContent?.trim();
      const meta = (attr: string, name: string) =>
        document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute("content");
      assert.equal(text("#activity-name"), item.title, item.slug);
      assert.equal(text("#js_name"), NAMES[item.source], item.slug);
      assert.ok(text("#js_author_name"), item.slug);
      assert.equal(meta("name", "author"), text("#js_author_name"));
      assert.equal(meta("property", "og:title"), item.title);
      assert.equal(meta("property", "og:url"), item.url);
      const content = document.querySelector("#js_content");
      assert.ok(content, item.slug);
      assert.ok(content.classList.contains("rich_media_content"), item.slug);
      assert.match(content.getAttribute("style") ?? "", /visibility: hidden/);
      assert.ok(content.querySelectorAll("p").length > 5, item.slug);
      assert.ok(content.querySelector("img[data-src]") && !content.querySelector("img[src]"), item.slug);
      assert.match(content.textContent ?? "", /扫码关注/);
      if (item.kind === "article") {
        assert.match(content.textContent ?? "", /推荐阅读/);
        assert.ok(bodyText(pages.get(item.slug)!).length >= 800, `${item.slug} is too short`);
      }
    }
  });

  test("each page's var ct equals the item's feed pubDate", () => {
    for (const item of demo.manifest.items.filter(hasArticlePage)) {
      const ct = pages.get(item.slug)!.match(/var ct = "(\d+)";/)?.[1];
      assert.ok(ct, item.slug);
      assert.equal(new Date(Number(ct) * 1000).toISOString(), item.publishedAt, item.slug);
    }
  });

  test("the OpenClaw article names no unrelated repository", () => {
    assert.doesNotMatch(pages.get("openclaw-security") ?? "", /github\.com\/vllm-project/);
  });
});
