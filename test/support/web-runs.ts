/**
 * The pipeline's real actions for the web app's run triggers (`daybrief serve` wires the same):
 * runs fetch from the demo server through `fetch`, which a test can hold back (a gate) or slow down
 * (a delay per request) so a run is seen while it goes.
 */
import { Writable } from "node:stream";
import { createServerActions } from "../../src/cli/server-actions.ts";
import type { Config } from "../../src/config/index.ts";
import type { RoutingFetch } from "../../src/http/index.ts";
import type { ServerActions } from "../../src/server/api/actions.ts";
import { createRunJobs, type RunJobs } from "../../src/server/api/run-jobs.ts";
import { FIXED_NOW } from "./cli-harness.ts";

const quiet = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

/** `base` with `wait()` awaited before every request (same routing and network-guard allowances). */
export function heldFetch(base: RoutingFetch, wait: () => Promise<void>): RoutingFetch {
  const held = async (input: string | URL | Request, init?: RequestInit) => {
    await wait();
    return base(input, init);
  };
  return Object.assign(held, { route: base.route, allowPrivate: base.allowPrivate, unpaced: base.unpaced });
}

/** A fetch that waits until `release()` is called (a run holds in its collect stage until then). */
export function gatedFetch(base: RoutingFetch) {
  let release!: () => void;
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { fetch: heldFetch(base, () => open), release };
}

/** The run actions and jobs the web app gets from `daybrief serve`, over `config`'s store. */
export function webRunActions(
  config: Config,
  cwd: string,
  fetch: RoutingFetch,
): { actions: ServerActions; runs: RunJobs } {
  const actions = createServerActions(config, {
    env: { DAYBRIEF_LOG_LEVEL: "silent" },
    cwd,
    stdout: quiet(),
    stderr: quiet(),
    now: () => FIXED_NOW,
    fetch,
  });
  return { actions, runs: createRunJobs(actions) };
}

/** A logger that keeps what it is told (the audit lines). */
export function recordingLogger() {
  const lines: { level: "info" | "warn"; data: Record<string, unknown>; message?: string }[] = [];
  return {
    lines,
    info: (data: object, message?: string) =>
      lines.push({ level: "info", data: data as Record<string, unknown>, message }),
    warn: (data: object, message?: string) =>
      lines.push({ level: "warn", data: data as Record<string, unknown>, message }),
  };
}
