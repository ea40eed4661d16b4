/**
 * The front ends attacked as an anonymous client would (docs/security.md, "the web app, the API and
 * MCP"): what one client can cost the server. Rate limits shared by every briefing, a search's cost
 * bounded by its query, the runs' live streams, the API's anonymous readers' budgets. The shared
 * setup is test/support/front-end-app.ts.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Config } from "../src/config/index.ts";
import { searchEntries } from "../src/queries/index.ts";
import { createApiApp } from "../src/server/api/create-api-app.ts";
import { anonymousKey, createRateLimiter } from "../src/server/api/rate-limit.ts";
import { listenApp } from "../src/server/index.ts";
import { login, ORIGIN, peer, type ServedApp, TOKEN, USER, useFrontEnd } from "./support/front-end-app.ts";
import type { WebFixture } from "./support/web-fixture.ts";

const fe = useFrontEnd();

describe("rate limits with several briefings", () => {
  test("the login limit is one for all briefings: /b/<id>/login does not give a client five more guesses", async () => {
    const app = fe.served();
    for (let i = 0; i < 5; i++)
      assert.equal(await login(app, "", { name: `nobody${i}`, password: "wrong password" }), 401);
    // The sixth guess, through another briefing's login, with the right password.
    assert.equal(await login(app, "/b/chips", USER), 429, "the same client is limited under /b/chips/ too");
    assert.equal(await login(app, "", USER), 429);
    // The user name's key too: five guesses at editor under /b/chips lock editor at the root.
    const other = fe.served();
    for (let i = 0; i < 5; i++)
      assert.equal(
        await login(other, "/b/chips", { name: USER.name, password: "wrong" }, `10.1.0.${i}`),
        401,
      );
    assert.equal(await login(other, "", USER, "10.2.0.1"), 429);
  });

  test("a token's per-minute budget is one: /mcp and ?briefing=<id> do not add to it", async () => {
    const app = fe.served();
    const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json, text/event-stream" };
    const statuses: number[] = [];
    for (const path of ["/api/v1/sources", "/api/v1/sources?briefing=chips", "/b/chips/api/v1/sources"]) {
      const res = await app.request(`${ORIGIN}${path}`, { headers }, peer("10.0.0.9"));
      await res.body?.cancel();
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [200, 200, 200]);
    const mcp = await app.request(
      `${ORIGIN}/mcp?briefing=chips`,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      },
      peer("10.0.0.9"),
    );
    await mcp.body?.cancel();
    assert.equal(mcp.status, 429, "the fourth request of the minute, through MCP of another briefing");
    const api = await app.request(`${ORIGIN}/api/v1/sources`, { headers }, peer("10.0.0.9"));
    await api.body?.cancel();
    assert.equal(api.status, 429);
  });
});

describe("the search's cost is bounded by its query", () => {
  test("a query of thousands of terms is refused at once (400, a clear message), not highlighted term by term", async () => {
    const app = fe.fx.app();
    // 400 repeats of a word the archive holds took 0.6 s, 2,000 about 15 s, 20,000 minutes (quadratic).
    const started = performance.now();
    const long = await app.request(`/search?q=${encodeURIComponent("模型 ".repeat(2000))}`);
    assert.equal(long.status, 400);
    assert.match(
      await long.text(),
      /搜索词最多 500 个字符 \(a query takes at most 500 characters\), got 6000/,
    );
    assert.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    const refused = await app.request(`/search?q=${encodeURIComponent(many)}`);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /at most 32 distinct terms\), got 40/);
  });

  test("held: markup and entity fragments matched inside article text stay text around <mark>; FTS syntax is never a 500", async () => {
    const app = fe.fx.app();
    // The hostile entry's fields carry <script>…</script> and <img onerror>; search inside them.
    for (const q of ["script", "onerror", "lt", "pwned"]) {
      const res = await app.request(`/search?q=${encodeURIComponent(q)}`);
      const page = await res.text();
      assert.equal(res.status, 200, q);
      assert.doesNotMatch(page, /<script>|<img[^>]*onerror/i, q);
    }
    const script = await (await app.request("/search?q=script")).text();
    assert.match(script, /&lt;<mark>script<\/mark>&gt;/);
    const api = createApiApp({
      query: {
        store: fe.fx.day.store,
        config: { ...fe.fx.config, api: { ...fe.fx.config.api, publicRead: true } },
      },
      now: () => new Date("2026-02-05T13:00:00Z"),
    });
    for (const q of ['"', 'a" OR "b', "NEAR(a b", "title:x", "{a b}:c", "*", "^x", "-x", "\u0000"]) {
      const web = await app.request(`/search?q=${encodeURIComponent(q)}&org=${encodeURIComponent(q)}`);
      assert.equal(web.status, 200, `web ${q}`);
      const json = await api.request(`/search?q=${encodeURIComponent(q)}&tag=${encodeURIComponent(q)}`);
      assert.equal(json.status, 200, `api ${q}: ${await json.text()}`);
    }
  });

  test("a term said again is searched once: the same hits and marks as said once", async () => {
    const context = { timeZone: fe.fx.config.timezone, now: new Date("2026-02-05T13:00:00Z") };
    const once = await searchEntries(fe.fx.day.store, { query: "模型" }, context);
    const often = await searchEntries(fe.fx.day.store, { query: `${"模型 ".repeat(150)}"模型"` }, context);
    assert.deepEqual(often.terms, ["模型"]);
    assert.ok(once.total > 0);
    assert.deepEqual(often, once);
    const page = await (
      await fe.fx.app().request(`/search?q=${encodeURIComponent("模型 模型 MODEL model")}`)
    ).text();
    assert.match(page, /<mark>模型<\/mark>/);
  });
});

describe("the runs' live stream (anyone may open one)", () => {
  /** Opens GET /runs/live as `address`; an open stream has sent its first event. */
  async function openStream(app: ReturnType<WebFixture["app"]>, address: string) {
    const res = await app.request(`${ORIGIN}/runs/live`, {}, peer(address));
    const reader = res.status === 200 ? res.body!.getReader() : undefined;
    await reader?.read();
    return { status: res.status, res, close: () => reader?.cancel() };
  }

  test("so many streams at once and no more, per client and in all; a closed one frees its place", async () => {
    const app = fe.fx.app({ deps: { liveLimits: { total: 5, perClient: 3 } } });
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await openStream(app, "10.0.0.1"));
    assert.deepEqual(
      mine.map((r) => r.status),
      [200, 200, 200],
    );
    const fourth = await openStream(app, "10.0.0.1");
    assert.equal(fourth.status, 503, "a client's fourth stream");
    assert.equal(fourth.res.headers.get("retry-after"), "30");
    assert.match(await fourth.res.text(), /too many live streams open/);
    const others = [await openStream(app, "10.0.0.2"), await openStream(app, "10.0.0.3")];
    assert.deepEqual(
      others.map((r) => r.status),
      [200, 200],
    );
    assert.equal((await openStream(app, "10.0.0.4")).status, 503, "the sixth in all");
    // A stream the client closes gives its place back.
    await mine[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await openStream(app, "10.0.0.1");
    assert.equal(again.status, 200);
    for (const r of [...mine.slice(1), ...others, again]) await r.close();
  });

  test("over a real socket the default holds: a seventh stream of one client is refused", async () => {
    const server = await listenApp(fe.fx.app(), { port: 0, host: "127.0.0.1" });
    const open: ReadableStreamDefaultReader<Uint8Array>[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${server.url}/runs/live`);
        assert.equal(res.status, 200);
        const reader = res.body!.getReader();
        await reader.read();
        open.push(reader);
      }
      const seventh = await fetch(`${server.url}/runs/live`);
      assert.equal(seventh.status, 503);
      await seventh.body?.cancel();
    } finally {
      for (const reader of open) await reader.cancel().catch(() => {});
      await server.close();
    }
  });
});

describe("the API's anonymous readers (api.publicRead)", () => {
  const open = (trustProxy: boolean | number) => (c: Config) => ({
    ...c,
    api: { ...c.api, publicRead: true },
    serve: { ...c.serve, trustProxy },
  });
  const get = async (app: ServedApp, address: string, headers: Record<string, string> = {}) => {
    const res = await app.request(`${ORIGIN}/api/v1/sources`, { headers }, peer(address));
    await res.body?.cancel();
    return res.status;
  };

  test("each client has a budget of its own: one client using its budget up leaves the others theirs", async () => {
    const app = fe.served(open(false));
    for (let i = 0; i < 3; i++) assert.equal(await get(app, "203.0.113.7"), 200);
    assert.equal(await get(app, "203.0.113.7"), 429, "the fourth request of the minute");
    assert.equal(await get(app, "203.0.113.8"), 200, "another client is not limited by the first");
    // Forwarded headers without a trusted proxy change nothing.
    assert.equal(await get(app, "203.0.113.7", { "x-forwarded-for": "198.51.100.1" }), 429);
    // The addresses of one IPv6 /64 are one client; another /64 is another.
    for (let i = 1; i <= 3; i++) assert.equal(await get(app, `2001:db8:1:2::${i}`), 200);
    assert.equal(await get(app, "2001:db8:1:2:ffff::9"), 429);
    assert.equal(await get(app, "2001:db8:1:3::1"), 200);
    // An IPv4 client seen as an IPv4-mapped IPv6 address is the same client.
    assert.equal(await get(app, "::ffff:203.0.113.7"), 429);
    // A token's budget is its own.
    assert.equal(await get(app, "203.0.113.7", { authorization: `Bearer ${TOKEN}` }), 200);
  });

  test("behind a trusted proxy over a real socket: the forwarded client, not what the client adds to the header", async () => {
    const server = await listenApp(fe.served(open(1)), { port: 0, host: "127.0.0.1" });
    try {
      const status = async (forwarded: string) => {
        const res = await fetch(`${server.url}/api/v1/sources`, {
          headers: { "x-forwarded-for": forwarded },
        });
        await res.body?.cancel();
        return res.status;
      };
      for (let i = 0; i < 3; i++) assert.equal(await status("203.0.113.20"), 200);
      // What the client wrote left of the proxy's entry does not make it another client.
      assert.equal(await status("198.51.100.99, 203.0.113.20"), 429);
      assert.equal(await status("203.0.113.21"), 200, "another client behind the same proxy");
    } finally {
      await server.close();
    }
  });

  test("the table of clients is bounded: a flood of addresses cannot grow it without limit", () => {
    let now = Date.parse("2026-02-05T13:00:00Z");
    const limiter = createRateLimiter({ perMinute: 3, now: () => new Date(now), maxKeys: 100 });
    for (let i = 0; i < 20_000; i++)
      limiter.take(anonymousKey(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`));
    assert.equal(limiter.size(), 100);
    // A client still in the table keeps its window; the least recently seen went first.
    for (let i = 0; i < 3; i++) assert.equal(limiter.take("anonymous:192.0.2.1").allowed, true);
    assert.equal(limiter.take("anonymous:192.0.2.1").allowed, false);
    now += 61_000;
    assert.equal(limiter.take("anonymous:192.0.2.1").allowed, true, "a new minute");
    assert.equal(anonymousKey("2001:DB8::1"), "anonymous:2001:db8:0:0::/64");
    assert.equal(anonymousKey("fe80::1%eth0"), "anonymous:fe80:0:0:0::/64");
  });
});
