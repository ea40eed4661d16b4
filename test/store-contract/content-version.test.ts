import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import { backends } from "./backends.ts";

// contentVersion is what the web app's and API's response cache keys on (src/server/page-cache.ts):
// a cache is only correct if every commit that can change what a page shows changes the token,
// whichever connection made it, and only useful if the token stays put while nothing is written.
for (const backend of backends)
  describe(backend.name, () => {
    test("the content version stays put while nothing is written, reads included", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource());
        const before = await store.contentVersion();
        await store.listSourceHealth();
        await store.articleExists("https://example.com/none");
        assert.equal(await store.contentVersion(), before);
      } finally {
        await remove();
      }
    });

    test("a write through the same store changes the content version at once", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource());
        const seen = new Set([await store.contentVersion()]);
        await store.saveArticle(makeArticle());
        const afterArticle = await store.contentVersion();
        assert.ok(!seen.has(afterArticle), "an autocommitted write");
        seen.add(afterArticle);
        await store.transaction(async (tx) => {
          await tx.recordFetchNotModified("jiqizhixin", "2026-02-04T01:00:00Z");
        });
        const afterTransaction = await store.contentVersion();
        assert.ok(!seen.has(afterTransaction), "a committed transaction");
      } finally {
        await remove();
      }
    });

    test("a commit by another connection (as another process makes) changes the content version", async () => {
      const { store, connect, remove } = await backend.open();
      const other = await connect();
      try {
        await store.upsertSource(makeSource());
        const before = await store.contentVersion();
        await other.saveArticle(makeArticle());
        const after = await store.contentVersion();
        assert.notEqual(after, before, "another connection's autocommitted write");
        await other.transaction(async (tx) => {
          await tx.saveArticle(makeArticle({ url: "https://example.com/2", contentHash: "h2" }));
        });
        assert.notEqual(await store.contentVersion(), after, "another connection's transaction");
      } finally {
        await other.close();
        await remove();
      }
    });

    test("while a write batch's chunk is open every token is new, and the commit changes it again", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource());
        const before = await store.contentVersion();
        const batch = store.batchWrites({ size: 100, maxMs: 60_000 });
        await batch.run((tx) => tx.saveArticle(makeArticle()));
        // The open chunk's row is visible to this store's reads but not committed: nothing read now
        // may be kept under a token that comes back later.
        assert.equal(await store.articleExists(makeArticle().url), true);
        const during = [await store.contentVersion(), await store.contentVersion()];
        assert.notEqual(during[0], during[1]);
        assert.ok(!during.includes(before));
        await batch.commit();
        const after = await store.contentVersion();
        assert.ok(![before, ...during].includes(after));
      } finally {
        await remove();
      }
    });
  });
