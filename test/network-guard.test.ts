import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import type { RoutingFetch } from "../src/http/index.ts";
import {
  analysesLine,
  baseConfig,
  createHarness,
  DEMO_DAY,
  type Harness,
  outputPath,
} from "./support/cli-harness.ts";
import { allowOnly } from "./support/route-fetch.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// SSRF end to end: feeds on the one loopback port the config allows, whose items point (directly
// or through a redirect) at other loopback ports, cloud metadata, private addresses and non-http
// schemes. Nothing but the allowed feed server may be reached; the run goes on and says why.
// The LLM provider is on another loopback port: operator endpoints are not guarded and keep working.

const pubDate = "Wed, 04 Feb 2026 10:20:00 +0800";
const GOOD_TITLE = "开源推理框架发布新版本，长上下文吞吐提升三成";
const MOVED_TITLE = "某大模型公司发布智能体平台，支持多工具调用";
const SECRET = "INTERNAL-ADMIN-PANEL-CONTENT";
const paragraphs = (lines: string[]) => lines.map((p) => `<p>${p}</p>`).join("\n");
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
const GOOD_PAGE = page(
  GOOD_TITLE,
  paragraphs([
    "某开源社区今天发布了推理框架的新版本，重点优化了长上下文场景下的大模型推理。",
    "在 128K 上下文的测试中，新版本的吞吐量比上一版提升了 31%，显存占用下降了 18%。",
    "团队表示，新版本还加入了分页注意力的改进实现，并兼容主流的量化格式。",
    "开发者可以直接通过包管理器升级，旧版配置文件无需修改即可继续使用。",
  ]),
);
const SECRET_PAGE = page(
  "内部管理后台",
  paragraphs([`${SECRET}：数据库口令与内部服务列表。`, "这一页只应在内网可见，绝不能出现在简报里。"]),
);

let feeds: RouteServer; // the allowed port
let internal: RouteServer; // another loopback port: an internal service
let llm: LlmStub; // the operator's own LLM endpoint, on loopback too

before(async () => {
  internal = await startRouteServer({ "/admin": { type: HTML_TYPE, body: SECRET_PAGE } });
  llm = await startLlmStub();
  const item = (title: string, link: string, description: string) => ({ title, link, pubDate, description });
  feeds = await startRouteServer({
    "/feed.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("测试源", [
        item(GOOD_TITLE, `${feeds.origin}/good`, "推理框架新版本发布，长上下文吞吐提升。"),
        item(MOVED_TITLE, `${feeds.origin}/moved`, "某公司发布智能体平台，支持多工具调用，面向企业开发者。"),
        item("指向 LLM 端点的条目", `${llm.baseUrl}/models`, ""),
      ]),
    }),
    "/hostile.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("恶意源", [
        item("云元数据", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", ""),
        item("内网管理", "http://10.0.0.1/admin", ""),
        item("脚本链接", "javascript:alert(document.cookie)", ""),
        item("本地文件", "file:///etc/passwd", ""),
        item("数据链接", "data:text/plain;base64,SGVsbG8=", ""),
      ]),
    }),
    "/good": { type: HTML_TYPE, body: GOOD_PAGE },
    // The redirect a hostile publisher (or a hijacked shortener) would send.
    "/moved": () => ({ status: 302, location: `${internal.origin}/admin` }),
  });
});

after(async () => {
  await feeds.close();
  await internal.close();
  await llm.close();
});

const llmConfig = () => ({
  providers: [
    { id: "stub", baseUrl: llm.baseUrl, model: "stub-model", jsonMode: "json_object", maxRetries: 1 },
  ],
});

let h: Harness | undefined;
after(() => h?.cleanup());

test("a link redirecting to another loopback port is refused; the LLM on loopback still answers", async () => {
  h = createHarness(); // the production transport: node:http pinned to the checked address
  h.writeConfig(
    baseConfig([{ id: "feed", name: "测试源", url: `${feeds.origin}/feed.xml` }], {
      fetch: allowOnly(feeds.origin),
      llm: llmConfig(),
    }),
  );
  const run = await h.run(["run", "--date", DEMO_DAY]);
  assert.notEqual(run.code, 1, `the run finishes: ${run.stdout}${run.stderr}`);
  assert.deepEqual(internal.requests, [], "the internal service was never reached");
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.doesNotMatch(md, new RegExp(SECRET));
  assert.match(
    run.stdout,
    new RegExp(
      `(?:《${MOVED_TITLE}》|"${MOVED_TITLE}": .* — )正文抓取失败.*refused: loopback address 127\\.0\\.0\\.1`,
    ),
  );
  assert.match(
    run.stdout,
    /(?:《指向 LLM 端点的条目》|"指向 LLM 端点的条目").*refused: loopback address 127\.0\.0\.1/,
  );
  assert.match(md, new RegExp(`《${MOVED_TITLE}》正文抓取失败`), "the footer says why");
  // A refused page is a page not read (the feed's text stands in): degraded, and `runs` says why.
  assert.equal(run.code, 3, run.stderr);
  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, /page\(s\) not read/, runs.stdout);
  assert.match(runs.stdout, /refused: loopback address 127\.0\.0\.1/, runs.stdout);
  assert.ok(
    feeds.requests.some((r) => r.path === "/good"),
    "the allowed port is fetched",
  );
  // The LLM endpoint (127.0.0.1, not in allowPrivate) analysed the articles: nothing fell back.
  assert.ok(llm.requests.length > 0);
  const counts = analysesLine(run.stdout);
  assert.ok(counts.new >= 2, run.stdout);
  assert.equal(counts.fallback, 0, run.stdout);
  assert.equal(counts.failed, 0, run.stdout);
});

test("metadata, private and non-http links are refused without a connection attempt or a retry", async () => {
  // A transport that records every URL it is asked for and connects only to the allowed feed
  // server: a broken guard shows up here as a recorded URL, never as traffic to another address.
  const asked: string[] = [];
  const transport: RoutingFetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    asked.push(url);
    if (!url.startsWith(`${feeds.origin}/`)) throw new Error(`test transport: refusing to connect to ${url}`);
    return globalThis.fetch(input, init);
  };
  h?.cleanup();
  h = createHarness({ fetch: transport, sleep: async () => {} });
  h.writeConfig(
    baseConfig([{ id: "hostile", name: "恶意源", url: `${feeds.origin}/hostile.xml` }], {
      fetch: { retries: 3, ...allowOnly(feeds.origin) },
    }),
  );
  const run = await h.run(["run", "--date", DEMO_DAY]);
  assert.notEqual(run.code, 1, `the run finishes: ${run.stdout}${run.stderr}`);
  assert.deepEqual(asked, [`${feeds.origin}/hostile.xml`], "only the feed itself was fetched");
  assert.match(
    run.stdout,
    /(?:《云元数据》|"云元数据").*refused: link-local address 169\.254\.169\.254/,
    run.stdout,
  );
  assert.match(run.stdout, /(?:《内网管理》|"内网管理").*refused: private address 10\.0\.0\.1/, run.stdout);
  for (const [title, scheme] of [
    ["脚本链接", "javascript:"],
    ["本地文件", "file:"],
    ["数据链接", "data:"],
  ]) {
    assert.match(
      run.stdout,
      new RegExp(`(?:《${title}》|"${title}").*only http and https are fetched, not ${scheme}`),
      run.stdout,
    );
  }
  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, /169\.254\.169\.254.*refused/, runs.stdout);
});
