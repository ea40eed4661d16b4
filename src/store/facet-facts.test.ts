import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnalyserInfo } from "../model/index.ts";
import { parseSearchQuery } from "../model/search-text.ts";
import { openDatabase } from "./database.ts";
import { FacetFacts, RELOAD_MS } from "./facet-facts.ts";
import { makeSource, searchCorpus } from "./fixtures.ts";
import type { SearchDocumentsInput } from "./search-index.ts";
import { SearchIndexTable } from "./search-index.ts";
import { openTempStore } from "./testing.ts";

const NOW = "2026-02-10T00:00:00Z";
const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };

test("facet counts from the kept facts equal the SQL counts (filters, dates, case variants, the cap), and a store that just changed is counted in SQL", async () => {
  const temp = openTempStore();
  const db = openDatabase(temp.path, { readonly: true });
  try {
    const store = temp.store;
    await store.upsertSource(makeSource());
    await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
    const { add } = searchCorpus(() => store, NOW);
    await add({ title: "腾讯发布混元模型" }, { org: "腾讯混元", stars: 4, tags: ["AI Agent", "模型"] });
    await add({ title: "腾讯再发模型", sourceId: "qbitai" }, { org: "腾讯", stars: 2, tags: ["ai agent"] });
    await add({ title: "Meta 的模型" }, { org: "Meta AI", stars: 5, tags: ["模型"] }, llm);
    await add(
      { title: "meta 模型二", publishedAt: "2026-01-02T00:00:00Z" },
      { org: "meta", stars: 3, tags: [] },
    );
    await add({ title: "只有文章的模型" });
    const sql = new SearchIndexTable(db);
    let clock = 0;
    const kept = new FacetFacts(db, () => clock);
    const base: SearchDocumentsInput = { terms: parseSearchQuery("模型"), limit: 10, now: NOW };
    const cases: Partial<SearchDocumentsInput>[] = [
      {},
      { sourceId: "qbitai" },
      { org: "腾讯" },
      { tag: "ai agent", minStars: 3 },
      { analyser: llm.name },
      { from: "2026-01-15T00:00:00Z" },
      { scoreAtMost: 3 },
    ];
    for (const filters of cases) {
      const input = { ...base, ...filters };
      const cap = input.scoreAtMost ?? 3000;
      assert.deepEqual(kept.count(input, cap), sql.countSearchFacets(input), JSON.stringify(filters));
    }
    // Another connection commits: within RELOAD_MS the kept facts are not used; after it, reloaded.
    await add({ title: "新来的模型" }, { org: "腾讯", stars: 1, tags: ["新"] });
    clock += RELOAD_MS / 2;
    assert.equal(kept.count(base, 3000), undefined, "changed too recently: count in SQL");
    clock += RELOAD_MS;
    assert.deepEqual(kept.count(base, 3000), sql.countSearchFacets(base));
    assert.equal(kept.count(base, 3000)!.tag.find((t) => t.value === "新")?.count, 1);
  } finally {
    db.close();
    await temp.remove();
  }
});

test("a connection's own writes make its kept facts stale too (a main connection keeping them, keepFacetFacts)", async () => {
  const temp = openTempStore();
  const rw = openDatabase(temp.path);
  try {
    await temp.store.upsertSource(makeSource());
    const { add } = searchCorpus(() => temp.store, NOW);
    await add({ title: "腾讯发布混元模型" }, { org: "腾讯混元", stars: 4, tags: ["模型"] });
    let clock = 0;
    const kept = new FacetFacts(rw, () => clock);
    const input: SearchDocumentsInput = { terms: parseSearchQuery("模型"), limit: 10, now: NOW };
    assert.deepEqual(kept.count(input, 3000)!.org, [{ value: "腾讯混元", count: 1 }]);
    // Written through this very connection: data_version does not change, total_changes does.
    rw.prepare("UPDATE search_docs SET org = '阿里通义' WHERE kind = 'entry'").run();
    assert.equal(kept.count(input, 3000), undefined, "changed too recently: count in SQL");
    clock += RELOAD_MS;
    assert.deepEqual(kept.count(input, 3000)!.org, [{ value: "阿里通义", count: 1 }]);
  } finally {
    rw.close();
    await temp.remove();
  }
});

test("the readers' copy follows the published entries: a briefing saved is counted in SQL until the copy reloads, then from it", async () => {
  const temp = openTempStore();
  const db = openDatabase(temp.path, { readonly: true });
  try {
    const store = temp.store;
    await store.upsertSource(makeSource());
    const { add } = searchCorpus(() => store, NOW);
    const id = await add({ title: "腾讯发布混元模型" }, { org: "腾讯混元", stars: 4, tags: ["模型"] });
    let clock = 0;
    const kept = new FacetFacts(db, () => clock);
    const sql = new SearchIndexTable(db);
    const input: SearchDocumentsInput = {
      terms: parseSearchQuery("模型"),
      limit: 10,
      now: NOW,
      publishedIn: "default",
    };
    assert.deepEqual(kept.count(input, 3000)!.org, [], "nothing published yet");
    // The store's own copy is another one: it still counts the analysis as written.
    assert.deepEqual(
      kept.count({ ...input, publishedIn: undefined }, 3000)!.org.map((o) => o.value),
      ["腾讯混元"],
    );
    const entry = { org: "腾讯（编辑）", stars: 4, tags: ["模型"] };
    const items = [{ articleId: id, entry, analyser: { name: "offline-extractive" } }];
    await store.saveBriefing({
      date: "2026-02-04",
      generatedAt: NOW,
      briefing: { date: "2026-02-04", items } as never,
      outputs: {},
    });
    const expected = sql.countSearchFacets(input);
    assert.deepEqual(
      expected.org.map((o) => o.value),
      ["腾讯（编辑）"],
    );
    assert.equal(kept.count(input, 3000), undefined, "changed too recently: the copy declines");
    clock += RELOAD_MS;
    assert.deepEqual(kept.count(input, 3000), expected, "reloaded: the published entry counted");
    assert.deepEqual(kept.search({ ...input, facets: true }, 3000), {
      ...sql.searchDocuments(input),
      facets: expected,
    });
  } finally {
    db.close();
    await temp.remove();
  }
});
