import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { HTTPException } from "hono/http-exception";
import { UsageError } from "../../errors.ts";
import { redactPatterns } from "../../model/redact.ts";
import { dayOf } from "../../time.ts";
import { bucketOf, createPageCache, ifNoneMatches, sendKept } from "../page-cache.ts";
import type { ServerDeps } from "./deps.ts";
import { DOCS_CSS, renderDocsPage } from "./docs-page.ts";
import { type GuardEnv, guard } from "./guard.ts";
import { ApiProblem, problemResponse } from "./problem.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { addReadRoutes } from "./routes-read.ts";
import { addReviewRoutes, isReviewPath } from "./routes-review.ts";
import { addWriteRoutes } from "./routes-write.ts";
import { createRunJobs } from "./run-jobs.ts";

export const API_VERSION = "1.0.0";

/** The read routes kept in the response cache (see createApiApp). */
const CACHED_READS = /\/(briefings|entries|search|trends)(\/[^/]+)?$/;

/** The OpenAPI document's header (the routes and schemas fill in the rest). */
export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "daybrief API",
    version: API_VERSION,
    description:
      "每日 AI 情报的存档：日报、条目（含逐条核验与证据）、搜索、信息源、运行记录、趋势。" +
      " The daybrief archive: briefings, entries with per-claim verification and evidence, search, sources, runs, trends.",
  },
  servers: [{ url: "/api/v1" }],
};

/**
 * The HTTP API, to be mounted at `/api/v1` (`app.route("/api/v1", createApiApp(deps))`). Every
 * route calls the query layer; config.api gives tokens, CORS origins and the rate limit.
 */
export function createApiApp(given: ServerDeps): OpenAPIHono<GuardEnv> {
  const deps = given;
  const api = deps.query.config.api;
  const runs = deps.runs ?? (deps.actions ? createRunJobs(deps.actions) : undefined);
  const app = new OpenAPIHono<GuardEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return problemResponse(
        c,
        "invalid_request",
        errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        errors,
      );
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A token listed (as its SHA-256) under api.tokens in the config",
  });

  if (api.cors.origins.length > 0)
    app.use(
      "*",
      cors({
        origin: api.cors.origins.includes("*") ? "*" : api.cors.origins,
        allowMethods: ["GET", "POST", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
        exposeHeaders: ["ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining"],
        maxAge: 600,
      }),
    );

  // The description of the API is public: it holds no data.
  app.get("/openapi.json", (c) => c.json(app.getOpenAPI31Document(OPENAPI_INFO)));
  app.get("/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_INFO))));
  app.get("/docs.css", (c) =>
    c.body(DOCS_CSS, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=3600",
    }),
  );

  const limiter =
    deps.rateLimiter ?? createRateLimiter({ perMinute: api.rateLimit.perMinute, now: deps.now });
  app.use(
    "*",
    guard(deps.query.config, limiter, (method, path) =>
      (method === "GET" || method === "HEAD") && !isReviewPath(path) ? "read" : "write",
    ),
  );
  app.use("*", async (c, next) => {
    await next();
    if (c.req.method === "GET" && c.res.status === 200) c.header("cache-control", "private, no-cache");
  });
  app.use("*", async (c, next) => {
    // Event streams are never complete bodies: no ETag for them.
    if (c.req.method !== "GET" || c.req.path.endsWith("/events")) return next();
    return etag()(c, next);
  });

  // Reads that depend only on the store, the URL and the clock's 10-minute bucket (search's recency,
  // the trends' default period) are kept under the store's content version (src/server/page-cache.ts);
  // their ETag answers 304 before anything is read. Runs (live progress held in memory) and sources
  // (health as of now) are always computed.
  const cache = deps.pageCache ?? createPageCache({ version: () => deps.query.store.contentVersion() });
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" || !CACHED_READS.test(c.req.path)) return next();
    const now = deps.now();
    const { key, etag } = await cache.begin([
      "api",
      c.req.path,
      new URL(c.req.url).search,
      bucketOf(now).toISOString(),
      dayOf(now, deps.query.config.timezone),
    ]);
    if (ifNoneMatches(c, etag)) return c.body(null, 304, { ETag: etag });
    const hit = cache.get(key);
    if (hit) return sendKept(c, hit, { ETag: etag });
    await next();
    if (c.res.status !== 200) return;
    cache.set(key, {
      body: await c.res.clone().text(),
      status: 200,
      contentType: c.res.headers.get("content-type") ?? "application/json",
    });
    c.res.headers.set("ETag", etag);
    c.res.headers.append("Vary", "Accept-Encoding");
  });

  addReadRoutes(app, { ...deps, redact: deps.redact ?? redactPatterns }, runs);
  addWriteRoutes(app, deps, runs);
  addReviewRoutes(app, deps);

  app.notFound((c) =>
    problemResponse(c, "not_found", `没有这个路由 (no route ${c.req.method} ${c.req.path})`),
  );
  app.onError((error, c) => {
    if (error instanceof ApiProblem)
      return problemResponse(c, error.code, error.message, error.errors, error.headers);
    if (error instanceof UsageError) return problemResponse(c, "invalid_request", error.message);
    if (error instanceof HTTPException && error.status === 400)
      return problemResponse(c, "invalid_request", error.message || "malformed request body");
    const redact = deps.redact ?? redactPatterns;
    const message = redact(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (deps.logger)
      deps.logger.error({ path: c.req.path, method: c.req.method, err: message }, "api request failed");
    else process.stderr.write(`api request failed: ${c.req.method} ${c.req.path}: ${message}\n`);
    return problemResponse(c, "internal");
  });
  return app;
}
