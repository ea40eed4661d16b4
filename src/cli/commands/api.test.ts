import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "yaml";
import { createHarness } from "../../../test/support/cli-harness.ts";
import { parseConfig } from "../../config/index.ts";
import { authenticate, hashToken } from "../../server/api/auth.ts";

test("daybrief api hash-token prints api.tokens lines the config accepts, for a given or a new token", async () => {
  const h = createHarness();
  try {
    const given = await h.run(["api", "hash-token", "my-token", "--name", "ci", "--scopes", "read,write"]);
    assert.equal(given.code, 0, given.stderr);
    assert.ok(given.stdout.includes(hashToken("my-token")));
    assert.doesNotMatch(given.stdout, /my-token/, "the token itself is not repeated");
    const fresh = await h.run(["api", "hash-token"]);
    const token = fresh.stdout.match(/^token: (\S+)/m)?.[1];
    assert.ok(token?.startsWith("dbk_") && token.length > 30, fresh.stdout);
    const lines = fresh.stdout.slice(fresh.stdout.indexOf("api:"));
    const config = parseConfig(
      `sources:\n  - { id: a, name: A, url: "https://example.com/f.xml" }\n${lines}`,
      { env: {}, baseDir: h.dir },
    );
    assert.deepEqual(authenticate(config.api, `Bearer ${token}`), {
      name: "my-client",
      scopes: ["read"],
      anonymous: false,
    });
    const bad = await h.run(["api", "hash-token", "x", "--scopes", "admin"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--scopes/);
    assert.deepEqual(parse(given.stdout.slice(given.stdout.indexOf("api:"))).api.tokens[0].scopes, [
      "read",
      "write",
    ]);
  } finally {
    h.cleanup();
  }
});
