import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { serveApp } from "../src/cli/commands/serve.ts";
import { runCli } from "../src/cli/index.ts";
import { buildRedactor } from "../src/cli/redactor.ts";
import { loadConfig } from "../src/config/index.ts";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import { startTestServer, type TestServer } from "../src/http/test-server.ts";
import { silentLogger } from "../src/log.ts";
import type { JobContext } from "../src/queue/job-context.ts";
import { sharedDayOf } from "../src/queue/read-day-job.ts";
import { openStore } from "../src/store/index.ts";
import { createHarness, DEMO_DAY, FIXED_NOW, type Harness } from "./support/cli-harness.ts";
import { redisSkipReason, startRedis, testPrefix } from "./support/redis-server.ts";

// Several briefings per install (config `briefings`): two briefings over local feeds, one source
// shared, each with one of its own; the feeds, pages, LLM and webhooks are real local servers.
const FIXTURES = join(import.meta.dirname, "testdata", "briefings");
const ARTICLES = {
  shared: "星河智能发布 Orion-7 推理芯片与配套大模型",
  models: "北辰实验室开源 68B 多语言对话模型 Polaris",
  chips: "南山半导体量产 3 纳米存算一体芯片 Kite",
} as const;
type Name = keyof typeof ARTICLES;

let site: TestServer;
/** Requests per path at the feed and page server. */
const hits = new Map<string, number>();
/** Bodies posted to the webhooks, per path. */
const posts = new Map<string, string[]>();
let llm: LlmStub;
const harnesses: Harness[] = [];

