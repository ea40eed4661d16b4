import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { browserSkipReason, launchBrowser } from "./support/browser.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// Every way a page names another address besides its text: images (src, data-src, srcset, poster),
// a stylesheet, scripts (src and a fetch() inline), an iframe, an object, a CSS background, a meta
// refresh, and a page that redirects. They all point at an "internal" service on 127.0.0.1 (another
// port, not opened by fetch.allowPrivate, which opens only the feed's own host and port). A run, a
// `run --update` re-read and the published HTML opened in a real Chromium must never reach it.
const TITLE = "自建博客：推理服务的新版本带来更长上下文";
let internal: RouteServer;
let feed: RouteServer;
let h: Harness;
const runs: Awaited<ReturnType<Harness["run"]>>[] = [];

function page(i: string): string {
  const body = [
    "推理服务今天发布新版本，支持更长的上下文窗口和更快的首字延迟，部署方式不变。",
    "升级后同一张显卡上的吞吐量提高了约 30%，内存占用基本不变，配置文件保持兼容。",
    "团队表示下个版本会继续改进批处理调度，并开放更多的监控指标给运维人员使用。",
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title>
<meta http-equiv="refresh" content="0;url=${i}/refresh">
<link rel="stylesheet" href="${i}/css"><link rel="preload" href="${i}/preload" as="image">
<script src="${i}/js"></script><script>fetch("${i}/fetch"); new Image().src = "${i}/js-img";</script>
<style>body { background: url("${i}/bg"); }</style></head>
<body><article><h1>${TITLE}</h1>
<p>${body[0]}</p><img src="${i}/img" alt="图"><img data-src="${i}/lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p>${body[1]}</p><picture><source srcset="${i}/srcset 1x"><img src="${i}/picture"></picture>
<video poster="${i}/poster" src="${i}/video"></video><iframe src="${i}/frame"></iframe><object data="${i}/object"></object>
<p style="background-image:url(${i}/inline-bg)">${body[2]}</p></article></body></html>`;
}

before(async () => {
  const paths = [
    "refresh",
    "css",
    "preload",
    "js",
    "fetch",
    "js-img",
    "bg",
    "img",
    "lazy",
    "srcset",
    "picture",
  ];
  const more = ["poster", "video", "frame", "object", "inline-bg", "redirected"];
  internal = await startRouteServer(
    Object.fromEntries([...paths, ...more].map((p) => [`/${p}`, { type: "image/gif", body: "x" }])),
  );
  const pubDate = "Wed, 04 Feb 2026 10:20:00 +0800";
  feed = await startRouteServer({
    "/feed.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("自建博客", [
        { title: TITLE, link: `${feed.origin}/posts/1`, pubDate, description: "推理服务发布新版本。" },
        {
          title: "一条会跳转的文章",
          link: `${feed.origin}/posts/2`,
          pubDate,
          description: "跳转到内网的页面。",
        },
      ]),
    }),
    "/posts/1": () => ({ type: HTML_TYPE, body: page(internal.origin) }),
    "/posts/2": { status: 302, location: `${internal.origin}/redirected` },
  });
  h = createHarness({ fetch: globalThis.fetch });
  h.writeConfig(
    baseConfig([{ id: "blog", name: "自建博客", url: `${feed.origin}/feed.xml` }], {
      fetch: { retries: 0, allowPrivate: [new URL(feed.origin).host] },
    }),
  );
  runs.push(await h.run(["run", "--date", DEMO_DAY, "-q"]));
  runs.push(await h.run(["run", "--date", DEMO_DAY, "--update", "-q"]));
});

after(async () => {
  await feed?.close();
  await internal?.close();
  h?.cleanup();
});

test("a run and a run --update read the page and follow none of its sub-resources or its redirect inside", () => {
  for (const r of runs) assert.ok(r.code === 0 || r.code === 3, `${r.code}\n${r.stderr}`);
  assert.ok(
    feed.requests.some((r) => r.path === "/posts/1"),
    JSON.stringify(feed.requests),
  );
  assert.deepEqual(internal.requests, [], "the internal service was never asked");
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.ok(md.includes("自建博客"), md);
});

test("the published HTML opened in Chromium loads nothing from the article's addresses", {
  skip: browserSkipReason(),
}, async () => {
  const site = await startRouteServer({
    "/day.html": { type: HTML_TYPE, body: readFileSync(outputPath(h.dir, DEMO_DAY, "html"), "utf8") },
  });
  const browser = await launchBrowser();
  try {
    const p = await (await browser.newContext()).newPage();
    const asked: string[] = [];
    p.on("request", (r) => asked.push(r.url()));
    await p.goto(`${site.origin}/day.html`, { waitUntil: "networkidle" });
    assert.deepEqual(
      asked.filter((u) => !u.startsWith(site.origin)),
      [],
    );
    assert.deepEqual(internal.requests, []);
  } finally {
    await browser.close();
    await site.close();
  }
});
