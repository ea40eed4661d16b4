/** The HTTP API's suite (test/api-app/suite.ts), in order: CORS and rate limits, starting a run, retrying deliveries, the runs' pages and the OpenAPI document. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { acquireRunLock } from "../../src/pipeline/run-lock.ts";
import { createApiApp } from "../../src/server/api/create-api-app.ts";
import { openStore } from "../../src/store/index.ts";
import { WRITE_TOKEN } from "../support/api-server.ts";
import { DEMO_DAY, FIXED_NOW } from "../support/cli-harness.ts";
import { call, day, withApi } from "./suite.ts";

export function apiRunTests() {
  test("CORS: off unless configured; an allowed origin gets the headers, preflight needs no token", async () => {
    const plain = withApi({ cors: { origins: [] } });
    const none = await call("/briefings", { on: plain, headers: { origin: "https://app.example" } });
    assert.equal(none.res.headers.get("access-control-allow-origin"), null);
    const allowed = await call("/briefings", { headers: { origin: "https://app.example" } });
    assert.equal(allowed.res.headers.get("access-control-allow-origin"), "https://app.example");
    const other = await call("/briefings", { headers: { origin: "https://evil.example" } });
    assert.equal(other.res.headers.get("access-control-allow-origin"), null);
    const preflight = await call("/briefings", {
      method: "OPTIONS",
      token: null,
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    assert.equal(preflight.res.status, 204);
    assert.match(preflight.res.headers.get("access-control-allow-headers") ?? "", /authorization/i);
  });

  test("rate limit per token: past perMinute a 429 with Retry-After; other tokens go on; a minute later it is open again", async () => {
    let now = FIXED_NOW.getTime();
    const limited = withApi({ rateLimit: { perMinute: 3 } }, { now: () => new Date(now) });
    for (let i = 0; i < 3; i++) assert.equal((await call("/runs", { on: limited })).res.status, 200);
    const over = await call("/runs", { on: limited });
    assert.equal(over.res.status, 429);
    assert.equal(over.body.code, "rate_limited");
    assert.ok(Number(over.res.headers.get("retry-after")) >= 1);
    assert.equal((await call("/runs", { on: limited, token: WRITE_TOKEN })).res.status, 200);
    now += 61_000;
    assert.equal((await call("/runs", { on: limited })).res.status, 200);
  });

  test("POST /runs starts the day and answers 202 with the run id; progress at /runs/:id and as events; a second run at once is 409", async () => {
    const post = () =>
      call("/runs", {
        method: "POST",
        token: WRITE_TOKEN,
        body: JSON.stringify({ date: DEMO_DAY }),
        headers: { "content-type": "application/json" },
      });
    // Another process holds the store's run lock: the API refuses instead of running beside it.
    const lockStore = openStore(day.config.store.path);
    const lock = await acquireRunLock(lockStore, { command: "run", now: () => FIXED_NOW, pid: 1 });
    assert.ok(lock.acquired);
    const busy = await post();
    lock.release();
    await lockStore.close();
    assert.equal(busy.res.status, 409);
    assert.equal(busy.body.code, "conflict");
    // Two at once in this server: the second is refused (the store lock alone would let this process in twice).
    const both = await Promise.all([post(), post()]);
    assert.deepEqual(both.map((r) => r.res.status).sort(), [202, 409]);
    const started = both.find((r) => r.res.status === 202)!.body;
    assert.equal(started.status, "running");
    assert.equal(started.progress, `runs/${started.runId}`);
    const events = await call(`/runs/${started.runId}/events`);
    assert.equal(events.res.headers.get("content-type"), "text/event-stream");
    assert.match(events.body, /event: end\ndata: \{"id":\d+/);
    const done = await call(`/runs/${started.runId}`);
    assert.equal(done.body.command, "api");
    assert.ok(["ok", "degraded"].includes(done.body.status));
    assert.equal(done.body.progress.state, "done");
    assert.ok(done.body.progress.stage, "the last stage is recorded");
    assert.equal((await call("/runs/999/events")).res.status, 404);
  });

  test("POST /deliveries/:date/retry re-sends what is missing; unknown day 404; without the pipeline 503", async () => {
    const retry = await call(`/deliveries/${DEMO_DAY}/retry`, { method: "POST", token: WRITE_TOKEN });
    assert.equal(retry.res.status, 200);
    assert.equal(retry.body.date, DEMO_DAY);
    assert.equal(retry.body.undelivered, 0);
    const missing = await call("/deliveries/2026-01-01/retry", { method: "POST", token: WRITE_TOKEN });
    assert.equal(missing.res.status, 404);
    const bare = createApiApp({ query: { store: day.store, config: day.config }, now: () => FIXED_NOW });
    const refused = await call(`/deliveries/${DEMO_DAY}/retry`, {
      method: "POST",
      token: WRITE_TOKEN,
      on: bare,
    });
    assert.equal(refused.res.status, 503);
    assert.equal(refused.body.code, "not_available");
  });

  test("runs page newest first by cursor, without repeats, and a cursor survives a run started between pages", async () => {
    const all = (await call("/runs?limit=100")).body.items.map((r: { id: number }) => r.id);
    assert.ok(all.length >= 3, `runs so far: ${all}`);
    const first = await call("/runs?limit=1");
    assert.deepEqual(
      first.body.items.map((r: { id: number }) => r.id),
      all.slice(0, 1),
    );
    // A new run between pages does not shift the next page.
    await day.store.startRun({ date: DEMO_DAY, startedAt: FIXED_NOW.toISOString(), command: "test" });
    const ids = [...first.body.items.map((r: { id: number }) => r.id)];
    let cursor: string | undefined = first.body.nextCursor;
    while (cursor) {
      const page = await call(`/runs?limit=1&cursor=${cursor}`);
      ids.push(...page.body.items.map((r: { id: number }) => r.id));
      cursor = page.body.nextCursor;
    }
    assert.deepEqual(ids, all);
  });

  test("the OpenAPI 3.1 document lists every route with bearer security; the docs page lists it without a token", async () => {
    const doc = await call("/openapi.json", { token: null });
    assert.equal(doc.res.status, 200);
    assert.equal(doc.body.openapi, "3.1.0");
    assert.deepEqual(Object.keys(doc.body.paths).sort(), [
      "/briefings",
      "/briefings/{date}",
      "/deliveries/{date}/retry",
      "/entries/{id}",
      "/review/{date}",
      "/review/{date}/discard",
      "/review/{date}/edits",
      "/review/{date}/publish",
      "/runs",
      "/runs/{id}",
      "/runs/{id}/events",
      "/search",
      "/sources",
      "/trends",
    ]);
    assert.deepEqual(doc.body.components.securitySchemes.bearerAuth, {
      type: "http",
      scheme: "bearer",
      description: "A token listed (as its SHA-256) under api.tokens in the config",
    });
    const page = await call("/docs", { token: null });
    assert.equal(page.res.status, 200);
    for (const path of Object.keys(doc.body.paths)) assert.ok(page.body.includes(`/api/v1${path}`), path);
  });
}
