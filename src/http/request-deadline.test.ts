import assert from "node:assert/strict";
import type { ServerResponse } from "node:http";
import { after, before, test } from "node:test";
import { HttpError } from "../errors.ts";
import { reasonOfError } from "../model/reasons.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// A server that answers at once and then sends one byte every 100 ms forever, far under the byte
// cap: each attempt runs into its own timeout and is retried, so without a deadline for the
// request as a whole it held the caller for every try and the back-off between.
let server: TestServer;
const drips = new Set<NodeJS.Timeout>();
const asked: string[] = [];
let flaky = 0;
let busyFlaky = 0;

function drip(res: ServerResponse, bytes: number, everyMs: number): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.write("<p>");
  let sent = 0;
  const timer = setInterval(() => {
    if (++sent > bytes) {
      clearInterval(timer);
      res.end("</p>");
    } else res.write("字");
  }, everyMs);
  drips.add(timer);
  res.on("close", () => clearInterval(timer));
}

before(async () => {
  server = await startTestServer((req, res) => {
    asked.push(req.url ?? "");
    if (req.url === "/forever") return drip(res, Number.POSITIVE_INFINITY, 100);
    if (req.url === "/slow-but-done") return drip(res, 8, 100);
    if (req.url === "/redirect") return res.writeHead(302, { location: "/forever" }).end();
    if (req.url === "/flaky" && flaky++ < 2) return res.writeHead(503).end();
    if (req.url === "/busy-report") {
      setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("report"), 800);
      return;
    }
    if (req.url === "/busy-flaky" && busyFlaky++ < 1) return res.writeHead(503).end();
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  });
});
after(async () => {
  for (const t of drips) clearInterval(t);
  await server.close();
});

const client = (requestTimeoutMs: number) =>
  createHttp({
    timeoutMs: 1000,
    requestTimeoutMs,
    retries: 5,
    backoff: { baseDelayMs: 50, maxDelayMs: 100 },
    allowPrivate: [new URL(server.url).host],
  });

for (const path of ["/forever", "/redirect"]) {
  test(`${path}: a slow drip ends at the request's deadline with its own error, not after 6 tries`, async () => {
    const http = client(2500);
    asked.length = 0;
    const started = performance.now();
    try {
      const error = await http.get(`${server.url}${path}`).then(
        () => assert.fail("a page that never ends was read"),
        (e: unknown) => e,
      );
      const seconds = (performance.now() - started) / 1000;
      assert.ok(error instanceof HttpError, String(error));
      assert.equal(error.code, "request_time", error.message);
      assert.equal(error.retryable, false);
      assert.match(error.message, /2500 ms \(fetch\.requestTimeoutMs\), [23] attempt/);
      assert.deepEqual(reasonOfError(error), { key: "request_time" });
      const tries = asked.filter((p) => p === "/forever").length;
      // 1 s, 1 s and what is left (a loaded machine may leave nothing for the third).
      assert.ok(tries >= 2 && tries <= 3, `tries: ${asked.join(" ")}`);
      // 2.5 s and the time to notice; without the deadline 6 × 1 s plus the back-off.
      assert.ok(seconds < 4.5, `${seconds.toFixed(1)} s`);
    } finally {
      http.close();
    }
  });
}

test("what ends within the deadline is read as before: a slow page, a retried 503, a plain page", async () => {
  const http = client(2500);
  try {
    assert.equal(
      new TextDecoder().decode((await http.get(`${server.url}/slow-but-done`)).body),
      `<p>${"字".repeat(8)}</p>`,
    );
    flaky = 0;
    assert.equal((await http.get(`${server.url}/flaky`)).status, 200);
    assert.equal((await http.get(`${server.url}/plain`)).status, 200);
  } finally {
    http.close();
  }
});

test("a single attempt that times out under a long deadline keeps its own timeout error", async () => {
  const http = createHttp({
    timeoutMs: 1000,
    requestTimeoutMs: 60_000,
    retries: 0,
    allowPrivate: [new URL(server.url).host],
  });
  try {
    const error = await http.get(`${server.url}/forever`).catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.code, "timeout");
  } finally {
    http.close();
  }
});

// One slot per host and two slow pages ahead of a page that fails once: the third request queues
// for about 1.6 s, longer than its whole deadline, before it is sent. Queueing is the host's
// time, not the server's: the request still gets its retry and is read.
const busyClient = (requestTimeoutMs: number) =>
  createHttp({
    timeoutMs: 1000,
    requestTimeoutMs,
    retries: 3,
    perHostConcurrency: 1,
    backoff: { baseDelayMs: 50, maxDelayMs: 100 },
    allowPrivate: [new URL(server.url).host],
  });

test("time queued for a busy host's slot is not charged: the retry after the queue still happens", async () => {
  const http = busyClient(1200);
  busyFlaky = 0;
  asked.length = 0;
  try {
    const ahead = [1, 2].map(() => http.get(`${server.url}/busy-report`));
    const started = performance.now();
    const queued = await http.get(`${server.url}/busy-flaky`).catch((e: unknown) => e);
    const waitedMs = performance.now() - started;
    await Promise.all(ahead);
    assert.ok(!(queued instanceof Error), `queued request failed: ${String(queued)}`);
    assert.equal((queued as { status: number }).status, 200);
    // It really queued longer than its deadline, and it was tried twice: the 503, then the answer.
    assert.ok(waitedMs > 1200, `waited ${Math.round(waitedMs)} ms`);
    assert.equal(asked.filter((p) => p === "/busy-flaky").length, 2, asked.join(" "));
  } finally {
    http.close();
  }
});

test("after a queue for the host's slot, time on the wire is still bounded by the deadline", async () => {
  const http = busyClient(1500);
  asked.length = 0;
  try {
    const ahead = [1, 2].map(() => http.get(`${server.url}/busy-report`));
    const started = performance.now();
    const error = await http.get(`${server.url}/forever`).catch((e: unknown) => e);
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(ahead);
    assert.ok(error instanceof HttpError, String(error));
    assert.equal(error.code, "request_time", error.message);
    // About 1.6 s queued, then 1.5 s on the wire: a first try of 1 s and a second of what is left.
    // Charged for the queue, the first try had been the only one.
    assert.equal(asked.filter((p) => p === "/forever").length, 2, asked.join(" "));
    assert.ok(seconds > 2.6 && seconds < 5.5, `${seconds.toFixed(1)} s`);
  } finally {
    http.close();
  }
});
