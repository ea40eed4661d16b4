import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../../config/index.ts";
import { authenticate, hashToken } from "./auth.ts";
import { createRateLimiter } from "./rate-limit.ts";

const config = (api: string) =>
  parseConfig(`sources:\n  - { id: a, name: A, url: "https://example.com/feed.xml" }\napi:\n${api}`, {
    env: {},
    baseDir: "/tmp",
  });

test("hashToken is the SHA-256 hex the config stores", () => {
  assert.equal(hashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("a configured token is found by its hash (any case of the scheme); others, and other schemes, are not", () => {
  const api = config(
    `  tokens:\n    - { name: r, sha256: ${hashToken("t-read")}, scopes: [read] }\n    - { name: w, sha256: "${hashToken("t-write").toUpperCase()}", scopes: [read, write] }\n`,
  ).api;
  assert.deepEqual(authenticate(api, "Bearer t-read"), { name: "r", scopes: ["read"], anonymous: false });
  assert.equal(
    authenticate(api, "bearer t-write")?.name,
    "w",
    "upper-case hex in the config is read as the same hash",
  );
  for (const header of [undefined, "Bearer nope", "Basic t-read", "Bearer", "Bearer t-read extra", "t-read"])
    assert.equal(authenticate(api, header), undefined, String(header));
});

test("publicRead admits a request without a header as a reader, never one with a wrong token", () => {
  const api = config(`  publicRead: true\n  tokens: [{ name: r, sha256: ${hashToken("x")} }]\n`).api;
  assert.deepEqual(authenticate(api, undefined), { name: "anonymous", scopes: ["read"], anonymous: true });
  assert.equal(authenticate(api, "Bearer wrong"), undefined);
  assert.deepEqual(authenticate(api, "Bearer x")?.scopes, ["read"], "scopes default to read");
});

test("the api section refuses a token in the clear, duplicate names and the same hash twice, with their paths", () => {
  const h = hashToken("x");
  assert.throws(
    () => config(`  tokens:\n    - { name: a, sha256: my-secret-token }\n`),
    (e: Error & { issues?: { path: string }[] }) =>
      e.issues?.some((i) => i.path === "api.tokens.0.sha256") === true,
  );
  assert.throws(
    () =>
      config(`  tokens:\n    - { name: a, sha256: ${h} }\n    - { name: a, sha256: ${hashToken("y")} }\n`),
    (e: Error & { issues?: { path: string }[] }) =>
      e.issues?.some((i) => i.path === "api.tokens.1.name") === true,
  );
  assert.throws(
    () => config(`  tokens:\n    - { name: a, sha256: ${h} }\n    - { name: b, sha256: ${h} }\n`),
    (e: Error & { issues?: { path: string }[] }) =>
      e.issues?.some((i) => i.path === "api.tokens.1.sha256") === true,
  );
  assert.throws(() => config(`  cors: { origins: ["not a url"] }\n`), /api\.cors\.origins\[#1\]/);
});

test("the rate limiter counts per key over a sliding minute and says when the next request fits", () => {
  let now = 0;
  const limiter = createRateLimiter({ perMinute: 2, now: () => new Date(now) });
  assert.deepEqual(limiter.take("a"), { allowed: true, remaining: 1 });
  now = 30_000;
  assert.deepEqual(limiter.take("a"), { allowed: true, remaining: 0 });
  assert.deepEqual(limiter.take("a"), { allowed: false, retryAfterSeconds: 30 });
  assert.equal(limiter.take("b").allowed, true, "another key has its own budget");
  now = 60_001;
  assert.equal(limiter.take("a").allowed, true, "the first request left the window");
});
