// `serve` over an install of several briefings (test/support/briefings-install.ts): the default
// briefing keeps a single briefing's URLs, another is served under /b/<id>/.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { serveApp } from "../src/cli/commands/serve.ts";
import { buildRedactor } from "../src/cli/redactor.ts";
import { loadConfig } from "../src/config/index.ts";
import { silentLogger } from "../src/log.ts";
import { openStore } from "../src/store/index.ts";
import { ARTICLES, install, urlOf, urlsOf, useBriefingsServers } from "./support/briefings-install.ts";
import { DEMO_DAY } from "./support/cli-harness.ts";

useBriefingsServers();

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
