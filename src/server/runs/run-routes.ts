import type { Context, Hono } from "hono";
import { UsageError } from "../../errors.ts";
import type { Logger } from "../../log.ts";
import { getBriefing, listRuns, type QueryContext } from "../../queries/index.ts";
import type { LockOwner } from "../../store/index.ts";
import { dayOf, formatDateTime, parseDay } from "../../time.ts";
import { RunBusyError, type ServerActions } from "../api/actions.ts";
import type { RunJobs } from "../api/run-jobs.ts";
import type { AppEnv } from "../auth/env.ts";
import { clientAddress } from "../auth/proxy.ts";
import type { Auth } from "../auth/session.ts";
import type { PageResponder, PageStatus } from "../page-responder.ts";
import { liveRunsBody, liveRunsSection } from "../pages/live-runs.ts";
import { type RunNotice, runControls, runNotice } from "../pages/run-controls.ts";
import { runsPageBody } from "../pages/runs-page.ts";
import { readLiveRuns } from "./live-state.ts";
import { streamLiveRuns } from "./live-stream.ts";
import { describeTrigger, webCommand } from "./trigger.ts";

export interface RunRoutesDeps {
  ctx: QueryContext;
  auth: Auth;
  page: PageResponder;
  now: () => Date;
  redact: (text: string) => string;
  /** This server's run jobs (shared with the API and MCP); without them nothing can be started here. */
  runs?: RunJobs;
  /** Re-delivery (and the run lock it shares with runs). */
  actions?: ServerActions;
  /** Where who-started-what is logged (audit); the run itself records `web:<user>`. */
  logger?: Pick<Logger, "info" | "warn">;
  /** How often the store is read again for runs of other processes (default 2000). */
  pollMs?: number;
  /** Whether a process of this host is alive (tests stand in for other processes). */
  isAlive?: (pid: number) => boolean;
  /** Live streams open at once: in all, and per client address (default 64 and 6). */
  liveLimits?: { total: number; perClient: number };
}

const watchOf = (value: string | undefined) =>
  new Set(
    (value ?? "")
      .split(",")
      .map(Number)
      .filter((n) => Number.isSafeInteger(n) && n > 0)
      .slice(0, 20),
  );

function busyText(owner: LockOwner | undefined, timeZone: string): string {
  const who = owner
    ? `${describeTrigger(owner.command)}，pid ${owner.pid} @ ${owner.host}，始于 ${formatDateTime(owner.since, timeZone)}`
    : "";
  return (
    `已有一个运行在进行${who ? `（${who}）` : ""}，请等它结束后再试。` +
    ` (Another run is in progress${owner ? ` (${owner.command}, pid ${owner.pid} on ${owner.host}, since ${owner.since})` : ""}: try again when it has ended.)`
  );
}

/**
 * /runs with its live panel and triggers: GET /runs (history, running now, the forms), GET
 * /runs/live (the panel's event stream), POST /runs/start and POST /runs/redeliver (logged in,
 * CSRF; refused while another run holds the run lock).
 */