function rss(name: Name): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${name}</title><link>${site.url}/</link><description>${name}</description>
<item><title>${ARTICLES[name]}</title><link>${site.url}/a/${name}.html</link>
<guid>${site.url}/a/${name}.html</guid><pubDate>Wed, 04 Feb 2026 02:00:00 GMT</pubDate>
<description>${ARTICLES[name]}。</description></item>
</channel></rss>`;
}

before(async () => {
  site = await startTestServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const feed = path.match(/^\/feeds\/(\w+)\.xml$/)?.[1] as Name | undefined;
    const page = path.match(/^\/a\/(\w+)\.html$/)?.[1] as Name | undefined;
    const hook = path.match(/^\/hooks\/(\w+)$/)?.[1];
    if (feed && feed in ARTICLES) {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(rss(feed));
    } else if (page && page in ARTICLES) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(readFileSync(join(FIXTURES, `${page}.html`)));
    } else if (hook && req.method === "POST") {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString();
      });
      req.on("end", () => {
        posts.set(hook, [...(posts.get(hook) ?? []), body]);
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  llm = await startLlmStub();
});

after(async () => {
  await site?.close();
  await llm?.close();
  for (const h of harnesses) h.cleanup();
});

function config(chips: object = {}, models: object = {}) {
  const host = new URL(site.url).host;
  return {
    timezone: "Asia/Shanghai",
    sources: (["shared", "models", "chips"] as const).map((id) => ({
      id,
      name: `${id} 源`,
      url: `${site.url}/feeds/${id}.xml`,
      ...(id === "chips" ? { tags: ["芯片"] } : {}),
    })),
    output: { dir: "./out" },
    store: { path: "./data/daybrief.db" },
    fetch: { allowPrivate: [host], hosts: { [host]: { minIntervalMs: 0, jitterMs: 0 } } },
    llm: { providers: [{ id: "stub", baseUrl: llm.baseUrl, model: "stub-model", jsonMode: "json_object" }] },
    channels: [
      { id: "hook-models", type: "webhook", url: `${site.url}/hooks/models` },
      { id: "hook-chips", type: "webhook", url: `${site.url}/hooks/chips` },
    ],
    briefings: [
      {
        id: "models",
        title: "大模型日报",
        sources: ["shared", "models"],
        channels: ["hook-models"],
        ...models,
      },
      // By tag and by id: either matches.
      {
        id: "chips",
        title: "芯片日报",
        sources: ["shared"],
        sourceTags: ["芯片"],
        channels: ["hook-chips"],
        ...chips,
      },
    ],
  };
}

/** A fresh install with its own counters: the servers' counts are reset. */
function install(chips: object = {}, models: object = {}, extra: object = {}): Harness {
  hits.clear();
  posts.clear();
  llm.requests.length = 0;
  const h = createHarness();
  harnesses.push(h);
  copyFileSync(join(FIXTURES, "chips-rubric.md"), join(h.dir, "chips-rubric.md"));
  h.writeConfig({ ...config(chips, models), ...extra });
  return h;
}

/** LLM analysis requests that carried this article. */
const analysesOf = (name: Name) =>
  llm.requests.filter((r) => JSON.stringify(r.body.messages).includes(`标题：${ARTICLES[name]}`)).length;

interface JsonBriefing {
  entries: { title: string; url: string | null; rawUrl?: string; stars: number }[];
}
const outputOf = (h: Harness, id: string): JsonBriefing =>
  JSON.parse(readFileSync(join(h.dir, "out", id, "2026", `${DEMO_DAY}.json`), "utf8")) as JsonBriefing;
/** An entry's article URL in the JSON: the test's site is on 127.0.0.1, so `url` is null and `rawUrl` holds it. */
const urlOf = (e: { url: string | null; rawUrl?: string }) => e.url ?? e.rawUrl;
const urlsOf = (names: Name[]) => names.map((n) => `${site.url}/a/${n}.html`).sort();

/** Every feed and page requested once: the shared ones too, although two briefings want them. */
function assertEachFetchedOnce() {
  assert.equal(hits.get("/feeds/shared.xml"), 1, "the shared feed is fetched once");
  assert.equal(hits.get("/a/shared.html"), 1, "the shared page is read once");
  for (const name of ["models", "chips"] as const) {
    assert.equal(hits.get(`/feeds/${name}.xml`), 1);
    assert.equal(hits.get(`/a/${name}.html`), 1);
  }
}

/**
 * The chips briefing's own rubric: the shared article analysed once per prompt version, the chips
 * briefing's two articles asked with its rubric. Returns those requests.
 */
function assertRubricAnalyses() {
  assert.equal(analysesOf("shared"), 2, "one analysis per prompt version");
  assert.equal(analysesOf("models"), 1);
  assert.equal(analysesOf("chips"), 1);
  const withRubric = llm.requests.filter((r) =>
    JSON.stringify(r.body.messages).includes("芯片简报的评分标准"),
  );
  assert.equal(withRubric.length, 2, "the chips briefing's articles were asked with its rubric");
  return withRubric;
}

test("two briefings with the same prompts: the shared article is fetched once and analysed once; each gets only its own entries", async () => {
  const h = install();
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);

  // One collect and one read for both briefings.
  assertEachFetchedOnce();
  // Analysed by (content hash, analyser, prompt version): the second briefing reuses the first's.
  assert.equal(analysesOf("shared"), 1, "one LLM call for the shared article");
  assert.equal(analysesOf("models"), 1);
  assert.equal(analysesOf("chips"), 1);

  // Each briefing's file output: its title, its sources' entries only.
  const models = outputOf(h, "models");
  const chips = outputOf(h, "chips");
  const heading = (id: string) =>
    readFileSync(join(h.dir, "out", id, "2026", `${DEMO_DAY}.md`), "utf8").split("\n")[0];
  assert.match(heading("models")!, /大模型日报/);
  assert.match(heading("chips")!, /芯片日报/);
  assert.deepEqual(models.entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
  assert.deepEqual(chips.entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));
  assert.equal(existsSync(join(h.dir, "out", "2026", `${DEMO_DAY}.json`)), false, "no default briefing");

  // Each webhook got its own briefing, once.
  const sent = (hook: string) => (posts.get(hook) ?? []).map((b) => JSON.parse(b) as JsonBriefing);
  assert.equal(sent("models").length, 1);
  assert.equal(sent("chips").length, 1);
  assert.deepEqual(sent("models")[0]!.entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
  assert.deepEqual(sent("chips")[0]!.entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));

  // Stored per (briefing id, date), each a run of its own.
  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    assert.equal(await store.getBriefing(DEMO_DAY), undefined);
    assert.equal((await store.getBriefing(DEMO_DAY, "chips"))?.briefing.items.length, 2);
    assert.deepEqual((await store.listRuns()).map((r) => r.briefingId).sort(), ["chips", "models"]);
    assert.equal((await store.listDeliveries(DEMO_DAY, "models")).length, 1);
    assert.equal((await store.listDeliveries(DEMO_DAY, "chips"))[0]?.channel, "hook-chips");
  } finally {
    await store.close();
  }

  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, new RegExp(`#\\d+ ${DEMO_DAY} \\[models\\] run ok`));
  assert.match(runs.stdout, new RegExp(`#\\d+ ${DEMO_DAY} \\[chips\\] run ok`));

  // A second run: nothing is sent or analysed again.
  const again = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(analysesOf("shared"), 1);
  assert.equal(posts.get("models")?.length, 1);
  assert.equal(posts.get("chips")?.length, 1);
});

