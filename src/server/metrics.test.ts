import assert from "node:assert/strict";
import { test } from "node:test";
import { Hono } from "hono";
import { createServerMetrics, routeOf } from "./metrics.ts";

test("a path's route label is its first segment, a briefing's /b/<id> left off; unknown ones are `other`", () => {
  assert.equal(routeOf("/"), "/");
  assert.equal(routeOf("/d/2026-02-04"), "/d");
  assert.equal(routeOf("/b/chips/d/2026-02-04"), "/d");
  assert.equal(routeOf("/b/chips/"), "/");
  assert.equal(routeOf("/b/chips"), "/");
  assert.equal(routeOf("/api/v1/briefings"), "/api");
  assert.equal(routeOf("/wp-admin/setup.php"), "other");
  assert.equal(routeOf("/b/chips/<script>"), "other");
});

test("requests are counted per route, method and status, with a cumulative latency histogram", async () => {
  let clock = 0;
  const metrics = createServerMetrics(() => clock);
  const app = new Hono();
  app.use("*", metrics.middleware);
  app.get("/search", async (c) => {
    clock += 30; // 30 ms
    return c.text("ok");
  });
  app.get("/d/:date", async (c) => {
    clock += 700;
    return c.text("gone", 404);
  });
  await app.request("/search");
  await app.request("/search");
  await app.request("/d/2026-02-04");
  const text = await metrics.render({ countRuns: async () => [], countDeliveries: async () => [] });
  assert.match(text, /^daybrief_http_requests_total\{route="\/search",method="GET",status="200"\} 2$/m);
  assert.match(text, /^daybrief_http_requests_total\{route="\/d",method="GET",status="404"\} 1$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_bucket\{route="\/search",le="0\.025"\} 0$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_bucket\{route="\/search",le="0\.05"\} 2$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_bucket\{route="\/search",le="10"\} 2$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_bucket\{route="\/d",le="0\.5"\} 0$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_bucket\{route="\/d",le="1"\} 1$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_sum\{route="\/search"\} 0\.06$/m);
  assert.match(text, /^daybrief_http_request_duration_seconds_count\{route="\/d"\} 1$/m);
});
