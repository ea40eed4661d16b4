import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { HOSTILE_DAY, openWebFixture, PWN, type WebFixture } from "../../test/support/web-fixture.ts";
import type { AppEnv } from "./auth/env.ts";

let fx: WebFixture;
let app: Hono<AppEnv>;
before(async () => {
  fx = await openWebFixture({ historyDays: 14 });
  app = fx.app();
});
after(async () => {
  await fx?.close();
});

async function get(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** Nothing a hostile field carried became markup: no live tag, handler or script URL. */
function assertInert(text: string, where: string) {
  assert.ok(!text.includes("<script>window"), `${where}: raw <script>`);
  assert.ok(!/<img[^>]*onerror/i.test(text), `${where}: raw <img onerror>`);
  assert.ok(!/href="javascript:/i.test(text), `${where}: javascript: link`);
  assert.ok(!text.includes(`onerror="${PWN}"`), `${where}: unescaped attribute`);
}

describe("pages", () => {
  test("/ shows the latest day (the hostile one), escaped, with prev link and coverage panel", async () => {
    const r = await get("/");
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", /text\/html/);
    assert.match(r.text, /<html lang="zh-CN">/);
    assert.ok(r.text.includes(`href="/d/${DEMO_DAY}" rel="prev"`));
    assert.ok(r.text.includes("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    assertInert(r.text, "/");
    assert.match(r.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  });

  test("/d/DAY: prev/next, table of contents by ★, entries linking to /e/:id, coverage table", async () => {
    const r = await get(`/d/${DEMO_DAY}`);
    assert.equal(r.status, 200);
    const briefing = structuredClone((await fx.day.store.getBriefing(DEMO_DAY))!.briefing);
    assert.ok(r.text.includes(`href="/d/${fx.history.at(-1)}" rel="prev"`));
    assert.ok(r.text.includes(`href="/d/${HOSTILE_DAY}" rel="next"`));
    assert.match(r.text, /目录（按价值）/);
    for (const item of briefing.items)
      assert.ok(r.text.includes(`href="/e/${item.articleId}"`), `link to ${item.articleId}`);
    assert.match(r.text, /<caption>各来源抓取与收录<\/caption>/);
    assert.match(r.text, /核验<\/strong>：检查 \d+ 条论断/);
  });

  test("/d/DAY/md and /json are the raw formats", async () => {
    const md = await get(`/d/${DEMO_DAY}/md`);
    assert.equal(md.status, 200);
    assert.match(md.headers.get("content-type") ?? "", /text\/markdown/);
    assert.match(md.text, new RegExp(`AI 每日情报 \\| ${DEMO_DAY}`));
    const json = await get(`/d/${DEMO_DAY}/json`);
    assert.equal(JSON.parse(json.text).date, DEMO_DAY);
  });

  test("/archive: a calendar month linking every published day with its count", async () => {
    const r = await get("/archive");
    assert.equal(r.status, 200);
    for (const d of [...fx.history, DEMO_DAY, HOSTILE_DAY]) assert.ok(r.text.includes(`href="/d/${d}"`), d);
    assert.match(r.text, /<caption>2026 年 2 月<\/caption>/);
    assertInert(r.text, "/archive");
  });

  test("/search: count, highlighted snippets, filters kept in a shareable URL; bad dates are a 400", async () => {
    const r = await get(`/search?q=${encodeURIComponent("模型")}&stars=2&from=2026-01-25`);
    assert.equal(r.status, 200);
    assert.match(r.text, /共 \d+ 篇匹配/);
    assert.match(r.text, /<mark>模型<\/mark>/);
    assert.match(r.text, /<option value="2" selected>/);
    assert.match(r.text, /value="2026-01-25"/);
    const dates = [...r.text.matchAll(/<a href="\/d\/(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    assert.ok(dates.length > 0 && dates.every((d) => d >= "2026-01-25"), `dates ${dates}`);
    const bad = await get("/search?q=x&from=2026-02-31");
    assert.equal(bad.status, 400);
    assert.match(bad.text, /role="alert"/);
    const partial = await get(`/search?q=${encodeURIComponent("模型")}&partial=1`);
    assert.ok(!partial.text.includes("<html"));
    assert.match(partial.text, /篇匹配/);
    const hostile = await get(`/search?q=${encodeURIComponent("<script>pwned")}`);
    assertInert(hostile.text, "/search hostile query");
  });

  test("/search: facet counts beside the filters, each a link that adds (or removes) that filter", async () => {
    const q = encodeURIComponent("模型");
    const r = await get(`/search?q=${q}`);
    assert.match(r.text, /<aside class="facets" aria-label="筛选计数 \(facet counts\)">/);
    const total = Number(/共 (\d+) 篇匹配/.exec(r.text)![1]);
    // The source select and the source facet carry the counts; they add up to the total.
    const options = [...r.text.matchAll(/<option value="([\w-]+)">[^<(]+ \((\d+)\)<\/option>/g)];
    assert.ok(options.length > 0);
    const sourceLinks = [
      ...r.text.matchAll(
        /<a href="(\/search\?q=[^"]*&amp;source=([\w-]+))">[^<]+<\/a> <span class="count">(\d+)<\/span>/g,
      ),
    ];
    assert.ok(sourceLinks.length > 0, "source facet links");
    assert.equal(
      sourceLinks.reduce((n, m) => n + Number(m[3]), 0),
      total,
    );
    // Following a source's link finds that many, and the chosen value links back to "any".
    const [, href, source, count] = sourceLinks[0]!;
    const chosen = await get(href!.replaceAll("&amp;", "&"));
    assert.match(chosen.text, new RegExp(`共 ${count} 篇匹配`));
    // The chosen value is marked, and its link takes the choice away again.
    const current = /<a href="([^"]*)" aria-current="true">[^<]+<\/a> <span class="count">(\d+)<\/span>/.exec(
      chosen.text,
    );
    assert.ok(current, "the chosen source is marked");
    assert.equal(current[2], count);
    assert.ok(!current[1]!.includes(`source=${source}`));
    assert.match(chosen.text, /全部 \(any\)/);
    for (const facet of ["来源 (source)", "价值 (★)", "机构 (org)", "标签 (tag)", "分析器 (analyser)"])
      assert.ok(r.text.includes(`<h2>${facet}</h2>`), facet);
  });

  test("/e/:id: every section, each claim with its status and evidence quote, the analyser", async () => {
    const id = structuredClone((await fx.day.store.getBriefing(DEMO_DAY))!.briefing).items[0]!.articleId;
    const r = await get(`/e/${id}`);
    assert.equal(r.status, 200);
    for (const h of [
      "核心技术/实现逻辑",
      "实验数据/关键结论",
      "独家洞察/局限性",
      "相关资源",
      "核验：每条论断与原文证据",
    ])
      assert.ok(r.text.includes(h), h);
    assert.match(r.text, /✅ 有据/);
    assert.match(r.text, /原文证据：/);
    assert.match(r.text, /offline-extractive/);
    const hostile = await get(`/e/${fx.hostileId}`);
    assert.equal(hostile.status, 200);
    assertInert(hostile.text, "/e hostile");
  });

  test("/sources: each source's health and a 30-day chart with numbers", async () => {
    const r = await get("/sources");
    assert.equal(r.status, 200);
    for (const s of fx.config.sources) assert.ok(r.text.includes(`id="s-${s.id}"`), s.id!);
    assert.match(r.text, /<svg viewBox="[^"]+" role="img"/);
    assert.match(r.text, /近 30 天每天的文章数/);
    assert.match(r.text, /✅ 正常/);
  });

  test("/runs: the demo run with its status, counts and a chart", async () => {
    const r = await get("/runs");
    assert.equal(r.status, 200);
    assert.match(r.text, /✅ 成功|⚠️ 部分成功/);
    assert.ok(r.text.includes(`href="/d/${DEMO_DAY}"`));
    assert.match(r.text, /LLM tokens/);
  });

  test("/trends: stacked charts with patterns and a legend, and a story that ran several days", async () => {
    const r = await get("/trends");
    assert.equal(r.status, 200);
    assert.match(r.text, /<pattern id="tags-p0"/);
    assert.match(r.text, /class="legend"/);
    assert.match(r.text, /持续多天的事件/);
    assert.match(r.text, /（[2-9] 天）/);
    assertInert(r.text, "/trends");
  });

  test("/feed.xml is Atom with the days, escaped", async () => {
    const r = await get("/feed.xml");
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", /atom\+xml/);
    assert.ok(r.text.includes(`/d/${DEMO_DAY}`));
    assert.ok(!r.text.includes("<script>window"));
    // output.siteUrl is where the static archive lives (YYYY/DATE.html): the app's feed links its own pages.
    const withSite = fx.app({ output: { siteUrl: "https://static.example/briefings/" } });
    const feed = await (await withSite.request("http://app.local/feed.xml")).text();
    assert.ok(feed.includes(`http://app.local/d/${DEMO_DAY}`), feed.slice(0, 400));
    assert.ok(!feed.includes("static.example"));
  });

  test("the stylesheet is one file, with dark mode and the CJK font stack", async () => {
    const r = await get("/static/app.css");
    assert.equal(r.status, 200);
    assert.match(r.text, /prefers-color-scheme: dark/);
    assert.match(r.text, /Noto Sans CJK SC/);
    assert.equal((await get("/static/nope.css")).status, 404);
  });

  test("404s: days not published, impossible dates, entries that do not exist, unknown paths", async () => {
    for (const path of [
      "/d/2020-01-01",
      "/d/2026-13-45",
      "/d/2020-01-01/md",
      "/e/0",
      "/e/abc",
      "/e/99999999",
      "/nope",
    ]) {
      const r = await get(path);
      assert.equal(r.status, 404, path);
    }
  });
});

describe("kept pages follow the store", () => {
  test("a day published again shows its new content; a new day appears in the archive and as latest", async () => {
    const before = (await fx.day.store.getBriefing(DEMO_DAY))!;
    assert.equal((await get(`/d/${DEMO_DAY}`)).status, 200);
    await get("/archive");
    const changed = { ...before.briefing, title: "改过的标题" };
    await fx.day.store.saveBriefing({
      ...before,
      briefing: changed,
      generatedAt: "2026-02-06T00:00:00Z",
    });
    try {
      assert.match((await get(`/d/${DEMO_DAY}`)).text, /<h1>改过的标题 \| 2026-02-04<\/h1>/);
      await fx.day.store.saveBriefing({ ...before, date: "2026-02-07", generatedAt: "2026-02-07T00:00:00Z" });
      assert.ok((await get("/archive")).text.includes('href="/d/2026-02-07"'));
      assert.ok((await get("/")).text.includes('href="/d/2026-02-05" rel="prev"'));
    } finally {
      await fx.day.store.saveBriefing(before);
    }
  });
});
