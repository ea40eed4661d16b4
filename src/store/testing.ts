import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";

export { makeArticle, makeSource } from "./fixtures.ts";

import { migrations } from "./migrations.ts";
import { openStore } from "./sqlite-store.ts";
import type { OpenStoreOptions, Store } from "./store.ts";

/** A store on a real file in a fresh temp dir; `remove()` closes it and deletes the dir. For tests. */
export function openTempStore(options: OpenStoreOptions = {}): {
  store: Store;
  path: string;
  remove(): Promise<void>;
} {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-store-"));
  const path = join(dir, "daybrief.db");
  const store = openStore(path, options);
  return {
    store,
    path,
    async remove() {
      try {
        await store.close();
      } catch {
        // already closed by the test
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How to step back over each migration after the search index (by version), newest first. */
const UNDO_AFTER_SEARCH_INDEX: Record<number, string> = {
  10: `ALTER TABLE sources DROP COLUMN last_status; ALTER TABLE sources DROP COLUMN last_error_code;
    ALTER TABLE source_alerts DROP COLUMN detail;`,
  11: "DROP TABLE briefing_edits; DROP TABLE briefing_drafts;",
};

/** Undos found by what the migration creates, so they hold whichever number the step gets on a merge. */
const UNDO_BY_CONTENT: [marker: string, undo: string][] = [
  ["CREATE TABLE published_entries", "DROP TABLE published_entries;"],
  ["CREATE TABLE revoked_sessions", "DROP TABLE revoked_sessions;"],
  // Stories per briefing: the default briefing's rows as they were (before the plain marker below,
  // which this step's text also holds).
  [
    "CREATE TABLE story_segments_v16",
    `DROP INDEX stories_key; DELETE FROM stories WHERE briefing_id <> 'default';
     ALTER TABLE stories DROP COLUMN briefing_id; CREATE UNIQUE INDEX stories_key ON stories(date, story_key);
     CREATE TABLE story_segments_v15 (date TEXT PRIMARY KEY, data BLOB NOT NULL, created_at TEXT NOT NULL);
     INSERT INTO story_segments_v15 SELECT date, data, created_at FROM story_segments WHERE briefing_id = 'default';
     DROP TABLE story_segments; ALTER TABLE story_segments_v15 RENAME TO story_segments;
     DROP TABLE analysis_replies;`,
  ],
  ["CREATE TABLE story_segments", "DROP TABLE story_segments;"],
  // Briefing ids: the default briefing's rows as they were; briefing_drafts goes with migration 11.
  [
    "CREATE TABLE briefings_v13",
    `CREATE TABLE briefings_v12 (date TEXT PRIMARY KEY, generated_at TEXT NOT NULL, json TEXT NOT NULL,
       outputs TEXT NOT NULL DEFAULT '{}', entries INTEGER NOT NULL DEFAULT 0,
       run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL, updated_at TEXT NOT NULL) STRICT;
     INSERT INTO briefings_v12 SELECT date, generated_at, json, outputs, entries, run_id, updated_at
       FROM briefings WHERE briefing_id = 'default';
     DROP TABLE briefings; ALTER TABLE briefings_v12 RENAME TO briefings;
     DROP INDEX deliveries_key; ALTER TABLE deliveries DROP COLUMN briefing_id;
     CREATE UNIQUE INDEX deliveries_key ON deliveries(date, channel, part_key);
     ALTER TABLE runs DROP COLUMN briefing_id;
     DROP INDEX briefing_edits_date; ALTER TABLE briefing_edits DROP COLUMN briefing_id;
     CREATE INDEX briefing_edits_date ON briefing_edits(date, id);`,
  ],
  ["CREATE TABLE briefing_digests", "DROP TABLE briefing_digests;"],
  ["ALTER TABLE runs ADD COLUMN progress", "ALTER TABLE runs DROP COLUMN progress;"],
];

/**
 * Turns a closed store file back into what the schema before the search index left (the same rows,
 * no index, `user_version` just before that migration), so the next open runs the migration over
 * existing rows. For tests and the bench; each later migration needs its undo above.
 */
export function unbuildSearchIndex(path: string): void {
  const version = migrations.findIndex((m) => m.includes("CREATE VIRTUAL TABLE search_fts")) + 1;
  const raw = new BetterSqlite3(path);
  try {
    for (let later = migrations.length; later > version; later--) {
      const undo =
        UNDO_AFTER_SEARCH_INDEX[later] ??
        UNDO_BY_CONTENT.find(([marker]) => migrations[later - 1]!.includes(marker))?.[1];
      if (!undo) throw new Error(`migration ${later} comes after the search index: add its undo here`);
      raw.exec(undo);
    }
    raw.exec(`DROP TABLE search_fts; DROP TABLE search_docs;
      DROP TRIGGER search_article_insert; DROP TRIGGER search_article_update; DROP TRIGGER search_article_delete;
      DROP TRIGGER search_analysis_insert; DROP TRIGGER search_analysis_update; DROP TRIGGER search_analysis_delete;
      VACUUM;`);
    raw.pragma(`user_version = ${version - 1}`);
  } finally {
    raw.close();
  }
}

/** The store's calls counted by method name (a Proxy: the store itself is untouched). For tests. */
export function countStoreCalls(real: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const store = new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store, calls };
}
