/**
 * One `daybrief worker` process for the queue tests, through the real CLI: the demo's routing fetch
 * (demo hosts to the test's demo server; the LLM stub and receivers let through) and the fixed clock
 * of every e2e run. SIGTERM and SIGINT cancel like the real entry point (src/main.ts) does.
 *
 * node --import tsx test/support/queue-worker-process.ts CONFIG DEMO_ORIGIN [ALLOWED_ORIGIN…]
 * Extra `daybrief worker` flags come from DAYBRIEF_TEST_WORKER_ARGS (space-separated).
 */
import { dirname } from "node:path";
import { runCli } from "../../src/cli/index.ts";
import { createDemoFetch } from "../../src/demo/demo-fetch.ts";
import { FIXED_NOW } from "./cli-harness.ts";

const [configPath, demoOrigin, ...allowOrigins] = process.argv.slice(2);
if (!configPath || !demoOrigin)
  throw new Error("usage: queue-worker-process.ts CONFIG DEMO_ORIGIN [ALLOWED…]");
const controller = new AbortController();
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(130);
  stopping = true;
  controller.abort(new Error(`cancelled by ${signal}`));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
const extra = (process.env.DAYBRIEF_TEST_WORKER_ARGS ?? "").split(" ").filter(Boolean);
const code = await runCli(["worker", "-c", configPath, ...extra], {
  env: process.env,
  cwd: dirname(configPath),
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => FIXED_NOW,
  fetch: createDemoFetch(demoOrigin, globalThis.fetch, allowOrigins),
  signal: controller.signal,
});
process.exitCode = code;
