import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { AnalyserInfo } from "../../src/model/index.ts";
import { parseSearchQuery } from "../../src/model/search-text.ts";
import { makeSource, searchCorpus } from "../../src/store/fixtures.ts";
import type { SearchDocumentsInput, Store } from "../../src/store/index.ts";
import { backends, sqliteSearchThreads } from "./backends.ts";

// Search filters and facet counts (searchDocuments, countSearchFacets); words, ranking and the index: search.test.ts.
for (const backend of [...backends, sqliteSearchThreads])
  describe(backend.name, () => {
    const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };
    const NOW = "2026-02-10T00:00:00Z";

    let store: Store;
    let remove: () => Promise<void>;
    const { add, search } = searchCorpus(() => store, NOW);
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
    });
    afterEach(async () => remove());

    test("filters: date range, source, org, tag, stars, analyser", async () => {
      const early = await add(
        { title: "Agent 早", publishedAt: "2026-01-10T00:00:00Z" },
        { org: "腾讯混元", stars: 2, tags: ["AI Agent"] },
      );
      const late = await add(
        { title: "Agent 晚", publishedAt: "2026-02-05T00:00:00Z", sourceId: "qbitai" },
        { org: "美团", stars: 5, tags: ["多模态大模型"] },
        llm,
      );
      const plain = await add({ title: "Agent 文章", publishedAt: "2026-02-01T00:00:00Z" });
      assert.deepEqual(new Set(await search("agent")), new Set([early, late, plain]));
      assert.deepEqual(
        new Set(await search("agent", { from: "2026-02-01T00:00:00Z" })),
        new Set([late, plain]),
      );
      assert.deepEqual(await search("agent", { to: "2026-02-01T00:00:00Z" }), [early]);
      assert.deepEqual(await search("agent", { sourceId: "qbitai" }), [late]);
      assert.deepEqual(await search("agent", { org: "混元" }), [early]);
      assert.deepEqual(await search("agent", { tag: "ai agent" }), [early]);
      assert.deepEqual(await search("agent", { minStars: 4 }), [late]);
      assert.deepEqual(await search("agent", { analyser: llm.name }), [late]);
      assert.deepEqual(await search("agent", { analyser: "nobody" }), []);
    });

    test("hideArticles: the articles are left out of the hits, the total and every facet count", async () => {
      const shown = await add({ title: "Agent 公开" }, { org: "美团", stars: 3, tags: ["开源"] });
      const hidden = await add(
        { title: "Agent 待审 agent agent", sourceId: "qbitai" },
        { org: "待审公司", stars: 5, tags: ["独家"] },
        llm,
      );
      const input: SearchDocumentsInput = { terms: parseSearchQuery("agent"), limit: 10, now: NOW };
      const all = await store.searchDocuments({ ...input, facets: true });
      assert.equal(all.total, 2);
      assert.ok(all.facets!.org.some((o) => o.value === "待审公司"));
      const seen = await store.searchDocuments({ ...input, facets: true, hideArticles: [hidden] });
      assert.deepEqual(
        seen.matches.map((m) => m.articleId),
        [shown],
      );
      assert.equal(seen.total, 1);
      assert.deepEqual(seen.facets, await store.countSearchFacets({ ...input, hideArticles: [hidden] }));
      const facets = seen.facets!;
      assert.deepEqual(
        facets.org.map((o) => o.value),
        ["美团"],
      );
      assert.deepEqual(
        facets.tag.map((t) => t.value),
        ["开源"],
      );
      assert.deepEqual(
        facets.source.map((f) => f.value),
        ["jiqizhixin"],
      );
      assert.equal(facets.stars.find((f) => f.value === "5")?.count ?? 0, 0);
      assert.ok(!facets.analyser.some((a) => a.value === llm.name));
      // Its filters alone cannot find it either.
      assert.deepEqual(await search("agent", { org: "待审", hideArticles: [hidden] }), []);
      assert.deepEqual(await search("agent", { hideArticles: [] }), [hidden, shown]);
    });

    test("searchDocuments with facets: the same hits as without, and the facets countSearchFacets counts", async () => {
      await add({ title: "Agent 甲" }, { org: "腾讯混元", stars: 2, tags: ["AI Agent", "开源"] });
      await add(
        { title: "Agent 乙", sourceId: "qbitai" },
        { org: "美团", stars: 5, tags: ["ai agent"] },
        llm,
      );
      await add({ title: "Agent 丙 agent", sourceId: "qbitai" }, { org: "腾讯", stars: 4, tags: ["开源"] });
      await add({ title: "Agent 丁" });
      await add({ title: "Agent 早", publishedAt: "2026-01-01T00:00:00Z" }, { org: "美团", stars: 5 });
      const cases: Partial<SearchDocumentsInput>[] = [
        {},
        { from: "2026-02-01T00:00:00Z" },
        { sourceId: "qbitai", minStars: 4 },
        { org: "腾讯", scoreAtMost: 2 },
      ];
      for (const filters of cases) {
        const input: SearchDocumentsInput = {
          terms: parseSearchQuery("agent"),
          limit: 3,
          now: NOW,
          ...filters,
        };
        const both = await store.searchDocuments({ ...input, facets: true });
        assert.deepEqual(both, {
          ...(await store.searchDocuments(input)),
          facets: await store.countSearchFacets(input),
        });
        assert.ok(both.total > 0, JSON.stringify(filters));
      }
      const none = await store.searchDocuments({ terms: [], limit: 3, now: NOW, facets: true });
      assert.deepEqual(none.facets, await store.countSearchFacets({ terms: [], limit: 3, now: NOW }));
    });

    test("facet counts: per source, org, tag, ★ and analyser; each facet ignores its own filter", async () => {
      const a = await add({ title: "Agent 甲" }, { org: "腾讯混元", stars: 2, tags: ["AI Agent", "开源"] });
      await add(
        { title: "Agent 乙", sourceId: "qbitai" },
        { org: "美团", stars: 5, tags: ["ai agent"] },
        llm,
      );
      await add({ title: "Agent 丙", sourceId: "qbitai" }, { org: "腾讯", stars: 4, tags: ["开源"] });
      await add({ title: "Agent 丁" });
      await add({ title: "无关 戊" }, { org: "美团", stars: 5 });
      await add({ title: "Agent 早", publishedAt: "2026-01-01T00:00:00Z" }, { org: "美团", stars: 5 });
      const facets = (filters: Partial<SearchDocumentsInput> = {}) =>
        store.countSearchFacets({
          terms: parseSearchQuery("agent"),
          from: "2026-02-01T00:00:00Z",
          limit: 10,
          now: NOW,
          ...filters,
        });
      const all = await facets();
      assert.equal(all.capped, false);
      assert.deepEqual(all.source, [
        { value: "jiqizhixin", count: 2 },
        { value: "qbitai", count: 2 },
      ]);
      // An org counts what org=<value> finds: "腾讯" takes in "腾讯混元".
      assert.deepEqual(all.org, [
        { value: "腾讯", count: 2 },
        { value: "美团", count: 1 },
        { value: "腾讯混元", count: 1 },
      ]);
      // Tags any case, counted once per article.
      assert.deepEqual(
        new Set(all.tag.map((t) => `${t.value.toLowerCase()}=${t.count}`)),
        new Set(["ai agent=2", "开源=2"]),
      );
      assert.deepEqual(
        all.stars.map((s) => s.count),
        [1, 2, 2, 3, 3],
        "★5 down to ★1",
      );
      assert.deepEqual(all.analyser, [
        { value: "offline-extractive", count: 2 },
        { value: llm.name, count: 1 },
      ]);

      // A source chosen: the source facet still lists both; the others count that source only.
      const qbitai = await facets({ sourceId: "qbitai" });
      assert.deepEqual(qbitai.source, all.source);
      assert.deepEqual(qbitai.org, [
        { value: "美团", count: 1 },
        { value: "腾讯", count: 1 },
      ]);
      // ★ ≥ 4 chosen: the ★ facet is unchanged, the org facet loses 腾讯混元 (★2), sources count 2 in qbitai only.
      const starred = await facets({ minStars: 4 });
      assert.deepEqual(starred.stars, all.stars);
      assert.deepEqual(starred.source, [{ value: "qbitai", count: 2 }]);
      assert.deepEqual(starred.org, [
        { value: "美团", count: 1 },
        { value: "腾讯", count: 1 },
      ]);
      // The counts are what the filter finds.
      for (const f of all.org)
        assert.equal(
          (await search("agent", { from: "2026-02-01T00:00:00Z", org: f.value })).length,
          f.count,
          f.value,
        );
      // An org and a tag chosen together: one entry must have both (as the search filter).
      const both = await facets({ org: "腾讯", tag: "ai agent" });
      assert.deepEqual(both.source, [{ value: "jiqizhixin", count: 1 }]);
      assert.deepEqual(
        both.tag.map((t) => t.value).sort(),
        ["AI Agent", "开源"],
        "the tag facet: tags of 腾讯 entries",
      );
      assert.equal((await search("agent", { org: "腾讯", tag: "ai agent" }))[0], a);
      const none = await store.countSearchFacets({ terms: [], limit: 10, now: NOW });
      assert.deepEqual(none.source, []);
    });
  });
