import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HostPausedError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { createHostPacer, type HostPolicy, pacingKey } from "./host-pacer.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// A hostile (or careless) feed spells the paced host another way: a trailing dot (a fully qualified
// name, which DNS and the server accept as the same host), capitals, another port. Every spelling
// that reaches the same host shares its one turn, its daily cap and its rest; none is unpaced.
// Two real servers on 127.0.0.1 stand for the host on two ports; a scripted resolver names them.

let one: TestServer;
let two: TestServer;
const seen: string[] = [];
let active = 0;
let most = 0;

const handler =
  (wall: boolean) => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    seen.push(`${req.headers.host} ${req.url}`);
    most = Math.max(most, ++active);
    setTimeout(() => {
      active--;
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(wall && req.url === "/wall" ? "<p>环境异常</p>" : "<p>article</p>");
    }, 20);
  };

before(async () => {
  one = await startTestServer(handler(true));
  two = await startTestServer(handler(false));
});
after(async () => {
  await one.close();
  await two.close();
});

const POLICY: HostPolicy = { concurrency: 1, minIntervalMs: 2000, jitterMs: 0, coolDownMs: 3_600_000 };

function client(policy: HostPolicy = POLICY) {
  const waits: number[] = [];
  const http = createHttp({
    allowPrivate: [new URL(one.url).host, new URL(two.url).host],
    resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    hostPolicies: { "paced.test": policy },
    pacing: { sleep: async (ms) => void waits.push(ms) },
    sleep: async () => {},
    now: () => new Date("2026-02-04T04:00:00Z"),
    retries: 0,
  });
  return { http, waits };
}

const port = (s: TestServer) => new URL(s.url).port;
const spellings = () => [
  `http://paced.test:${port(one)}/a`,
  `http://paced.test.:${port(one)}/b`,
  `http://PACED.Test.:${port(one)}/c`,
  `http://paced.test:${port(two)}/d`,
];

test("every spelling of a paced host takes the same turn, one at a time, with the interval between", async () => {
  const { http, waits } = client();
  seen.length = 0;
  most = 0;
  await Promise.all(spellings().map((u) => http.get(u)));
  http.close();
  assert.equal(seen.length, 4);
  assert.equal(most, 1, "never two requests to the paced host at once");
  assert.deepEqual(waits, [2000, 2000, 2000], "the interval before each request after the first");
  assert.deepEqual([...http.hosts.requestCounts()], [["paced.test", 4]], "counted under one name");
});

test("the daily cap counts every spelling", async () => {
  const { http } = client({ ...POLICY, dailyCap: 2 });
  const outcomes = [];
  for (const u of spellings())
    outcomes.push(
      await http.get(u).then(
        () => "read",
        (e) => e,
      ),
    );
  http.close();
  assert.deepEqual(outcomes.slice(0, 2), ["read", "read"]);
  for (const e of outcomes.slice(2)) assert.ok(e instanceof HostPausedError && e.kind === "cap", String(e));
});

test("a wall met under one spelling rests every spelling, with no request sent", async () => {
  const { http } = client();
  const wall = (r: { body: Uint8Array }) =>
    new TextDecoder().decode(r.body).includes("环境异常") ? "环境异常" : undefined;
  await http.get(`http://paced.test.:${port(one)}/wall`, { coolDownIf: wall });
  seen.length = 0;
  for (const u of spellings())
    await assert.rejects(http.get(u), (e) => e instanceof HostPausedError && e.kind === "cool-down", u);
  http.close();
  assert.deepEqual(seen, []);
  assert.deepEqual(
    http.hosts.pauses().map((p) => p.host),
    ["paced.test"],
  );
});

test("a redirect from one spelling of the paced host to another keeps the turn it holds (no deadlock)", async () => {
  // The redirector answers on another port of the paced name; the hop lands on another spelling.
  const redirector = await startTestServer((req, res) => {
    res.writeHead(302, { location: `http://paced.test.:${port(one)}${req.url}` }).end();
  });
  const http = createHttp({
    allowPrivate: [new URL(one.url).host, new URL(redirector.url).host],
    resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    hostPolicies: { "paced.test": POLICY },
    pacing: { sleep: async () => {} },
    retries: 0,
  });
  try {
    const r = await Promise.race([
      http.get(`http://paced.test:${port(redirector)}/x`),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("deadlocked")), 3000)),
    ]);
    assert.equal(r.status, 200);
    assert.deepEqual([...http.hosts.requestCounts()], [["paced.test", 1]], "one turn for both hops");
  } finally {
    http.close();
    await redirector.close();
  }
});

test("pacingKey: the policy's own name for every spelling; a host:port policy keeps its port", () => {
  const policies = { "mp.weixin.qq.com": POLICY, "bridge.test:8080": POLICY };
  assert.equal(pacingKey(policies, "mp.weixin.qq.com."), "mp.weixin.qq.com");
  assert.equal(pacingKey(policies, "MP.WEIXIN.QQ.COM:8443"), "mp.weixin.qq.com");
  assert.equal(pacingKey(policies, "bridge.test:8080"), "bridge.test:8080");
  assert.equal(pacingKey(policies, "bridge.test.:8080"), "bridge.test:8080");
  assert.equal(pacingKey(policies, "bridge.test:9090"), "bridge.test:9090", "another port: no policy");
  assert.equal(pacingKey(policies, "Other.Example."), "other.example");
  assert.equal(pacingKey(policies, "[::1]:80"), "[::1]:80");
  const pacer = createHostPacer({ policies, sleep: async () => {} });
  assert.ok(pacer.policyFor("mp.weixin.qq.com."));
  pacer.coolDown("MP.weixin.qq.com.", "环境异常");
  assert.ok(pacer.pausedUntil("mp.weixin.qq.com"));
});

test("a host without a policy keeps its per-host limit under every spelling too", async () => {
  const http = createHttp({
    allowPrivate: [new URL(one.url).host],
    resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    perHostConcurrency: 1,
    retries: 0,
  });
  seen.length = 0;
  most = 0;
  try {
    const urls = ["plain.test", "plain.test.", "PLAIN.test."].map((h) => `http://${h}:${port(one)}/p`);
    await Promise.all([...urls.map((u) => http.get(u)), ...urls.map((u) => http.guardedFetch(u))]);
  } finally {
    http.close();
  }
  assert.equal(seen.length, 6);
  assert.equal(most, 1, "one request at a time to the one host");
});
