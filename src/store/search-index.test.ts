import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { makeSource, searchCorpus } from "./fixtures.ts";
import { openStore } from "./sqlite-store.ts";
import type { Store } from "./store.ts";
import { openTempStore, unbuildSearchIndex } from "./testing.ts";

let store: Store;
let path: string;
let remove: () => Promise<void>;
const { add, search } = searchCorpus(() => store);
beforeEach(async () => {
  ({ store, path, remove } = openTempStore());
  await store.upsertSource(makeSource());
});
afterEach(async () => remove());

test("the migration indexes what a database already held", async () => {
  const meituan = await add({ title: "美团提出STAR" }, { org: "美团", tags: ["STAR"], stars: 5 });
  const article = await add({ text: "腾讯混元推出 CL-bench。" });
  await store.close();
  // The database as the version before the index left it: the same rows, no index.
  unbuildSearchIndex(path);
  store = openStore(path);
  assert.deepEqual(await search("美团 STAR"), [meituan]);
  assert.deepEqual(await search("混元"), [article]);
  assert.deepEqual(await search("STAR", { minStars: 5, tag: "star" }), [meituan]);
  // And the triggers it created keep it in step from then on.
  const later = await add({ title: "智谱发布" });
  assert.deepEqual(await search("智谱"), [later]);
});
