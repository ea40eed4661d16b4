// Several briefings per install (config `briefings`), shared by test/briefings-*.test.ts: two briefings
// over local feeds, one source shared, each with one of its own; the feeds, pages, LLM and webhooks are
// real local servers, started by `useBriefingsServers()` in each test file.
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { type LlmStub, startLlmStub } from "../../src/demo/llm-stub.ts";
import { startTestServer, type TestServer } from "../../src/http/test-server.ts";
import { createHarness, DEMO_DAY, type Harness } from "./cli-harness.ts";

const FIXTURES = join(import.meta.dirname, "..", "testdata", "briefings");
export const ARTICLES = {
  shared: "星河智能发布 Orion-7 推理芯片与配套大模型",
  models: "北辰实验室开源 68B 多语言对话模型 Polaris",
  chips: "南山半导体量产 3 纳米存算一体芯片 Kite",
} as const;
export type Name = keyof typeof ARTICLES;

export let site: TestServer;
/** Requests per path at the feed and page server. */
export const hits = new Map<string, number>();
/** Bodies posted to the webhooks, per path. */
export const posts = new Map<string, string[]>();
export let llm: LlmStub;
const harnesses: Harness[] = [];

function rss(name: Name): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${name}</title><link>${site.url}/</link><description>${name}</description>
<item><title>${ARTICLES[name]}</title><link>${site.url}/a/${name}.html</link>
<guid>${site.url}/a/${name}.html</guid><pubDate>Wed, 04 Feb 2026 02:00:00 GMT</pubDate>
<description>${ARTICLES[name]}。</description></item>
</channel></rss>`;
}

/** The feed and page server, the LLM stub and the webhooks, for the test file that calls this. */
export function useBriefingsServers(): void {
  before(async () => {
    site = await startTestServer((req, res) => {
      const path = req.url ?? "/";
      hits.set(path, (hits.get(path) ?? 0) + 1);
      const feed = path.match(/^\/feeds\/(\w+)\.xml$/)?.[1] as Name | undefined;
      const page = path.match(/^\/a\/(\w+)\.html$/)?.[1] as Name | undefined;
      const hook = path.match(/^\/hooks\/(\w+)$/)?.[1];
      if (feed && feed in ARTICLES) {
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
        res.end(rss(feed));
      } else if (page && page in ARTICLES) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(readFileSync(join(FIXTURES, `${page}.html`)));
      } else if (hook && req.method === "POST") {
        let body = "";
        req.on("data", (c: Buffer) => {
          body += c.toString();
        });
        req.on("end", () => {
          posts.set(hook, [...(posts.get(hook) ?? []), body]);
          res.writeHead(200, { "content-type": "application/json" });
          res.end("{}");
        });
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    llm = await startLlmStub();
  });

  after(async () => {
    await site?.close();
    await llm?.close();
    for (const h of harnesses) h.cleanup();
  });
}

function config(chips: object = {}, models: object = {}) {
  const host = new URL(site.url).host;
  return {
    timezone: "Asia/Shanghai",
    sources: (["shared", "models", "chips"] as const).map((id) => ({
      id,
      name: `${id} 源`,
      url: `${site.url}/feeds/${id}.xml`,
      ...(id === "chips" ? { tags: ["芯片"] } : {}),
    })),
    output: { dir: "./out" },
    store: { path: "./data/daybrief.db" },
    fetch: { allowPrivate: [host], hosts: { [host]: { minIntervalMs: 0, jitterMs: 0 } } },
    llm: { providers: [{ id: "stub", baseUrl: llm.baseUrl, model: "stub-model", jsonMode: "json_object" }] },
    channels: [
      { id: "hook-models", type: "webhook", url: `${site.url}/hooks/models` },
      { id: "hook-chips", type: "webhook", url: `${site.url}/hooks/chips` },
    ],
    briefings: [
      {
        id: "models",
        title: "大模型日报",
        sources: ["shared", "models"],
        channels: ["hook-models"],
        ...models,
      },
      // By tag and by id: either matches.
      {
        id: "chips",
        title: "芯片日报",
        sources: ["shared"],
        sourceTags: ["芯片"],
        channels: ["hook-chips"],
        ...chips,
      },
    ],
  };
}

/** A fresh install with its own counters: the servers' counts are reset. */
export function install(chips: object = {}, models: object = {}, extra: object = {}): Harness {
  hits.clear();
  posts.clear();
  llm.requests.length = 0;
  const h = createHarness();
  harnesses.push(h);
  copyFileSync(join(FIXTURES, "chips-rubric.md"), join(h.dir, "chips-rubric.md"));
  h.writeConfig({ ...config(chips, models), ...extra });
  return h;
}

/** LLM analysis requests that carried this article. */
export const analysesOf = (name: Name) =>
  llm.requests.filter((r) => JSON.stringify(r.body.messages).includes(`标题：${ARTICLES[name]}`)).length;

export interface JsonBriefing {
  entries: { title: string; url: string | null; rawUrl?: string; stars: number }[];
}
export const outputOf = (h: Harness, id: string): JsonBriefing =>
  JSON.parse(readFileSync(join(h.dir, "out", id, "2026", `${DEMO_DAY}.json`), "utf8")) as JsonBriefing;
/** An entry's article URL in the JSON: the test's site is on 127.0.0.1, so `url` is null and `rawUrl` holds it. */
export const urlOf = (e: { url: string | null; rawUrl?: string }) => e.url ?? e.rawUrl;
export const urlsOf = (names: Name[]) => names.map((n) => `${site.url}/a/${n}.html`).sort();

/** Every feed and page requested once: the shared ones too, although two briefings want them. */
export function assertEachFetchedOnce() {
  assert.equal(hits.get("/feeds/shared.xml"), 1, "the shared feed is fetched once");
  assert.equal(hits.get("/a/shared.html"), 1, "the shared page is read once");
  for (const name of ["models", "chips"] as const) {
    assert.equal(hits.get(`/feeds/${name}.xml`), 1);
    assert.equal(hits.get(`/a/${name}.html`), 1);
  }
}

/**
 * The chips briefing's own rubric: the shared article analysed once per prompt version, the chips
 * briefing's two articles asked with its rubric. Returns those requests.
 */
export function assertRubricAnalyses() {
  assert.equal(analysesOf("shared"), 2, "one analysis per prompt version");
  assert.equal(analysesOf("models"), 1);
  assert.equal(analysesOf("chips"), 1);
  const withRubric = llm.requests.filter((r) =>
    JSON.stringify(r.body.messages).includes("芯片简报的评分标准"),
  );
  assert.equal(withRubric.length, 2, "the chips briefing's articles were asked with its rubric");
  return withRubric;
}
