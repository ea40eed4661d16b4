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

/**
 * Turns a closed store file back into what the schema before the search index left (the same rows,
 * no index, `user_version` just before that migration), so the next open runs the migration over
 * existing rows. For tests and the bench; the index must be the last migration.
 */
export function unbuildSearchIndex(path: string): void {
  const version = migrations.findIndex((m) => m.includes("CREATE VIRTUAL TABLE search_fts")) + 1;
  if (version !== migrations.length) throw new Error("the search index is no longer the last migration");
  const raw = new BetterSqlite3(path);
  try {
    raw.exec(`DROP TABLE search_fts; DROP TABLE search_docs;
      DROP TRIGGER search_article_insert; DROP TRIGGER search_article_update; DROP TRIGGER search_article_delete;
      DROP TRIGGER search_analysis_insert; DROP TRIGGER search_analysis_update; DROP TRIGGER search_analysis_delete;
      VACUUM;`);
    raw.pragma(`user_version = ${version - 1}`);
  } finally {
    raw.close();
  }
}
