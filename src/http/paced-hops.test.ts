import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HostPausedError, HttpError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// A redirector in front of a paced host (a bridge's short link, a tracking hop): the pacing, the
// cool-down and the wall belong to the host that is really asked, on every hop and for the link
// check too — not to the host the URL happened to start at.
let redirector: TestServer;
let paced: TestServer;
const pacedPaths: string[] = [];

before(async () => {
  paced = await startTestServer((req, res) => {
    pacedPaths.push(req.url ?? "");
    if (req.url === "/busy") {
      res.writeHead(429, { "content-type": "text/plain" }).end("slow down");
      return;
    }
    if (req.url?.startsWith("/busy-for-")) {
      // Retry-After in seconds, as the path says.
      const seconds = req.url.slice("/busy-for-".length);
      res.writeHead(429, { "content-type": "text/plain", "retry-after": seconds }).end("slow down");
      return;
    }
    const wall = req.url === "/wall";
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(wall ? "<p>环境异常</p>" : `<p>article ${req.url}</p>`);
  });
  redirector = await startTestServer((req, res) => {
    res.writeHead(302, { location: `${paced.url}/${(req.url ?? "").replace(/^\/r\//, "")}` }).end();
  });
});
after(async () => {
  await redirector.close();
  await paced.close();
});

function client() {
  const waits: number[] = [];
  const http = createHttp({
    allowPrivate: [new URL(redirector.url).host, new URL(paced.url).host],
    hostPolicies: {
      [new URL(paced.url).host]: { concurrency: 1, minIntervalMs: 2000, jitterMs: 0, coolDownMs: 3_600_000 },
    },
    pacing: { sleep: async (ms) => void waits.push(ms) },
    sleep: async () => {},
    now: () => new Date("2026-02-04T04:00:00Z"), // a still clock: the waits are exact
    retries: 2,
  });
  return { http, waits };
}

const wallIf = (r: { body: Uint8Array }) =>
  new TextDecoder().decode(r.body).includes("环境异常") ? "环境异常" : undefined;

test("a redirect into a paced host is paced, counted, and its wall rests that host", async () => {
  const { http, waits } = client();
  const pacedHost = new URL(paced.url).host;
  try {
    const first = await http.get(`${redirector.url}/r/a1`);
    assert.equal(first.url, `${paced.url}/a1`);
    await http.get(`${redirector.url}/r/a2`);
    assert.deepEqual(waits, [2000], "the second hop into the paced host waited its interval");
    assert.equal(http.hosts.requestCounts().get(pacedHost), 2, "both hops count toward the cap");

    await http.get(`${redirector.url}/r/wall`, { coolDownIf: wallIf });
    assert.match(http.hosts.pausedUntil(pacedHost)?.reason ?? "", /环境异常/, "the walled host rests");
    assert.equal(http.hosts.pausedUntil(new URL(redirector.url).host), undefined, "not the redirector");

    const asked = pacedPaths.length;
    await assert.rejects(http.get(`${redirector.url}/r/a3`), HostPausedError);
    await assert.rejects(http.guardedFetch(`${paced.url}/a4`), HostPausedError);
    assert.equal(pacedPaths.length, asked, "a resting host gets no request, through a redirect or not");
  } finally {
    http.close();
  }
});

test("a 429 after a redirect rests the paced host and is not retried", async () => {
  const { http } = client();
  const pacedHost = new URL(paced.url).host;
  try {
    const asked = pacedPaths.length;
    await assert.rejects(
      http.get(`${redirector.url}/r/busy`),
      (e) => e instanceof HttpError && e.status === 429,
    );
    assert.equal(pacedPaths.length, asked + 1, "asked once");
    assert.equal(http.hosts.pausedUntil(pacedHost)?.reason, "HTTP 429");
  } finally {
    http.close();
  }
});

test("the link check's 429 from a paced host rests it too", async () => {
  const { http } = client();
  try {
    const response = await http.guardedFetch(`${redirector.url}/r/busy`, { method: "HEAD" });
    assert.equal(response.status, 429);
    assert.equal(http.hosts.pausedUntil(new URL(paced.url).host)?.reason, "HTTP 429");
  } finally {
    http.close();
  }
});

test("a paced host's 429 with a Retry-After longer than its cool-down rests it until then; a shorter one keeps the cool-down", async () => {
  const pacedHost = new URL(paced.url).host;
  /** Until when the host rests after one refused request (a fresh client each time). */
  const restAfter = async (seconds: number, via: "get" | "guardedFetch") => {
    const { http } = client();
    try {
      const url = `${paced.url}/busy-for-${seconds}`;
      if (via === "get") await assert.rejects(http.get(url), HttpError);
      else assert.equal((await http.guardedFetch(url)).status, 429);
      return http.hosts.pausedUntil(pacedHost)?.until;
    } finally {
      http.close();
    }
  };
  // 2 days asked; the cool-down is 1 hour: the host rests 2 days, for get and the link check alike.
  assert.equal(await restAfter(172_800, "get"), "2026-02-06T04:00:00.000Z");
  assert.equal(await restAfter(172_800, "guardedFetch"), "2026-02-06T04:00:00.000Z");
  // 60 s asked: the 1-hour cool-down is longer and stands.
  assert.equal(await restAfter(60, "get"), "2026-02-04T05:00:00.000Z");
  // A year asked: capped at a week.
  assert.equal(await restAfter(31_536_000, "get"), "2026-02-11T04:00:00.000Z");
});
