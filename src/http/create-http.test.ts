import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { HttpError } from "../errors.ts";
import { createHttp, DEFAULT_USER_AGENT, type HttpOptions } from "./create-http.ts";
import { decodeBody } from "./decode-body.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

const ETAG = '"v1"';
const LAST_MODIFIED = "Tue, 04 Feb 2026 10:00:00 GMT";
// "中文资讯" in GBK and in Big5, written as bytes so the test does not depend on an encoder.
const GBK = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0xd7, 0xca, 0xd1, 0xb6]);
const BIG5 = Uint8Array.from([0xa4, 0xa4, 0xa4, 0xe5, 0xb8, 0xea, 0xb0, 0x54]);

const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
let lastUserAgent = "";
let server: TestServer;

before(async () => {
  server = await startTestServer((req, res) => {
    const path = req.url ?? "/";
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    lastUserAgent = req.headers["user-agent"] ?? "";
    if (path === "/ok") return res.end("hello");
    if (path === "/etag") {
      if (req.headers["if-none-match"] === ETAG) return res.writeHead(304).end();
      return res.writeHead(200, { etag: ETAG }).end("body");
    }
    if (path === "/modified") {
      if (req.headers["if-modified-since"] === LAST_MODIFIED) return res.writeHead(304).end();
      return res.writeHead(200, { "last-modified": LAST_MODIFIED }).end("body");
    }
    if (path === "/busy") {
      if (n === 1) return res.writeHead(429, { "retry-after": "7" }).end("slow down");
      return res.end("finally");
    }
    if (path === "/busy-date") {
      // An HTTP date 8 s after the client's clock (injected below), then a far one past the cap.
      if (n === 1) return res.writeHead(503, { "retry-after": "Wed, 04 Feb 2026 10:00:08 GMT" }).end();
      if (n === 2) return res.writeHead(429, { "retry-after": "3600" }).end();
      return res.end("at last");
    }
    if (path === "/broken") return res.writeHead(500).end("oops");
    if (path === "/notfound") return res.writeHead(404).end("nope");
    if (path === "/hang") return; // never answers
    if (path === "/big") {
      res.writeHead(200); // no content-length: the cap must work while streaming
      for (let i = 0; i < 64; i++) res.write("x".repeat(1024));
      return res.end();
    }
    if (path === "/redirect") return res.writeHead(302, { location: "/ok" }).end();
    if (path.startsWith("/slow")) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end("done");
      }, 30);
      return;
    }
    if (path === "/gbk") return res.writeHead(200, { "content-type": "text/plain; charset=gb2312" }).end(GBK);
    if (path === "/big5") return res.writeHead(200, { "content-type": "text/plain; charset=big5" }).end(BIG5);
    res.writeHead(404).end();
  });
});
after(() => server.close());

function makeHttp(options: HttpOptions = {}) {
  const delays: number[] = [];
  const http = createHttp({
    sleep: async (ms) => {
      delays.push(ms);
    },
    backoff: { baseDelayMs: 100, maxDelayMs: 10_000, jitter: 0 },
    // Exactly the test server's own port; the guard refuses every other loopback target.
    allowPrivate: [new URL(server.url).host],
    ...options,
  });
  return { http, delays };
}

