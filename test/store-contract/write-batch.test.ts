import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import { backends } from "./backends.ts";

const article = (n: number) =>
  makeArticle({ sourceId: "s1", url: `https://example.com/a/${n}`, contentHash: `hash-${n}` });

for (const backend of backends)
  describe(backend.name, () => {
    async function setUp() {
      const opened = await backend.open();
      await opened.store.upsertSource(makeSource({ id: "s1" }));
      // A second connection, as another process would read the data.
      const reader = await opened.connect();
      const visible = async () =>
        (await reader.listArticlesPublishedBetween("2000-01-01", "2100-01-01")).map((a) => a.url);
      return { ...opened, reader, visible };
    }

    test("batched writes are one chunk transaction: invisible to other connections until committed", async () => {
      const { store, reader, visible, remove } = await setUp();
      try {
        const batch = store.batchWrites({ size: 3 });
        await batch.run((tx) => tx.saveArticle(article(1)));
        await batch.run((tx) => tx.saveArticle(article(2)));
        // The batch's own connection reads its open chunk (a stage sees what it wrote).
        assert.ok(await store.articleExists("https://example.com/a/2"));
        assert.deepEqual(await visible(), []);
        await batch.run((tx) => tx.saveArticle(article(3))); // the chunk is full: committed
        assert.equal((await visible()).length, 3);
        await batch.run((tx) => tx.saveArticle(article(4)));
        assert.equal((await visible()).length, 3);
        await batch.commit();
        assert.equal((await visible()).length, 4);
        await batch.commit(); // nothing open: no-op
      } finally {
        await reader.close();
        await remove();
      }
    });

    test("a call that fails leaves nothing of itself; the rest of its chunk is stored", async () => {
      const { store, reader, visible, remove } = await setUp();
      try {
        const batch = store.batchWrites({ size: 10 });
        await batch.run((tx) => tx.saveArticle(article(1)));
        await assert.rejects(
          batch.run(async (tx) => {
            await tx.saveArticle(article(2));
            throw new Error("the page could not be stored");
          }),
          /could not be stored/,
        );
        await batch.run((tx) => tx.saveArticle(article(3)));
        await batch.commit();
        assert.deepEqual((await visible()).sort(), ["https://example.com/a/1", "https://example.com/a/3"]);
      } finally {
        await reader.close();
        await remove();
      }
    });

    test("runs of concurrent lanes never interleave inside one another", async () => {
      const { store, reader, visible, remove } = await setUp();
      try {
        const batch = store.batchWrites({ size: 100 });
        const order: string[] = [];
        // Two lanes write two rows each with a pause between: one lane's throw must not undo the other's rows.
        const lane = (n: number, fail: boolean) =>
          batch.run(async (tx) => {
            order.push(`start ${n}`);
            await tx.saveArticle(article(n));
            await new Promise((resolve) => setTimeout(resolve, 5));
            await tx.saveArticle(article(n + 10));
            order.push(`end ${n}`);
            if (fail) throw new Error(`lane ${n} failed`);
          });
        const results = await Promise.allSettled([lane(1, true), lane(2, false)]);
        assert.deepEqual(
          results.map((r) => r.status),
          ["rejected", "fulfilled"],
        );
        assert.deepEqual(order, ["start 1", "end 1", "start 2", "end 2"]);
        await batch.commit();
        assert.deepEqual((await visible()).sort(), ["https://example.com/a/12", "https://example.com/a/2"]);
      } finally {
        await reader.close();
        await remove();
      }
    });

    test("a chunk cut off before its commit (the process dies, the store closes) stores nothing of it", async () => {
      const { store, connect, reader, visible, remove } = await setUp();
      try {
        const batch = store.batchWrites({ size: 2 });
        await batch.run((tx) => tx.saveArticle(article(1)));
        await batch.run((tx) => tx.saveArticle(article(2))); // committed chunk
        await batch.run((tx) => tx.saveArticle(article(3)));
        await store.close(); // the open chunk is rolled back, as after a crash
        assert.deepEqual((await visible()).sort(), ["https://example.com/a/1", "https://example.com/a/2"]);
        const again = await connect();
        assert.equal(await again.articleExists("https://example.com/a/3"), false);
        await again.close();
      } finally {
        await reader.close();
        await remove();
      }
    });

    test("a chunk left open is committed after maxMs, so other writers do not wait on it", async () => {
      const { store, reader, visible, remove } = await setUp();
      try {
        const batch = store.batchWrites({ size: 100, maxMs: 20 });
        await batch.run((tx) => tx.saveArticle(article(1)));
        assert.deepEqual(await visible(), []);
        await new Promise((resolve) => setTimeout(resolve, 60));
        assert.equal((await visible()).length, 1);
      } finally {
        await reader.close();
        await remove();
      }
    });
  });
