import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { startTestServer, type TestServer } from "../src/http/test-server.ts";
import { createHarness, type Harness } from "./support/cli-harness.ts";

// The repeat window is a briefing's own (config `briefings`): briefing `models` publishes the
// MiniCPM-o story on 02-04; on 02-05 a repost of it comes from a source both briefings share.
// For `models` it is a repeat (left out); `reposts` never published the story, so it is new there.

const TITLE = "边看边听边说，9B模型也能全双工：面壁智能开源MiniCPM-o 4.5";
let demo: DemoServer;
let reposter: TestServer;
let clock = "2026-02-04T13:30:00Z";
let h: Harness;

before(async () => {
  // The 机器之心 MiniCPM-o text (the story's primary) reposted the next day under another link,
  // one word changed: not a byte copy (that is left out when read), the same story.
  const page = readFileSync(
    resolve(import.meta.dirname, "../demo/2026-02-04/pages/minicpm-o-45.html"),
    "utf8",
  )
    .replace(/var ct = "\d+"/, `var ct = "${Date.parse("2026-02-05T02:00:00Z") / 1000}"`)
    .replaceAll("daybrief-demo-minicpm-o-45", "daybrief-demo-repost-next-day")
    .replace("和 AI 语音助手聊天时", "和 AI 语音助手对话时");
  reposter = await startTestServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>转载号</title><link>${reposter.url}</link>
<item><title>${TITLE}</title><link>${reposter.url}/repost.html</link><guid>repost-1</guid>
<pubDate>Thu, 05 Feb 2026 10:00:00 +0800</pubDate></item></channel></rss>`);
    } else if (req.url === "/repost.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else res.writeHead(404).end();
  });
  demo = await startDemoServer({ allowOrigins: [reposter.url] });
  h = createHarness({ fetch: demo.fetch, now: () => new Date(clock), sleep: async () => {} });
  const sources = [...demo.sources, { id: "repost", name: "转载号", url: `${reposter.url}/feed.xml` }];
  h.writeConfig({
    sources,
    output: { dir: "./out" },
    store: { path: "./db.sqlite" },
    fetch: { allowPrivate: [new URL(reposter.url).host] },
    briefings: [
      { id: "models", title: "大模型日报", sources: sources.map((s) => s.id) },
      { id: "reposts", title: "转载日报", sources: ["repost"] },
    ],
  });
});

after(async () => {
  await demo?.close();
  await reposter?.close();
  h?.cleanup();
});

const briefingOf = (id: string, date: string) =>
  readFileSync(join(h.dir, `out/${id}/2026/${date}.md`), "utf8");

test("a story one briefing published is a repeat in that briefing only, not in another that shares the source", async () => {
  const first = await h.run(["run", "--date", "2026-02-04", "-q"]);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(briefingOf("models", "2026-02-04"), /^### .*面壁/m);

  clock = "2026-02-05T13:30:00Z";
  const next = await h.run(["run", "--date", "2026-02-05", "-q"]);
  assert.equal(next.code, 0, next.stdout + next.stderr);
  const models = briefingOf("models", "2026-02-05");
  assert.doesNotMatch(models, /^### .*面壁/m, "models published the story yesterday: a repeat");
  assert.match(models, /\*\*转载号\*\*：抓取 1 · 当日 1 · 已分析 0 · 重复 1/);
  const reposts = briefingOf("reposts", "2026-02-05");
  assert.match(reposts, /^### .*面壁/m, "reposts never published it: a story of its own");
  assert.match(reposts, /repost\.html/);
});
