import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { observeFetch } from "./support/route-fetch.ts";

// Ctrl-C in the middle of reading pages: the run stops as "cancelled", records nothing false
// (no feed marked failing, no article stored as feed-only), and the next run finishes the day.

let server: DemoServer;
let h: Harness;
const controller = new AbortController();

before(async () => {
  server = await startDemoServer();
  let pages = 0;
  const cancellingFetch = observeFetch(server.fetch, (url) => {
    if (url.includes("mp.weixin.qq.com") && ++pages === 3) controller.abort(new Error("cancelled by Ctrl-C"));
  });
  h = createHarness({ fetch: cancellingFetch, signal: controller.signal, sleep: async () => {} });
  h.writeConfig(baseConfig(server.sources));
});

after(async () => {
  h.cleanup();
  await server.close();
});

test("a cancelled run stops without recording false failures, and the next run completes the day", async () => {
  const cancelled = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(cancelled.code, 130, JSON.stringify(cancelled));
  assert.match(cancelled.stderr, /cancelled/);
  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, /#1 2026-02-04 run cancelled/);
  const sources = await h.run(["sources"]);
  assert.doesNotMatch(sources.stdout, /FAILING/);

  const again = createHarness({ fetch: server.fetch, sleep: async () => {} });
  try {
    again.writeConfig(readFileSync(h.configPath, "utf8").replaceAll("./", `${h.dir}/`));
    const resumed = await again.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(resumed.code, 0, resumed.stderr);
    const md = readFileSync(join(h.dir, outputPath("", DEMO_DAY, "md")), "utf8");
    // Every page that was needed was read (the full-text feed's articles never needed one).
    assert.equal(md.match(/未能读取原文全文/g), null);
    assert.doesNotMatch(md, /正文抓取失败/);
  } finally {
    again.cleanup();
  }
});
