import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { AnalyserInfo, Briefing, Entry } from "../../src/model/index.ts";
import { parseSearchQuery } from "../../src/model/search-text.ts";
import { makeEntry, makeSource, searchCorpus } from "../../src/store/fixtures.ts";
import type { SearchDocumentsInput, Store } from "../../src/store/index.ts";
import { backends, sqliteSearchThreads } from "./backends.ts";

// The readers' view of a search (SearchDocumentsInput.publishedIn): entry facts as the briefing
// published them (published_entries, written with the briefing), never the analyses as written.
for (const backend of [...backends, sqliteSearchThreads])
  describe(backend.name, () => {
    const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };
    const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };
    const NOW = "2026-02-10T00:00:00Z";
    const DAY = "2026-02-04";
    let store: Store;
    let remove: () => Promise<void>;
    const { add, search } = searchCorpus(() => store, NOW);
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
    });
    afterEach(async () => remove());

    const item = (articleId: number, entry: Entry, analyser: AnalyserInfo) => ({
      entry,
      articleId,
      analyser,
      sourceId: "jiqizhixin",
      url: `https://example.com/${articleId}`,
      publishedAt: `${DAY}T02:30:00.000Z`,
    });
    const publish = (items: unknown[], briefingId?: string) =>
      store.saveBriefing({
        briefingId,
        date: DAY,
        generatedAt: `${DAY}T14:00:00Z`,
        briefing: { date: DAY, title: "AI 日报", items } as unknown as Briefing,
        outputs: {},
      });

    /** A published article (its org, ★ and tags edited before publishing) and a withheld one. */
    async function corpus() {
      const written = { org: "原稿机构", stars: 3 as const, tags: ["原稿标签"] };
      const published = await add({ title: "Agent 已发布" }, written);
      const withheld = await add(
        { title: "Agent 被扣下", sourceId: "qbitai" },
        { org: "Vexmoor", stars: 5, tags: ["扣下标签"], summary: "Qzyrrh 的营收翻了十倍。" },
        llm,
      );
      const edited = makeEntry({ ...written, org: "定稿机构", stars: 4, tags: ["定稿标签"] });
      await publish([item(published, edited, offline)]);
      return { published, withheld };
    }
    const agent: SearchDocumentsInput = { terms: parseSearchQuery("agent"), limit: 10, now: NOW };
    const readers = { ...agent, publishedIn: "default" };
    const values = (counts: { value: string }[]) => counts.map((c) => c.value);
    const star = (counts: { value: string; count: number }[], n: number) =>
      counts.find((c) => c.value === String(n))?.count;

    test("facets count an article's entry as published: edited values, nothing for a withheld analysis", async () => {
      const { published, withheld } = await corpus();
      const seen = await store.searchDocuments({ ...readers, facets: true });
      assert.deepEqual(seen.matches.map((m) => m.articleId).sort(), [published, withheld].sort());
      assert.equal(seen.total, 2, "both are found by their own titles");
      const facets = seen.facets!;
      assert.deepEqual(values(facets.org), ["定稿机构"]);
      assert.deepEqual(values(facets.tag), ["定稿标签"]);
      assert.deepEqual(values(facets.analyser), [offline.name]);
      assert.equal(star(facets.stars, 5), 0);
      assert.equal(star(facets.stars, 4), 1);
      assert.deepEqual(values(facets.source).sort(), ["jiqizhixin", "qbitai"], "still under its source");
      assert.deepEqual(facets, await store.countSearchFacets(readers));
      // The entry shown for the withheld article: none; for the published one, its analysis.
      const byId = new Map(seen.matches.map((m) => [m.articleId, m]));
      assert.equal(byId.get(withheld)!.entryId, undefined);
      assert.notEqual(byId.get(published)!.entryId, undefined);
      // The operator's view (no publishedIn) counts the analyses as written.
      const all = (await store.searchDocuments({ ...agent, facets: true })).facets!;
      assert.deepEqual(values(all.org).sort(), ["Vexmoor", "原稿机构"]);
      assert.equal(star(all.stars, 5), 1);
      assert.ok(values(all.tag).includes("扣下标签"));
    });

    test("entry filters select by the published facts only", async () => {
      const { published, withheld } = await corpus();
      for (const filter of [{ org: "Vexmoor" }, { tag: "扣下标签" }, { minStars: 5 }, { analyser: llm.name }])
        assert.deepEqual(
          await search("agent", { ...filter, publishedIn: "default" }),
          [],
          JSON.stringify(filter),
        );
      assert.deepEqual(await search("agent", { org: "原稿", publishedIn: "default" }), []);
      assert.deepEqual(await search("agent", { tag: "原稿标签", publishedIn: "default" }), []);
      for (const filter of [{ org: "定稿" }, { tag: "定稿标签" }, { minStars: 4 }])
        assert.deepEqual(await search("agent", { ...filter, publishedIn: "default" }), [published]);
      // A filter's own facet still counts only what was published.
      const facets = (await store.searchDocuments({ ...readers, org: "Vexmoor", facets: true })).facets!;
      assert.deepEqual(values(facets.org), ["定稿机构"]);
      assert.deepEqual(values(facets.source), [], "no article passes org=Vexmoor");
      // As written (the operator's), the withheld analysis's values select it.
      assert.deepEqual(await search("agent", { org: "Vexmoor" }), [withheld]);
      assert.deepEqual(await search("agent", { minStars: 5 }), [withheld]);
    });

    test("an unpublished analysis's words find nothing, and are not counted in the total", async () => {
      const { withheld } = await corpus();
      const qzyrrh = { terms: parseSearchQuery("Qzyrrh"), limit: 10, now: NOW };
      assert.equal((await store.searchDocuments(qzyrrh)).total, 1);
      const found = await store.searchDocuments({ ...qzyrrh, publishedIn: "default", facets: true });
      assert.equal(found.total, 0);
      assert.deepEqual(found.matches, []);
      assert.deepEqual(found.facets!.source, []);
      // Published later, it is found by its entry's words and counted as published.
      await publish([item(withheld, makeEntry({ org: "Vexmoor", stars: 2 }), llm)], "default");
      const now = await store.searchDocuments({ ...qzyrrh, publishedIn: "default", facets: true });
      assert.deepEqual(
        now.matches.map((m) => m.articleId),
        [withheld],
      );
      assert.deepEqual(values(now.facets!.org), ["Vexmoor"]);
      assert.equal(star(now.facets!.stars, 3), 0, "★ as published (2), not as written (5)");
    });

    test("a day re-saved replaces its published entries; another briefing publishes its own", async () => {
      const { published } = await corpus();
      await publish([]);
      let facets = (await store.searchDocuments({ ...readers, facets: true })).facets!;
      assert.deepEqual(facets.org, []);
      assert.deepEqual(await search("agent", { org: "定稿", publishedIn: "default" }), []);
      await publish([item(published, makeEntry({ org: "芯片机构" }), offline)], "chips");
      facets = (await store.searchDocuments({ ...readers, publishedIn: "chips", facets: true })).facets!;
      assert.deepEqual(values(facets.org), ["芯片机构"]);
      assert.deepEqual((await store.searchDocuments({ ...readers, facets: true })).facets!.org, []);
    });
  });
