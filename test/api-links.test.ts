import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { parseConfig } from "../src/config/index.ts";
import type { Briefing } from "../src/model/briefing.ts";
import type { Entry } from "../src/model/entry.ts";
import { publishableUrl } from "../src/model/links.ts";
import { makeArticle, makeSource, openTempStore } from "../src/store/testing.ts";
import { apiConfig, READ_TOKEN, type RunningApps, startApps, WRITE_TOKEN } from "./support/api-server.ts";
import { FIXED_NOW } from "./support/cli-harness.ts";
import { checkResponse } from "./support/openapi-contract.ts";

// The HTTP API's own shapes (search hits, entry details, trends, the review API) over a real server on
// 127.0.0.1: an article whose addresses go into the reader's network or run script. A client that
// links every `url` field must link none of them; the address as written is in `rawUrl`.
const INTERNAL = "http://10.0.0.5/admin";
const RESOURCES = ["javascript:alert(1)", "http://192.168.1.1/cgi-bin/reboot", "https://github.com/ok/repo"];
const RELATED = "http://nas.local/x";
const OFFLINE = { kind: "offline" as const, name: "offline-extractive", promptVersion: "v1" };
const ENTRY: Entry = {
  org: "美团",
  title: "美团提出 STAR 内网版",
  stars: 4,
  tags: ["架构"],
  summary: "美团提出 STAR 框架，复用顶层参数。",
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: RESOURCES.map((url, k) => ({ label: `资源${k}`, url })),
};

const temp = openTempStore();

function briefingOf(date: string, items: object[]): Briefing {
  const generatedAt = `${date}T12:00:00.000Z`;
  return {
    date,
    timezone: "Asia/Shanghai",
    generatedAt,
    items,
    coverage: [],
    analysers: [],
    minStars: 1,
    notes: [],
  } as unknown as Briefing;
}
let apps: RunningApps;
let articleId: number;
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies, checked field by field and by the contract
const seen: { method: string; path: string; status: number; mediaType: string; body: any }[] = [];

before(async () => {
  const { store } = temp;
  await store.upsertSource(makeSource());
  const article = makeArticle({ url: INTERNAL, originalUrl: INTERNAL, title: ENTRY.title });
  articleId = (await store.saveArticle(article)).id;
  await store.saveAnalysis({
    articleId,
    contentHash: article.contentHash!,
    status: "ok",
    entry: ENTRY,
    analyser: OFFLINE,
  });
  const item = (id: number, url: string, extra = {}) => ({
    entry: ENTRY,
    articleId: id,
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    sourceOrder: 0,
    url,
    publishedAt: article.publishedAt,
    analyser: OFFLINE,
    ...extra,
  });
  const related = [{ sourceName: "另一源", title: "同题", url: RELATED, publishedAt: article.publishedAt }];
  const save = (date: string, items: object[]) =>
    store.saveBriefing({
      date,
      generatedAt: `${date}T12:00:00Z`,
      briefing: briefingOf(date, items),
      outputs: {},
    });
  await save("2026-02-04", [item(articleId, INTERNAL, { related })]);
  const followUpOf = { date: "2026-02-04", title: ENTRY.title, url: INTERNAL };
  await save("2026-02-05", [item(articleId + 1000, "https://x.test/later", { followUpOf })]);
  // A draft awaiting review (another article, a later day): the review API shows it to editors.
  const pending = makeArticle({
    url: "http://10.0.0.6/x",
    originalUrl: "http://10.0.0.6/x",
    guid: "p-1",
    contentHash: "b".repeat(64),
  });
  const pendingId = (await store.saveArticle(pending)).id;
  await store.saveDraft({
    date: "2026-02-06",
    createdAt: "2026-02-06T12:00:00Z",
    briefing: briefingOf("2026-02-06", [item(pendingId, pending.url)]),
    kind: "briefing",
  });
  const config = parseConfig(
    JSON.stringify({
      timezone: "Asia/Shanghai",
      sources: [{ id: "jiqizhixin", name: "机器之心", url: "http://127.0.0.1/f.xml" }],
      ...apiConfig(),
    }),
    { env: {}, baseDir: temp.path.replace(/\/[^/]*$/, "") },
  );
  apps = await startApps({ query: { store, config }, now: () => FIXED_NOW });
});
after(async () => {
  await apps?.close();
  await temp.remove();
});

async function get(path: string, token = READ_TOKEN) {
  const res = await fetch(`${apps.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  const mediaType = (res.headers.get("content-type") ?? "").split(";")[0]!;
  const body = await res.json();
  seen.push({ method: "GET", path: new URL(path, "http://x").pathname, status: res.status, mediaType, body });
  assert.equal(res.status, 200, `${path}: ${JSON.stringify(body)}`);
  return body;
}

/** Every `url` value anywhere in a body, with where it stands. */
function urlsIn(value: unknown, at = "$"): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, k) => urlsIn(v, `${at}[${k}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === "url" ? ([[`${at}.url`, v]] as [string, unknown][]) : []),
    ...urlsIn(v, `${at}.${k}`),
  ]);
}

/** No `url` a client would link goes into a network or runs script: each is publishable, or null. */
function assertLinkable(body: unknown, path: string): number {
  const urls = urlsIn(body);
  for (const [where, url] of urls)
    assert.ok(
      url === null || (typeof url === "string" && publishableUrl(url) === url),
      `${path} ${where}: ${url}`,
    );
  return urls.filter(([, u]) => u === null).length;
}

test("entry detail: the article, its resources, 同题报道 and follow-ups link only public addresses; rawUrl keeps the rest", async () => {
  const detail = await get(`/entries/${articleId}`);
  assertLinkable(detail, "entry");
  assert.deepEqual([detail.article.url, detail.article.rawUrl], [null, INTERNAL]);
  assert.deepEqual(
    detail.entry.resources.map((r: { url: string | null; rawUrl?: string }) => r.url ?? r.rawUrl),
    RESOURCES,
  );
  assert.deepEqual(
    detail.entry.resources.map((r: { url: string | null }) => r.url),
    [null, null, "https://github.com/ok/repo"],
  );
  assert.equal(detail.entry.resources[2].rawUrl, undefined, "a public link has no rawUrl");
  assert.deepEqual([detail.story.related[0].url, detail.story.related[0].rawUrl], [null, RELATED]);
});

test("search hits, trends, the later day's follow-up and the review API carry no internal url", async () => {
  const search = await get(`/search?q=${encodeURIComponent("STAR")}`);
  assert.ok(search.hits.length > 0, JSON.stringify(search));
  assert.ok(assertLinkable(search, "search") > 0);
  assert.equal(search.hits[0].rawUrl, INTERNAL);
  const trends = await get("/trends?from=2026-02-04&to=2026-02-05");
  assert.ok(assertLinkable(trends, "trends") > 0, JSON.stringify(trends));
  for (const date of ["2026-02-04", "2026-02-05"]) assertLinkable(await get(`/briefings/${date}`), date);
  const review = await get("/review/2026-02-06", WRITE_TOKEN);
  assert.ok(assertLinkable(review, "review") > 0, JSON.stringify(review).slice(0, 400));
});

test("every answer above conforms to the OpenAPI document (url nullable, rawUrl documented)", async () => {
  const doc = await (await fetch(`${apps.baseUrl}/api/v1/openapi.json`)).json();
  assert.ok(seen.length >= 5);
  const problems = seen.flatMap((r) => checkResponse(doc, r, r));
  assert.deepEqual(problems, []);
  const hit = doc.components.schemas.SearchResult.properties.hits.items.properties;
  assert.ok(hit.rawUrl, "rawUrl is in the document");
});
