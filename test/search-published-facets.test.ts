/**
 * The readers' search over the real app on 127.0.0.1 (the web page, the API with facets, the MCP
 * tool), on each store backend: facet counts and facet filters see an article's entry as published
 * (an editor's edits) and nothing of an analysis that was not published (withheld by verification,
 * hidden, below the briefing's ★). The operator's search (the CLI's, no readers) still sees the
 * analyses as written.
 */
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, test } from "node:test";
import { serveApp } from "../src/cli/commands/serve.ts";
import { buildRedactor } from "../src/cli/redactor.ts";
import { type Config, parseConfig } from "../src/config/index.ts";
import { silentLogger } from "../src/log.ts";
import type { AnalyserInfo, Briefing } from "../src/model/index.ts";
import { searchEntries } from "../src/queries/index.ts";
import { listenApp } from "../src/server/index.ts";
import { makeEntry, makeSource, searchCorpus } from "../src/store/fixtures.ts";
import type { Store } from "../src/store/index.ts";
import { backends } from "./store-contract/backends.ts";

const DAY = "2026-02-04";
const NOW = new Date("2026-02-05T13:00:00Z");
const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };
const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };

const config: Config = parseConfig(
  JSON.stringify({
    timezone: "Asia/Shanghai",
    sources: [
      { id: "jiqizhixin", name: "机器之心", url: "https://example.com/a.xml" },
      { id: "qbitai", name: "量子位", url: "https://example.com/b.xml" },
    ],
    serve: { cookieSecret: "k".repeat(40) },
    api: { publicRead: true },
  }),
  { env: {}, baseDir: "/tmp" },
);

for (const backend of backends)
  describe(`readers' search facets (${backend.name})`, () => {
    let store: Store;
    let remove: () => Promise<void>;
    let server: Awaited<ReturnType<typeof listenApp>>;
    let published: number;
    let withheld: number;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
      const { add } = searchCorpus(() => store, NOW.toISOString());
      const written = { org: "原稿机构", stars: 3 as const, tags: ["原稿标签"] };
      published = await add({ title: "Agent 已发布", publishedAt: `${DAY}T02:30:00.000Z` }, written);
      // Withheld by verification: in no briefing. Its org, tag and ★ are distinctive.
      withheld = await add(
        { title: "Agent 被扣下", sourceId: "qbitai", publishedAt: `${DAY}T03:30:00.000Z` },
        { org: "Vexmoor", stars: 5, tags: ["扣下标签"] },
        llm,
      );
      const entry = makeEntry({ ...written, org: "定稿机构", stars: 4, tags: ["定稿标签"] });
      const item = { entry, articleId: published, analyser: offline, sourceId: "jiqizhixin" };
      await store.saveBriefing({
        date: DAY,
        generatedAt: `${DAY}T14:00:00Z`,
        briefing: { date: DAY, title: "AI 日报", items: [item] } as unknown as Briefing,
        outputs: {},
      });
      const sink = new Writable({ write: (_c, _e, done) => done() });
      const ctx = { env: {}, cwd: "/tmp", stdout: sink, stderr: sink, now: () => NOW };
      const app = serveApp(ctx, config, store, {
        now: () => NOW,
        redact: buildRedactor(config, {}),
        logger: silentLogger(),
      });
      server = await listenApp(app, { port: 0, host: "127.0.0.1" });
    });
    afterEach(async () => {
      await server.close();
      await remove();
    });

    const get = async (path: string) => {
      const res = await fetch(new URL(path, server.url));
      assert.equal(res.status, 200, path);
      return res.text();
    };

    test("the API's facets count the published entry (edited org) and nothing of the withheld analysis", async () => {
      const json = JSON.parse(await get("/api/v1/search?q=agent&facets=true"));
      assert.equal(json.total, 2, "both found by their own titles");
      const values = (counts: { value: string }[]) => counts.map((c) => c.value);
      assert.deepEqual(values(json.facets.org), ["定稿机构"]);
      assert.deepEqual(values(json.facets.tag), ["定稿标签"]);
      assert.deepEqual(values(json.facets.analyser), [offline.name]);
      assert.equal(json.facets.stars.find((s: { value: string }) => s.value === "5").count, 0);
      assert.equal(json.facets.stars.find((s: { value: string }) => s.value === "4").count, 1);
      assert.doesNotMatch(JSON.stringify(json), /Vexmoor|扣下标签|原稿/);
      for (const filter of [
        "org=Vexmoor",
        "tag=扣下标签",
        "minStars=5",
        `analyser=${llm.name}`,
        "org=原稿",
      ]) {
        const found = JSON.parse(await get(`/api/v1/search?q=agent&facets=true&${encodeURI(filter)}`));
        assert.equal(found.total, 0, filter);
        assert.deepEqual(found.hits, [], filter);
      }
      const edited = JSON.parse(await get(`/api/v1/search?q=agent&org=${encodeURIComponent("定稿机构")}`));
      assert.deepEqual(
        edited.hits.map((h: { id: string }) => h.id),
        [String(published)],
      );
    });

    test("the web page's facet counts and filters alike", async () => {
      const page = await get("/search?q=agent");
      assert.match(page, /定稿机构/);
      assert.match(page, /被扣下/, "the withheld article is still found by its title");
      assert.doesNotMatch(page, /Vexmoor|扣下标签|原稿/);
      const filtered = await get("/search?q=agent&org=Vexmoor");
      assert.doesNotMatch(filtered, /被扣下|已发布/);
      const stars = await get("/search?q=agent&stars=5");
      assert.doesNotMatch(stars, /被扣下/);
    });

    test("the MCP tool's filters select by the published entry only", async () => {
      const call = async (args: Record<string, unknown>) => {
        const res = await fetch(new URL("/mcp", server.url), {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
          body: JSON.stringify({
            jsonrpc: "2.0",
            id: 1,
            method: "tools/call",
            params: { name: "search_entries", arguments: args },
          }),
        });
        assert.equal(res.status, 200);
        const body = (await res.json()) as { result: { content: { text: string }[] } };
        return body.result.content.map((c) => c.text).join("\n");
      };
      assert.match(await call({ query: "agent" }), /被扣下/);
      for (const filter of [{ org: "Vexmoor" }, { tag: "扣下标签" }, { minStars: 5 }]) {
        const text = await call({ query: "agent", ...filter });
        assert.doesNotMatch(text, /被扣下|Vexmoor/, JSON.stringify(filter));
      }
      // Shown and selected as published: the edited org, not the one written.
      assert.match(await call({ query: "agent", org: "定稿机构" }), /★★★★ 定稿机构/);
      assert.doesNotMatch(await call({ query: "agent", org: "原稿" }), /定稿机构|被扣下/);
    });

    test("the operator's search (no readers) still counts and selects the analyses as written", async () => {
      const context = { timeZone: config.timezone, now: NOW };
      const all = await searchEntries(store, { query: "agent" }, context, { facets: true });
      assert.deepEqual(all.facets!.org.map((o) => o.value).sort(), ["Vexmoor", "原稿机构"]);
      const vexmoor = await searchEntries(store, { query: "agent", org: "Vexmoor" }, context);
      assert.deepEqual(
        vexmoor.hits.map((h) => h.articleId),
        [withheld],
      );
    });
  });
