import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiConfig, demoServerDeps, READ_TOKEN, WRITE_TOKEN } from "../../../test/support/api-server.ts";
import { DEMO_DAY, FIXED_NOW } from "../../../test/support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../../../test/support/demo-store.ts";
import { checkResponse, operationPath } from "../../../test/support/openapi-contract.ts";
import type { Config } from "../../config/index.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import { BRIEFING_SCHEMA_VERSION } from "../../render/index.ts";
import { openStore } from "../../store/index.ts";
import { createApiApp } from "./create-api-app.ts";
import type { ServerDeps } from "./deps.ts";

let day: DemoDay;
let deps: ServerDeps;
let app: ReturnType<typeof createApiApp>;
/** Every response the tests saw, checked against the OpenAPI document at the end. */
const seen: { method: string; path: string; status: number; mediaType: string; body: unknown }[] = [];

before(async () => {
  day = await runDemoDay(apiConfig());
  // Two more days in the archive (copies of the demo day), so the list has pages.
  const stored = (await day.store.getBriefing(DEMO_DAY))!;
  for (const date of ["2026-02-02", "2026-02-03"])
    await day.store.saveBriefing({
      date,
      generatedAt: `${date}T13:30:00.000Z`,
      briefing: { ...stored.briefing, date },
      outputs: {},
    });
  deps = demoServerDeps(day);
  app = createApiApp(deps);
});
after(async () => {
  await day?.close();
});

async function call(
  path: string,
  init: RequestInit & { token?: string | null; on?: ReturnType<typeof createApiApp> } = {},
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of every route, checked field by field (and by the contract test)
): Promise<{ res: Response; body: any }> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? READ_TOKEN : init.token;
  if (token) headers.set("authorization", `Bearer ${token}`);
  const res = await (init.on ?? app).request(path, { ...init, headers });
  const mediaType = (res.headers.get("content-type") ?? "").split(";")[0]!;
  const text = await res.text();
  const body = text && mediaType.endsWith("json") ? JSON.parse(text) : text || undefined;
  if (!init.on && !path.startsWith("/openapi") && !path.startsWith("/docs") && init.method !== "OPTIONS")
    seen.push({
      method: init.method ?? "GET",
      path: new URL(path, "http://x").pathname,
      status: res.status,
      mediaType,
      body,
    });
  return { res, body };
}

function withApi(api: object, extra: Partial<ServerDeps> = {}) {
  const config = { ...day.config, api: { ...day.config.api, ...api } } as Config;
  return createApiApp({ ...deps, ...extra, query: { store: day.store, config } });
}

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

