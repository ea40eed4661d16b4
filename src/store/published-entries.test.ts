import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { createTestDatabase, postgresSkipReason } from "../../test/support/postgres-server.ts";
import type { Briefing } from "../model/index.ts";
import { migrations } from "./migrations.ts";
import { pgMigrations } from "./postgres/migrations.ts";
import { openPostgresStore } from "./postgres/postgres-store.ts";
import { publishedEntryRows } from "./published-entries.ts";
import { openStore } from "./sqlite-store.ts";
import { openTempStore } from "./testing.ts";

// Migration 18 fills published_entries from the briefings already stored, as saveBriefing writes
// them (publishedEntryRows): the same rows on both backends, whatever shape an old item has.
const BEFORE = migrations.findIndex((m) => m.includes("CREATE TABLE published_entries"));
const items = [
  { articleId: 1, entry: { org: "首稿", stars: 3, tags: ["甲"] }, analyser: { name: "offline-extractive" } },
  { articleId: 2, entry: { org: 5, stars: "5", tags: "not a list" }, analyser: {} },
  { entry: { org: "没有文章" }, analyser: { name: "offline-extractive" } },
  // The same article twice in a day: its last item, as saveBriefing keeps it.
  { articleId: 1, entry: { org: "定稿机构", stars: 4, tags: ["A", 'b"q', 7] }, analyser: { name: "x/y" } },
  { articleId: 3, entry: { tags: [] }, analyser: { name: "z" } },
];
const briefing = { date: "2026-02-04", items } as unknown as Briefing;
const expected = publishedEntryRows({ date: "2026-02-04", generatedAt: "", briefing, outputs: {} });
const briefingRows = [
  ["default", "2026-02-04", JSON.stringify(briefing)],
  ["chips", "2026-02-04", JSON.stringify({ items: [items[4]] })],
  ["default", "2026-02-05", JSON.stringify({ items: "broken" })],
  ["default", "2026-02-06", "not json"],
];
type Row = { briefing_id: string; date: string; article_id: number | string } & Record<string, unknown>;
const asRows = (rows: Row[]) =>
  rows.map((r) => [r.briefing_id, r.date, Number(r.article_id), r.org, r.stars, r.tags, r.analyser]);
const SELECT = "SELECT * FROM published_entries ORDER BY briefing_id, date, article_id";

describe("migration 18: published entries", () => {
  it("the expected rows are saveBriefing's", () => {
    assert.ok(BEFORE > 0);
    assert.deepEqual(expected, [
      [1, "定稿机构", 4, '["A","b\\"q"]', "x/y"],
      [2, "", null, "[]", ""],
      [3, "", null, "[]", "z"],
    ]);
  });

  it("SQLite fills them from the stored briefings", async () => {
    const { path, remove } = openTempStore();
    try {
      const db = new Database(`${path}.old`);
      db.function("search_tokens", (t: unknown) => String(t ?? ""));
      db.function("search_entry_text", (t: unknown) => String(t ?? ""));
      for (const m of migrations.slice(0, BEFORE)) db.exec(m);
      db.pragma(`user_version = ${BEFORE}`);
      for (const [id, date, json] of briefingRows)
        db.prepare(
          "INSERT INTO briefings (briefing_id, date, generated_at, json, updated_at) VALUES (?, ?, 'now', ?, 'now')",
        ).run(id, date, json);
      db.close();
      const store = openStore(`${path}.old`);
      await store.close();
      const raw = new Database(`${path}.old`, { readonly: true });
      const rows = asRows(raw.prepare(SELECT).all() as Row[]);
      raw.close();
      assert.deepEqual(rows, [
        ["chips", "2026-02-04", ...expected[2]!],
        ...expected.map((r) => ["default", "2026-02-04", ...r]),
      ]);
    } finally {
      await remove();
    }
  });

  it("Postgres fills them alike", { skip: postgresSkipReason() }, async () => {
    const database = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      const client = await pool.connect();
      try {
        await client.query(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)",
        );
        for (const [i, step] of pgMigrations.slice(0, BEFORE).entries()) {
          await client.query(step.sql);
          await client.query("INSERT INTO schema_migrations VALUES ($1, 'test')", [i + 1]);
        }
        // Postgres stores only valid JSON text in practice; a broken one is SQLite's case.
        for (const [id, date, json] of briefingRows.slice(0, 3))
          await client.query(
            "INSERT INTO briefings (briefing_id, date, generated_at, json, updated_at) VALUES ($1, $2, 'now', $3, 'now')",
            [id, date, json],
          );
      } finally {
        client.release();
      }
      await (await openPostgresStore(database.url)).close();
      const rows = asRows((await pool.query(SELECT)).rows as Row[]);
      assert.deepEqual(rows, [
        ["chips", "2026-02-04", ...expected[2]!],
        ...expected.map((r) => ["default", "2026-02-04", ...r]),
      ]);
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});
