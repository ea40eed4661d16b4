import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { Hono } from "hono";
import { briefingIdsOf, type Config, configForBriefing } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { type MetricsServer, startMetricsServer } from "../../http/metrics-server.ts";
import type { Logger } from "../../log.ts";
import { DEFAULT_BRIEFING_ID } from "../../model/briefing-id.ts";
import type { Redactor } from "../../model/redact.ts";
import { createApiApp } from "../../server/api/create-api-app.ts";
import { createRateLimiter } from "../../server/api/rate-limit.ts";
import { createRunJobs } from "../../server/api/run-jobs.ts";
import { createLoginLimiter } from "../../server/auth/rate-limit.ts";
import { routeBriefings } from "../../server/briefing-routes.ts";
import { createServerApp, hashPassword, listenApp } from "../../server/index.ts";
import { createMcpHttpApp } from "../../server/mcp/create-mcp-http-app.ts";
import { createServerMetrics, type ServerMetrics } from "../../server/metrics.ts";
import { openConfiguredStore, type Store } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { messagesOf, type Translate } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { createCliLogger } from "../open-pipeline.ts";
import { buildRedactor } from "../redactor.ts";
import { createServerActions } from "../server-actions.ts";
import { scheduleCommand } from "./schedule.ts";

export interface ServeCommandOptions {
  config?: string;
  port?: string;
  host?: string;
  /** Also run the configured schedule in this process. */
  schedule?: boolean;
  /** Print the scrypt hash of the password read from stdin (for serve.users) and exit. */
  hashPassword?: boolean;
  /** Serve Prometheus /metrics on this port (its own listener; default off). */
  metricsPort?: string;
  /** The address /metrics listens on (default 127.0.0.1). */
  metricsHost?: string;
}

/** Where `serve` answers /metrics (`--metrics-port`), when it does. */
interface MetricsListen {
  port: number;
  host: string;
}

/**
 * Search threads of the served store (OpenStoreOptions.searchThreads): searches run beside the event
 * loop, so pages answer while one runs, and two run at once on two cores (bench/web.ts compares).
 */
export const SERVE_SEARCH_THREADS = Math.max(1, Math.min(2, availableParallelism()));

