import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import type { Store } from "../../src/store/index.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    let a: number;
    let b: number;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      a = (await store.saveArticle(makeArticle({ url: "https://example.com/a", title: "STAR 发布" }))).id;
      b = (await store.saveArticle(makeArticle({ url: "https://example.com/b", title: "STAR 解读" }))).id;
    });
    afterEach(async () => remove());

    test("stories saved on a day are listed for later days with the primary article", async () => {
      const id = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: a,
        memberArticleIds: [a, b],
        signature: "simhash:0f0f",
      });
      await store.saveStory({
        date: "2026-02-01",
        storyKey: "old",
        primaryArticleId: b,
        memberArticleIds: [b],
      });
      assert.deepEqual(await store.listStoriesSince("2026-02-03T00:00:00Z"), [
        {
          id,
          date: "2026-02-03",
          storyKey: "star",
          primaryArticleId: a,
          memberArticleIds: [a, b],
          signature: "simhash:0f0f",
          primaryTitle: "STAR 发布",
          primaryUrl: "https://example.com/a",
        },
      ]);
      assert.equal((await store.listStoriesSince("2026-02-01")).length, 2);
      assert.deepEqual(await store.listStoriesSince("2026-02-04"), []);
    });

    test("saving the same story key again on a date updates it in place", async () => {
      const first = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: a,
        memberArticleIds: [a],
      });
      const second = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: b,
        memberArticleIds: [a, b],
      });
      assert.equal(second, first);
      const [story] = await store.listStoriesSince("2026-02-03");
      assert.equal(story?.primaryArticleId, b);
      assert.deepEqual(story?.memberArticleIds, [a, b]);
      await assert.rejects(
        async () =>
          await store.saveStory({
            date: "2026-02-03",
            storyKey: "x",
            primaryArticleId: 999,
            memberArticleIds: [],
          }),
      );
    });
  });
