import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { assertSampleLayout, readEntries, readFooter, SECTIONS } from "./support/briefing-layout.ts";
import {
  analysesLine,
  baseConfig,
  createHarness,
  DEMO_DAY,
  type Harness,
  outputPath,
} from "./support/cli-harness.ts";

// One demo day, run twice against the same store: the second run must cost nothing.
let server: DemoServer;
let h: Harness;
let first: Awaited<ReturnType<Harness["run"]>>;
let firstRequests = 0;

before(async () => {
  server = await startDemoServer();
  h = createHarness({ fetch: server.fetch });
  h.writeConfig(baseConfig(server.sources));
  first = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  firstRequests = server.requests.length;
});

after(async () => {
  await server?.close();
  h?.cleanup();
});

const byKind = (kind: string) => server.manifest.items.filter((i) => i.kind === kind);
const pageRequests = (requests: DemoServer["requests"]) =>
  requests.filter((r) => r.url.startsWith("https://mp.weixin.qq.com/"));

test("a run writes the Markdown with every entry in the sample layout", () => {
  assert.equal(first.code, 0, first.stderr);
  const path = outputPath(h.dir, DEMO_DAY, "md");
  assert.ok(existsSync(path), `${path} written`);
  const md = readFileSync(path, "utf8");
  assert.match(md, /^# AI 每日情报 \| 2026-02-04\n\n## 📊 今日情报\n/);
  const entries = readEntries(md);
  const titles = new Set(entries.map((e) => e.title));
  for (const item of [...byKind("article"), ...byKind("verification")])
    assert.ok(titles.has(item.title), `entry for ${item.slug}`);
  for (const item of [...byKind("ad"), ...byKind("deleted"), ...byKind("previous-day")])
    assert.ok(!titles.has(item.title), `no entry for ${item.slug} (${item.kind})`);
  for (const entry of entries) assertSampleLayout(entry);
  for (const heading of SECTIONS)
    assert.equal(md.split(`\n${heading}\n`).length - 1, entries.length, `${heading} in every entry`);
});

test("the deleted page is named in the footer; the full-text feed's pages are never requested", () => {
  const footer = readFooter(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"));
  const [deleted] = byKind("deleted");
  assert.match(footer, new RegExp(`《${escapeRegExp(deleted!.title)}》.*删除`));
  assert.match(
    first.stdout,
    /! (?:《独家｜某头部大模型公司新一轮融资细节曝光》|"独家｜某头部大模型公司新一轮融资细节曝光")/,
  );
  // 量子位's feed carries content:encoded in full (fetch.pages: auto): its articles, the one whose
  // page is a verification wall included, are read from the feed and their pages never asked for.
  const fullText = server.manifest.sources.filter((s) => s.contentEncoded).map((s) => s.id);
  const fromFullFeeds = server.manifest.items.filter((i) => fullText.includes(i.source));
  assert.ok(fromFullFeeds.some((i) => i.kind === "verification"));
  const asked = new Set(pageRequests(server.requests).map((r) => r.url));
  for (const item of fromFullFeeds)
    assert.ok(![...asked].some((u) => u.endsWith(item.slug)), `${item.slug}: page not requested`);
  const [verification] = byKind("verification");
  const titles = new Set(
    readEntries(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8")).map((e) => e.title),
  );
  assert.ok(titles.has(verification!.title), "its entry is written from the feed's full text");
});

test("a second run gets 304 for every feed, fetches no page and analyses nothing", async () => {
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  const second = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(second.code, 0, second.stderr);
  const requests = server.requests.slice(firstRequests);
  const feeds = requests.filter((r) => r.url.includes("/feeds/"));
  assert.deepEqual(
    feeds.map((r) => [r.url, r.status]).sort(),
    server.sources.map((s) => [s.url, 304]).sort(),
    "one conditional GET per feed, answered 304",
  );
  assert.deepEqual(pageRequests(requests), [], "no article page fetched again");
  assert.equal(requests.length, feeds.length);
  const counts = analysesLine(second.stdout);
  assert.equal(counts.new, 0, second.stdout);
  assert.ok(counts.reused > 0);
  assert.deepEqual(
    readEntries(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8")).map((e) => e.title),
    readEntries(md).map((e) => e.title),
  );
});

test("render --format md prints the same entries without a request", async () => {
  const before = server.requests.length;
  const rendered = await h.run(["render", "--date", DEMO_DAY, "--format", "md"]);
  assert.equal(rendered.code, 0, rendered.stderr);
  assert.equal(server.requests.length, before, "render asks the server nothing");
  const written = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  const printed = readEntries(rendered.stdout);
  assert.ok(printed.length > 0);
  assert.deepEqual(
    printed.map((e) => e.text),
    readEntries(written).map((e) => e.text),
  );
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
