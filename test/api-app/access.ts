/** The HTTP API's suite (test/api-app/suite.ts), in order: who may call: tokens, scopes and api.publicRead; invalid requests and unknown routes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { READ_TOKEN, WRITE_TOKEN } from "../support/api-server.ts";
import { DEMO_DAY } from "../support/cli-harness.ts";
import { call, withApi } from "./suite.ts";

export function apiAccessTests() {
  test("no token, an unknown token or a malformed header: 401 problem+json with a Bearer challenge", async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: "Bearer not-a-token" },
      { authorization: `Basic ${READ_TOKEN}` },
    ];
    for (const headers of variants) {
      const { res, body } = await call("/briefings", { token: null, headers });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get("content-type"), "application/problem+json");
      assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
      assert.equal(body.code, "unauthorized");
      assert.equal(body.type, "https://daybrief.dev/problems/unauthorized");
      assert.equal(body.instance, "/briefings");
    }
  });

  test("api.publicRead lets reads through without a token, never writes", async () => {
    const open = withApi({ publicRead: true });
    assert.equal((await call("/briefings", { token: null, on: open })).res.status, 200);
    const post = await call("/runs", {
      token: null,
      on: open,
      method: "POST",
      body: JSON.stringify({ date: DEMO_DAY }),
      headers: { "content-type": "application/json" },
    });
    assert.equal(post.res.status, 401, "a write without a token is asked for one");
    assert.equal(post.body.code, "unauthorized");
  });

  test("a read token cannot write: 403 insufficient_scope naming the scope", async () => {
    for (const path of ["/runs", `/deliveries/${DEMO_DAY}/retry`]) {
      const { res, body } = await call(path, {
        method: "POST",
        body: JSON.stringify({ date: DEMO_DAY }),
        headers: { "content-type": "application/json" },
      });
      assert.equal(res.status, 403, path);
      assert.equal(body.code, "insufficient_scope");
      assert.match(body.detail, /write/);
    }
  });

  test("invalid requests: 400 invalid_request with each field's path", async () => {
    const cases: [string, RequestInit, string][] = [
      ["/search", {}, "q"],
      ["/search?q=STAR&limit=0", {}, "limit"],
      ["/search?q=STAR&minStars=9", {}, "minStars"],
      ["/search?q=STAR&from=2026-02-30", {}, "from"],
      ["/briefings/2026-13-01", {}, "date"],
      ["/entries/abc", {}, "id"],
      ["/trends?by=color", {}, "by"],
      ["/runs/0", {}, "id"],
      [
        "/runs",
        {
          method: "POST",
          token: WRITE_TOKEN,
          body: JSON.stringify({ date: "yesterday" }),
          headers: { "content-type": "application/json" },
        } as RequestInit,
        "date",
      ],
    ];
    for (const [path, init, field] of cases) {
      const { res, body } = await call(path, init);
      assert.equal(res.status, 400, path);
      assert.equal(body.code, "invalid_request", path);
      assert.ok(
        body.errors.some((e: { path: string }) => e.path === field),
        `${path}: ${JSON.stringify(body.errors)}`,
      );
    }
    // The query layer's own checks answer the same way (from after to).
    const order = await call(`/trends?from=2026-02-05&to=${DEMO_DAY}`);
    assert.equal(order.res.status, 400);
    assert.equal(order.body.code, "invalid_request");
    const broken = await call("/runs", {
      method: "POST",
      token: WRITE_TOKEN,
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    assert.equal(broken.res.status, 400);
    assert.equal(broken.body.code, "invalid_request");
  });

  test("unknown days, entries, runs and routes: 404 not_found", async () => {
    for (const path of ["/briefings/2026-01-01", "/entries/999999", "/runs/999", "/nothing-here"]) {
      const { res, body } = await call(path);
      assert.equal(res.status, 404, path);
      assert.equal(body.code, "not_found", path);
    }
  });
}
