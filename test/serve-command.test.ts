/**
 * `daybrief serve` and `daybrief demo --serve` as a user starts them: a real HTTP server on
 * 127.0.0.1 (port 0) over the store the run wrote, stopped by the abort signal (Ctrl-C).
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough, Writable } from "node:stream";
import { after, before, test } from "node:test";
import { stringify } from "yaml";
import type { CliContext } from "../src/cli/context.ts";
import { runCli } from "../src/cli/index.ts";
import { hashToken } from "../src/server/api/auth.ts";
import { hashPassword, verifyPassword } from "../src/server/index.ts";
import { createHarness, DEMO_DAY } from "./support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "./support/demo-store.ts";
import { cookiesOf, loginForm } from "./support/web-jar.ts";

class Lines extends Writable {
  text = "";
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** Starts the CLI with `args`, waits for the "daybrief serve: <url>/" line, returns the URL and a stop(). */
async function startServing(args: string[], cwd: string, stdin?: NodeJS.ReadableStream) {
  const controller = new AbortController();
  const stdout = new Lines();
  const stderr = new Lines();
  const ctx: CliContext = {
    env: { DAYBRIEF_LOG_LEVEL: "silent", LANG: "en_US.UTF-8" },
    cwd,
    stdin,
    stdout,
    stderr,
    now: () => new Date(),
    signal: controller.signal,
  };
  const exit = runCli(args, ctx);
  const deadline = Date.now() + 120_000;
  let url: string | undefined;
  while (!url) {
    url = /daybrief serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout.text)?.[1];
    const done = await Promise.race([
      exit.then((code) => code),
      new Promise((r) => setTimeout(r, 50, undefined)),
    ]);
    if (done !== undefined) throw new Error(`exited ${done} before serving:\n${stdout.text}\n${stderr.text}`);
    if (Date.now() > deadline) throw new Error(`never served:\n${stdout.text}\n${stderr.text}`);
  }
  return {
    url,
    stdout,
    stop: async () => {
      controller.abort();
      return exit;
    },
  };
}

let day: DemoDay;
before(async () => {
  day = await runDemoDay();
});
after(async () => {
  await day?.close();
});

