import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { refused } from "../../test/support/http-refusal.ts";
import type { Resolver } from "./address-guard.ts";
import { createHttp, type HttpOptions, type RoutingFetch } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// The network guard against real servers on 127.0.0.1. Nothing here sends a packet to any other
// address: refusals happen before a connection, and where a broken guard would connect to a
// non-loopback address the transport is a spy that records the URL and throws instead.

let allowed: TestServer; // the one port the clients below allow
let denied: TestServer; // another loopback port: never to be reached
const hits = { allowed: [] as string[], denied: [] as string[] };
let deniedHeaders: Record<string, unknown> = {};
const BODY = "página 内容";

before(async () => {
  denied = await startTestServer((req, res) => {
    hits.denied.push(req.url ?? "");
    deniedHeaders = req.headers;
    res.end("internal secret");
  });
  allowed = await startTestServer((req, res) => {
    const path = req.url ?? "/";
    hits.allowed.push(path);
    const redirect = (location: string) => res.writeHead(302, { location }).end();
    if (path === "/ok") return res.end(BODY);
    if (path === "/to-denied") return redirect(`${denied.url}/secret`);
    if (path === "/to-metadata") return redirect("http://169.254.169.254/latest/meta-data/");
    if (path === "/to-file") return redirect("file:///etc/passwd");
    if (path === "/dir/a") return redirect("../b?x=1");
    if (path === "/b?x=1") return res.end("b reached");
    if (path === "/loop") return redirect("/loop");
    if (path === "/gz") return res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(BODY));
    res.writeHead(404).end();
  });
});
after(async () => {
  await allowed.close();
  await denied.close();
});

const hostOf = (origin: string) => new URL(origin).host;
const portOf = (origin: string) => new URL(origin).port;

function makeHttp(options: HttpOptions = {}) {
  const delays: number[] = [];
  const http = createHttp({
    sleep: async (ms) => {
      delays.push(ms);
    },
    backoff: { baseDelayMs: 1, maxDelayMs: 1, jitter: 0 },
    allowPrivate: [hostOf(allowed.url)],
    ...options,
  });
  return { http, delays };
}

/** A transport that lets only the allowed test server through and records everything it is asked. */
function spyTransport() {
  const asked: string[] = [];
  const transport: RoutingFetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    asked.push(url);
    if (!url.startsWith(allowed.url)) throw new Error(`test transport: would have connected to ${url}`);
    return globalThis.fetch(input, init);
  };
  return { asked, transport };
}

