/**
 * The HTTP API and MCP apps mounted as `daybrief serve` mounts them (/api/v1, /mcp) on a real
 * server on 127.0.0.1 port 0, over the demo day's store, with the pipeline's actions wired to the
 * demo server (so POST /runs and run_day really run the day).
 */
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createServerActions } from "../../src/cli/server-actions.ts";
import { hashToken } from "../../src/server/api/auth.ts";
import { createApiApp } from "../../src/server/api/create-api-app.ts";
import type { ServerDeps } from "../../src/server/api/deps.ts";
import { createRunJobs } from "../../src/server/api/run-jobs.ts";
import { createMcpHttpApp } from "../../src/server/mcp/create-mcp-http-app.ts";
import { FIXED_NOW } from "./cli-harness.ts";
import type { DemoDay } from "./demo-store.ts";

export const READ_TOKEN = "read-token-for-tests";
export const WRITE_TOKEN = "write-token-for-tests";

/** The `api:` section the tests run with: a read token, a write token, CORS for one origin. */
export function apiConfig(extra: object = {}) {
  return {
    api: {
      tokens: [
        { name: "reader", sha256: hashToken(READ_TOKEN), scopes: ["read"] },
        { name: "writer", sha256: hashToken(WRITE_TOKEN), scopes: ["read", "write"] },
      ],
      cors: { origins: ["https://app.example"] },
      ...extra,
    },
  };
}

const quiet = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

/** Server deps over the demo day, with the real pipeline actions (fetching from the demo server). */
export function demoServerDeps(day: DemoDay, options: { actions?: boolean } = {}): ServerDeps {
  const deps: ServerDeps = { query: { store: day.store, config: day.config }, now: () => FIXED_NOW };
  if (options.actions === false) return deps;
  const actions = createServerActions(day.config, {
    env: { DAYBRIEF_LOG_LEVEL: "silent" },
    cwd: day.harness.dir,
    stdout: quiet(),
    stderr: quiet(),
    now: () => FIXED_NOW,
    fetch: day.server.fetch,
  });
  return { ...deps, actions, runs: createRunJobs(actions) };
}

export interface RunningApps {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startApps(deps: ServerDeps): Promise<RunningApps> {
  const root = new Hono();
  root.route("/api/v1", createApiApp(deps));
  root.route("/mcp", createMcpHttpApp(deps));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: root.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
