import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { AnalyserInfo, Entry } from "../model/index.ts";
import { parseSearchQuery } from "../model/search-text.ts";
import type { SearchDocumentsInput } from "./search-index.ts";
import { openStore } from "./sqlite-store.ts";
import type { Store } from "./store.ts";
import { makeArticle, makeSource, openTempStore, unbuildSearchIndex } from "./testing.ts";

const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };
const NOW = "2026-02-10T00:00:00Z";

function entryOf(overrides: Partial<Entry>): Entry {
  return {
    org: "某机构",
    title: "标题",
    stars: 3,
    tags: [],
    summary: "",
    core: { bullets: [] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [],
    ...overrides,
  };
}

let store: Store;
let path: string;
let remove: () => Promise<void>;
let serial = 0;
beforeEach(async () => {
  ({ store, path, remove } = openTempStore());
  await store.upsertSource(makeSource());
  await store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
});
afterEach(async () => remove());

/** Stores an article (and, with `entry`, an ok analysis of it); returns the article id. */
async function add(
  text: { title?: string; text?: string; publishedAt?: string; sourceId?: string },
  entry?: Partial<Entry>,
  analyser: AnalyserInfo = offline,
): Promise<number> {
  serial++;
  const hash = serial.toString(16).padStart(64, "0");
  const id = (
    await store.saveArticle(
      makeArticle({
        url: `https://example.com/a/${serial}`,
        guid: `g${serial}`,
        contentHash: hash,
        title: text.title ?? `无关标题 ${serial}`,
        text: text.text ?? "正文。",
        publishedAt: text.publishedAt ?? "2026-02-04T02:30:00.000Z",
        sourceId: text.sourceId ?? "jiqizhixin",
      }),
    )
  ).id;
  if (entry)
    await store.saveAnalysis({
      articleId: id,
      contentHash: hash,
      status: "ok",
      entry: entryOf(entry),
      analyser,
    });
  return id;
}

async function search(query: string, filters: Partial<SearchDocumentsInput> = {}): Promise<number[]> {
  const { matches } = await store.searchDocuments({
    terms: parseSearchQuery(query),
    limit: 50,
    now: NOW,
    ...filters,
  });
  return matches.map((m) => m.articleId);
}

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