describe("network guard", () => {
  it("refuses a redirect to another loopback port before connecting, and does not retry", async () => {
    const { http, delays } = makeHttp();
    hits.denied.length = 0;
    const error = await refused(
      http.get(`${allowed.url}/to-denied`),
      "blocked_address",
      /loopback address 127\.0\.0\.1/,
    );
    assert.match(error.message, /fetch\.allowPrivate/);
    assert.deepEqual(hits.denied, [], "the other port was never reached");
    assert.deepEqual(delays, []);
  });

  it("refuses 169.254.169.254 and 10.0.0.1 without a lookup, a connection or a retry", async () => {
    const { asked, transport } = spyTransport();
    let lookups = 0;
    const resolve: Resolver = async () => {
      lookups++;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const { http, delays } = makeHttp({ fetch: transport, resolve });
    await refused(http.get("http://169.254.169.254/latest/meta-data/"), "blocked_address", /link-local/);
    await refused(http.get("http://10.0.0.1/admin"), "blocked_address", /private address 10\.0\.0\.1/);
    await refused(http.get("http://[fd00::1]/"), "blocked_address", /unique local/);
    await refused(http.get(`${allowed.url}/to-metadata`), "blocked_address", /link-local/);
    assert.deepEqual(asked, [`${allowed.url}/to-metadata`], "only the allowed server was asked");
    assert.equal(lookups, 0);
    assert.deepEqual(delays, []);
  });

  it("refuses a name whose answers include a private address, whatever the others are", async () => {
    const { asked, transport } = spyTransport();
    const answers: Record<string, string[]> = {
      "intranet.example": ["10.20.30.40"],
      "mixed.example": ["93.184.216.34", "192.168.1.1"],
      "metadata.example": ["::ffff:169.254.169.254"],
    };
    const resolve: Resolver = async (host) =>
      (answers[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    const { http } = makeHttp({ fetch: transport, resolve });
    await refused(http.get("https://intranet.example/"), "blocked_address", /intranet\.example → private/);
    await refused(http.get("https://mixed.example/"), "blocked_address", /192\.168\.1\.1/);
    await refused(
      http.get("https://metadata.example/"),
      "blocked_address",
      /link-local address 169\.254\.169\.254/,
    );
    assert.deepEqual(asked, []);
  });

  it("refuses the odd spellings of a loopback address", async () => {
    const { http } = makeHttp();
    hits.denied.length = 0;
    const port = portOf(denied.url);
    for (const host of [
      "2130706433",
      "0x7f.1",
      "127.1",
      "017700000001",
      "[::ffff:127.0.0.1]",
      "[::ffff:7f00:1]",
      "[::1]",
      "0.0.0.0",
      "localhost",
    ]) {
      await refused(http.get(`http://${host}:${port}/secret`), "blocked_address");
    }
    assert.deepEqual(hits.denied, []);
  });

  it("fetches only http and https, first request and redirect alike", async () => {
    const { asked, transport } = spyTransport();
    const { http, delays } = makeHttp({ fetch: transport });
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,<b>x</b>",
      "ftp://example.com/x",
    ]) {
      await refused(http.get(url), "blocked_scheme", /only http and https/);
      await refused(http.guardedFetch(url), "blocked_scheme");
    }
    await refused(http.get(`${allowed.url}/to-file`), "blocked_scheme", /not file:/);
    await refused(http.get("not a url"), "invalid_url");
    assert.deepEqual(asked, [`${allowed.url}/to-file`]);
    assert.deepEqual(delays, []);
  });

  it("follows at most 5 redirects, resolving relative Locations against the hop", async () => {
    const { http } = makeHttp();
    const res = await http.get(`${allowed.url}/dir/a`);
    assert.equal(res.url, `${allowed.url}/b?x=1`);
    assert.equal(new TextDecoder().decode(res.body), "b reached");
    hits.allowed.length = 0;
    await refused(http.get(`${allowed.url}/loop`), "too_many_redirects");
    assert.equal(hits.allowed.filter((p) => p === "/loop").length, 6, "the first request and 5 redirects");
  });

  it("allowPrivate with an exact port allows that port and not another", async () => {
    hits.denied.length = 0;
    const onlyAllowed = makeHttp().http;
    assert.equal(new TextDecoder().decode((await onlyAllowed.get(`${allowed.url}/ok`)).body), BODY);
    await refused(onlyAllowed.get(`${denied.url}/secret`), "blocked_address");
    assert.deepEqual(hits.denied, []);
    const byName = makeHttp({ allowPrivate: [`localhost:${portOf(denied.url)}`] }).http;
    assert.equal((await byName.get(`http://localhost:${portOf(denied.url)}/x`)).status, 200);
    await refused(byName.get(`http://localhost:${portOf(allowed.url)}/ok`), "blocked_address");
    assert.deepEqual(hits.denied, ["/x"]);
  });

  it("does not hand credentials to the origin a redirect leads to", async () => {
    const { http } = makeHttp({ allowPrivate: [hostOf(allowed.url), hostOf(denied.url)] });
    const headers = { authorization: "Bearer feed-token", cookie: "session=1", "x-feed-key": "kept" };
    assert.equal((await http.get(`${allowed.url}/to-denied`, { headers })).status, 200);
    assert.equal(deniedHeaders.authorization, undefined);
    assert.equal(deniedHeaders.cookie, undefined);
    assert.equal(deniedHeaders["x-feed-key"], "kept");
  });

  it("does not retry a name that does not resolve, and retries a temporary DNS failure", async () => {
    const failing =
      (code: string): Resolver =>
      async () => {
        throw Object.assign(new Error(`getaddrinfo ${code}`), { code });
      };
    const gone = makeHttp({ resolve: failing("ENOTFOUND"), retries: 2 });
    await refused(gone.http.get("https://no-such-host.invalid/"), "dns_not_found");
    assert.deepEqual(gone.delays, []);
    const flaky = makeHttp({ resolve: failing("EAI_AGAIN"), retries: 2 });
    await assert.rejects(flaky.http.get("https://flaky-dns.invalid/"), { retryable: true });
    assert.equal(flaky.delays.length, 2);
  });

  it("guards the link-check fetch but not the operator's own endpoints (an LLM on localhost)", async () => {
    const { http } = makeHttp();
    hits.denied.length = 0;
    await refused(http.guardedFetch(`${allowed.url}/to-denied`, { method: "HEAD" }), "blocked_address");
    assert.deepEqual(hits.denied, []);
    const operator = await http.fetch(`${denied.url}/v1/chat/completions`, { method: "POST", body: "{}" });
    assert.equal(operator.status, 200);
    assert.deepEqual(hits.denied, ["/v1/chat/completions"]);
  });

  it("checks where a routing transport really connects, and allows exactly the port it owns", async () => {
    const routes: Record<string, string> = { "feeds.example": allowed.url, "evil.example": denied.url };
    const local = (url: URL) =>
      routes[url.hostname] ? new URL(url.pathname, routes[url.hostname]) : undefined;
    const routing: RoutingFetch = Object.assign(
      async (input: string | URL | Request, init?: RequestInit) =>
        globalThis.fetch(local(new URL(String(input))) ?? String(input), init),
      { route: local, allowPrivate: [hostOf(allowed.url)] },
    );
    const { http } = makeHttp({ fetch: routing, allowPrivate: [] });
    hits.denied.length = 0;
    const res = await http.get("https://feeds.example/ok");
    assert.equal(res.url, "https://feeds.example/ok", "the public URL is reported");
    assert.equal(new TextDecoder().decode(res.body), BODY);
    await refused(http.get("https://evil.example/secret"), "blocked_address", /loopback/);
    assert.deepEqual(hits.denied, []);
  });

  it("decodes a gzip body from the pinned transport", async () => {
    const { http } = makeHttp();
    const res = await http.get(`${allowed.url}/gz`);
    assert.equal(new TextDecoder().decode(res.body), BODY);
    assert.equal(res.headers.get("content-encoding"), null);
  });
});
