import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import { backends } from "./backends.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const backend of backends)
  describe(backend.name, () => {
    test("a transaction commits together, or rolls back entirely when its function throws", async () => {
      const { store, remove } = await backend.open();
      try {
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.upsertSource(makeSource());
            await pause(5); // an await inside the body: still one transaction
            await tx.saveArticle(makeArticle());
            throw new Error("boom");
          }),
          /boom/,
        );
        assert.equal(await store.getFetchState("jiqizhixin"), undefined);
        assert.equal(await store.articleExists(makeArticle().url), false);
        const id = await store.transaction(async (tx) => {
          await tx.upsertSource(makeSource());
          await pause(5);
          return (await tx.saveArticle(makeArticle())).id;
        });
        assert.equal((await store.getArticle(id))?.sourceId, "jiqizhixin");
      } finally {
        await remove();
      }
    });

    test("two concurrent transactions never interleave; a call on the store waits for the open one", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.upsertSource(makeSource());
        const order: string[] = [];
        const write = (name: string, fail: boolean) =>
          store.transaction(async (tx) => {
            order.push(`${name} begin`);
            await tx.saveArticle(
              makeArticle({ url: `https://example.com/${name}/1`, contentHash: `${name}-1` }),
            );
            await pause(10);
            await tx.saveArticle(
              makeArticle({ url: `https://example.com/${name}/2`, contentHash: `${name}-2` }),
            );
            order.push(`${name} end`);
            if (fail) throw new Error(`${name} failed`);
          });
        const first = write("a", true);
        const second = write("b", false);
        // Started while "a" is open: it must not read a's uncommitted row.
        const seen = store.articleExists("https://example.com/a/1");
        const results = await Promise.allSettled([first, second]);
        assert.deepEqual(
          results.map((r) => r.status),
          ["rejected", "fulfilled"],
        );
        assert.deepEqual(order, ["a begin", "a end", "b begin", "b end"]);
        assert.equal(await seen, false);
        assert.equal(await store.articleExists("https://example.com/a/1"), false);
        assert.equal(await store.articleExists("https://example.com/a/2"), false);
        assert.equal(await store.articleExists("https://example.com/b/1"), true);
        assert.equal(await store.articleExists("https://example.com/b/2"), true);
      } finally {
        await remove();
      }
    });

    test("a nested transaction rolls back alone", async () => {
      const { store, remove } = await backend.open();
      try {
        await store.transaction(async (tx) => {
          await tx.upsertSource(makeSource());
          await assert.rejects(
            tx.transaction(async (inner) => {
              await inner.saveArticle(makeArticle());
              throw new Error("inner");
            }),
            /inner/,
          );
          await tx.saveArticle(makeArticle({ url: "https://example.com/kept", contentHash: "kept" }));
        });
        assert.equal(await store.articleExists(makeArticle().url), false);
        assert.equal(await store.articleExists("https://example.com/kept"), true);
      } finally {
        await remove();
      }
    });

    test("inside a transaction the store itself is refused (use tx), and tx ends with it", async () => {
      const { store, remove } = await backend.open();
      try {
        let leaked: Parameters<Parameters<typeof store.transaction>[0]>[0] | undefined;
        await assert.rejects(
          store.transaction(async (tx) => {
            leaked = tx;
            await store.upsertSource(makeSource());
          }),
          /use the tx/,
        );
        assert.equal(await store.getFetchState("jiqizhixin"), undefined);
        await assert.rejects(leaked!.upsertSource(makeSource()), /transaction has ended/);
      } finally {
        await remove();
      }
    });

    test("another connection sees committed data, and not a transaction in progress", async () => {
      const { store, connect, remove } = await backend.open();
      const reader = await connect();
      try {
        await store.upsertSource(makeSource());
        await store.transaction(async (tx) => {
          await tx.saveArticle(makeArticle());
          assert.equal(await reader.articleExists(makeArticle().url), false);
        });
        assert.equal(await reader.articleExists(makeArticle().url), true);
      } finally {
        await reader.close();
        await remove();
      }
    });
  });
