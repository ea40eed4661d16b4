import assert from "node:assert/strict";
import { test } from "node:test";
import { isRetryableNetworkError, isRetryableStatus, parseRetryAfter } from "./retry.ts";

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

test("Retry-After is read as seconds or as an HTTP date", () => {
  const now = new Date("2026-02-04T00:00:00Z");
  assert.equal(parseRetryAfter("3", now), 3000);
  assert.equal(parseRetryAfter("Wed, 04 Feb 2026 00:00:10 GMT", now), 10_000);
  assert.equal(parseRetryAfter("soon", now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});
