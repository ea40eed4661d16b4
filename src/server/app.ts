import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { UsageError } from "../errors.ts";
import type { Logger } from "../log.ts";
import {
  createDayLocator,
  type EntryDetail,
  getBriefing,
  getEntry,
  getWeeklyTrends,
  listArchiveDays,
  listSources,
  type QueryContext,
  type SearchResult,
  searchEntries,
  sessionRegistry,
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
import { createCachedPages, HTML } from "./cached-pages.ts";
import { appFeedXml } from "./feed.ts";
import { limitBodies, securityHeaders } from "./guards.ts";
import { bucketOf, createPageCache, type PageCache } from "./page-cache.ts";
import type { PageResponder } from "./page-responder.ts";
import { archivePageBody } from "./pages/archive-page.ts";
import { dayPageBody } from "./pages/day-page.ts";
import { entryPageBody } from "./pages/entry-page.ts";
import { messageBody, type PageOptions, renderPage } from "./pages/layout.ts";
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
  /** How many /runs/live streams may be open at once, in all and per client (default 64 and 6). */
  liveLimits?: { total: number; perClient: number };
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
  /** Rendered pages kept under the store's content version (default: one of 500 pages). */
  pageCache?: PageCache;
}

const DAY = "{[0-9]{4}-[0-9]{2}-[0-9]{2}}";

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
    sessionRegistry(ctx, now),
  );
  const limiter = deps.loginLimiter ?? createLoginLimiter({ now });
  const app = new Hono<AppEnv>();

  app.use("*", securityHeaders(), limitBodies());

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

  const { cached, cachedPage } = createCachedPages(
    deps.pageCache ?? createPageCache({ version: () => ctx.store.contentVersion() }),
    auth,
  );
  const missing = (text: string) => ({
    options: { title: "找不到", body: messageBody("找不到这个页面 (404)", text) },
    status: 404 as const,
  });

  const locateDay = createDayLocator(ctx);
  /** A published day's page options (the latest day without `date`), or undefined. */
  const dayPage = async (date?: string): Promise<PageOptions | undefined> => {
    const place = await locateDay(date);
    const briefing = place && (await getBriefing(ctx, place.date));
    if (!place || !briefing) return undefined;
    return { title: place.date, body: dayPageBody({ briefing, previous: place.previous, next: place.next }) };
  };

  app.get("/", (c) =>
    cachedPage(c, async () => ({
      options: (await dayPage()) ?? {
        title: "今日",
        body: messageBody(
          "还没有简报",
          "还没有发布任何一天的简报。运行 daybrief run（或 daybrief demo --serve）之后再来。",
          { href: "/sources", label: "查看来源" },
        ),
      },
    })),
  );

  app.get(`/d/:date${DAY}`, (c) =>
    cachedPage(c, async () => {
      const date = c.req.param("date");
      const options = parseDay(date) ? await dayPage(date) : undefined;
      return options ? { options } : missing(`${date} 没有发布简报。`);
    }),
  );

  app.get(`/d/:date${DAY}/:format{md|json}`, (c) =>
    cached(c, [], async () => {
      const date = c.req.param("date");
      const briefing = parseDay(date) ? await getBriefing(ctx, date) : undefined;
      if (!briefing)
        return {
          body: `${date} 没有发布简报 (no briefing)`,
          status: 404,
          contentType: "text/plain; charset=UTF-8",
        };
      const format = c.req.param("format") === "md" ? briefingFormats.markdown : briefingFormats.json;
      return { body: format.render(briefing), status: 200, contentType: format.contentType };
    }),
  );

  app.get("/archive", (c) =>
    cachedPage(c, async () => ({
      options: { title: "归档", body: archivePageBody(await listArchiveDays(ctx)) },
    })),
  );

  app.get("/search", (c) => {
    const request = searchRequestOf(c);
    // Recency is measured from the start of the current 10 minutes, so a kept result is exact.
    const at = bucketOf(now());
    return cached(c, [at.toISOString()], async (frame) => {
      let result: SearchResult | undefined;
      let error: string | undefined;
      if (request.query.trim())
        try {
          result = await searchEntries(
            ctx.store,
            request,
            { timeZone: config.timezone, now: at, readers: ctx },
            { facets: true },
          );
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
        return { body: inner, status, contentType: HTML };
      }
      const title = request.query ? `搜索：${request.query}` : "搜索";
      return {
        body: renderPage({ path: c.req.path, ...frame }, { title, body, scripts: ["search.js"] }),
        status,
        contentType: HTML,
      };
    });
  });

  app.get("/e/:id", (c) =>
    cachedPage(c, async () => {
      const detail: EntryDetail | undefined = await getEntry(ctx, c.req.param("id"));
      if (!detail) return missing("没有这个条目。");
      return { options: { title: detail.entry.title, body: entryPageBody(detail, config.timezone) } };
    }),
  );

  app.get("/sources", async (c) => {
    const sources = await listSources(ctx, { now: now(), days: 30 });
    return page(c, { title: "来源", body: sourcesPageBody(sources, config.timezone, redact) });
  });

  app.get("/trends", (c) =>
    cachedPage(c, async () => ({
      options: { title: "趋势", body: trendsPageBody(await getWeeklyTrends(ctx)) },
    })),
  );

  app.get("/feed.xml", async (c) =>
    // The app's own pages (/d/DATE), so the app's own origin (serve.publicUrl behind a proxy):
    // `output.siteUrl` is where the static archive is served, whose pages and feed ids are other ones.
    c.body(await appFeedXml(ctx, publicOrigin(c, serve)), 200, {
      "Content-Type": "application/atom+xml; charset=utf-8",
      // Its links' origin comes from the request when serve.publicUrl is unset (behind a trusted
      // proxy, X-Forwarded-Host): a shared cache must not serve one client's origin to another.
      ...(serve.publicUrl ? {} : { Vary: "Host, X-Forwarded-Host, X-Forwarded-Proto" }),
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
    liveLimits: deps.liveLimits,
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
