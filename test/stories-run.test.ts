import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { runCli } from "../src/cli/index.ts";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";

// One story from three sources becomes one entry with two 同题报道 lines; the next day a repost
// of it is not repeated; a catch-up run sends the channels only what is new.

const dir = mkdtempSync(join(tmpdir(), "daybrief-stories-"));
let demo: DemoServer;
let hook: Receiver;
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
    env: { HOOK_SECRET: "s3cret" },
    cwd: dir,
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    now: () => new Date(now),
    fetch: demo.fetch,
    sleep: async () => {},
  });
  return { code, out, err };
}

function writeConfig(sources: { id: string; name: string; url: string }[], store = "./db.sqlite") {
  const lines = sources.map((s) => `  - { id: ${s.id}, name: ${s.name}, url: "${s.url}" }`).join("\n");
  writeFileSync(
    join(dir, "daybrief.config.yaml"),
    `sources:\n${lines}\noutput: { dir: ./out }\nstore: { path: ${store} }\n` +
      // The repost feed's own server: the one loopback port besides the demo's that feeds may use.
      `fetch: { allowPrivate: ["${new URL(nextDay.url).host}"] }\nchannels:\n  - { id: hook, type: webhook, url: "${hook.url}", secret: "\${HOOK_SECRET}" }\n`,
  );
}

before(async () => {
  hook = await startWebhookReceiver("s3cret");
  // A next-day source whose one article reposts the 量子位 MiniCPM-o text under another link.
  const page = readFileSync(
    resolve(import.meta.dirname, "../demo/2026-02-04/pages/minicpm-o-45-qbitai.html"),
    "utf8",
  )
    .replace(/var ct = "\d+"/, `var ct = "${Date.parse("2026-02-05T02:00:00Z") / 1000}"`)
    .replaceAll("daybrief-demo-minicpm-o-45-qbitai", "daybrief-demo-repost-next-day");
  const server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.setHeader("content-type", "application/rss+xml; charset=utf-8");
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>转载号</title><link>${origin}</link>
<item><title>面壁 9B 全双工模型开源（转载）</title><link>${origin}/repost.html</link><guid>repost-1</guid>
<pubDate>Thu, 05 Feb 2026 10:00:00 +0800</pubDate></item></channel></rss>`);
    } else if (req.url === "/repost.html") {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(page);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  nextDay = { url: `${origin}/feed.xml`, close: () => new Promise((ok) => server.close(() => ok())) };
  demo = await startDemoServer({ allowOrigins: [origin, hook.url] });
});

after(async () => {
  await demo.close();
  await hook.close();
  await nextDay.close();
});

test("a story told by three sources is one entry with two 同题报道 lines", async () => {
  writeConfig(demo.sources);
  const { code, out } = await cli(["run", "--date", "2026-02-04", "-q"], "2026-02-04T13:30:00Z");
  assert.equal(code, 0, out);
  const md = readFileSync(join(dir, "out/2026/2026-02-04.md"), "utf8");
  const entry = md.split("\n### ").find((e) => e.includes("daybrief-demo-minicpm-o-45\n"));
  assert.ok(entry, "the 机器之心 MiniCPM-o article is the primary");
  assert.equal(entry.match(/\*\*同题报道\*\*/g)?.length, 2);
  assert.equal(
    md.match(/daybrief-demo-minicpm-o-45-qbitai\)/g)?.length,
    1,
    "the copy is not an entry of its own",
  );
  assert.ok(hook.accepted.length > 0, "the briefing reached the webhook");
});

test("the next day a repost of that story is not repeated, and is counted as a duplicate", async () => {
  writeConfig([...demo.sources, { id: "repost", name: "转载号", url: nextDay.url }]);
  const { code, out } = await cli(["run", "--date", "2026-02-05", "-q"], "2026-02-05T13:30:00Z");
  assert.equal(code, 0, out);
  const md = readFileSync(join(dir, "out/2026/2026-02-05.md"), "utf8");
  assert.doesNotMatch(md, /^### .*面壁/m);
  assert.match(md, /\*\*转载号\*\*：抓取 1 · 当日 1 · 已分析 0 · 重复 1/);
});

test("a catch-up run sends the channels only the entries the day's briefing did not have yet", async () => {
  // A fresh store: at 21:00 only two sources had published; the third comes in late.
  writeConfig(demo.sources.slice(0, 2), "./db-update.sqlite");
  assert.equal((await cli(["run", "--date", "2026-02-04", "-q"], "2026-02-04T13:00:00Z")).code, 0);
  const sent = hook.accepted.length;
  writeConfig(demo.sources, "./db-update.sqlite");
  const { code, out } = await cli(["run", "--date", "2026-02-04", "--update", "-q"], "2026-02-04T15:30:00Z");
  assert.equal(code, 0, out);
  const update = hook.accepted.slice(sent).join("\n");
  assert.match(update, /更新：本日简报新增 \d+ 条/);
  assert.match(update, /daybrief-demo-neurips-audit/, "a late 量子位 entry is sent");
  assert.doesNotMatch(update, /daybrief-demo-star"/, "an entry sent at 21:00 is not sent again");
  const md = readFileSync(join(dir, "out/2026/2026-02-04.md"), "utf8");
  assert.match(md, /daybrief-demo-star/, "the files still hold the whole briefing");
  assert.match(md, /daybrief-demo-neurips-audit/);
  // Nothing new since: the next catch-up sends nothing.
  const after = hook.accepted.length;
  assert.equal(
    (await cli(["run", "--date", "2026-02-04", "--update", "-q"], "2026-02-04T16:00:00Z")).code,
    0,
  );
  assert.equal(hook.accepted.length, after);
});

test("the story threshold is configurable: set high, the three reports stay apart", async () => {
  writeConfig(demo.sources, "./db-strict.sqlite");
  const text = readFileSync(join(dir, "daybrief.config.yaml"), "utf8");
  writeFileSync(
    join(dir, "daybrief.config.yaml"),
    `${text}dedup:\n  thresholds: { storyMerge: 0.9, storyAmbiguous: 0.8 }\n`,
  );
  const { code, out } = await cli(
    ["run", "--date", "2026-02-04", "--no-deliver", "-q"],
    "2026-02-04T13:30:00Z",
  );
  assert.equal(code, 0, out);
  const md = readFileSync(join(dir, "out/2026/2026-02-04.md"), "utf8");
  assert.doesNotMatch(md, /同题报道/);
  assert.match(md, /daybrief-demo-minicpm-o-45-qbitai\n/, "the copy is an entry of its own now");
});
