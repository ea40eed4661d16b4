import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runInNewContext } from "node:vm";
import { parseAtomFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { readDemoManifest, resolveDemoDir } from "../src/demo/index.ts";
import { openStore } from "../src/store/index.ts";
import { createHarness } from "./support/cli-harness.ts";

// Issue 15 point 4: `daybrief publish-site` writes a static site of the archive from the store. The
// store holds the demo day and an earlier day derived from it (the first three entries, retitled).
const h = createHarness();
after(() => h.cleanup());
const SITE = () => join(h.dir, "site");
const read = (path: string) => readFileSync(join(SITE(), path), "utf8");

before(async () => {
  const demo = await h.run(["demo", "-o", "demo", "-q"]);
  assert.equal(demo.code, 0, demo.stderr);
  const store = await openStore(join(h.dir, "demo", "daybrief.db"));
  const stored = await store.getBriefing("2026-02-04");
  assert.ok(stored);
  const earlier = structuredClone(stored.briefing);
  earlier.date = "2026-02-03";
  earlier.generatedAt = "2026-02-03T13:30:00.000Z";
  earlier.items = earlier.items.slice(0, 3);
  earlier.items[0]!.entry.title = "独有词汇甲乙丙 的前一天条目";
  await store.saveBriefing({
    date: "2026-02-03",
    generatedAt: earlier.generatedAt,
    briefing: earlier,
    outputs: {},
  });
  await store.close();
  h.writeConfig({
    timezone: "Asia/Shanghai",
    sources: [{ id: "a", name: "A", url: "https://a.example/feed.xml" }],
    output: { dir: "./demo" },
    store: { path: "./demo/daybrief.db" },
  });
});

test("writes day pages, an index, the feed, the search index and script; warns without a site URL", async () => {
  const result = await h.run(["publish-site", "--out", "site"]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /wrote a site of 2 days \(\d+ entries\)/);
  assert.match(result.stderr, /output\.siteUrl is not set/);
  for (const path of [
    "index.html",
    "feed.xml",
    "search-index.json",
    "search.js",
    "2026/2026-02-04.html",
    "2026/2026-02-03.html",
  ])
    assert.ok(existsSync(join(SITE(), path)), path);
  assert.ok(read("2026/2026-02-03.html").includes("独有词汇甲乙丙"));
  const feed = read("feed.xml");
  assert.ok(!feed.includes("file:"), "no file:// ids or links");
  assert.deepEqual(
    (parseAtomFeed(feed).entries ?? []).map((e) => e.links?.[0]?.href),
    ["2026/2026-02-04.html", "2026/2026-02-03.html"],
  );
});

test("with --site-url the feed's ids are the day pages' public URLs", async () => {
  const result = await h.run(["publish-site", "-o", "site", "--site-url", "https://me.github.io/brief"]);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /siteUrl/);
  const feed = parseAtomFeed(read("feed.xml"));
  assert.equal(feed.id, "https://me.github.io/brief/feed.xml");
  assert.equal(feed.entries?.[0]?.id, "https://me.github.io/brief/2026/2026-02-04.html");
  assert.equal(feed.entries?.[0]?.published, "2026-02-04T00:00:00+08:00");
  const bad = await h.run(["publish-site", "--site-url", "file:///tmp/x"]);
  assert.equal(bad.code, 2);
});

test("every search-index link points at an entry anchor on a page the site has", () => {
  const index = JSON.parse(read("search-index.json")) as { entries: { d: string; t: string; u: string }[] };
  assert.ok(index.entries.length > 3);
  assert.equal(index.entries[0]?.d, "2026-02-04", "newest day first");
  for (const e of index.entries) {
    const [page, anchor] = e.u.split("#");
    const { document } = parseHTML(read(page!));
    assert.ok(document.getElementById(anchor!), `${e.u} exists`);
  }
});

test("the index works without JS (a plain list, the search form hidden) and its script searches the JSON", async () => {
  const html = read("index.html");
  const { document, window } = parseHTML(html);
  const links = Array.from(document.querySelectorAll("ul.days a"), (a) => a.getAttribute("href"));
  assert.deepEqual(links, ["2026/2026-02-04.html", "2026/2026-02-03.html"]);
  const form = document.getElementById("search")!;
  assert.ok(form.hasAttribute("hidden"), "hidden until the script runs");
  assert.equal(document.querySelector("script")?.getAttribute("src"), "search.js");
  assert.ok(!/<script>/.test(html), "no inline script");

  const fetch = async (url: string) => ({ ok: true, json: async () => JSON.parse(read(url)) });
  runInNewContext(read("search.js"), { document, window: { fetch } });
  assert.ok(!form.hasAttribute("hidden"), "the script shows the form");
  const input = document.getElementById("search-q") as unknown as {
    value: string;
    dispatchEvent(e: unknown): void;
  };
  input.value = "甲乙丙 前一天";
  input.dispatchEvent(new window.Event("input"));
  await new Promise((r) => setTimeout(r, 20));
  const hits = Array.from(document.querySelectorAll("#search-results a"), (a) => [
    a.getAttribute("href"),
    a.textContent,
  ]);
  assert.equal(hits.length, 1, JSON.stringify(hits));
  assert.equal(hits[0]?.[0], "2026/2026-02-03.html#entry-1");
  assert.match(String(hits[0]?.[1]), /^2026-02-03 · \[.+\] 独有词汇甲乙丙/);
});

test("a run's archive feed.xml: no file:// ids, a warning naming output.siteUrl (not for the demo)", async () => {
  const logged = createHarness({ env: { DAYBRIEF_LOG_LEVEL: "warn", DAYBRIEF_LOG_FORMAT: "json" } });
  try {
    const demo = await logged.run(["demo", "-o", "out", "-q"]);
    assert.equal(demo.code, 0, demo.stderr);
    assert.doesNotMatch(demo.stderr, /siteUrl/, "the demo's archive is local: no warning");
    logged.writeConfig({
      timezone: "Asia/Shanghai",
      sources: readDemoManifest(resolveDemoDir()).sources.map((x) => ({
        id: x.id,
        name: x.name,
        url: `https://demo.example/${x.id}.xml`,
      })),
      output: { dir: "./out" },
      store: { path: "./out/daybrief.db" },
    });
    const render = await logged.run(["render", "--date", "2026-02-04"]);
    assert.equal(render.code, 0, render.stderr);
    assert.match(render.stderr, /output\.siteUrl is not set/);
    const feed = readFileSync(join(logged.dir, "out", "feed.xml"), "utf8");
    assert.ok(!feed.includes("file:"), "no file:// in the archive's feed");
    assert.match(parseAtomFeed(feed).entries?.[0]?.id ?? "", /^urn:uuid:/);
  } finally {
    logged.cleanup();
  }
});
