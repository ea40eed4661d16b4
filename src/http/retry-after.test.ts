import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HostPausedError, HttpError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// A server that answers 503 with a Retry-After asks us not to come back before then. A wait we
// would make anyway (up to the retry cap, 30 s) is waited and the request tried again; a longer
// one is not worth a retry at all: the old client came back after 30 s, three times, whatever the
// server had asked. A paced host (WeChat) then rests until the time asked, so no queued page goes
// either. Two real servers on 127.0.0.1: one paced, one not.

let paced: TestServer;
let plain: TestServer;
const hits = { paced: [] as string[], plain: [] as string[] };

const busy =
  (log: string[]) => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    log.push(req.url ?? "");
    const seconds = /^\/unavailable-for-(\d+)/.exec(req.url ?? "")?.[1];
    if (seconds) return res.writeHead(503, { "retry-after": seconds }).end("maintenance");
    res.writeHead(200, { "content-type": "text/html" }).end("<p>article</p>");
  };

before(async () => {
  paced = await startTestServer(busy(hits.paced));
  plain = await startTestServer(busy(hits.plain));
});
after(async () => {
  await paced.close();
  await plain.close();
});

function client() {
  const waits: number[] = [];
  const http = createHttp({
    allowPrivate: [new URL(paced.url).host, new URL(plain.url).host],
    hostPolicies: {
      [new URL(paced.url).host]: { concurrency: 1, minIntervalMs: 2000, jitterMs: 0, coolDownMs: 3_600_000 },
    },
    pacing: { sleep: async () => {} },
    sleep: async (ms) => void waits.push(ms),
    now: () => new Date("2026-02-04T04:00:00Z"),
    retries: 3,
  });
  return { http, waits };
}

test("a Retry-After longer than the retry cap is not retried, on any host", async () => {
  const { http, waits } = client();
  hits.plain.length = 0;
  try {
    await assert.rejects(
      http.get(`${plain.url}/unavailable-for-3600`),
      (e) => e instanceof HttpError && e.status === 503,
    );
    assert.deepEqual(hits.plain, ["/unavailable-for-3600"], "one request, no retry");
    assert.deepEqual(waits, []);
    // An unpaced host is not put to rest: its other pages are other requests.
    assert.equal(http.hosts.pausedUntil(new URL(plain.url).host), undefined);
  } finally {
    http.close();
  }
});

test("a short Retry-After is waited, then the request is tried again", async () => {
  const { http, waits } = client();
  hits.plain.length = 0;
  try {
    await assert.rejects(http.get(`${plain.url}/unavailable-for-5`), HttpError);
    assert.equal(hits.plain.length, 4, "the first try and three retries");
    assert.deepEqual(waits, [5000, 5000, 5000]);
  } finally {
    http.close();
  }
});

test("a paced host's long Retry-After rests the host until then: its next page is not asked for", async () => {
  const { http } = client();
  hits.paced.length = 0;
  const host = new URL(paced.url).host;
  try {
    await assert.rejects(http.get(`${paced.url}/unavailable-for-7200`), HttpError);
    assert.equal(http.hosts.pausedUntil(host)?.until, "2026-02-04T06:00:00.000Z");
    await assert.rejects(http.get(`${paced.url}/next`), (e) => e instanceof HostPausedError);
    assert.deepEqual(hits.paced, ["/unavailable-for-7200"]);
    // The link check (guardedFetch) reads the same answer the same way.
    const fresh = client();
    try {
      assert.equal((await fresh.http.guardedFetch(`${paced.url}/unavailable-for-7200`)).status, 503);
      assert.equal(fresh.http.hosts.pausedUntil(host)?.until, "2026-02-04T06:00:00.000Z");
    } finally {
      fresh.http.close();
    }
  } finally {
    http.close();
  }
});
