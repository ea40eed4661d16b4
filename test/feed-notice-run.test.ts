import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { readEntries, readFooter } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// Pages that cannot be read leave the feed's text; when that text is itself a notice (deleted,
// blocked, a verification wall), nothing is published; when it is an article, the entry says 仅摘要.
const GONE_TITLE = "独家｜某头部大模型公司新一轮融资细节曝光";
const WALL_TITLE = "大模型一周要闻";
const FEED_TITLE = "智谱发布GLM-5，编程能力大幅提升";
const FEED_BODY = [
  "智谱今天发布了新一代基座模型 GLM-5，重点提升了编程与智能体能力，并同步开放 API。",
  "GLM-5 采用混合专家架构，在后训练阶段引入了基于执行反馈的强化学习。",
  "在 SWE-bench Verified 上，GLM-5 的解决率达到 71.2%，比上一代提升 9.4 个百分点。",
  "不过，团队也表示，模型在超长仓库上的检索能力仍有不足。",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");
const VERIFY_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>微信公众平台</title></head>
<body><div class="weui-msg"><p class="weui-msg__title">环境异常</p>
<p class="weui-msg__desc">当前环境异常，完成验证后即可继续访问。</p><a href="#">去验证</a></div></body></html>`;

let server: RouteServer;
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;

before(async () => {
  const pubDate = "Wed, 04 Feb 2026 10:20:00 +0800";
  server = await startRouteServer({
    "/feed.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("摘要号", [
        {
          title: GONE_TITLE,
          link: `${server.origin}/s/gone`,
          pubDate,
          description: "知情人士透露了这轮融资的估值与领投方。（本文已被发布者删除）",
        },
        {
          title: WALL_TITLE,
          link: `${server.origin}/s/wall`,
          pubDate,
          description: "环境异常 完成验证后即可继续访问 去验证",
        },
        {
          title: FEED_TITLE,
          link: `${server.origin}/s/glm`,
          pubDate,
          description: "GLM-5 发布。",
          encoded: FEED_BODY,
        },
      ]),
    }),
    "/s/gone": { status: 404, body: "not found\n" },
    "/s/wall": { type: HTML_TYPE, body: VERIFY_PAGE },
    "/s/glm": { type: HTML_TYPE, body: VERIFY_PAGE },
  });
  h = createHarness({ fetch: globalThis.fetch });
  h.writeConfig(
    baseConfig([{ id: "feed", name: "摘要号", url: `${server.origin}/feed.xml` }], {
      fetch: { retries: 0, allowPrivate: [new URL(server.origin).host] },
    }),
  );
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
});

after(async () => {
  await server?.close();
  h?.cleanup();
});

test("a feed text that is a deletion or verification notice is not published; a feed-only article says 仅摘要 everywhere", () => {
  // The 404 page is a page that could not be read: the run finishes degraded (exit 3), and says why.
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stderr, /degraded/);
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.deepEqual(
    readEntries(md).map((e) => e.title),
    [FEED_TITLE],
  );
  const footer = readFooter(md);
  assert.match(footer, new RegExp(`《${GONE_TITLE}》.*删除`), footer);
  assert.match(footer, new RegExp(`《${WALL_TITLE}》.*验证`), footer);
  for (const ext of ["md", "html", "json"] as const)
    assert.match(readFileSync(outputPath(h.dir, DEMO_DAY, ext), "utf8"), /仅摘要/, ext);
  const json = JSON.parse(readFileSync(outputPath(h.dir, DEMO_DAY, "json"), "utf8"));
  assert.equal(json.entries[0].articleStatus, "feed-only");
  assert.deepEqual(json.entries[0].badges, ["仅摘要"]);
  assert.ok(json.entries[0].stars <= 3, "feed-only caps at ★3");
});
