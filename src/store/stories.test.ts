import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Store } from "./store.ts";
import { makeArticle, makeSource, openTempStore } from "./testing.ts";

let store: Store;
let remove: () => void;
let a: number;
let b: number;
beforeEach(() => {
  ({ store, remove } = openTempStore());
  store.upsertSource(makeSource());
  a = store.saveArticle(makeArticle({ url: "https://example.com/a", title: "STAR 发布" })).id;
  b = store.saveArticle(makeArticle({ url: "https://example.com/b", title: "STAR 解读" })).id;
});
afterEach(() => remove());

test("stories saved on a day are listed for later days with the primary article", () => {
  const id = store.saveStory({
    date: "2026-02-03",
    storyKey: "star",
    primaryArticleId: a,
    memberArticleIds: [a, b],
    signature: "simhash:0f0f",
  });
  store.saveStory({ date: "2026-02-01", storyKey: "old", primaryArticleId: b, memberArticleIds: [b] });
  assert.deepEqual(store.listStoriesSince("2026-02-03T00:00:00Z"), [
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
  assert.equal(store.listStoriesSince("2026-02-01").length, 2);
  assert.deepEqual(store.listStoriesSince("2026-02-04"), []);
});

test("saving the same story key again on a date updates it in place", () => {
  const first = store.saveStory({
    date: "2026-02-03",
    storyKey: "star",
    primaryArticleId: a,
    memberArticleIds: [a],
  });
  const second = store.saveStory({
    date: "2026-02-03",
    storyKey: "star",
    primaryArticleId: b,
    memberArticleIds: [a, b],
  });
  assert.equal(second, first);
  const [story] = store.listStoriesSince("2026-02-03");
  assert.equal(story?.primaryArticleId, b);
  assert.deepEqual(story?.memberArticleIds, [a, b]);
  assert.throws(() =>
    store.saveStory({ date: "2026-02-03", storyKey: "x", primaryArticleId: 999, memberArticleIds: [] }),
  );
});