export function addRunRoutes(app: Hono<AppEnv>, deps: RunRoutesDeps): void {
  const { ctx, auth, page, redact } = deps;
  const timeZone = ctx.config.timezone;
  const pollMs = deps.pollMs ?? 2000;
  const source = { ctx, runs: deps.runs, pollSeconds: pollMs / 1000, isAlive: deps.isAlive };
  const available = Boolean(deps.runs && deps.actions);

  const runsPage = async (
    c: Context<AppEnv>,
    notice?: RunNotice,
    status: PageStatus = 200,
    watch: number[] = [],
  ) => {
    const watched = new Set(watch);
    const [history, live] = await Promise.all([listRuns(ctx, { limit: 100 }), readLiveRuns(source, watched)]);
    const user = c.get("user");
    const csrf = user ? await auth.csrfToken(c) : undefined;
    const stream = `/runs/live?watch=${[...watched].join(",")}`;
    const top = [
      runNotice(notice),
      liveRunsSection(live, stream, timeZone, redact),
      runControls({ user, csrf, available, today: dayOf(deps.now(), timeZone), path: "/runs" }),
    ];
    return page(
      c,
      { title: "运行记录", body: runsPageBody(history, timeZone, redact, top), scripts: ["runs-live.js"] },
      status,
    );
  };

  app.get("/runs", async (c) => {
    const started = watchOf(c.req.query("started"));
    const redelivered = watchOf(c.req.query("redelivered"));
    const notice: RunNotice | undefined = started.size
      ? { kind: "ok", text: `已启动运行 #${[...started][0]} (run started).` }
      : redelivered.size
        ? { kind: "ok", text: `重新推送已完成，结果见运行 #${[...redelivered][0]} (re-delivery done).` }
        : undefined;
    return runsPage(c, notice, 200, [...started, ...redelivered]);
  });

  // Each open stream reads the store every pollMs for up to 10 minutes, and anyone may open one:
  // so many are open at once, no more (a refused EventSource leaves the panel as the page drew it).
  const limits = deps.liveLimits ?? { total: 64, perClient: 6 };
  const open = new Map<string, number>();
  let openTotal = 0;
  app.get("/runs/live", (c) => {
    const client = clientAddress(c, ctx.config.serve);
    const mine = open.get(client) ?? 0;
    if (openTotal >= limits.total || mine >= limits.perClient)
      return c.text("实时更新的连接太多，请稍后刷新 (too many live streams open: refresh later)", 503, {
        "Retry-After": "30",
      });
    openTotal++;
    open.set(client, mine + 1);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      openTotal--;
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    };
    return streamLiveRuns(c, {
      watched: watchOf(c.req.query("watch")),
      runs: deps.runs,
      pollMs,
      render: async (watched) => liveRunsBody(await readLiveRuns(source, watched), timeZone, redact),
      onEnd: end,
    });
  });

  /** The form's date, or a page saying what is wrong with it. */
  const formDate = async (c: Context<AppEnv>) => {
    const form = await c.req.parseBody();
    const date = typeof form.date === "string" ? form.date.trim() : "";
    return { form, date: parseDay(date) ? date : undefined };
  };
  const refuse = (c: Context<AppEnv>, error: unknown, action: string, date: string) => {
    const user = c.get("user");
    if (error instanceof RunBusyError) {
      deps.logger?.warn(
        { user, action, date, holder: error.owner?.command },
        "web: refused, a run is in progress",
      );
      return runsPage(c, { kind: "error", text: busyText(error.owner, timeZone) }, 409);
    }
    if (error instanceof UsageError) return runsPage(c, { kind: "error", text: error.message }, 400);
    throw error;
  };

  app.post("/runs/start", auth.requireUser, auth.requireCsrf, async (c) => {
    const user = c.get("user")!;
    if (!deps.runs || !available)
      return runsPage(c, { kind: "error", text: "这个服务器没有接入流水线 (no pipeline here)." }, 503);
    const { form, date } = await formDate(c);
    if (!date) return runsPage(c, { kind: "error", text: "日期要写成 YYYY-MM-DD (date: YYYY-MM-DD)." }, 400);
    const update = form.update === "1";
    try {
      const job = await deps.runs.start(date, update, { command: webCommand(user) });
      deps.logger?.info({ user, action: "run", date, update, run_id: job.runId }, "web: run started");
      return c.redirect(`/runs?started=${job.runId}`, 303);
    } catch (error) {
      return refuse(c, error, "run", date);
    }
  });

  app.post("/runs/redeliver", auth.requireUser, auth.requireCsrf, async (c) => {
    const user = c.get("user")!;
    if (!deps.actions || !available)
      return runsPage(c, { kind: "error", text: "这个服务器没有接入流水线 (no pipeline here)." }, 503);
    const { date } = await formDate(c);
    if (!date) return runsPage(c, { kind: "error", text: "日期要写成 YYYY-MM-DD (date: YYYY-MM-DD)." }, 400);
    if (!(await getBriefing(ctx, date)))
      return runsPage(
        c,
        { kind: "error", text: `${date} 没有简报，无可推送 (no briefing for ${date}).` },
        404,
      );
    try {
      const result = await deps.actions.retryDeliveries(date, { command: webCommand(user) });
      deps.logger?.info(
        { user, action: "redeliver", date, run_id: result.runId, undelivered: result.undelivered },
        "web: re-delivery done",
      );
      return c.redirect(`/runs?redelivered=${result.runId}`, 303);
    } catch (error) {
      return refuse(c, error, "redeliver", date);
    }
  });
}
