import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { createTestDatabase, postgresSkipReason } from "../../../test/support/postgres-server.ts";
import { parseSearchQuery } from "../../model/search-text.ts";
import { makeArticle, makeSource } from "../fixtures.ts";
import { migrations, SchemaTooNewError } from "../migrations.ts";
import { openConfiguredStore } from "../open-configured-store.ts";
import { migratePostgres, pgMigrations } from "./migrations.ts";
import { openPostgresStore, redactUrl } from "./postgres-store.ts";
import { PoolSql } from "./sql.ts";

test("every SQLite migration has its Postgres form, in the same order", () => {
  assert.equal(
    pgMigrations.length,
    migrations.length,
    "add the new step to store/postgres/migrations.ts too",
  );
});

test("the URL in messages hides the password", () => {
  assert.equal(
    redactUrl("postgres://daybrief:s3cret@db:5432/daybrief"),
    "postgres://daybrief:***@db:5432/daybrief",
  );
  assert.equal(redactUrl("postgres://daybrief@db/daybrief"), "postgres://daybrief@db/daybrief");
});

describe("postgres migrations", { skip: postgresSkipReason() }, () => {
  let database: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;
  before(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url });
  });
  after(async () => {
    await pool.end();
    await database.drop();
  });

  test("versions are recorded once; a second open applies nothing; a newer schema is refused", async () => {
    const sql = new PoolSql(pool);
    assert.deepEqual(
      await migratePostgres(sql),
      pgMigrations.map((_, i) => i + 1),
    );
    assert.deepEqual(await migratePostgres(sql), []);
    const { rows } = await pool.query("SELECT version FROM schema_migrations ORDER BY version");
    assert.deepEqual(
      rows.map((r: { version: number }) => r.version),
      pgMigrations.map((_, i) => i + 1),
    );
    await pool.query("INSERT INTO schema_migrations VALUES ($1, 'later')", [pgMigrations.length + 1]);
    await assert.rejects(openPostgresStore(database.url), SchemaTooNewError);
    await pool.query("DELETE FROM schema_migrations WHERE version = $1", [pgMigrations.length + 1]);
  });
});

describe("postgres search index migration", { skip: postgresSkipReason() }, () => {
  test("the step that creates the index indexes the articles and entries already stored", async () => {
    const database = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      // The schema just before the search index, with one article in it.
      const searchStep = pgMigrations.findIndex((step) => /CREATE TABLE search_docs/.test(step.sql));
      assert.ok(searchStep > 0, "the search index step is in the list");
      const client = await pool.connect();
      try {
        for (const [i, step] of pgMigrations.slice(0, searchStep).entries()) {
          await client.query(step.sql);
          await client.query(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)",
          );
          await client.query("INSERT INTO schema_migrations VALUES ($1, 'test')", [i + 1]);
        }
        const a = makeArticle({ title: "美团提出STAR框架" });
        await client.query(
          "INSERT INTO sources (id, name, url, updated_at) VALUES ('jiqizhixin', 'x', 'http://x', 'now')",
        );
        await client.query(
          `INSERT INTO articles (source_id, url, original_url, title, published_at, first_seen_at, content_hash,
             text, html, status, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '', 'ok', 'now')`,
          [a.sourceId, a.url, a.originalUrl, a.title, a.publishedAt, a.firstSeenAt, a.contentHash, a.text],
        );
      } finally {
        client.release();
      }
      const store = await openPostgresStore(database.url);
      try {
        const found = await store.searchDocuments({
          terms: parseSearchQuery("美团 STAR"),
          limit: 5,
          now: "2026-02-10T00:00:00Z",
        });
        assert.equal(found.total, 1);
      } finally {
        await store.close();
      }
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});

describe("openConfiguredStore", { skip: postgresSkipReason() }, () => {
  test("store.url selects Postgres; without it the SQLite file is opened", async () => {
    const database = await createTestDatabase();
    try {
      const store = await openConfiguredStore({ path: "/nonexistent/never-created.db", url: database.url });
      try {
        assert.match(store.path, /^postgres:\/\//);
        await store.upsertSource(makeSource());
        assert.equal((await store.listSourceHealth()).length, 1);
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
    const dir = mkdtempSync(join(tmpdir(), "daybrief-configured-"));
    try {
      const path = join(dir, "data", "daybrief.db");
      const sqlite = await openConfiguredStore({ path });
      await sqlite.close();
      assert.equal(sqlite.path, path);
      assert.ok(existsSync(path), "the SQLite file (and its folder) is created");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