test("daybrief serve --metrics-port 0: /metrics counts requests by route and status, their latency, and the store's runs and deliveries", async () => {
  const served = await startServing(["serve", "--port", "0", "--metrics-port", "0"], day.harness.dir);
  try {
    const metricsUrl = /daybrief serve: metrics (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(
      served.stdout.text,
    )?.[1];
    assert.ok(metricsUrl, served.stdout.text);
    assert.equal((await fetch(`${served.url}/`)).status, 200);
    assert.equal((await fetch(`${served.url}/d/${DEMO_DAY}`)).status, 200);
    assert.equal((await fetch(`${served.url}/d/2001-01-01`)).status, 404);
    assert.equal((await fetch(`${served.url}/no-such-page`)).status, 404);
    // Its own listener: the web app's port has no /metrics page.
    assert.equal((await fetch(`${served.url}/metrics`)).status, 404);
    const response = await fetch(metricsUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const value = (line: RegExp) => Number(text.match(line)?.[1]);
    assert.equal(value(/^daybrief_http_requests_total\{route="\/",method="GET",status="200"\} (\d+)$/m), 1);
    assert.equal(value(/^daybrief_http_requests_total\{route="\/d",method="GET",status="200"\} (\d+)$/m), 1);
    assert.equal(value(/^daybrief_http_requests_total\{route="\/d",method="GET",status="404"\} (\d+)$/m), 1);
    // Unknown paths share one label (the label set stays small); /metrics on the app port counted too.
    assert.equal(
      value(/^daybrief_http_requests_total\{route="other",method="GET",status="404"\} (\d+)$/m),
      2,
    );
    assert.equal(value(/^daybrief_http_request_duration_seconds_count\{route="\/d"\} (\d+)$/m), 2);
    assert.equal(
      value(/^daybrief_http_request_duration_seconds_bucket\{route="\/d",le="\+Inf"\} (\d+)$/m),
      2,
    );
    assert.ok(value(/^daybrief_http_request_duration_seconds_sum\{route="\/d"\} ([\d.e-]+)$/m) > 0);
    // The demo day's run and its delivered parts, from the store.
    assert.equal(value(/^daybrief_runs\{briefing="default",status="ok"\} (\d+)$/m), 1);
    assert.match(text, /^# TYPE daybrief_delivery_parts gauge$/m);
    assert.match(text, /^# TYPE daybrief_http_request_duration_seconds histogram$/m);
  } finally {
    assert.equal(await served.stop(), 0);
  }
});

test("daybrief serve --port 0 serves the store's briefings until stopped", async () => {
  const served = await startServing(["serve", "--port", "0"], day.harness.dir);
  try {
    const home = await fetch(`${served.url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), new RegExp(`AI 每日情报 \\| ${DEMO_DAY}`));
    const json = await fetch(`${served.url}/d/${DEMO_DAY}/json`);
    assert.equal((await json.json()).date, DEMO_DAY);
    // A run writing the same store meanwhile (render re-publishes the day): the server keeps serving it.
    const render = await day.harness.run(["render", "--date", DEMO_DAY]);
    assert.equal(render.code, 0, render.stderr);
    assert.equal((await fetch(`${served.url}/d/${DEMO_DAY}`)).status, 200);
    // The HTTP API and MCP are mounted on the same server, behind their own tokens.
    const doc = await fetch(`${served.url}/api/v1/openapi.json`);
    assert.equal(doc.status, 200);
    assert.equal((await doc.json()).openapi, "3.1.0");
    const api = await fetch(`${served.url}/api/v1/briefings/${DEMO_DAY}`);
    assert.equal(api.status, 401, "no token configured: the API refuses");
    assert.match(api.headers.get("content-type") ?? "", /problem\+json/);
    const mcp = await fetch(`${served.url}/mcp`, { method: "POST", body: "{}" });
    assert.equal(mcp.status, 401);
  } finally {
    assert.equal(await served.stop(), 0);
  }
  assert.match(served.stdout.text, /daybrief serve: stopped/);
});

test("serve --schedule runs the scheduler in the same process; both stop on Ctrl-C", async () => {
  const h = createHarness();
  try {
    h.writeConfig(
      stringify({
        sources: [{ name: "A", url: "https://a.example/feed" }],
        store: { path: "./data/daybrief.db" },
        schedule: { catchUpOnStart: false, jobs: [{ name: "briefing", cron: "0 21 * * *" }] },
      }),
    );
    const served = await startServing(["serve", "--port", "0", "--schedule"], h.dir);
    const home = await fetch(`${served.url}/`);
    assert.match(await home.text(), /还没有简报/);
    assert.equal(await served.stop(), 0);
    assert.match(served.stdout.text, /daybrief schedule: briefing "0 21 \* \* \*"/);
    assert.match(served.stdout.text, /daybrief schedule: stopped/);
    assert.match(served.stdout.text, /daybrief serve: stopped/);
  } finally {
    h.cleanup();
  }
});

test("serve --schedule on a port already taken fails and stops the scheduler too (no process without its web app)", async () => {
  const h = createHarness();
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  try {
    h.writeConfig(
      stringify({
        sources: [{ name: "A", url: "https://a.example/feed" }],
        store: { path: "./data/daybrief.db" },
        schedule: { catchUpOnStart: false, jobs: [{ name: "briefing", cron: "0 21 * * *" }] },
      }),
    );
    const port = String((taken.address() as AddressInfo).port);
    const stdout = new Lines();
    const stderr = new Lines();
    const code = await runCli(["serve", "--port", port, "--schedule"], {
      env: { DAYBRIEF_LOG_LEVEL: "silent", LANG: "en_US.UTF-8" },
      cwd: h.dir,
      stdout,
      stderr,
      now: () => new Date(),
      signal: new AbortController().signal,
    });
    assert.notEqual(code, 0, "a server that cannot listen is a failure");
    assert.match(stdout.text, /daybrief schedule: stopped/);
  } finally {
    await new Promise((resolve) => taken.close(resolve));
    h.cleanup();
  }
});

test("--hash-password prints an scrypt hash of stdin that the login accepts; bad input is a usage error", async () => {
  const h = createHarness();
  try {
    const stdout = new Lines();
    const stdin = new PassThrough();
    stdin.end("correct horse battery\n");
    const ctx: CliContext = {
      env: {},
      cwd: h.dir,
      stdin,
      stdout,
      stderr: new Lines(),
      now: () => new Date(),
    };
    assert.equal(await runCli(["serve", "--hash-password"], ctx), 0);
    const hash = stdout.text.trim();
    assert.match(hash, /^scrypt\$32768\$8\$1\$/);
    assert.equal(await verifyPassword("correct horse battery", hash), true);
    assert.equal(await verifyPassword("correct horse batterY", hash), false);
    const short = new PassThrough();
    short.end("short\n");
    const stderr = new Lines();
    assert.equal(await runCli(["serve", "--hash-password"], { ...ctx, stdin: short, stderr }), 2);
    assert.match(stderr.text, /至少 8 个字符|at least 8/);
  } finally {
    h.cleanup();
  }
});

test("daybrief serve wires the pipeline into the web app's /runs triggers and the API's writes (no 503)", async () => {
  const h = createHarness();
  try {
    h.writeConfig(
      stringify({
        sources: [{ name: "A", url: "https://a.example/feed" }],
        store: { path: "./data/daybrief.db" },
        serve: { users: [{ name: "editor", passwordHash: await hashPassword("correct horse battery") }] },
        api: { tokens: [{ name: "w", sha256: hashToken("write-token"), scopes: ["read", "write"] }] },
      }),
    );
    const served = await startServing(["serve", "--port", "0"], h.dir);
    try {
      const { cookie: first, csrf } = await loginForm(served.url);
      const login = await fetch(`${served.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: first },
        body: new URLSearchParams({ _csrf: csrf, name: "editor", password: "correct horse battery" }),
      });
      assert.equal(login.status, 303);
      const cookie = cookiesOf(login);
      const runs = await (await fetch(`${served.url}/runs`, { headers: { cookie } })).text();
      assert.match(runs, /action="\/runs\/start"/, "the run form, not 'started without the pipeline'");
      // A write through the API reaches the pipeline's actions: a day without a briefing is a 404.
      const retry = await fetch(`${served.url}/api/v1/deliveries/2020-01-01/retry`, {
        method: "POST",
        headers: { authorization: "Bearer write-token" },
      });
      assert.equal(retry.status, 404);
      assert.equal((await retry.json()).code, "not_found");
    } finally {
      assert.equal(await served.stop(), 0);
    }
  } finally {
    h.cleanup();
  }
});

test("serve config: a closed site without users, or a bad port, is refused with the reason", async () => {
  const h = createHarness();
  try {
    const sources = [{ name: "A", url: "https://a.example/feed" }];
    h.writeConfig(stringify({ sources, serve: { publicRead: false } }));
    const closed = await h.run(["serve"]);
    assert.equal(closed.code, 2);
    assert.match(closed.stderr, /serve\.users/);
    h.writeConfig(stringify({ sources }));
    const port = await h.run(["serve", "--port", "99999"]);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /--port/);
  } finally {
    h.cleanup();
  }
});

test("daybrief demo --serve: the demo day plus 60 generated earlier days, served", async () => {
  const h = createHarness();
  try {
    const served = await startServing(["demo", "-o", "out", "-q", "--serve", "--port", "0"], h.dir);
    try {
      assert.match(served.stdout.text, /60 earlier days generated \(2025-12-06 … 2026-02-03\)/);
      const archive = await (await fetch(`${served.url}/archive`)).text();
      assert.match(archive, /61 天/);
      assert.ok(archive.includes('href="/d/2025-12-06"'));
      const trends = await (await fetch(`${served.url}/trends`)).text();
      assert.match(trends, /持续多天的事件/);
      const search = await (await fetch(`${served.url}/search?q=${encodeURIComponent("模型")}`)).text();
      assert.match(search, /共 \d+ 篇匹配/);
    } finally {
      assert.equal(await served.stop(), 0);
    }
  } finally {
    h.cleanup();
  }
});