test("briefings: newest first, from/to, and cursor pages that end", async () => {
  const all = await call("/briefings");
  assert.deepEqual(
    all.body.items.map((i: { date: string }) => i.date),
    [DEMO_DAY, "2026-02-03", "2026-02-02"],
  );
  assert.equal(all.body.nextCursor, undefined);
  assert.equal(all.body.items[0].entries, day.published.entries.length);
  assert.equal(all.body.items[0].top.id, String(day.published.entries[0]!.articleId));
  const dates: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(`/briefings?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
    dates.push(...page.body.items.map((i: { date: string }) => i.date));
    cursor = page.body.nextCursor;
  } while (cursor);
  assert.deepEqual(dates, [DEMO_DAY, "2026-02-03", "2026-02-02"]);
  const ranged = await call("/briefings?from=2026-02-03&to=2026-02-03");
  assert.deepEqual(
    ranged.body.items.map((i: { date: string }) => i.date),
    ["2026-02-03"],
  );
  // A cursor belongs to its query.
  const first = await call("/briefings?limit=1");
  const misused = await call(`/briefings?from=2026-02-01&limit=1&cursor=${first.body.nextCursor}`);
  assert.equal(misused.res.status, 400);
  assert.ok(misused.body.errors.some((e: { path: string }) => e.path === "cursor"));
});

test("a day's briefing is the published JSON (current schema); its ETag answers 304 and changes with the content", async () => {
  const { res, body } = await call(`/briefings/${DEMO_DAY}`);
  assert.equal(res.status, 200);
  assert.equal(body.schemaVersion, BRIEFING_SCHEMA_VERSION);
  assert.deepEqual(
    body.entries.map((e: { title: string }) => e.title),
    day.published.entries.map((e) => e.title),
  );
  assert.deepEqual(body.verification, day.published.verification);
  const etag = res.headers.get("etag");
  assert.ok(etag);
  assert.equal(res.headers.get("cache-control"), "private, no-cache");
  const again = await call(`/briefings/${DEMO_DAY}`, { headers: { "if-none-match": etag } });
  assert.equal(again.res.status, 304);
  assert.equal(again.body, undefined);
  const list = await call("/briefings");
  const listTag = list.res.headers.get("etag")!;
  assert.equal((await call("/briefings", { headers: { "if-none-match": listTag } })).res.status, 304);
  const stored = (await day.store.getBriefing(DEMO_DAY))!;
  await day.store.saveBriefing({
    date: "2026-02-01",
    generatedAt: "2026-02-01T13:30:00.000Z",
    briefing: { ...stored.briefing, date: "2026-02-01" },
    outputs: {},
  });
  const changed = await call("/briefings", { headers: { "if-none-match": listTag } });
  assert.equal(changed.res.status, 200, "a new day changes the list's ETag");
  assert.notEqual(changed.res.headers.get("etag"), listTag);
});

test("an entry: claims with status and evidence, counts as published, story; no article text", async () => {
  const top = day.published.entries[0]!;
  const { res, body } = await call(`/entries/${top.articleId}`);
  assert.equal(res.status, 200);
  assert.equal(body.id, String(top.articleId));
  assert.equal(body.entry.title, top.title);
  assert.equal(body.verification.counts.supported, top.verification.supported);
  assert.equal(body.verification.claims.length, top.verification.checked);
  const supported = body.verification.claims.filter((c: { status: string }) => c.status === "supported");
  assert.ok(
    supported.length > 0 && supported.every((c: { evidence?: string; why?: string }) => c.evidence || c.why),
  );
  assert.equal(body.article.text, undefined);
  assert.ok(body.article.textChars > 0);
  assert.ok(Array.isArray(body.story.related));
});

test("search: hits with ids and highlights; cursor pages do not repeat and end", async () => {
  const star = await call("/search?q=STAR");
  assert.equal(star.res.status, 200);
  assert.ok(star.body.hits[0].title.some((p: { hit: boolean; text: string }) => p.hit && p.text === "STAR"));
  const whole = await call("/search?q=模型&limit=20");
  assert.ok(whole.body.hits.length >= 3, "enough hits to page");
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await call(`/search?q=模型&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    ids.push(...page.body.hits.map((h: { id: string }) => h.id));
    cursor = page.body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  assert.deepEqual(ids, whole.body.hits.map((h: { id: string }) => h.id).slice(0, ids.length));
  assert.equal(ids.length, Math.min(whole.body.total, 100));
  assert.equal(new Set(ids).size, ids.length);
  const filtered = await call(`/search?q=模型&minStars=5&from=${DEMO_DAY}&to=${DEMO_DAY}`);
  assert.ok(filtered.body.hits.every((h: { entry?: { stars: number } }) => h.entry && h.entry.stars === 5));
});

test("search facets: counts per source, org, tag, ★ and analyser; each ignores its own filter", async () => {
  const plain = await call("/search?q=模型&limit=100");
  assert.equal(plain.body.facets, undefined, "only when asked for");
  const all = await call("/search?q=模型&facets=true");
  const { facets } = all.body;
  assert.ok(facets.source.length > 0 && facets.org.length > 0 && facets.analyser.length > 0);
  const sum = (counts: { count: number }[]) => counts.reduce((n, f) => n + f.count, 0);
  assert.equal(sum(facets.source), all.body.total, "every matching article has one source");
  // A count is what choosing that value finds.
  for (const f of facets.source.slice(0, 3)) {
    const chosen = await call(`/search?q=模型&source=${encodeURIComponent(f.value)}&facets=true`);
    assert.equal(chosen.body.total, f.count, `source ${f.value}`);
    // The source facet ignores its own choice: still every source, same counts.
    assert.deepEqual(chosen.body.facets.source, facets.source);
  }
  for (const f of facets.stars.filter((s: { count: number }) => s.count > 0)) {
    const chosen = await call(`/search?q=模型&minStars=${f.value}`);
    assert.equal(chosen.body.total, f.count, `★ ≥ ${f.value}`);
  }
  const org = facets.org[0];
  const byOrg = await call(`/search?q=模型&org=${encodeURIComponent(org.value)}&facets=true`);
  assert.equal(byOrg.body.total, org.count);
  // Other facets follow the chosen org.
  assert.equal(sum(byOrg.body.facets.source), org.count);
  const analyser = facets.analyser[0];
  const byAnalyser = await call(`/search?q=模型&analyser=${encodeURIComponent(analyser.value)}`);
  assert.equal(byAnalyser.body.total, analyser.count);
});

test("reads are kept under the store's content version: a write by another connection shows at once", async () => {
  const path = `/briefings/${DEMO_DAY}`;
  const first = await call(path);
  const etag = first.res.headers.get("etag")!;
  const other = openStore(day.store.path);
  const stored = (await day.store.getBriefing(DEMO_DAY))!;
  try {
    const [top, ...rest] = stored.briefing.items;
    const items = [{ ...top!, entry: { ...top!.entry, title: "另一个连接改的" } }, ...rest];
    await other.saveBriefing({ ...stored, briefing: { ...stored.briefing, items } });
    const changed = await call(path, { headers: { "if-none-match": etag } });
    assert.equal(changed.res.status, 200);
    assert.equal(changed.body.entries[0].title, "另一个连接改的");
  } finally {
    await other.saveBriefing(stored);
    await other.close();
  }
  assert.equal((await call(path)).body.entries[0].title, first.body.entries[0].title);
});

test("sources, runs and trends", async () => {
  const sources = await call("/sources?days=3");
  assert.deepEqual(
    sources.body.items.map((s: { id: string }) => s.id),
    day.config.sources.map((s) => s.id),
  );
  assert.equal(sources.body.items[0].itemsPerDay.length, 3);
  const runs = await call("/runs");
  assert.ok(runs.body.items.length >= 1);
  const one = await call(`/runs/${runs.body.items[0].id}`);
  assert.equal(one.body.id, runs.body.items[0].id);
  const trends = await call(`/trends?by=org&from=${DEMO_DAY}&to=${DEMO_DAY}`);
  assert.equal(trends.body.entries, day.published.entries.length);
  assert.deepEqual(trends.body.previous, { from: "2026-02-03", to: "2026-02-03" });
  assert.equal(trends.body.items.reduce((n: number, i: { entries: number }) => n + i.entries, 0) >= 1, true);
  const byDefault = await call("/trends");
  assert.equal(byDefault.body.to, DEMO_DAY, "default period ends today (in the config's zone)");
  assert.equal(byDefault.body.from, "2026-01-29");
});

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

/** A draft of `date` holding the demo day's briefing; returns that briefing. */
async function saveDemoDraft(date: string) {
  const published = (await day.store.getBriefing(DEMO_DAY))!.briefing;
  await day.store.saveDraft({
    date,
    createdAt: `${date}T13:30:00.000Z`,
    briefing: { ...published, date },
    kind: "briefing",
    deadline: `${date}T23:30:00.000Z`,
  });
  return published;
}

test("review: the draft needs the write scope (GET too); edits are audited under the token's name; publish and discard", async () => {
  const draftDay = "2026-02-01";
  const otherDay = "2026-01-31";
  const published = await saveDemoDraft(draftDay);
  await saveDemoDraft(otherDay);
  assert.equal((await call(`/review/${draftDay}`)).res.status, 403, "a read token cannot see a draft");
  assert.equal((await call(`/review/${draftDay}`, { token: null })).res.status, 401);
  const { res, body } = await call(`/review/${draftDay}`, { token: WRITE_TOKEN });
  assert.equal(res.status, 200);
  assert.equal(body.status, "draft");
  assert.equal(body.entries.length, published.items.length);
  assert.equal(body.briefing.entries.length, published.items.length);
  const [first, second] = body.entries as { id: string; summary: string }[];
  const post = (path: string, json: object, token: string | null = WRITE_TOKEN) =>
    call(path, {
      method: "POST",
      token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(json),
    });
  assert.equal(
    (await post(`/review/${draftDay}/edits`, { action: "hide", entryId: first!.id, value: true }, READ_TOKEN))
      .res.status,
    403,
  );
  const hide = await post(`/review/${draftDay}/edits`, { action: "hide", entryId: first!.id, value: true });
  assert.equal(hide.res.status, 201);
  assert.equal(hide.body.edit.user, "writer");
  assert.equal(hide.body.edit.before, false);
  assert.equal(hide.body.entry.hidden, true);
  // An edited summary with a figure the article never gives is flagged, the failing claim named.
  const made = await post(`/review/${draftDay}/edits`, {
    action: "summary",
    entryId: second!.id,
    value: "该模型在内部评测中准确率达到 99.7%，参数量 987B。",
  });
  assert.equal(made.res.status, 201);
  assert.ok(made.body.edit.unsupported.length > 0, JSON.stringify(made.body.edit));
  assert.match(made.body.edit.unsupported.join(" "), /99\.7|987/);
  assert.deepEqual(
    made.body.entry.unsupported.map((u: { where: string }) => u.where),
    ["summary"],
  );
  const bad = await post(`/review/${draftDay}/edits`, { action: "stars", entryId: second!.id, value: 9 });
  assert.equal(bad.res.status, 400);
  assert.equal(bad.body.code, "invalid_request");
  const unknown = await post(`/review/${draftDay}/edits`, { action: "pin", entryId: "999999", value: true });
  assert.equal(unknown.res.status, 404);
  assert.equal(
    (await post(`/review/2020-01-01/edits`, { action: "pin", entryId: "1", value: true })).res.status,
    404,
  );
  const view = await call(`/review/${draftDay}`, { token: WRITE_TOKEN });
  assert.deepEqual(
    view.body.edits.map((e: { field: string; user: string }) => [e.field, e.user]),
    [
      ["hide", "writer"],
      ["summary", "writer"],
    ],
  );
  assert.equal(
    view.body.briefing.entries.length,
    published.items.length - 1,
    "the hidden entry is not in what Publish would publish",
  );
  assert.ok(
    view.body.briefing.entries.some((e: { curation?: { editorAdded?: string[] } }) =>
      e.curation?.editorAdded?.includes("摘要"),
    ),
  );

  const pub = await post(`/review/${draftDay}/publish`, {});
  assert.equal(pub.res.status, 200, JSON.stringify(pub.body));
  assert.equal(pub.body.entries, published.items.length - 1);
  const stored = (await day.store.getBriefing(draftDay))!.briefing;
  assert.equal(stored.items.length, published.items.length - 1);
  assert.ok(
    !stored.items.some((i) => String(i.articleId) === first!.id),
    "the hidden entry was not published",
  );
  assert.equal((await day.store.getDraft(draftDay))!.decidedBy, "writer");
  assert.equal((await post(`/review/${draftDay}/publish`, {})).res.status, 409, "published once");
  assert.equal(
    (await post(`/review/${draftDay}/edits`, { action: "pin", entryId: second!.id, value: true })).res.status,
    409,
  );

  const discard = await post(`/review/${otherDay}/discard`, {});
  assert.equal(discard.res.status, 200);
  assert.deepEqual(discard.body, { date: otherDay, status: "discarded" });
  assert.equal(await day.store.getBriefing(otherDay), undefined);
  assert.equal((await post(`/review/${otherDay}/discard`, {})).res.status, 409);
  const noPipeline = withApi({}, { actions: undefined, runs: undefined });
  const refused = await call(`/review/${otherDay}/publish`, {
    method: "POST",
    token: WRITE_TOKEN,
    on: noPipeline,
  });
  assert.equal(refused.res.status, 503);
});

test("review: resource links are added (verified as /review verifies them), removed; the order is set within ★ bands only; a bullet takes a label", async () => {
  const date = "2026-01-30";
  const published = await saveDemoDraft(date);
  const post = (json: object, token: string | null = WRITE_TOKEN) =>
    call(`/review/${date}/edits`, {
      method: "POST",
      token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(json),
    });
  type Entry = {
    id: string;
    stars: number;
    pinned: boolean;
    resources: { target: string; label: string; url: string }[];
    nextResource: string;
  };
  const entries = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body.entries as Entry[];
  const withLinks = entries.find((e) => e.resources.length > 0)!;
  const draftItem = published.items.find((i) => String(i.articleId) === withLinks.id)!;
  assert.deepEqual(
    withLinks.resources.map((r) => [r.label, r.url]),
    draftItem.entry.resources.map((r) => [r.label, r.url]),
  );
  const n = draftItem.entry.resources.length;
  const resource = (target: string, value: string[]) =>
    post({ action: "resource", entryId: withLinks.id, target, value });
  assert.equal(withLinks.nextResource, `resources.${n}`);

  const own = draftItem.entry.resources[0]!;
  const addOwn = {
    action: "resource",
    entryId: withLinks.id,
    target: `resources.${n}`,
    value: ["同一链接", own.url],
  };
  assert.equal((await post(addOwn, READ_TOKEN)).res.status, 403, "a read token cannot edit");
  const linked = await post(addOwn);
  assert.equal(linked.res.status, 201, JSON.stringify(linked.body));
  assert.equal(linked.body.edit.user, "writer", "audited under the token's name");
  assert.deepEqual(linked.body.edit.unsupported, [], "a link of the article passes, whatever its label");
  assert.equal(linked.body.entry.nextResource, `resources.${n + 1}`);
  const fake = await resource(`resources.${n + 1}`, [
    "编造的代码",
    "https://github.com/nobody/not-in-the-article",
  ]);
  assert.equal(fake.res.status, 201);
  assert.ok(
    fake.body.edit.unsupported.some((c: string) => c.includes("not-in-the-article")),
    JSON.stringify(fake.body.edit),
  );
  assert.deepEqual(
    fake.body.entry.unsupported.map((u: { where: string }) => u.where),
    [`resources.${n + 1}`],
  );
  const bad = await resource(`resources.${n + 2}`, ["x", "javascript:alert(1)"]);
  assert.equal(bad.res.status, 400);
  assert.equal(bad.body.code, "invalid_request");
  assert.equal((await post({ ...addOwn, target: "core.1" })).res.status, 400, "a resource place only");
  const removed = await resource("resources.0", []);
  assert.equal(removed.res.status, 201);
  assert.deepEqual(removed.body.edit.before, [own.label, own.url]);
  assert.deepEqual(
    removed.body.entry.resources.map((r: { target: string; url: string }) => [r.target, r.url]),
    [
      ...draftItem.entry.resources.slice(1).map((r, k) => [`resources.${k + 1}`, r.url]),
      [`resources.${n}`, own.url],
      [`resources.${n + 1}`, "https://github.com/nobody/not-in-the-article"],
    ],
  );
  // What Publish would publish marks the unsupported link 编辑添加, as /review does.
  const view = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
  const out = view.briefing.entries.find((e: { url: string }) => e.url === draftItem.url);
  assert.deepEqual(out.curation?.editorAdded, [`相关资源第 ${n + 2} 条`]);

  // Order: within a ★ band it is stored as one edit; across bands, or not naming every entry, refused.
  const band = (e: Entry) => (e.pinned ? "pin" : String(e.stars));
  const ids = entries.map((e) => e.id);
  const i = entries.findIndex((e, k) => k + 1 < entries.length && band(e) === band(entries[k + 1]!));
  const k = entries.findIndex((e, m) => m > 0 && band(e) !== band(entries[m - 1]!));
  assert.ok(i >= 0 && k > 0, "the draft has a band of two and a band boundary");
  const across = [...ids];
  [across[k - 1], across[k]] = [across[k]!, across[k - 1]!];
  const refused = await post({ action: "order", order: across });
  assert.equal(refused.res.status, 409);
  assert.equal(refused.body.code, "conflict");
  assert.match(refused.body.detail, /只能在同一 ★ 档内调整顺序/);
  assert.equal((await post({ action: "order", order: ids.slice(1) })).res.status, 409);
  assert.equal((await post({ action: "order", order: [] })).res.status, 400);
  const within = [...ids];
  [within[i], within[i + 1]] = [within[i + 1]!, within[i]!];
  const ordered = await post({ action: "order", order: within });
  assert.equal(ordered.res.status, 201, JSON.stringify(ordered.body));
  assert.equal(ordered.body.edit.field, "order");
  assert.equal(ordered.body.edit.entryId, "*");
  assert.deepEqual(ordered.body.edit.after, within);
  const after = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
  assert.deepEqual(
    after.entries.map((e: Entry) => e.id),
    within,
  );

  // A bullet added with a label is published with it.
  const bullets = draftItem.entry.core.bullets.length;
  const labelled = await post({
    action: "bullet",
    entryId: withLinks.id,
    target: `core.${bullets}`,
    value: "编辑补充的一条要点",
    label: "编辑点评",
  });
  assert.equal(labelled.res.status, 201);
  assert.deepEqual(labelled.body.edit.after, ["编辑点评", "编辑补充的一条要点"]);
  const final = (await call(`/review/${date}`, { token: WRITE_TOKEN })).body;
  const core = final.briefing.entries.find((e: { url: string }) => e.url === draftItem.url).core.bullets;
  assert.deepEqual(core.at(-1), { label: "编辑点评", text: "编辑补充的一条要点" });
});

test("contract: every response above validates against the generated OpenAPI document", async () => {
  const doc = (await call("/openapi.json", { token: null })).body;
  assert.ok(seen.length > 50, `responses seen: ${seen.length}`);
  // Unknown routes (notFound's 404) and event streams have no schema to check.
  const checked = seen.filter((r) => r.mediaType !== "text/event-stream" && operationPath(doc, r.path));
  const problems = checked.flatMap((r) => checkResponse(doc, r, r));
  assert.deepEqual(problems, []);
  // Every operation answered at least once with success.
  const ok = new Set(
    seen
      .filter((r) => r.status < 300)
      .map((r) => `${r.method} ${r.path.replace(/\/(\d{4}-\d{2}-\d{2}|\d+)(?=\/|$)/g, "/{}")}`),
  );
  const ops = Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.keys(item as object).map((m) => `${m.toUpperCase()} ${p.replace(/\{[^}]+\}/g, "{}")}`),
  );
  assert.deepEqual(
    ops.filter((o) => !ok.has(o)),
    [],
  );
});

test("an unexpected failure is a 500 internal problem that says nothing of it; the log gets it redacted", async () => {
  const logged: object[] = [];
  const logger = {
    debug() {},
    info() {},
    warn() {},
    error(data: object) {
      logged.push(data);
    },
    child() {
      return logger;
    },
  };
  const broken = new Proxy(day.store, {
    get(target, key, receiver) {
      if (key === "listRuns")
        return () => {
          throw new Error("disk on fire, key sk-abcdefghijklmnopqrstu");
        };
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const failing = createApiApp({ ...deps, logger, query: { store: broken, config: day.config } });
  const { res, body } = await call("/runs", { on: failing });
  assert.equal(res.status, 500);
  assert.equal(body.code, "internal");
  assert.doesNotMatch(JSON.stringify(body), /disk on fire|sk-/);
  assert.equal(logged.length, 1);
  assert.match(JSON.stringify(logged[0]), /disk on fire, key sk-\*\*\*/);
});
