import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { UsageError } from "../errors.ts";
import type { Entry } from "../model/index.ts";
import type { Store } from "../store/index.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { searchEntries } from "./search.ts";

const context = { timeZone: "Asia/Shanghai", now: new Date("2026-02-06T00:00:00Z") };
const entry: Entry = {
  org: "智谱",
  title: "智谱发布 GLM-5",
  stars: 4,
  tags: ["大语言模型"],
  summary: "智谱今天发布了 GLM-5，推理更强。",
  core: { bullets: [{ label: "架构", text: "混合专家" }] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
};

let store: Store;
let remove: () => void;
let articleId: number;
beforeEach(async () => {
  ({ store, remove } = openTempStore());
  await store.upsertSource(makeSource());
  // 01:00 on Feb 5 in Shanghai, still Feb 4 in UTC.
  articleId = (
    await store.saveArticle(
      makeArticle({ title: "GLM-5 来了", text: "正文提到混合专家。", publishedAt: "2026-02-04T17:00:00Z" }),
    )
  ).id;
  await store.saveAnalysis({
    articleId,
    contentHash: "a".repeat(64),
    status: "ok",
    entry,
    analyser: { kind: "offline", name: "offline-extractive", promptVersion: "v1" },
  });
});
afterEach(async () => remove());

test("a hit carries its day in the configured zone, its entry and highlighted title and snippet", async () => {
  const result = await searchEntries(store, { query: "glm-5" }, context);
  assert.deepEqual(result.terms, ["glm-5"]);
  assert.equal(result.total, 1);
  const hit = result.hits[0]!;
  assert.equal(hit.date, "2026-02-05");
  assert.equal(hit.matchedIn, "entry");
  assert.deepEqual(hit.entry && { org: hit.entry.org, stars: hit.entry.stars }, { org: "智谱", stars: 4 });
  assert.deepEqual(hit.title, [
    { text: "智谱发布 ", hit: false },
    { text: "GLM-5", hit: true },
  ]);
  assert.ok(hit.snippet.some((p) => p.hit && p.text === "GLM-5"));
});

test("days are calendar days in the zone; bad requests are usage errors", async () => {
  assert.equal((await searchEntries(store, { query: "智谱", from: "2026-02-05" }, context)).total, 1);
  assert.equal((await searchEntries(store, { query: "智谱", to: "2026-02-04" }, context)).total, 0);
  await assert.rejects(
    () => searchEntries(store, { query: "智谱", from: "2026-02-06", to: "2026-02-05" }, context),
    UsageError,
  );
  await assert.rejects(() => searchEntries(store, { query: "智谱", limit: 0 }, context), UsageError);
  await assert.rejects(() => searchEntries(store, { query: "智谱", minStars: 6 }, context), UsageError);
  assert.deepEqual(await searchEntries(store, { query: "！？" }, context), {
    terms: [],
    total: 0,
    capped: false,
    hits: [],
  });
});

test("a match in the article's text alone still shows the article's entry", async () => {
  const hit = (await searchEntries(store, { query: "正文" }, context)).hits[0]!;
  assert.equal(hit.matchedIn, "article");
  assert.equal(hit.entry?.org, "智谱");
  assert.ok(hit.snippet.some((p) => p.hit && p.text === "正文"));
});

test("a hit reads no more than the start of a long article, and its snippet is the one the whole text gives", async () => {
  const filler = "这是一段与查询无关的文字，用来把文章拉长。".repeat(1200); // ~25,000 characters
  const save = async (slug: string, title: string, text: string) =>
    (
      await store.saveArticle(
        makeArticle({ url: `https://example.com/${slug}`, contentHash: slug.repeat(64), title, text }),
      )
    ).id;
  const near = await save("n", "长文甲", `开头提到长文检索词。${filler}`);
  const far = await save("f", "长文检索词出现在标题", `${filler}结尾才提到长文检索词，在前两万字之后。`);
  const wholeTexts: number[] = [];
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === "getArticle")
        return (id: number) => {
          wholeTexts.push(id);
          return value.call(target, id);
        };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const result = await searchEntries(counted, { query: "长文检索词" }, context);
  const snippet = (id: number) =>
    result.hits
      .find((h) => h.articleId === id)!
      .snippet.map((p) => p.text)
      .join("");
  assert.deepEqual(new Set(result.hits.map((h) => h.articleId)), new Set([near, far]));
  assert.match(snippet(near), /^开头提到长文检索词。/);
  // The only match in the text lies past what a hit reads at first: read whole, cut as before.
  assert.match(snippet(far), /^….*结尾才提到长文检索词，在前两万字之后。$/);
  assert.deepEqual(wholeTexts, [far], "only the article whose snippet lies further on is read whole");
});

test("a hit whose entry holds the words reads none of its article's text; one matched in the text alone does", async () => {
  const other = (
    await store.saveArticle(
      makeArticle({
        url: "https://example.com/other",
        contentHash: "o".repeat(64),
        title: "另一篇",
        text: "只有正文提到混合专家模型。",
      }),
    )
  ).id;
  const textRead: number[][] = [];
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === "listArticleHeads")
        return (ids: number[], chars: number) => {
          if (chars > 0) textRead.push([...ids]);
          return value.call(target, ids, chars);
        };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const result = await searchEntries(counted, { query: "混合专家" }, context);
  assert.deepEqual(new Set(result.hits.map((h) => h.articleId)), new Set([articleId, other]));
  // articleId's entry has 混合专家 in a bullet: its snippet comes from there, its text is not read.
  assert.deepEqual(textRead, [[other]]);
  const snippetOf = (id: number) =>
    result.hits
      .find((h) => h.articleId === id)!
      .snippet.map((p) => p.text)
      .join("");
  assert.match(snippetOf(articleId), /混合专家/);
  assert.equal(snippetOf(other), "只有正文提到混合专家模型。");
});
