import assert from "node:assert/strict";
import { test } from "node:test";
import { backoffDelay, isRetryableNetworkError, isRetryableStatus, parseRetryAfter, sleep } from "./retry.ts";

test("transient statuses retry, client errors other than 408/429 do not", () => {
  for (const s of [408, 429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(s), String(s));
  for (const s of [200, 304, 400, 401, 403, 404, 409, 410, 413, 425, 451]) {
    assert.ok(!isRetryableStatus(s), String(s));
  }
});

test("a name that does not resolve is final; a reset or a refused connection may pass", () => {
  const wrapped = (code: string) =>
    new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
  for (const code of ["ENOTFOUND", "EAI_NONAME", "CERT_HAS_EXPIRED"]) {
    assert.ok(!isRetryableNetworkError(wrapped(code)), code);
    assert.ok(!isRetryableNetworkError(Object.assign(new Error(code), { code })), code);
  }
  for (const code of ["ECONNRESET", "ECONNREFUSED", "EAI_AGAIN", "UND_ERR_SOCKET"]) {
    assert.ok(isRetryableNetworkError(wrapped(code)), code);
  }
  assert.ok(isRetryableNetworkError(new Error("socket hang up")));
});

test("backoff doubles, is capped, and yields to Retry-After", () => {
  const opts = { baseDelayMs: 100, maxDelayMs: 1000, jitter: 0 };
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((a) => backoffDelay(a, opts)),
    [100, 200, 400, 800, 1000],
  );
  assert.equal(backoffDelay(1, opts, 250), 250);
  assert.equal(backoffDelay(1, opts, 60_000), 1000);
  const jittered = backoffDelay(3, { ...opts, jitter: 1 }, undefined, () => 0.5);
  assert.equal(jittered, 200);
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = new Date("2026-02-04T00:00:00Z");
  assert.equal(parseRetryAfter("3", now), 3000);
  assert.equal(parseRetryAfter("Wed, 04 Feb 2026 00:00:10 GMT", now), 10_000);
  assert.equal(parseRetryAfter("soon", now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test("sleep stops when aborted", async () => {
  const controller = new AbortController();
  const pending = sleep(10_000, controller.signal);
  controller.abort(new Error("stop"));
  await assert.rejects(pending, /stop/);
});