describe("createHttp().get", () => {
  it("returns 200 with the body and sends our User-Agent", async () => {
    const { http } = makeHttp();
    const res = await http.get(`${server.url}/ok`);
    assert.equal(res.status, 200);
    assert.equal(new TextDecoder().decode(res.body), "hello");
    assert.equal(lastUserAgent, DEFAULT_USER_AGENT);
  });

  it("answers 304 for a matching ETag", async () => {
    const { http } = makeHttp();
    const first = await http.get(`${server.url}/etag`);
    assert.equal(first.etag, ETAG);
    const second = await http.get(`${server.url}/etag`, { etag: first.etag });
    assert.equal(second.status, 304);
    assert.equal(second.body.byteLength, 0);
  });

  it("answers 304 for a matching Last-Modified", async () => {
    const { http } = makeHttp();
    const first = await http.get(`${server.url}/modified`);
    assert.equal(first.lastModified, LAST_MODIFIED);
    const second = await http.get(`${server.url}/modified`, { lastModified: first.lastModified });
    assert.equal(second.status, 304);
  });

  it("retries 429 after the server's Retry-After", async () => {
    const { http, delays } = makeHttp();
    const res = await http.get(`${server.url}/busy`);
    assert.equal(new TextDecoder().decode(res.body), "finally");
    assert.deepEqual(delays, [7000]);
  });

  it("reads Retry-After as an HTTP date; a longer wait than the backoff's cap is not retried at all", async () => {
    // The server asked for an hour: coming back after the cap (10 s here) would ignore the ask.
    const { http, delays } = makeHttp({ now: () => new Date("2026-02-04T10:00:00Z") });
    await assert.rejects(
      http.get(`${server.url}/busy-date`),
      (e) => e instanceof HttpError && e.status === 429,
    );
    assert.deepEqual(delays, [8000]);
  });

  it("gives up on repeated 500s with an HttpError naming the URL", async () => {
    const { http, delays } = makeHttp({ retries: 2 });
    hits.delete("/broken");
    await assert.rejects(http.get(`${server.url}/broken`), (e: unknown) => {
      assert.ok(e instanceof HttpError);
      assert.equal(e.status, 500);
      assert.equal(e.retryable, true);
      assert.match(e.message, /\/broken/);
      return true;
    });
    assert.equal(hits.get("/broken"), 3);
    assert.deepEqual(delays, [100, 200]);
  });

  it("does not retry a 404", async () => {
    const { http, delays } = makeHttp();
    await assert.rejects(http.get(`${server.url}/notfound`), {
      name: "HttpError",
      status: 404,
      retryable: false,
    });
    assert.deepEqual(delays, []);
  });

  it("turns a timeout into HttpError status 0, retried", async () => {
    const { http, delays } = makeHttp({ timeoutMs: 50, retries: 1 });
    await assert.rejects(http.get(`${server.url}/hang`), (e: unknown) => {
      assert.ok(e instanceof HttpError);
      assert.equal(e.status, 0);
      assert.equal(e.code, "timeout", "the why is data: reasonOfError reads the code, not the message");
      assert.match(e.message, /timed out/);
      return true;
    });
    assert.equal(delays.length, 1);
  });

  it("never retries when the caller aborts", async () => {
    const { http, delays } = makeHttp();
    const controller = new AbortController();
    const pending = http.get(`${server.url}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await assert.rejects(pending, { message: "stop" });
    assert.deepEqual(delays, []);
  });

  it("aborts a body past maxBytes without retrying", async () => {
    const { http, delays } = makeHttp({ maxBytes: 10_000 });
    await assert.rejects(http.get(`${server.url}/big`), (e: unknown) => {
      assert.ok(e instanceof HttpError);
      assert.equal(e.retryable, false);
      assert.match(e.message, /exceeds 10000 bytes/);
      return true;
    });
    assert.deepEqual(delays, []);
  });

  it("follows redirects and reports the final URL", async () => {
    const { http } = makeHttp();
    const res = await http.get(`${server.url}/redirect`);
    assert.equal(res.url, `${server.url}/ok`);
    assert.equal(new TextDecoder().decode(res.body), "hello");
  });

  it("keeps at most perHostConcurrency requests in flight per host", async () => {
    const { http } = makeHttp({ perHostConcurrency: 2 });
    maxInFlight = 0;
    await Promise.all(Array.from({ length: 6 }, (_, i) => http.get(`${server.url}/slow${i}`)));
    assert.equal(maxInFlight, 2);
  });

  it("decodes GBK (labelled gb2312) and Big5 bodies", async () => {
    const { http } = makeHttp();
    const gbk = await http.get(`${server.url}/gbk`);
    assert.deepEqual(decodeBody(gbk.body, gbk.contentType), { text: "中文资讯", charset: "gbk" });
    const big5 = await http.get(`${server.url}/big5`);
    assert.deepEqual(decodeBody(big5.body, big5.contentType), { text: "中文資訊", charset: "big5" });
  });
});

describe("createHttp().fetch", () => {
  it("sends our User-Agent and respects the host limit, without retries", async () => {
    const { http } = makeHttp({ perHostConcurrency: 1 });
    maxInFlight = 0;
    const responses = await Promise.all([1, 2, 3].map((i) => http.fetch(`${server.url}/slow-f${i}`)));
    assert.equal(maxInFlight, 1);
    assert.equal(lastUserAgent, DEFAULT_USER_AGENT);
    const res = await http.fetch(`${server.url}/broken`, { method: "POST", body: "x" });
    assert.equal(res.status, 500);
    assert.deepEqual(await Promise.all(responses.map((r) => r.text())), ["done", "done", "done"]);
  });
});
