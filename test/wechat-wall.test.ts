import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../src/store/index.ts";
import { analysesLine, baseConfig, createHarness, DEMO_DAY, outputPath } from "./support/cli-harness.ts";
import { startWechatHost } from "./support/wechat-host.ts";

// A day of 3 accounts × 10 articles whose bridges carry summaries only, read from a WeChat-like host
// that walls after K page requests an hour. The run must store every article (page or feed text,
// marked), send at most K+1 requests, rest the host (persisted), and a later --update run must fill
// in the pages and re-analyse exactly those articles.
const K = 15;
const HOUR = 3_600_000;
let now = Date.parse("2026-02-04T04:00:00Z"); // 12:00 in Shanghai
const waits: number[] = [];
const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function setUp(fullText: boolean, blogPosts = 0) {
  const host = await startWechatHost({
    blogPosts,
    wallAfter: K,
    windowMs: HOUR,
    recoverMs: 2 * HOUR,
    clock: () => now,
    fullText,
  });
  const h = createHarness({
    fetch: host.fetch,
    now: () => new Date(now),
    // Pacing and retries wait on this clock: the bench of time is simulated, the test stays fast.
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  });
  cleanups.push(
    () => host.close(),
    () => h.cleanup(),
  );
  h.writeConfig(baseConfig(host.sources));
  return { host, h };
}

const storeOf = (dir: string) => openStore(join(dir, "data", "daybrief.db"));

