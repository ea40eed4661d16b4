import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { baseConfig, createHarness, type Harness, outputPath } from "./support/cli-harness.ts";
import { allowOnly } from "./support/route-fetch.ts";
import { type RouteServer, startRouteServer } from "./support/route-server.ts";

// An item without a date belongs to the day it was first seen, in the configured time zone, and
// stays there: the next day's run does not pick it up again.

let server: RouteServer;
const page = (title: string) => ({
  type: "text/html; charset=utf-8",
  body: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>某实验室发布了新的开源多模态大模型，参数规模为 7B，在多个基准上取得了领先成绩。</p>
<p>研究团队表示，模型采用了新的训练方法，推理成本降低了一半，代码已经开源。</p></article></body></html>`,
});

before(async () => {
  server = await startRouteServer({
    "/feed.xml": () => ({
      type: "application/rss+xml; charset=utf-8",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>无日期源</title><link>${server.origin}</link>
<item><title>没有日期的一篇报道</title><link>${server.origin}/a.html</link></item></channel></rss>`,
    }),
    "/a.html": page("没有日期的一篇报道"),
  });
});

after(() => server.close());

function harnessAt(now: string, dir?: string): Harness {
  const h = createHarness({ now: () => new Date(now) });
  h.writeConfig(
    baseConfig([{ id: "nodate", name: "无日期源", url: `${server.origin}/feed.xml` }], {
      output: { dir: `${dir ?? h.dir}/out` },
      store: { path: `${dir ?? h.dir}/data/daybrief.db` },
      fetch: allowOnly(server.origin),
    }),
  );
  return h;
}

test("an undated item is on the day it was first seen in Asia/Shanghai, and only that day", async () => {
  // 2026-02-04T17:00Z is already 01:00 on the 5th in Shanghai.
  const first = harnessAt("2026-02-04T17:00:00Z");
  try {
    const today = await first.run(["run", "-q"]);
    assert.equal(today.code, 0, today.stderr);
    const md = readFileSync(outputPath(first.dir, "2026-02-05", "md"), "utf8");
    assert.match(md, /没有日期的一篇报道/);
    assert.match(md, /\*\*时间\*\*: 2026-02-05 01:00/);

    const next = harnessAt("2026-02-05T17:00:00Z", first.dir);
    try {
      const tomorrow = await next.run(["run", "-q"]);
      assert.equal(tomorrow.code, 0, tomorrow.stderr);
      const md6 = readFileSync(outputPath(first.dir, "2026-02-06", "md"), "utf8");
      assert.doesNotMatch(md6, /没有日期的一篇报道/, "seen on the 5th, it stays on the 5th");
    } finally {
      next.cleanup();
    }
  } finally {
    first.cleanup();
  }
});
