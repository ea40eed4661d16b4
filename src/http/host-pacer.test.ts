import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { HostPausedError, HttpError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { createHostPacer, type HostPolicy, resolveHostPolicies } from "./host-pacer.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

const POLICY: HostPolicy = {
  concurrency: 1,
  minIntervalMs: 2000,
  jitterMs: 3000,
  dailyCap: 5,
  coolDownMs: 60_000,
};

describe("host pacer", () => {
  it("waits the interval plus jitter between requests to one host, counted as simulated time", async () => {
    const waits: number[] = [];
    const pacer = createHostPacer({
      policies: { "mp.weixin.qq.com": POLICY },
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
    });
    for (let i = 0; i < 3; i++) (await pacer.enter("mp.weixin.qq.com")).release();
    assert.equal(waits.length, 2, "the first request goes at once");
    for (const w of waits) assert.ok(w > 3400 && w <= 3500, `2000 + 0.5 × 3000 minus elapsed, got ${w}`);
    assert.ok(pacer.waitedMs >= 6800);
  });

  it("lets one request of a host through at a time, across callers", async () => {
    const pacer = createHostPacer({ policies: { h: POLICY }, sleep: async () => {} });
    let active = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const lease = await pacer.enter("h");
        most = Math.max(most, ++active);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        lease.release();
      }),
    );
    assert.equal(most, 1);
  });

  it("refuses a host in cool-down and past its daily cap (seeded from earlier runs)", async () => {
    let now = Date.parse("2026-02-04T02:00:00Z");
    const pacer = createHostPacer({
      policies: { h: POLICY },
      sleep: async () => {},
      now: () => new Date(now),
    });
    pacer.coolDown("h", "环境异常");
    await assert.rejects(pacer.enter("h"), (e) => e instanceof HostPausedError && e.kind === "cool-down");
    now += 61_000;
    (await pacer.enter("h")).release();
    pacer.seedCount("h", 4);
    await assert.rejects(pacer.enter("h"), (e) => e instanceof HostPausedError && e.kind === "cap");
  });

  it("a caller's abort ends the wait between requests at once (the default, real sleep)", async () => {
    const pacer = createHostPacer({ policies: { h: { ...POLICY, minIntervalMs: 10_000, jitterMs: 0 } } });
    (await pacer.enter("h")).release();
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("run cancelled")), 20);
    await assert.rejects(pacer.enter("h", controller.signal), /run cancelled/);
    assert.ok(Date.now() - started < 5_000, "did not sit out the 10 s interval");
    assert.equal(pacer.requestCounts().get("h"), 1, "the cancelled request was not counted");
  });

  it("a waiter queued behind the request that hit the wall is refused, not sent", async () => {
    const pacer = createHostPacer({ policies: { h: POLICY }, sleep: async () => {} });
    const first = await pacer.enter("h");
    const second = pacer.enter("h");
    pacer.coolDown("h", "环境异常");
    first.release();
    await assert.rejects(second, HostPausedError);
  });
});

describe("createHttp with a host policy", () => {
  let server: TestServer;
  let hits = 0;
  before(async () => {
    server = await startTestServer((req, res) => {
      hits++;
      if (req.url === "/limited") return res.writeHead(429).end("slow down");
      if (req.url === "/wall") return res.end("<p>环境异常</p>");
      res.end("page");
    });
  });
  after(() => server.close());

  const httpFor = () =>
    createHttp({
      allowPrivate: [new URL(server.url).host],
      hostPolicies: { [new URL(server.url).host]: POLICY },
      retries: 3,
      sleep: async () => {},
      pacing: { sleep: async () => {} },
    });

  it("a 429 from a paced host is not retried and pauses the host", async () => {
    const http = httpFor();
    hits = 0;
    await assert.rejects(
      http.get(`${server.url}/limited`),
      (e) => e instanceof HttpError && e.status === 429,
    );
    assert.equal(hits, 1, "no retry against a walled host");
    await assert.rejects(http.get(`${server.url}/ok`), HostPausedError);
    assert.equal(hits, 1, "the paused host gets no request");
    assert.equal(http.hosts.pauses()[0]?.reason, "HTTP 429");
    http.close();
  });

  it("coolDownIf sees the answer before the next request goes", async () => {
    const http = httpFor();
    hits = 0;
    const wall = (r: { body: Uint8Array }) =>
      new TextDecoder().decode(r.body).includes("环境异常") ? "环境异常" : undefined;
    const results = await Promise.allSettled(
      ["/wall", "/a", "/b"].map((p) => http.get(`${server.url}${p}`, { coolDownIf: wall })),
    );
    assert.equal(hits, 1);
    assert.deepEqual(
      results.map((r) => r.status),
      ["fulfilled", "rejected", "rejected"],
    );
    http.close();
  });
});

describe("resolveHostPolicies", () => {
  it("paces mp.weixin.qq.com by default and lays the config's fields over it", () => {
    const none = resolveHostPolicies({}, 360);
    assert.deepEqual(none["mp.weixin.qq.com"], {
      concurrency: 1,
      minIntervalMs: 2000,
      jitterMs: 3000,
      dailyCap: 300,
      coolDownMs: 360 * 60_000,
    });
    const mine = resolveHostPolicies(
      {
        "mp.weixin.qq.com": { minIntervalMs: 5000, coolDownMinutes: 60 },
        "Example.COM:8080": { dailyCap: 9 },
      },
      360,
    );
    assert.equal(mine["mp.weixin.qq.com"]!.minIntervalMs, 5000);
    assert.equal(mine["mp.weixin.qq.com"]!.jitterMs, 3000, "unset fields keep the default");
    assert.equal(mine["mp.weixin.qq.com"]!.coolDownMs, 3_600_000);
    assert.deepEqual(mine["example.com:8080"], {
      concurrency: 1,
      minIntervalMs: 2000,
      jitterMs: 3000,
      coolDownMs: 360 * 60_000,
      dailyCap: 9,
    });
  });
});
