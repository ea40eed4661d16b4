import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { Article, Source } from "../model/index.ts";
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

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: "jiqizhixin",
    name: "机器之心",
    url: "http://127.0.0.1/feed.xml",
    order: 0,
    enabled: true,
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    sourceId: "jiqizhixin",
    url: "https://mp.weixin.qq.com/s/star-architecture",
    originalUrl: "https://mp.weixin.qq.com/s/star-architecture?from=rss",
    guid: "star-1",
    title: "美团提出 STAR：堆叠自回归架构",
    publishedAt: "2026-02-04T02:30:00.000Z",
    firstSeenAt: "2026-02-04T03:00:00.000Z",
    contentHash: "a".repeat(64),
    text: "美团提出 STAR 框架，复用顶层参数。",
    html: "<p>美团提出 STAR 框架，复用顶层参数。</p>",
    links: [{ text: "论文", href: "https://arxiv.org/abs/2512.13752" }],
    status: "ok",
    ...overrides,
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
