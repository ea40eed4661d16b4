import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { UsageError } from "../errors.ts";
import type { Logger } from "../log.ts";
import {
  type EntryDetail,
  getBriefing,
  getEntry,
  getWeeklyTrends,
  listArchiveDays,
  listSources,
  locateDay,
  publishedVersion,
  type QueryContext,
  type SearchResult,
  searchEntries,
} from "../queries/index.ts";
import { briefingFormats } from "../render/index.ts";
import { parseDay } from "../time.ts";
import type { ServerActions } from "./api/actions.ts";
import type { RunJobs } from "./api/run-jobs.ts";
import type { AppEnv } from "./auth/env.ts";
import { addLoginRoutes } from "./auth/login-routes.ts";
import { publicOrigin } from "./auth/proxy.ts";
import { createLoginLimiter, type LoginLimiter } from "./auth/rate-limit.ts";
import { createAuth } from "./auth/session.ts";
import { appFeedXml } from "./feed.ts";
import type { PageResponder } from "./page-responder.ts";
import { archivePageBody } from "./pages/archive-page.ts";
import { dayPageBody } from "./pages/day-page.ts";
import { entryPageBody } from "./pages/entry-page.ts";
import type { SafeHtml } from "./pages/html.ts";
import { messageBody, renderPage } from "./pages/layout.ts";
import { searchPageBody } from "./pages/search-page.ts";
import { sourcesPageBody } from "./pages/sources-page.ts";
import { trendsPageBody } from "./pages/trends-page.ts";
import { mountReview } from "./review/review-routes.ts";
import { addRunRoutes } from "./runs/run-routes.ts";
import { searchRequestOf } from "./search-request.ts";
import { staticOf } from "./static-files.ts";

export interface ServerDeps {
  /** The store and config every page reads through the query layer. */
  queries: QueryContext;
  now?: () => Date;
  /** Removes secrets from text shown to readers (source URLs, stored errors): the CLI's redactor. */
  redact?: (text: string) => string;
  /** Signs cookies; default serve.cookieSecret, else a random one per process. */
  cookieSecret?: string;
  loginLimiter?: LoginLimiter;
  /**
   * The runs this server starts (shared with the API and MCP, src/server/api/run-jobs.ts) and the
   * re-delivery action: without them /runs shows runs but cannot start any. The actions also
   * publish a reviewed draft (/review/DATE, docs/review.md).
   */
  runs?: RunJobs;
  actions?: ServerActions;
  /** Audit lines (who started which run) go here. */
  logger?: Pick<Logger, "info" | "warn">;
  /** How often /runs/live reads the store for runs of other processes (default 2000 ms). */
  runsPollMs?: number;
  /** Whether a process of this host is alive (tests stand in for other processes). */
  isAlive?: (pid: number) => boolean;
  /**
   * Sub-apps mounted before the pages (their own auth): the HTTP API at /api/v1 (src/server/api)
   * and MCP at /mcp (src/server/mcp), wired by the caller.
   */
  // biome-ignore lint/suspicious/noExplicitAny: each sub-app brings its own env type
  mounts?: { path: string; app: Hono<any, any, any> }[];
  /** Unexpected errors (a 500 page is shown). */
  onError?: (error: unknown) => void;
}

const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

const DAY = "{[0-9]{4}-[0-9]{2}-[0-9]{2}}";
/** Rendered day pages kept (about 70 KB each for 30 entries). */
const DAY_PAGE_CACHE = 64;

/**
 * The web app (`daybrief serve`): server-rendered pages over the query layer, one stylesheet, login
 * for anything that writes (and for reading when serve.publicRead is false). Every page works
 * without JavaScript. `app.request()` drives it in tests; @hono/node-server serves it.
 */