test("a briefing with its own rubric analyses the shared article again with it, and shows its own analysis", async () => {
  const h = install({ prompts: { rubric: "./chips-rubric.md" } });
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(hits.get("/a/shared.html"), 1, "still read once");
  const withRubric = assertRubricAnalyses();
  assert.ok(withRubric.some((r) => JSON.stringify(r.body.messages).includes(`标题：${ARTICLES.shared}`)));

  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    const chips = (await store.getBriefing(DEMO_DAY, "chips"))!.briefing;
    const models = (await store.getBriefing(DEMO_DAY, "models"))!.briefing;
    const shared = (b: typeof chips) => b.items.find((i) => i.url === `${site.url}/a/shared.html`)!;
    assert.ok(shared(chips) && shared(models));
    assert.notEqual(
      shared(chips).analyser.promptVersion,
      shared(models).analyser.promptVersion,
      "each briefing shows the analysis made with its own prompts",
    );
    assert.match(shared(chips).analyser.promptVersion, /chips-rubric\.v1/);
  } finally {
    await store.close();
  }
  // A re-render (no LLM) picks each briefing's own analysis too, by its prompts' version.
  const renderedVersion = async (id: string) => {
    const out = await h.run(["render", "--date", DEMO_DAY, "--briefing", id, "--format", "json"]);
    assert.equal(out.code, 0, out.stderr);
    const json = JSON.parse(out.stdout) as {
      entries: { url: string | null; rawUrl?: string; analyser: { promptVersion: string } }[];
    };
    return json.entries.find((e) => urlOf(e) === `${site.url}/a/shared.html`)!.analyser.promptVersion;
  };
  assert.match(await renderedVersion("chips"), /chips-rubric\.v1/);
  assert.doesNotMatch(await renderedVersion("models"), /chips-rubric/);
  assert.equal(analysesOf("shared"), 2, "rendering asks no LLM");
});

