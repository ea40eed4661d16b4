import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore } from "./store.ts";
import { makeArticle, makeSource, openTempStore } from "./testing.ts";

function setUp() {
  const temp = openTempStore();
  temp.store.upsertSource(makeSource({ id: "s1" }));
  // A second connection, as `daybrief serve` or another process would read the file.
  const reader = openStore(temp.path);
  const visible = () => reader.listArticlesPublishedBetween("2000-01-01", "2100-01-01").map((a) => a.url);
  return { ...temp, reader, visible };
}

const article = (n: number) =>
  makeArticle({ sourceId: "s1", url: `https://example.com/a/${n}`, contentHash: `hash-${n}` });

test("batched writes are one chunk transaction: invisible to other connections until committed", () => {
  const { store, reader, visible, remove } = setUp();
  try {
    const batch = store.batchWrites({ size: 3 });
    batch.run(() => store.saveArticle(article(1)));
    batch.run(() => store.saveArticle(article(2)));
    // The batch's own connection reads its open chunk (a stage sees what it wrote).
    assert.ok(store.articleExists("https://example.com/a/2"));
    assert.deepEqual(visible(), []);
    batch.run(() => store.saveArticle(article(3))); // the chunk is full: committed
    assert.equal(visible().length, 3);
    batch.run(() => store.saveArticle(article(4)));
    assert.equal(visible().length, 3);
    batch.commit();
    assert.equal(visible().length, 4);
    batch.commit(); // nothing open: no-op
  } finally {
    reader.close();
    remove();
  }
});

test("a call that fails leaves nothing of itself; the rest of its chunk is stored", () => {
  const { store, reader, visible, remove } = setUp();
  try {
    const batch = store.batchWrites({ size: 10 });
    batch.run(() => store.saveArticle(article(1)));
    assert.throws(() =>
      batch.run(() => {
        store.saveArticle(article(2));
        throw new Error("the page could not be stored");
      }),
    );
    batch.run(() => store.saveArticle(article(3)));
    batch.commit();
    assert.deepEqual(visible().sort(), ["https://example.com/a/1", "https://example.com/a/3"]);
  } finally {
    reader.close();
    remove();
  }
});

test("a chunk cut off before its commit (the process dies, the store closes) stores nothing of it", () => {
  const { store, path, reader, visible, remove } = setUp();
  try {
    const batch = store.batchWrites({ size: 2 });
    batch.run(() => store.saveArticle(article(1)));
    batch.run(() => store.saveArticle(article(2))); // committed chunk
    batch.run(() => store.saveArticle(article(3)));
    store.close(); // SQLite rolls the open chunk back, as after a crash
    assert.deepEqual(visible().sort(), ["https://example.com/a/1", "https://example.com/a/2"]);
    const again = openStore(path);
    assert.equal(again.articleExists("https://example.com/a/3"), false);
    again.close();
  } finally {
    reader.close();
    remove();
  }
});

test("a chunk left open is committed after maxMs, so other writers do not wait on it", async () => {
  const { store, reader, visible, remove } = setUp();
  try {
    const batch = store.batchWrites({ size: 100, maxMs: 20 });
    batch.run(() => store.saveArticle(article(1)));
    assert.deepEqual(visible(), []);
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(visible().length, 1);
  } finally {
    reader.close();
    remove();
  }
});
