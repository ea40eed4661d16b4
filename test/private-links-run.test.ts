import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { readEntries } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// fetch.allowPrivate opens two LAN services to daybrief: the operator's own feed (on 127.0.0.1)
// and an admin panel (on localhost, another port). The feed names a page of its own host and a URL
// of the admin panel: the page is read, the admin panel never gets a request, and the article
// stands on the feed's text with the refusal recorded.
const OWN_TITLE = "自建博客：本地推理服务升级到新版本";
const ADMIN_TITLE = "一条指向内网管理面板的条目";
const body = [
  "本地推理服务今天升级到新版本，支持更长的上下文和更快的首字延迟。",
  "升级后在同一张显卡上的吞吐量提高了约 30%，内存占用基本不变。",
  "配置文件保持兼容，原有的部署脚本不需要修改就可以继续使用。",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

let feed: RouteServer;
let admin: RouteServer;
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;

before(async () => {
  admin = await startRouteServer({ "/admin/reset": { type: HTML_TYPE, body: "<p>reset done</p>" } });
  const adminUrl = `${admin.origin.replace("127.0.0.1", "localhost")}/admin/reset`;
  const pubDate = "Wed, 04 Feb 2026 10:20:00 +0800";
  feed = await startRouteServer({
    "/feed.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("自建博客", [
        { title: OWN_TITLE, link: `${feed.origin}/posts/1`, pubDate, description: "推理服务升级。" },
        { title: ADMIN_TITLE, link: adminUrl, pubDate, description: "内网面板的一条说明文字。" },
      ]),
    }),
    "/posts/1": {
      type: HTML_TYPE,
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${OWN_TITLE}</title></head><body><article><h1>${OWN_TITLE}</h1>${body}</article></body></html>`,
    },
  });
  h = createHarness({ fetch: globalThis.fetch });
  h.writeConfig(
    baseConfig([{ id: "blog", name: "自建博客", url: `${feed.origin}/feed.xml` }], {
      fetch: {
        retries: 0,
        allowPrivate: [new URL(feed.origin).host, `localhost:${new URL(admin.origin).port}`],
      },
    }),
  );
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
});

after(async () => {
  await feed?.close();
  await admin?.close();
  h?.cleanup();
});

test("the feed's own page is read; the other private host it names gets no request", async () => {
  assert.deepEqual(admin.requests, [], "the admin panel was never asked");
  assert.ok(
    feed.requests.some((r) => r.path === "/posts/1"),
    JSON.stringify(feed.requests),
  );
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.ok(
    readEntries(md).some((e) => e.title === OWN_TITLE),
    md,
  );
  const runs = await h.run(["runs"]);
  assert.match(
    runs.stdout,
    /fetch\.allowPrivate opens it only to that feed's own host and port/,
    runs.stdout,
  );
  assert.equal(run.code, 3, `degraded: a page was not read\n${run.stderr}`);
});