test("--briefing runs only that briefing; an unknown id is a usage error naming the ids", async () => {
  const h = install();
  const run = await h.run(["run", "--date", DEMO_DAY, "-q", "--briefing", "chips"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(hits.get("/feeds/models.xml"), undefined, "the other briefing's own source is not collected");
  assert.equal(hits.get("/feeds/shared.xml"), 1);
  assert.equal(outputOf(h, "chips").entries.length, 2);
  assert.equal(existsSync(join(h.dir, "out", "models")), false);
  assert.equal(posts.get("models"), undefined);
  assert.equal(posts.get("chips")?.length, 1);

  const render = await h.run(["render", "--date", DEMO_DAY, "--briefing", "chips", "--format", "md"]);
  assert.equal(render.code, 0, render.stderr);
  assert.match(render.stdout, /芯片日报/);
  assert.ok(render.stdout.includes(ARTICLES.chips));
  assert.ok(!render.stdout.includes(ARTICLES.models));

  const unknown = await h.run(["run", "--date", DEMO_DAY, "--briefing", "robots"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no briefing "robots" \(it has: models, chips\)/);
});

test("serve: the default briefing keeps today's URLs, another is under /b/<id>/ and the API takes ?briefing=", async () => {
  // The models briefing is the install's default one: it keeps the URLs of a single-briefing install.
  const h = install({}, { id: "default" }, { api: { publicRead: true } });
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const config = loadConfig(h.configPath, {});
  const store = openStore(config.store.path);
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const ctx = { env: {}, cwd: h.dir, stdout: sink, stderr: sink, now: () => new Date() };
  const app = serveApp(ctx, config, store, {
    now: ctx.now,
    redact: buildRedactor(config, {}),
    logger: silentLogger(),
  });
  try {
    const get = async (path: string) => {
      const res = await app.request(`http://localhost${path}`);
      return { status: res.status, body: await res.text() };
    };
    const main = await get(`/d/${DEMO_DAY}`);
    assert.equal(main.status, 200);
    assert.ok(main.body.includes(ARTICLES.models) && !main.body.includes(ARTICLES.chips));
    const chips = await get(`/b/chips/d/${DEMO_DAY}`);
    assert.equal(chips.status, 200);
    assert.ok(chips.body.includes(ARTICLES.chips) && !chips.body.includes(ARTICLES.models));
    // Its pages link within it; shared assets stay where they are.
    assert.match(chips.body, /href="\/b\/chips\/archive"/);
    assert.doesNotMatch(chips.body, /href="\/archive"/);
    assert.match(chips.body, /href="\/static\//);
    assert.equal((await get("/b/robots/")).status, 404);
    // A browser asks for compressed pages: a briefing's page still comes out rewritten and readable,
    // and the paths its scripts request (data-*) stay inside it.
    const gz = await app.request(`http://localhost/b/chips/d/${DEMO_DAY}`, {
      headers: { "accept-encoding": "gzip, br" },
    });
    assert.equal(gz.headers.get("content-encoding"), null);
    const gzBody = await gz.text();
    assert.ok(gzBody.includes(ARTICLES.chips), "the page reads as text");
    assert.match(gzBody, /href="\/b\/chips\/archive"/);
    assert.match((await get("/b/chips/runs")).body, /data-live="\/b\/chips\/runs\/live\?watch="/);

    const api = async (query: string) =>
      JSON.parse((await get(`/api/v1/briefings/${DEMO_DAY}${query}`)).body) as {
        entries: { url: string | null; rawUrl?: string }[];
      };
    assert.deepEqual((await api("")).entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
    assert.deepEqual((await api("?briefing=chips")).entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));
  } finally {
    await store.close();
  }
});

/**
 * The later briefing's flow is given the day by key (the run that read it), not by value: none of
 * its jobs' data holds the day's source outcomes (the models-only source's feed among them), its
 * read-day hands no second copy on, and the first flow's read-day holds the one copy.
 */
async function assertDayByKey(queue: { url: string; prefix: string }) {
  const connection = new Redis(queue.url, { maxRetriesPerRequest: null });
  const queues = ["day", "deliver"].map((name) => new Queue(name, { connection, prefix: queue.prefix }));
  try {
    const jobs = (await Promise.all(queues.map((q) => q.getJobs(["completed"])))).flat();
    const chips = jobs.filter((j) => j.data.run?.briefing === "chips");
    assert.ok(chips.length >= 6, `the chips flow's day steps and deliver job: ${chips.length}`);
    for (const job of chips) {
      assert.doesNotMatch(JSON.stringify(job.data), /feeds\/models\.xml/, `${job.name}'s data`);
      assert.equal(job.data.request?.sharedFrom?.briefing, "models", job.name);
    }
    const readDay = (briefing: string) =>
      jobs.find((j) => j.name === "read-day" && j.data.run.briefing === briefing)!;
    assert.equal(readDay("chips").returnvalue.shared, undefined);
    assert.match(JSON.stringify(readDay("models").returnvalue.shared), /feeds\/models\.xml/);
    // The key read back is the day; a key whose day is gone is a clear error, never an empty day.
    const ctx = { queues: { day: queues[0]! } } as unknown as JobContext;
    const models = readDay("models").data.run;
    assert.deepEqual(await sharedDayOf(ctx, models), readDay("models").returnvalue.shared);
    await assert.rejects(
      sharedDayOf(ctx, { ...models, runId: 999 }),
      /run 999 \(briefing models\) is not in the queue/,
    );
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

describe("on the work queue (queue.url, a real Redis)", { skip: redisSkipReason() }, () => {
  test("a day of two briefings: the shared feed and page fetched once; the briefing with its own rubric gets its own LLM call", async () => {
    const redis = await startRedis();
    const queue = { url: redis.url, prefix: testPrefix("briefings"), lockMs: 5000, backoffMs: 200 };
    const h = install({ prompts: { rubric: "./chips-rubric.md" } }, {}, { queue });
    // A `daybrief worker` in this process, on the same config and store, until aborted.
    const stop = new AbortController();
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const worker = runCli(["worker", "-c", h.configPath, "--concurrency", "2"], {
      env: { DAYBRIEF_LOG_LEVEL: "silent", LANG: "en_US.UTF-8" },
      cwd: h.dir,
      stdout: sink,
      stderr: sink,
      now: () => FIXED_NOW,
      signal: stop.signal,
    });
    try {
      const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
    } finally {
      stop.abort();
      assert.equal(await worker, 0);
    }
    // The union of the two briefings' sources collected and read once (the second flow is given the day).
    assertEachFetchedOnce();
    await assertDayByKey(queue);
    // The workers analyse the chips briefing's articles with its rubric: a prompt version of its own.
    assertRubricAnalyses();
    // Each briefing's own entries (its sources' only), each sent once to its own webhook.
    assert.deepEqual(outputOf(h, "models").entries.map(urlOf).sort(), urlsOf(["models", "shared"]));
    assert.deepEqual(outputOf(h, "chips").entries.map(urlOf).sort(), urlsOf(["chips", "shared"]));
    assert.equal(posts.get("models")?.length, 1);
    assert.equal(posts.get("chips")?.length, 1);
    const store = openStore(join(h.dir, "data", "daybrief.db"));
    try {
      const shared = async (id: string) =>
        (await store.getBriefing(DEMO_DAY, id))!.briefing.items.find(
          (i) => i.url === `${site.url}/a/shared.html`,
        )!.analyser.promptVersion;
      assert.match(await shared("chips"), /chips-rubric\.v1/);
      assert.doesNotMatch(await shared("models"), /chips-rubric/);
      // Each briefing's coverage counts its own sources only.
      const coverage = (await store.getBriefing(DEMO_DAY, "chips"))!.briefing.coverage.map((c) => c.sourceId);
      assert.deepEqual(coverage.sort(), ["chips", "shared"]);
    } finally {
      await store.close();
    }
  });
});
