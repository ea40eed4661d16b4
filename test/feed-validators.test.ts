import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { baseConfig, createHarness, type Harness, outputPath } from "./support/cli-harness.ts";
import { allowOnly } from "./support/route-fetch.ts";

// A run for day D must not leave the feed's ETag behind when the feed already holds an item of
// D+1: the run for D+1 would get a 304 and never read it.

let server: Server;
let origin = "";
const statuses: number[] = [];
let h: Harness;

const BODIES: Record<string, string> = {
  四日的报道:
    "某实验室发布了新的开源模型，参数规模为 7B，在多个基准上取得了领先成绩，代码已经公开。研究团队表示，新的训练方法让推理成本降低了一半。",
  五日凌晨的报道:
    "一家机器人公司展示了能叠衣服的双臂机器人，成功率达到 92%，整套系统只用了 300 小时的示范数据。公司计划明年量产。",
};
const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>${BODIES[title]}</p><p>${BODIES[title]}</p></article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      if (req.headers["if-none-match"] === '"v1"') {
        statuses.push(304);
        res.writeHead(304).end();
        return;
      }
      statuses.push(200);
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: '"v1"' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>源</title><link>${origin}</link>
<item><title>四日的报道</title><link>${origin}/d4.html</link><pubDate>Wed, 04 Feb 2026 10:00:00 +0800</pubDate></item>
<item><title>五日凌晨的报道</title><link>${origin}/d5.html</link><pubDate>Thu, 05 Feb 2026 00:10:00 +0800</pubDate></item>
</channel></rss>`);
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(req.url === "/d4.html" ? "四日的报道" : "五日凌晨的报道"));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = createHarness({ now: () => new Date("2026-02-04T16:30:00Z") });
  h.writeConfig(
    baseConfig([{ id: "s", name: "源", url: `${origin}/feed.xml` }], { fetch: allowOnly(origin) }),
  );
});

after(async () => {
  h.cleanup();
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
});

test("a feed holding a later day's item is read in full by that day's run", async () => {
  assert.equal((await h.run(["run", "--date", "2026-02-04", "-q"])).code, 0);
  assert.match(readFileSync(outputPath(h.dir, "2026-02-04", "md"), "utf8"), /四日的报道/);
  const next = await h.run(["run", "--date", "2026-02-05", "-q"]);
  assert.equal(next.code, 0, next.stderr);
  assert.deepEqual(statuses, [200, 200], "no 304 for the second day: the validators were not kept");
  assert.match(readFileSync(outputPath(h.dir, "2026-02-05", "md"), "utf8"), /五日凌晨的报道/);
  // Nothing newer than the 5th in the feed: now the validators are kept, and a re-run gets a 304.
  assert.equal((await h.run(["run", "--date", "2026-02-05", "-q"])).code, 0);
  assert.deepEqual(statuses, [200, 200, 304]);
});
