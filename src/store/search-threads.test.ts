import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { parseSearchQuery } from "../model/search-text.ts";
import { makeSource, searchCorpus } from "./fixtures.ts";
import type { SearchDocumentsInput } from "./search-index.ts";
import { createSearchThreads } from "./search-threads.ts";
import type { Store } from "./store.ts";
import { openTempStore } from "./testing.ts";

const NOW = "2026-02-10T00:00:00Z";

test("a search on a thread answers while the store's own connection is held by a write transaction", async () => {
  const temp = openTempStore({ searchThreads: 2 });
  const store: Store = temp.store;
  try {
    await store.upsertSource(makeSource());
    const { add } = searchCorpus(() => store, NOW);
    const found = await add({ title: "美团提出STAR框架" }, { org: "美团", tags: ["智能体"] });
    const input: SearchDocumentsInput = { terms: parseSearchQuery("美团"), limit: 10, now: NOW };

    // The transaction holds the store's queue: a call on the calling thread would wait for it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = store.transaction(async (tx) => {
      await tx.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
      await held;
    });
    // On the calling thread (before search threads) the search waited for the transaction: a deadlock.
    const timeout = setTimeout(release, 10_000);
    const [result, facets] = await Promise.race([
      Promise.all([store.searchDocuments(input), store.countSearchFacets(input)]),
      held.then(() => assert.fail("the search waited for the transaction")),
    ]);
    clearTimeout(timeout);
    release();
    await transaction;
    assert.deepEqual(
      result.matches.map((m) => m.articleId),
      [found],
    );
    assert.deepEqual(facets.org, [{ value: "美团", count: 1 }]);
  } finally {
    await temp.remove();
  }
});

test("threads that cannot start hand every search to the fallback, and are given up once", async () => {
  const broken: Error[] = [];
  let fallbackCalls = 0;
  const threads = createSearchThreads(join("/nonexistent-dir", "missing.db"), {
    threads: 2,
    fallback: {
      searchDocuments: async () => {
        fallbackCalls++;
        return { total: 0, capped: false, matches: [] };
      },
      countSearchFacets: async () => {
        throw new Error("not asked");
      },
    },
    onBroken: (error) => broken.push(error),
  });
  try {
    const input: SearchDocumentsInput = { terms: parseSearchQuery("美团"), limit: 10, now: NOW };
    const results = await Promise.all([1, 2, 3].map(() => threads.searchDocuments(input)));
    assert.deepEqual(results, Array(3).fill({ total: 0, capped: false, matches: [] }));
    assert.equal(await threads.searchDocuments(input).then((r) => r.total), 0);
    assert.equal(fallbackCalls, 4);
    assert.equal(broken.length, 1, "told once");
  } finally {
    await threads.close();
  }
});
