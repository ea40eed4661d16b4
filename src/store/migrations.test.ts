import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { migrations } from "./migrations.ts";
import { openStore } from "./sqlite-store.ts";
import { openTempStore } from "./testing.ts";

describe("migration 5: where stored text came from", () => {
  it("migration 5 marks stored articles: ok ones were read from the page, the rest from the feed", async () => {
    const { path, remove } = openTempStore();
    try {
      // Rebuild the file at schema 4 with two articles, then let openStore migrate it.
      const db = new Database(`${path}.v4`);
      for (const m of migrations.slice(0, 4)) db.exec(m);
      db.pragma("user_version = 4");
      db.exec(`INSERT INTO sources (id, name, url, updated_at) VALUES ('s', 's', 'http://x', 'now')`);
      for (const [url, status] of [
        ["https://a", "ok"],
        ["https://b", "feed-only"],
      ])
        db.prepare(
          `INSERT INTO articles (source_id, url, original_url, title, published_at, first_seen_at, content_hash, text, html, status, updated_at)
           VALUES ('s', ?, ?, 't', '2026-02-04T00:00:00.000Z', '2026-02-04T00:00:00.000Z', 'h', 'x', 'x', ?, 'now')`,
        ).run(url, url, status);
      db.close();
      const store = openStore(`${path}.v4`);
      assert.equal((await store.findArticleByUrl("https://a"))?.textFrom, "page");
      assert.equal((await store.findArticleByUrl("https://b"))?.textFrom, "feed");
      await store.close();
    } finally {
      await remove();
    }
  });
});