export function portOf(value: string | undefined, fallback: number, t?: Translate): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535)
    throw new UsageError(t ? t("serve.badPort", { value }) : `--port takes 0–65535, got "${value}"`);
  return Number(value);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Serves the web app for `config` until ctx.signal aborts (Ctrl-C). Reads the store the CLI and
 * the scheduler write (SQLite WAL: readers never block the run's writer).
 */
export async function serveConfig(
  ctx: CliContext,
  config: Config,
  options: { port: number; host: string; banner?: string; now?: () => Date; metrics?: MetricsListen },
): Promise<void> {
  if (!config.store.url) mkdirSync(dirname(config.store.path), { recursive: true });
  const store = await openConfiguredStore(config.store, {
    now: ctx.now,
    searchThreads: SERVE_SEARCH_THREADS,
  });
  try {
    await serveStore(ctx, config, store, options);
  } finally {
    await store.close();
  }
}

async function serveStore(
  ctx: CliContext,
  config: Config,
  store: Store,
  options: { port: number; host: string; banner?: string; now?: () => Date; metrics?: MetricsListen },
): Promise<void> {
  const redact = buildRedactor(config, ctx.env);
  const logger = createCliLogger(ctx, redact, "info");
  const metrics = options.metrics && createServerMetrics();
  const app = serveApp(ctx, config, store, { now: options.now ?? ctx.now, redact, logger, metrics });
  const server = await listenApp(app, options);
  let metricsServer: MetricsServer | undefined;
  try {
    print(ctx.stdout, `daybrief serve: ${server.url}/ ${options.banner ?? ""}`.trimEnd());
    if (metrics && options.metrics) {
      metricsServer = await startMetricsServer({ ...options.metrics, render: () => metrics.render(store) });
      print(ctx.stdout, `daybrief serve: metrics ${metricsServer.url}`);
    }
    if (config.serve.users.length > 0 && !config.serve.cookieSecret)
      print(ctx.stderr, messagesOf(ctx)("serve.noCookieSecret"));
    await new Promise<void>((resolve) => {
      if (!ctx.signal) return;
      if (ctx.signal.aborted) resolve();
      else ctx.signal.addEventListener("abort", () => resolve(), { once: true });
    });
  } finally {
    await metricsServer?.close();
    await server.close();
    print(ctx.stdout, "daybrief serve: stopped");
  }
}

/** `daybrief serve [--port 8080] [--host 127.0.0.1] [--schedule]`, or `--hash-password`. */
export async function serveCommand(ctx: CliContext, options: ServeCommandOptions): Promise<number> {
  if (options.hashPassword) {
    if (!ctx.stdin) throw new UsageError(messagesOf(ctx)("serve.passwordFromStdin"));
    const password = (await readAll(ctx.stdin)).replace(/\r?\n$/, "");
    if (password.length < 8) throw new UsageError(messagesOf(ctx)("serve.passwordTooShort"));
    print(ctx.stdout, await hashPassword(password));
    return EXIT.ok;
  }
  const config = loadCliConfig(ctx, options.config);
  const port = portOf(options.port, config.serve.port, messagesOf(ctx));
  const host = options.host ?? config.serve.host;
  const metrics =
    options.metricsPort === undefined
      ? undefined
      : { port: portOf(options.metricsPort, 0, messagesOf(ctx)), host: options.metricsHost ?? "127.0.0.1" };
  if (!options.schedule) {
    await serveConfig(ctx, config, { port, host, metrics });
    return EXIT.ok;
  }
  // With --schedule the two share one stop: Ctrl-C/SIGTERM ends both, and a server that cannot
  // start (the port is taken) ends the scheduler too instead of leaving a process with no web app.
  const both = new AbortController();
  const stopBoth = () => both.abort(ctx.signal?.reason);
  if (ctx.signal?.aborted) stopBoth();
  else ctx.signal?.addEventListener("abort", stopBoth, { once: true });
  const shared = { ...ctx, signal: both.signal };
  const served = serveConfig(shared, config, { port, host, metrics }).catch((error: unknown) => {
    both.abort(error);
    throw error;
  });
  const scheduled = scheduleCommand(shared, { config: options.config });
  const [result, code] = await Promise.allSettled([served, scheduled]);
  ctx.signal?.removeEventListener("abort", stopBoth);
  if (result.status === "rejected") throw result.reason;
  if (code.status === "rejected") throw code.reason;
  return code.value;
}

/**
 * The web app (with the API at /api/v1 and MCP at /mcp) over `store`: one per briefing of the
 * config, routed by server/briefing-routes.ts when there are several.
 */
export function serveApp(
  ctx: CliContext,
  config: Config,
  store: Store,
  options: { now: () => Date; redact: Redactor; logger: Logger; metrics?: ServerMetrics },
) {
  const { now, redact, logger } = options;
  // Several briefings (config `briefings`): one app per briefing over its config, the default one
  // (or the first) at today's URLs, the others under /b/<id>/ (server/briefing-routes.ts). They
  // share one cookie secret, so a login holds for all of them.
  const cookieSecret = config.serve.cookieSecret ?? randomBytes(32).toString("hex");
  // One login limiter and one token budget for all of them: a login at /b/<id>/login, or an API or
  // MCP request with ?briefing=<id>, counts against the same client and token as at the root.
  const loginLimiter = createLoginLimiter({ now });
  const rateLimiter = createRateLimiter({ perMinute: config.api.rateLimit.perMinute, now });
  const appOf = (own: Config) => {
    // One set of run jobs for the web app, the API and MCP: they share live progress and the
    // one-run-at-a-time guard (and the actions' own guard covers re-deliveries too).
    const actions = createServerActions(own, ctx);
    const runs = createRunJobs(actions);
    const serverDeps = { query: { store, config: own }, now, redact, logger, actions, runs, rateLimiter };
    return createServerApp({
      queries: { store, config: own },
      now,
      redact,
      runs,
      actions,
      logger,
      cookieSecret,
      loginLimiter,
      onError: (error) => logger.error({ err: error }, "web request failed"),
      mounts: [
        { path: "/api/v1", app: createApiApp(serverDeps) },
        { path: "/mcp", app: createMcpHttpApp(serverDeps) },
      ],
    });
  };
  const ids = briefingIdsOf(config);
  const mainId = ids.includes(DEFAULT_BRIEFING_ID) ? DEFAULT_BRIEFING_ID : ids[0]!;
  const main = appOf(configForBriefing(config, mainId));
  const others = new Map(
    ids.filter((id) => id !== mainId).map((id) => [id, appOf(configForBriefing(config, id))]),
  );
  const app = others.size === 0 ? main : routeBriefings(main, others);
  if (!options.metrics) return app;
  // Every request timed and counted (server/metrics.ts), whichever briefing's app answers it.
  const timed = new Hono();
  timed.use("*", options.metrics.middleware);
  timed.all("*", (c) => app.fetch(c.req.raw, c.env));
  return timed;
}
