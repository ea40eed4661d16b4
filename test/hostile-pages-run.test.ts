import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { readEntries } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { allowOnly } from "./support/route-fetch.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// Pages and feeds built to cost time or memory rather than to be read: each is refused with its own
// reason in a bounded time, and the readable article of the same day is still published.
const OK_TITLE = "国产语音模型开源，普通话识别错误率降至 4.1%";
const OK_BODY = [
  "一家语音创业公司今天开源了新一代语音识别模型，覆盖普通话和六种方言。",
  "在公开的普通话测试集上，新模型的字错误率为 4.1%，比上一代降低了 1.3 个百分点。",
  "模型支持流式识别，首字延迟约 300 毫秒，可以在单张消费级显卡上运行。",
  "代码和权重以宽松许可证发布，开发者可以在商业产品中使用。",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");
const DEEP_TITLE = "某实验室发布新模型，页面层层嵌套";
const DEEP_FEED_TITLE = "订阅源正文层层嵌套的一篇文章";
const EXPIRED_TITLE = "临时链接过期的一篇公众号文章";
const EXPIRED_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>
<body><div class="weui-msg"><div class="weui-msg__text-area"><h2 class="weui-msg__title">链接已过期</h2></div></div></body></html>`;
const nested = (depth: number) => `${"<div>".repeat(depth)}藏在深处的一句话${"</div>".repeat(depth)}`;
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

let server: RouteServer;
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;
let seconds = 0;

before(async () => {
  const pubDate = "Wed, 04 Feb 2026 10:20:00 +0800";
  const entity = "膨胀".repeat(30_000);
  const routes = {
    // 70 KB of feed that would expand to 240 million characters.
    "/bomb.xml": {
      type: RSS_TYPE,
      body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "${entity}">]><rss version="2.0"><channel><title>炸弹号</title><item><title>标题</title><link>${"https://example.org/x"}</link><description>${"&e;".repeat(4_000)}</description></item></channel></rss>`,
    },
    "/mixed.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("混合号", [
        { title: OK_TITLE, link: `${server.origin}/s/ok`, pubDate, description: "推理框架新版本发布。" },
        { title: DEEP_TITLE, link: `${server.origin}/s/deep`, pubDate, description: "新模型发布。" },
        {
          title: DEEP_FEED_TITLE,
          link: `${server.origin}/s/deep-too`,
          pubDate,
          description: "嵌套。",
          encoded: nested(100_000),
        },
        { title: EXPIRED_TITLE, link: `${server.origin}/s/expired`, pubDate, description: "过期。" },
      ]),
    }),
    // The readable article, followed by 150,000 unclosed <script> tags (a lazy regex rescanned the
    // rest of the page for each one: about a minute).
    "/s/ok": { type: HTML_TYPE, body: page(OK_TITLE, `${OK_BODY}${"<script>x".repeat(150_000)}`) },
    // 1 MB: 100,000 nested <div>s (the parser's stack and Readability took minutes or overflowed).
    "/s/deep": { type: HTML_TYPE, body: page(DEEP_TITLE, nested(100_000)) },
    "/s/deep-too": { status: 404, body: "not found\n" },
    // WeChat's notice for an expired temporary link: not the article's text.
    "/s/expired": { type: HTML_TYPE, body: EXPIRED_PAGE },
  };
  server = await startRouteServer(routes);
  h = createHarness({ fetch: globalThis.fetch });
  const source = (id: string, name: string) => ({ id, name, url: `${server.origin}/${id}.xml` });
  h.writeConfig(
    baseConfig([source("bomb", "炸弹号"), source("mixed", "混合号")], {
      fetch: { retries: 0, ...allowOnly(server.origin) },
    }),
  );
  const started = performance.now();
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  seconds = (performance.now() - started) / 1000;
});

after(async () => {
  await server?.close();
  h?.cleanup();
});

test("the run finishes quickly, degraded, and publishes the readable article", () => {
  assert.equal(run.code, 3, run.stderr);
  assert.ok(seconds < 60, `the run took ${seconds.toFixed(1)} s`);
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  const titles = readEntries(md).map((e) => e.title);
  assert.ok(titles.includes(OK_TITLE), titles.join(" | "));
  for (const refused of [DEEP_TITLE, DEEP_FEED_TITLE]) assert.ok(!titles.includes(refused), refused);
  assert.ok(!md.includes("膨胀膨胀"), "nothing of the bomb's expansion is published");
  assert.ok(!md.includes("链接已过期"), "the platform's notice is nobody's text");
});

test("each refusal is recorded with its own reason", async () => {
  const runs = await h.run(["runs"]);
  assert.equal(runs.code, 0, runs.stderr);
  const failures = runs.stdout.split("\n").filter((l) => l.startsWith("    ! "));
  const line = (needle: string) => failures.find((l) => l.includes(needle)) ?? "";
  assert.match(line("collect bomb"), /entity expansion bomb/, runs.stdout);
  assert.match(line("/s/deep"), /E_PAGE_TOO_COMPLEX/, runs.stdout);
  // Its page is not asked again by a later run: the same page will be as deep tomorrow.
  assert.doesNotMatch(line("/s/deep"), /稍后重读/, runs.stdout);
  // The item whose own feed HTML is too deep, and whose page is gone: both reasons.
  assert.match(
    line("/s/deep-too"),
    /HTTP 404.*；订阅源内容页面结构过于复杂.*E_PAGE_TOO_COMPLEX/,
    runs.stdout,
  );
});
