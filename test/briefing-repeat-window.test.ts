import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { runCli } from "../src/cli/index.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";

// The repeat window is a briefing's own (config `briefings`): briefing `models` publishes the
// MiniCPM-o story on 02-04; on 02-05 a repost of it comes from a source both briefings share.
// For `models` it is a repeat (left out); `repost` never published the story, so it is new there.

const dir = mkdtempSync(join(tmpdir(), "daybrief-briefing-window-"));
let demo: DemoServer;
let nextDay: { url: string; close(): Promise<void> };

async function cli(args: string[], now: string) {
  let out = "";
  let err = "";
  const sink = (append: (s: string) => void) =>
    ({
      write: (s: string | Uint8Array) => {
        append(String(s));
        return true;
      },
    }) as unknown as NodeJS.WritableStream;
  const code = await runCli([...args, "--config", join(dir, "daybrief.config.yaml")], {
    env: {},
    cwd: dir,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    now: () => new Date(now),
    fetch: demo.fetch,
    sleep: async () => {},
  });
  return { code, out, err };
}

function writeConfig(sources: { id: string; name: string; url: string }[]) {
  const lines = sources.map((s) => `  - { id: ${s.id}, name: ${s.name}, url: "${s.url}" }`).join("\n");
  const all = sources.map((s) => s.id).join(", ");
  writeFileSync(
    join(dir, "daybrief.config.yaml"),
    `sources:\n${lines}\noutput: { dir: ./out }\nstore: { path: ./db.sqlite }\n` +
      `fetch: { allowPrivate: ["${new URL(nextDay.url).host}"] }\n` +
      `briefings:\n  - { id: models, title: 大模型日报, sources: [${all}] }\n` +
      "  - { id: reposts, title: 转载日报, sources: [repost] }\n",
  );
}

before(async () => {
  // A next-day source whose one article reposts the 机器之心 MiniCPM-o text (the story's primary),
  // lightly edited, under another link.
  const page = readFileSync(
    resolve(import.meta.dirname, "../demo/2026-02-04/pages/minicpm-o-45.html"),
    "utf8",
  )
    .replace(/var ct = "\d+"/, `var ct = "${Date.parse("2026-02-05T02:00:00Z") / 1000}"`)
    .replaceAll("daybrief-demo-minicpm-o-45", "daybrief-demo-repost-next-day")
    // A word changed: not a byte copy (that is left out at reading), the same story.
    .replace("和 AI 语音助手聊天时", "和 AI 语音助手对话时");
  const server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.setHeader("content-type", "application/rss+xml; charset=utf-8");
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>转载号</title><link>${origin}</link>
<item><title>边看边听边说，9B模型也能全双工：面壁智能开源MiniCPM-o 4.5</title><link>${origin}/repost.html</link><guid>repost-1</guid>
<pubDate>Thu, 05 Feb 2026 10:00:00 +0800</pubDate></item></channel></rss>`);
    } else if (req.url === "/repost.html") {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(page);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  nextDay = { url: `${origin}/feed.xml`, close: () => new Promise((ok) => server.close(() => ok())) };
  demo = await startDemoServer({ allowOrigins: [origin] });
});

after(async () => {
  await demo.close();
  await nextDay.close();
});

test("a story one briefing published is a repeat in that briefing only, not in another that shares the source", async () => {
  writeConfig([...demo.sources, { id: "repost", name: "转载号", url: nextDay.url }]);
  const first = await cli(["run", "--date", "2026-02-04", "-q"], "2026-02-04T13:30:00Z");
  assert.equal(first.code, 0, first.out + first.err);
  assert.match(readFileSync(join(dir, "out/models/2026/2026-02-04.md"), "utf8"), /^### .*面壁/m);

  const next = await cli(["run", "--date", "2026-02-05", "-q"], "2026-02-05T13:30:00Z");
  assert.equal(next.code, 0, next.out + next.err);
  const models = readFileSync(join(dir, "out/models/2026/2026-02-05.md"), "utf8");
  assert.doesNotMatch(models, /^### .*面壁/m, "models published the story yesterday: a repeat");
  assert.match(models, /\*\*转载号\*\*：抓取 1 · 当日 1 · 已分析 0 · 重复 1/);
  const reposts = readFileSync(join(dir, "out/reposts/2026/2026-02-05.md"), "utf8");
  assert.match(reposts, /^### .*面壁/m, "reposts never published it: a story of its own");
  assert.match(reposts, /daybrief-demo-repost-next-day|repost\.html/);
});
