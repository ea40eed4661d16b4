import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { createTestDatabase, postgresSkipReason } from "../../../test/support/postgres-server.ts";
import { parseSearchQuery } from "../../model/search-text.ts";
import { makeArticle, makeSource } from "../fixtures.ts";
import type { Store } from "../store.ts";
import { openPostgresStore } from "./postgres-store.ts";
import { PgSearchIndexTable } from "./search-index.ts";
import { PoolSql, type Sql } from "./sql.ts";

/**
 * How a search reaches its documents. A common word is in nearly every document; counting those
 * (bm25's idf) or finding the newest of them by reading each row opens and decompresses every
 * row's TOASTed `terms` and text (the bench's 模型: 20,000 rows, ~1 s a search). The planner, which
 * does not count detoasting, chose exactly that for such a word; the search must go through the
 * GIN index instead. Checked on the plans of the statements the search runs, in the settings it
 * runs them in (EXPLAIN of each statement on the same connection, right before it).
 */

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function* nodesOf(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* nodesOf(child);
}

/** An Sql that EXPLAINs every statement reading search_docs before it runs, on the same connection. */
function explaining(sql: Sql, plans: PlanNode[]): Sql {
  const explain = async (on: Sql, text: string, params?: readonly unknown[]) => {
    if (!/\bsearch_docs\b/.test(text) || !/^\s*(WITH|SELECT)/.test(text)) return;
    const [row] = await on.rows<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${text}`,
      params,
    );
    plans.push(row!["QUERY PLAN"][0].Plan);
  };
  const wrap = (on: Sql): Sql => ({
    rows: async (text, params) => {
      await explain(on, text, params);
      return on.rows(text, params);
    },
    row: async (text, params) => {
      await explain(on, text, params);
      return on.row(text, params);
    },
    run: (text, params) => on.run(text, params),
    atomic: (fn) => on.atomic((tx) => fn(wrap(tx))),
  });
  return wrap(sql);
}

describe("postgres search plans", { skip: postgresSkipReason() }, () => {
  let database: { url: string; drop(): Promise<void> };
  let store: Store;
  let pool: pg.Pool;
  before(async () => {
    database = await createTestDatabase();
    store = await openPostgresStore(database.url);
    await store.upsertSource(makeSource());
    // A word in every article but one, as 模型 is in the bench's archive.
    for (let i = 0; i < 150; i++)
      await store.saveArticle(
        makeArticle({
          url: `https://example.com/${i}`,
          guid: `g${i}`,
          contentHash: String(i).padStart(64, "0"),
          title: i === 0 ? "机器人的新闻" : `第 ${i} 篇：大模型的新闻`,
          text: `${"这一段正文与检索无关，".repeat(40)}${i === 0 ? "" : "模型推理更快了。"}`,
        }),
      );
    pool = new pg.Pool({ connectionString: database.url });
    await pool.query("ANALYZE search_docs");
  });
  after(async () => {
    await pool?.end();
    await store?.close();
    await database?.drop();
  });

  test("a word in nearly every document is counted and found through the GIN index, never by reading every row", async () => {
    const plans: PlanNode[] = [];
    const table = new PgSearchIndexTable(explaining(new PoolSql(pool), plans));
    for (const query of ["模型", "模型推理", "大模型 新闻"]) {
      plans.length = 0;
      const result = await table.searchDocuments({
        terms: parseSearchQuery(query),
        limit: 10,
        now: "2026-02-10T00:00:00Z",
        facets: true,
      });
      assert.ok(result.total >= 100, `${query}: ${result.total} found`);
      assert.equal(plans.length, 2, "the hits' statement and the facets' statement");
      for (const plan of plans)
        for (const node of nodesOf(plan))
          assert.ok(
            !(node["Node Type"] === "Seq Scan" && /\bterms\b/.test(node.Filter ?? "")),
            `${query}: a sequential scan reads every row's terms: ${node.Filter}`,
          );
    }
  });
});
