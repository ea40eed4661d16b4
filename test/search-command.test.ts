import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { readDemoManifest, resolveDemoDir } from "../src/demo/demo-manifest.ts";
import type { SearchResult } from "../src/queries/index.ts";
import { createHarness } from "./support/cli-harness.ts";

// `daybrief search` over the store the demo day leaves behind.

// The default language (Chinese): no English locale in the environment.
const h = createHarness({ env: { LANG: "zh_CN.UTF-8" } });
before(async () => {
  const demo = await h.run(["demo", "-o", "out", "-q"]);
  assert.equal(demo.code, 0, demo.stderr);
  const manifest = readDemoManifest(resolveDemoDir());
  h.writeConfig({
    timezone: "Asia/Shanghai",
    sources: manifest.sources.map((s) => ({ id: s.id, name: s.name, url: `https://example.com/${s.feed}` })),
    store: { path: "./out/daybrief.db" },
  });
});
after(() => h.cleanup());

test('daybrief search "美团 STAR" puts the STAR entry first, highlighted', async () => {
  const r = await h.run(["search", "美团 STAR"]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split("\n");
  assert.match(lines[0]!, /^“美团 STAR”：共 \d+ 篇匹配/);
  const first = lines.find((l) => /^1\. /.test(l))!;
  assert.match(first, /^1\. ★+ «美团»提出«STAR»/);
  assert.match(r.stdout, /2026-02-04 · .+ · 美团 · #STAR/);
});

test("two-character Chinese queries and hyphenated names find their entries", async () => {
  for (const [query, title] of [
    ["混元", /CL-bench/],
    ["面壁", /MiniCPM-o/],
    ["CL-bench", /CL-bench/],
    ["MiniCPM-o", /MiniCPM-o/],
  ] as const) {
    const r = await h.run(["search", query, "--limit", "1"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.split("\n").find((l) => /^1\. /.test(l)) ?? "", title, query);
  }
});

test("filters narrow the hits; --json gives the structured result", async () => {
  const r = await h.run(["search", "模型", "--min-stars", "5", "--json", "-n", "50"]);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as SearchResult;
  assert.ok(result.hits.length > 0);
  for (const hit of result.hits) assert.equal(hit.entry?.stars, 5);
  const later = await h.run(["search", "美团", "--from", "2026-02-05"]);
  assert.match(later.stdout, /没有找到与“美团”匹配的条目或文章/);
});

test("an empty result says so; bad flags are usage errors", async () => {
  const none = await h.run(["search", "量子纠缠望远镜"]);
  assert.equal(none.code, 0);
  assert.equal(none.stdout.trim(), "没有找到与“量子纠缠望远镜”匹配的条目或文章");
  const bad = await h.run(["search", "美团", "--from", "2026-02-30"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from 须为 YYYY-MM-DD/);
  const empty = await h.run(["search", "——"]);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /查询里没有可搜索的字词/);
});
