/**
 * Search parity: the demo day's articles and entries, stored by a real `daybrief run` in SQLite, are
 * copied into a Postgres store through the store contract; the same queries then return the same
 * articles in the same order, with the same totals and (to rounding) the same bm25 × recency scores.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { parseSearchQuery } from "../src/model/search-text.ts";
import type { SearchDocumentsInput, Store } from "../src/store/index.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { type DemoDay, runDemoDay } from "./support/demo-store.ts";
import { createTestDatabase, postgresSkipReason } from "./support/postgres-server.ts";

const NOW = "2026-02-05T00:00:00Z";
const QUERIES = [
  "美团 STAR",
  "美团",
  "MiniCPM-o",
  "minicpm",
  "模型",
  "大模型",
  "智谱",
  "发布",
  "开源",
  "agent",
  "多模态",
  "视频",
  "腾讯",
  "美",
  "GPT",
  '"cl bench"',
];

/** Every source, article and analysis of `from`, saved into `to` in id order (URLs keep them matched). */
async function copyStore(from: Store, to: Store): Promise<void> {
  for (const source of await from.listSourceHealth())
    await to.upsertSource({
      id: source.id,
      name: source.name,
      url: source.url,
      order: source.order,
      enabled: source.enabled,
    });
  const articles = await from.listArticlesPublishedBetween("1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z");
  articles.sort((a, b) => a.id! - b.id!);
  const analyses = await from.listAnalysesForArticles(articles.map((a) => a.id!));
  await to.transaction(async (tx) => {
    const ids = new Map<number, number>();
    for (const article of articles) ids.set(article.id!, (await tx.saveArticle(article)).id);
    for (const analysis of analyses.sort((a, b) => a.id - b.id)) {
      const { id: _id, runId: _run, articleId, ...outcome } = analysis;
      await tx.saveAnalysis({ ...outcome, articleId: ids.get(articleId)! });
    }
    // The briefings as published (the readers' search counts their entries), article ids mapped.
    for (const { date } of await from.listBriefings()) {
      const stored = (await from.getBriefing(date))!;
      const items = stored.briefing.items.map((item) => ({
        ...item,
        articleId: item.articleId === undefined ? undefined : ids.get(item.articleId),
      }));
      await tx.saveBriefing({ ...stored, runId: undefined, briefing: { ...stored.briefing, items } });
    }
  });
}

async function hits(store: Store, query: string, filters: Partial<SearchDocumentsInput> = {}) {
  const result = await store.searchDocuments({
    terms: parseSearchQuery(query),
    limit: 10,
    now: NOW,
    facets: true,
    ...filters,
  });
  const urls = await Promise.all(result.matches.map(async (m) => (await store.getArticle(m.articleId))!.url));
  return {
    total: result.total,
    urls,
    scores: result.matches.map((m) => m.score),
    withEntry: result.matches.map((m) => m.entryId !== undefined),
    facets: result.facets,
  };
}

describe("search parity between SQLite and Postgres on the demo day", { skip: postgresSkipReason() }, () => {
  let demo: DemoDay;
  let pg: Store;
  let drop: () => Promise<void>;
  before(async () => {
    demo = await runDemoDay();
    const database = await createTestDatabase();
    drop = database.drop;
    pg = await openPostgresStore(database.url);
    await copyStore(demo.store, pg);
  });
  after(async () => {
    await pg?.close();
    await drop?.();
    await demo?.close();
  });

  for (const query of QUERIES)
    test(`"${query}": the same hits, order, total, scores and facets, for the operator and the readers`, async () => {
      for (const view of [{}, { publishedIn: "default" }]) {
        const [sqlite, postgres] = [await hits(demo.store, query, view), await hits(pg, query, view)];
        same(sqlite, postgres);
      }
    });

  function same(sqlite: Awaited<ReturnType<typeof hits>>, postgres: Awaited<ReturnType<typeof hits>>) {
    assert.deepEqual(postgres.urls, sqlite.urls);
    assert.equal(postgres.total, sqlite.total);
    assert.deepEqual(postgres.withEntry, sqlite.withEntry);
    assert.deepEqual(postgres.facets, sqlite.facets);
    for (const [i, score] of sqlite.scores.entries())
      assert.ok(
        Math.abs(postgres.scores[i]! - score) <= 1e-9 * Math.max(1, Math.abs(score)),
        `score ${i}: ${postgres.scores[i]} vs ${score}`,
      );
  }

  test("the demo queries find something (the parity is not between two empty lists)", async () => {
    for (const query of ["美团 STAR", "MiniCPM-o", "模型"])
      assert.ok((await hits(pg, query)).total > 0, `${query} finds nothing in the demo day`);
    // The readers' view differs from the operator's on the demo day (some entries not published).
    const [all, readers] = [await hits(pg, "模型"), await hits(pg, "模型", { publishedIn: "default" })];
    assert.notDeepEqual(readers.facets, all.facets);
  });
});