export function createServerApp(deps: ServerDeps): Hono<AppEnv> {
  const ctx = deps.queries;
  const { config } = ctx;
  const serve = config.serve;
  const now = deps.now ?? (() => new Date());
  const redact = deps.redact ?? ((t: string) => t);
  const auth = createAuth(
    serve,
    deps.cookieSecret ?? serve.cookieSecret ?? randomBytes(32).toString("hex"),
    now,
  );
  const limiter = deps.loginLimiter ?? createLoginLimiter({ now });
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
  });

  // ── Mount point: the HTTP API (/api/v1, src/server/api) and MCP (/mcp, src/server/mcp) ──────
  // They bring their own auth (tokens) and speak JSON; they are mounted before the pages' session,
  // read gate and CSRF so those never apply to them (`daybrief serve` mounts the API and MCP).
  for (const m of deps.mounts ?? []) app.route(m.path, m.app);

  app.get("/static/:file", (c) => {
    const file = staticOf(c.req.param("file"));
    if (!file) return c.notFound();
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(file.body, 200, { "Content-Type": file.type });
  });

  app.use("*", auth.session);
  if (!serve.publicRead)
    app.use("*", async (c, next) => {
      const path = c.req.path;
      if (path === "/login" || path === "/logout") return next();
      return auth.requireUser(c, next);
    });

  const page: PageResponder = async (c, options, status = 200) => {
    const user = c.get("user");
    const csrf = user ? await auth.csrfToken(c) : undefined;
    c.header("Cache-Control", "private, no-cache");
    return c.html(renderPage({ path: c.req.path, user, csrf }, options), status);
  };
  const notFound = (c: Context<AppEnv>, text: string) =>
    page(c, { title: "找不到", body: messageBody("找不到这个页面 (404)", text) }, 404);

  // A day's page changes only when the day is published again (its generatedAt) or a day is added
  // next to it (prev/next): rendered bodies are kept under exactly that key.
  const dayPages = new Map<string, SafeHtml>();
  // The archive and trends read every day: kept until a day is published or published again.
  const wholePages = new Map<string, SafeHtml>();
  const wholePage = async (name: string, build: () => Promise<SafeHtml>): Promise<SafeHtml> => {
    const key = `${name}|${await publishedVersion(ctx)}`;
    let body = wholePages.get(key);
    if (!body) {
      for (const k of wholePages.keys()) if (k.startsWith(`${name}|`)) wholePages.delete(k);
      body = await build();
      wholePages.set(key, body);
    }
    return body;
  };
  const dayPage = async (date?: string): Promise<{ date: string; body: SafeHtml } | undefined> => {
    const place = await locateDay(ctx, date);
    if (!place) return undefined;
    const key = [place.date, place.generatedAt, place.previous, place.next].join("|");
    let body = dayPages.get(key);
    if (!body) {
      const briefing = await getBriefing(ctx, place.date);
      if (!briefing) return undefined;
      body = dayPageBody({ briefing, previous: place.previous, next: place.next });
      if (dayPages.size >= DAY_PAGE_CACHE) dayPages.delete(dayPages.keys().next().value!);
      dayPages.set(key, body);
    }
    return { date: place.date, body };
  };

  app.get("/", async (c) => {
    const day = await dayPage();
    if (!day)
      return page(c, {
        title: "今日",
        body: messageBody(
          "还没有简报",
          "还没有发布任何一天的简报。运行 daybrief run（或 daybrief demo --serve）之后再来。",
          { href: "/sources", label: "查看来源" },
        ),
      });
    return page(c, { title: day.date, body: day.body });
  });

  app.get(`/d/:date${DAY}`, async (c) => {
    const date = c.req.param("date");
    const day = parseDay(date) ? await dayPage(date) : undefined;
    if (!day) return notFound(c, `${date} 没有发布简报。`);
    return page(c, { title: date, body: day.body });
  });

  app.get(`/d/:date${DAY}/:format{md|json}`, async (c) => {
    const date = c.req.param("date");
    const briefing = parseDay(date) ? await getBriefing(ctx, date) : undefined;
    if (!briefing) return c.text(`${date} 没有发布简报 (no briefing)`, 404);
    const format = c.req.param("format") === "md" ? briefingFormats.markdown : briefingFormats.json;
    return c.body(format.render(briefing), 200, { "Content-Type": format.contentType });
  });

  app.get("/archive", async (c) =>
    page(c, {
      title: "归档",
      body: await wholePage("archive", async () => archivePageBody(await listArchiveDays(ctx))),
    }),
  );

  app.get("/search", async (c) => {
    const request = searchRequestOf(c);
    let result: SearchResult | undefined;
    let error: string | undefined;
    if (request.query.trim())
      try {
        result = await searchEntries(ctx.store, request, { timeZone: config.timezone, now: now() });
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        error = e.message;
      }
    const body = searchPageBody({
      request,
      result,
      error,
      sources: config.sources.map((s) => ({ id: s.id!, name: s.name })),
    });
    const status = error ? 400 : 200;
    if (c.req.query("partial") === "1") {
      const inner = /<div id="results" aria-live="polite">([\s\S]*)<\/div>$/.exec(body.value)?.[1] ?? "";
      return c.html(inner, status);
    }
    return page(
      c,
      { title: request.query ? `搜索：${request.query}` : "搜索", body, scripts: ["search.js"] },
      status,
    );
  });

  app.get("/e/:id", async (c) => {
    const detail: EntryDetail | undefined = await getEntry(ctx, c.req.param("id"));
    if (!detail) return notFound(c, "没有这个条目。");
    return page(c, { title: detail.entry.title, body: entryPageBody(detail, config.timezone) });
  });

  app.get("/sources", async (c) => {
    const sources = await listSources(ctx, { now: now(), days: 30 });
    return page(c, { title: "来源", body: sourcesPageBody(sources, config.timezone, redact) });
  });

  app.get("/trends", async (c) =>
    page(c, {
      title: "趋势",
      body: await wholePage("trends", async () => trendsPageBody(await getWeeklyTrends(ctx))),
    }),
  );

  app.get("/feed.xml", async (c) =>
    // The app's own pages (/d/DATE), so the app's own origin (serve.publicUrl behind a proxy):
    // `output.siteUrl` is where the static archive is served, whose pages and feed ids are other ones.
    c.body(await appFeedXml(ctx, publicOrigin(c, serve)), 200, {
      "Content-Type": "application/atom+xml; charset=utf-8",
    }),
  );

  addLoginRoutes(app, { serve, auth, limiter, page });
  // /runs: history, the live panel (SSE) and the run triggers (login and CSRF).
  addRunRoutes(app, {
    ctx,
    auth,
    page,
    now,
    redact,
    runs: deps.runs,
    actions: deps.actions,
    logger: deps.logger,
    pollMs: deps.runsPollMs,
    isAlive: deps.isAlive,
  });

  // Curation (src/server/review/): always behind the login, every form checked for CSRF.
  mountReview(app, { queries: ctx, auth, now, page, publishDraft: deps.actions?.publishDraft });

  app.notFound((c) => notFound(c as Context<AppEnv>, "地址不对，或者这一页不存在。"));
  app.onError((error, c) => {
    deps.onError?.(error);
    return c.html(
      renderPage(
        { path: c.req.path },
        { title: "出错了", body: messageBody("出错了 (500)", "服务器处理这个请求时出错，已记录。") },
      ),
      500,
    );
  });
  return app;
}
