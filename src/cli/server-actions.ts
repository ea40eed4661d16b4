import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import type { Config } from "../config/index.ts";
import { publishDraft } from "../pipeline/publish-draft.ts";
import { retryDeliveries } from "../pipeline/retry-deliveries.ts";
import { acquireRunLock, type LockOwner } from "../pipeline/run-lock.ts";
import { RunBusyError, type ServerActions } from "../server/api/actions.ts";
import { openConfiguredStore } from "../store/index.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";
import { openPipeline } from "./open-pipeline.ts";
import { runDay } from "./run-day.ts";

/**
 * The writes of the HTTP API and MCP (`POST /runs`, `run_day`, `POST /deliveries/:date/retry`):
 * the same pipeline as `daybrief run`, under the same run lock, recorded as command `api`.
 * Progress goes to the caller's watcher, never to stdout (stdio MCP speaks on stdout).
 */
type Deps = Awaited<ReturnType<typeof openPipeline>>["deps"];

export function createServerActions(config: Config, ctx: CliContext): ServerActions {
  // The store's run lock takes a lock held by this very process as stale (a CLI run never asks
  // twice); a server does, so it refuses its own second run here first.
  let busy: LockOwner | undefined;
  async function withLock<T>(command: string, body: (deps: Deps) => Promise<T>): Promise<T> {
    if (busy)
      throw new RunBusyError(messagesOf(ctx)("serve.alreadyRunning", { command: busy.command }), busy);
    busy = { pid: process.pid, host: hostname(), since: ctx.now().toISOString(), command };
    try {
      return await lockAndRun(command, body);
    } finally {
      busy = undefined;
    }
  }
  async function lockAndRun<T>(command: string, body: (deps: Deps) => Promise<T>): Promise<T> {
    if (!config.store.url) mkdirSync(dirname(config.store.path), { recursive: true });
    const lockStore = await openConfiguredStore(config.store, { now: ctx.now });
    const lock = await acquireRunLock(lockStore, { command, now: ctx.now });
    if (!lock.acquired) {
      await lockStore.close();
      const o = lock.owner;
      throw new RunBusyError(
        messagesOf(ctx)("serve.storeBusy", {
          pid: String(o.pid),
          host: o.host,
          command: o.command,
          since: o.since,
        }),
        o,
      );
    }
    let opened: Awaited<ReturnType<typeof openPipeline>> | undefined;
    try {
      opened = await openPipeline(config, ctx, { quiet: true });
      return await body(opened.deps);
    } finally {
      await opened?.close();
      await lock.release();
      await lockStore.close();
    }
  }
  return {
    runDay: (request) =>
      withLock(request.command ?? "api", async (deps) => {
        const summary = await runDay(
          { ...deps, progress: request.progress },
          {
            date: request.date,
            command: request.command ?? "api",
            kind: request.update ? "update" : "briefing",
            signal: request.signal ?? ctx.signal,
            onStart: request.onStart,
          },
        );
        return {
          runId: summary.runId,
          status: summary.status,
          reason: summary.reason,
          entries: summary.briefing?.items.length,
        };
      }),
    retryDeliveries: (date, options = {}) =>
      withLock(`retry:${options.command ?? "api"}`, (deps) =>
        retryDeliveries(deps, { date, command: options.command ?? "api", attempt: 1, signal: ctx.signal }),
      ),
    publishDraft: (date, by) =>
      withLock("publish", async (deps) => {
        const summary = await publishDraft(deps, { date, by, signal: ctx.signal });
        return {
          runId: summary.runId,
          status: summary.status,
          reason: summary.reason,
          entries: summary.briefing?.items.length ?? 0,
          sent: (summary.delivery?.channels ?? []).map((c) => ({ channel: c.id, parts: c.sent })),
          error: summary.error,
        };
      }),
  };
}