test("a walled day stores every article, sends at most K+1 requests, and --update fills in the pages", async () => {
  const { host, h } = await setUp(false);
  const first = await h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"]);
  // Pages that could not be read are something missing: degraded (3), and `runs` says so.
  assert.equal(first.code, 3, first.stderr);
  assert.match(first.stderr, new RegExp(`degraded: .*${30 - K} page\\(s\\) not read \\(feed text used\\)`));
  assert.ok(host.pageRequests.length <= K + 1, `${host.pageRequests.length} page requests`);
  assert.equal(
    host.pageRequests.filter((r) => r.walled).length,
    1,
    "one request met the wall, none after it",
  );
  const paced = waits.filter((ms) => ms >= 2000 && ms <= 5000);
  assert.equal(paced.length, host.pageRequests.length - 1, "every request after the first waited 2–5 s");

  let store = storeOf(h.dir);
  const articles = await store.listArticlesForDay(DEMO_DAY, "Asia/Shanghai");
  assert.equal(articles.length, 30, "every article stored");
  const fromPage = articles.filter((a) => a.textFrom === "page" && a.status === "ok");
  const fromFeed = articles.filter((a) => a.textFrom === "feed" && a.status === "feed-only");
  assert.equal(fromPage.length, K);
  assert.equal(fromFeed.length, 30 - K);
  for (const a of fromFeed) assert.match(a.statusReason ?? "", /使用订阅源内容，稍后重读/);
  assert.equal((await store.listPageRereads()).length, 30 - K, "the feed-only articles are queued");
  const [rest] = await store.listHostCooldowns(new Date(now));
  assert.equal(rest?.host, "mp.weixin.qq.com");
  assert.match(rest!.reason, /环境异常/);
  await store.close();

  // The JSON and `daybrief verify` say where each text came from.
  const json = JSON.parse(readFileSync(outputPath(h.dir, DEMO_DAY, "json"), "utf8")) as {
    entries: { textFrom?: string; articleStatus?: string }[];
  };
  // A one-paragraph feed summary fills no section, so those entries wait for their pages (an entry
  // with four empty sections is never published); the footer says which and why.
  for (const e of json.entries.filter((i) => i.articleStatus === "feed-only"))
    assert.equal(e.textFrom, "feed");
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.ok(
    (md.match(/使用订阅源内容，稍后重读/g)?.length ?? 0) >= 30 - K,
    "the footer names each waiting article",
  );
  assert.ok(json.entries.some((i) => i.textFrom === "page" && i.articleStatus === undefined));
  const verify = await h.run(["verify", "--date", DEMO_DAY]);
  assert.equal(verify.stdout.match(/^# .*\(text: feed\)$/gm)?.length, 30 - K, verify.stdout);
  assert.equal(verify.stdout.match(/^# .*\(text: page\)$/gm)?.length, K);

  // Still resting: a catch-up run right away asks the host nothing (the cool-down was persisted).
  const before = host.pageRequests.length;
  const early = await h.run(["run", "--date", DEMO_DAY, "-q", "--update", "--no-deliver"]);
  assert.equal(early.code, 3, "the pages are still missing");
  assert.equal(host.pageRequests.length, before, "no request to a resting host");

  // After the cool-down (6 h by default) the host is open again: the queued pages are read.
  now = Date.parse(rest!.until) + 60_000;
  const idsBefore = new Map(fromFeed.map((a) => [a.id!, a.contentHash]));
  const update = await h.run(["run", "--date", DEMO_DAY, "-q", "--update", "--no-deliver"]);
  assert.equal(update.code, 0, `every page read: ok again. ${update.stderr}`);
  const rereads = host.pageRequests.slice(before);
  assert.equal(rereads.length, 30 - K, "one request per queued page, none for pages already read");
  assert.ok(rereads.every((r) => !r.walled));
  store = storeOf(h.dir);
  const after = await store.listArticlesForDay(DEMO_DAY, "Asia/Shanghai");
  assert.ok(
    after.every((a) => a.textFrom === "page" && a.status === "ok"),
    "every text is the page's now",
  );
  assert.equal((await store.listPageRereads()).length, 0);
  const changed = after.filter((a) => idsBefore.has(a.id!) && idsBefore.get(a.id!) !== a.contentHash);
  assert.equal(changed.length, 30 - K, "the page replaced the feed's text");
  await store.close();
  const counts = analysesLine(update.stdout);
  assert.equal(counts.new, 30 - K, `only the re-read articles are analysed again: ${update.stdout}`);
  assert.equal(counts.reused, K);
});

test("bridges that carry the full text cause zero page requests in auto", async () => {
  const { host, h } = await setUp(true);
  const run = await h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(host.pageRequests.length, 0);
  const store = storeOf(h.dir);
  const articles = await store.listArticlesForDay(DEMO_DAY, "Asia/Shanghai");
  await store.close();
  assert.equal(articles.length, 30);
  assert.ok(articles.every((a) => a.textFrom === "feed" && a.status === "ok"));
});

test("the daily cap holds across the runs of one day (counted in the store)", async () => {
  const { host, h } = await setUp(false);
  h.writeConfig(baseConfig(host.sources, { fetch: { hosts: { "mp.weixin.qq.com": { dailyCap: 10 } } } }));
  const first = await h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"]);
  assert.equal(first.code, 3, first.stderr);
  assert.equal(host.pageRequests.length, 10);
  const store = storeOf(h.dir);
  assert.equal(await store.countHostRequests("mp.weixin.qq.com", DEMO_DAY), 10);
  assert.equal(
    (await store.listPageRereads()).length,
    20,
    "the capped articles stay queued for a later run of their day",
  );
  assert.match(
    (await store.listArticlesForDay(DEMO_DAY, "Asia/Shanghai")).find((a) => a.status === "feed-only")!
      .statusReason!,
    /请求已达上限/,
  );
  await store.close();
  const again = await h.run(["run", "--date", DEMO_DAY, "-q", "--update", "--no-deliver"]);
  assert.equal(again.code, 3, again.stderr);
  assert.equal(host.pageRequests.length, 10, "a second run of the day sends nothing past the cap");
});

test("fetch.pages: always reads every page even from a full-text bridge; never reads none", async () => {
  const always = await setUp(true);
  always.h.writeConfig(baseConfig(always.host.sources, { fetch: { pages: "always" } }));
  assert.equal((await always.h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"])).code, 3);
  // Every page is asked for (the full text in the feed notwithstanding) until the host's wall.
  assert.equal(always.host.pageRequests.length, K + 1);

  const never = await setUp(false);
  never.h.writeConfig(baseConfig(never.host.sources.map((s) => ({ ...s, pages: "never" }))));
  // The operator's choice: feed text is what was asked for, nothing is missing (ok, 0).
  assert.equal((await never.h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"])).code, 0);
  assert.equal(never.host.pageRequests.length, 0);
  const store = storeOf(never.h.dir);
  const articles = await store.listArticlesForDay(DEMO_DAY, "Asia/Shanghai");
  assert.equal(articles.length, 30);
  assert.ok(articles.every((a) => a.status === "feed-only" && a.textFrom === "feed"));
  assert.equal((await store.listPageRereads()).length, 0, "never: nothing to re-read");
  await store.close();
});

test("another site's pages do not queue behind WeChat's pacing", async () => {
  const { host, h } = await setUp(false, 5);
  h.writeConfig(baseConfig(host.sources));
  const run = await h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"]);
  assert.equal(run.code, 3, run.stderr); // the walled pages
  const order = host.allPageRequests;
  const lastBlog = Math.max(...order.map((r, i) => (r.startsWith("blog-") ? i : -1)));
  assert.equal(order.filter((r) => r.startsWith("blog-")).length, 5);
  // The blog comes last in the config; in a shared queue its pages would follow WeChat's.
  assert.ok(lastBlog < 15, `blog pages read alongside WeChat's, not after them: ${order.join(" ")}`);
});
