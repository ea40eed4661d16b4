import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, test } from "node:test";
import BetterSqlite3 from "better-sqlite3";
import { openDatabase } from "./database.ts";
import { SchemaTooNewError, schemaVersion } from "./migrations.ts";
import { openStore } from "./sqlite-store.ts";
import { makeArticle, makeSource, openTempStore } from "./testing.ts";

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups) await cleanup();
});
function tempStore() {
  const temp = openTempStore();
  cleanups.push(temp.remove);
  return temp;
}

test("a new file is migrated to the current schema version, in WAL mode", async () => {
  const { store, path } = tempStore();
  await store.close();
  const raw = new BetterSqlite3(path, { readonly: true });
  try {
    assert.equal(raw.pragma("user_version", { simple: true }), schemaVersion);
    assert.ok(schemaVersion >= 1);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    assert.deepEqual(tables, [
      "analyses",
      "analysis_replies",
      "articles",
      "briefing_digests",
      "briefing_drafts",
      "briefing_edits",
      "briefings",
      "deliveries",
      "host_cooldowns",
      "host_requests",
      "page_rereads",
      "published_entries",
      "revoked_sessions",
      "run_lock",
      "runs",
      // The full-text index (store/search-index.ts): its facts, the FTS5 table and FTS5's own shadow tables.
      "search_docs",
      "search_fts",
      "search_fts_config",
      "search_fts_data",
      "search_fts_docsize",
      "search_fts_idx",
      "source_alerts",
      "sources",
      "stories",
      "story_judgements",
      "story_segments",
      "superseded_usage",
    ]);
  } finally {
    raw.close();
  }
});

test("re-opening keeps the data and the version, applying nothing twice", async () => {
  const { store, path } = tempStore();
  await store.upsertSource(makeSource());
  await store.close();
  const again = openStore(path);
  cleanups.unshift(() => again.close());
  assert.equal((await again.listSourceHealth()).length, 1);
  const raw = new BetterSqlite3(path, { readonly: true });
  assert.equal(raw.pragma("user_version", { simple: true }), schemaVersion);
  raw.close();
});

test("a database from a newer daybrief is refused, not downgraded", async () => {
  const { store, path } = tempStore();
  await store.close();
  const raw = new BetterSqlite3(path);
  raw.pragma(`user_version = ${schemaVersion + 1}`);
  raw.close();
  assert.throws(() => openStore(path), SchemaTooNewError);
});

test("every connection has foreign keys on and a busy timeout", async () => {
  const { store, path } = tempStore();
  await assert.rejects(
    async () => await store.saveArticle(makeArticle({ sourceId: "nobody" })),
    /FOREIGN KEY/,
  );
  const db = openDatabase(path, { busyTimeoutMs: 1234 });
  try {
    assert.equal(db.pragma("foreign_keys", { simple: true }), 1);
    assert.equal(db.pragma("busy_timeout", { simple: true }), 1234);
  } finally {
    db.close();
  }
});

test("another process sees committed data", async () => {
  const { store, path } = tempStore();
  await store.upsertSource(makeSource());
  await store.saveArticle(makeArticle());
  const script = `
    import { openStore } from ${JSON.stringify(new URL("./sqlite-store.ts", import.meta.url).href)};
    const store = openStore(process.argv[1]);
    process.stdout.write(JSON.stringify((await store.findArticleByUrl(${JSON.stringify(makeArticle().url)}))?.title ?? null));
    await store.close();`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, path], {
    encoding: "utf8",
  });
  assert.equal(JSON.parse(out), makeArticle().title);
});

test("the facade exposes methods and nothing private", async () => {
  const { store } = tempStore();
  const names = Object.keys(store);
  assert.ok(names.includes("saveAnalysis"));
  // Table helpers are #private so that binding the prototypes does not leak them.
  for (const hidden of ["constructor", "update", "one", "sql", "now"])
    assert.ok(!names.includes(hidden), hidden);
});
