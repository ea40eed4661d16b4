import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { UsageError } from "../errors.ts";
import {
  type EntryDetail,
  getBriefing,
  getEntry,
  getWeeklyTrends,
  listArchiveDays,
  listRuns,
  listSources,
  locateDay,
  type QueryContext,
  type SearchResult,
  searchEntries,
} from "../queries/index.ts";
import { briefingFormats } from "../render/index.ts";
import { parseDay } from "../time.ts";
import type { AppEnv } from "./auth/env.ts";
import { verifyPassword } from "./auth/password.ts";
import { createLoginLimiter, type LoginLimiter } from "./auth/rate-limit.ts";
import { createAuth, safeNext } from "./auth/session.ts";
import { createCachedPages, HTML, type PageStatus } from "./cached-pages.ts";
import { appFeedXml } from "./feed.ts";
import { bucketOf, createPageCache, type PageCache } from "./page-cache.ts";
import { archivePageBody } from "./pages/archive-page.ts";
import { dayPageBody } from "./pages/day-page.ts";
import { entryPageBody } from "./pages/entry-page.ts";
import { messageBody, type PageOptions, renderPage } from "./pages/layout.ts";
import { loginPageBody } from "./pages/login-page.ts";
import { runsPageBody } from "./pages/runs-page.ts";
import { searchPageBody } from "./pages/search-page.ts";
import { sourcesPageBody } from "./pages/sources-page.ts";
import { trendsPageBody } from "./pages/trends-page.ts";
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

const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

const DAY = "{[0-9]{4}-[0-9]{2}-[0-9]{2}}";
/** A well-formed hash no password matches (its key is all zeros): checked for unknown user names. */
const UNKNOWN_USER_HASH = `scrypt$32768$8$1$${"A".repeat(22)}$${"A".repeat(43)}`;

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

  const page = async (c: Context<AppEnv>, options: PageOptions, status: PageStatus = 200) => {
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

  /** A published day's page options (the latest day without `date`), or undefined. */
  const dayPage = async (date?: string): Promise<PageOptions | undefined> => {
    const place = await locateDay(ctx, date);
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
            { timeZone: config.timezone, now: at },
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

  app.get("/runs", async (c) => {
    const runs = await listRuns(ctx, { limit: 100 });
    return page(c, { title: "运行记录", body: runsPageBody(runs, config.timezone, redact) });
  });

  app.get("/trends", (c) =>
    cachedPage(c, async () => ({
      options: { title: "趋势", body: trendsPageBody(await getWeeklyTrends(ctx)) },
    })),
  );

  app.get("/feed.xml", async (c) =>
    // The app's own pages (/d/DATE), so the app's own origin: `output.siteUrl` is where the static
    // archive is served, whose pages and feed ids are other ones.
    c.body(await appFeedXml(ctx, new URL(c.req.url).origin), 200, {
      "Content-Type": "application/atom+xml; charset=utf-8",
    }),
  );

  app.get("/login", async (c) => {
    const next = safeNext(c.req.query("next"));
    if (c.get("user")) return c.redirect(next, 303);
    const csrf = await auth.csrfToken(c);
    return page(c, { title: "登录", body: loginPageBody({ csrf, next, noUsers: serve.users.length === 0 }) });
  });

  app.post("/login", auth.requireCsrf, async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === "string" ? form.name.trim() : "";
    const password = typeof form.password === "string" ? form.password : "";
    const next = safeNext(typeof form.next === "string" ? form.next : undefined);
    const address = clientAddress(c);
    const keys = [`ip:${address}`, `user:${name.toLowerCase()}`];
    const wait = Math.max(...keys.map((k) => limiter.retryAfterMs(k)));
    const retry = async (error: string, status: 401 | 429) =>
      page(c, { title: "登录", body: loginPageBody({ csrf: await auth.csrfToken(c), next, error }) }, status);
    if (wait > 0) {
      c.header("Retry-After", String(Math.ceil(wait / 1000)));
      return retry(`尝试次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试。`, 429);
    }
    const user = serve.users.find((u) => u.name === name);
    // An unknown name costs the same scrypt as a known one, so timing does not tell names apart.
    const ok =
      (await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH)) && user !== undefined;
    if (!user || !ok) {
      for (const k of keys) limiter.fail(k);
      return retry("用户名或密码错误。", 401);
    }
    for (const k of keys) limiter.succeed(k);
    await auth.startSession(c, user.name);
    return c.redirect(next, 303);
  });

  app.post("/logout", auth.requireCsrf, async (c) => {
    auth.endSession(c);
    return c.redirect("/", 303);
  });

  // Later: /review/:date (curation) and run triggers go here, each behind auth.requireUser and
  // auth.requireCsrf; /runs gains a live view over SSE (GET /runs/live).

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

/** The client's address as the socket saw it (@hono/node-server puts the request on c.env). */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}
