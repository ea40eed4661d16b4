// One `daybrief worker` process of the workers bench, through the real CLI: the bench corpus's host
// routed to the bench's local server, the bench day's clock. SIGTERM stops it like src/main.ts does.
//
//   node --import tsx bench/queue-worker-process.ts CONFIG ORIGIN NOW_ISO [worker flags…]
import { dirname } from "node:path";
import { runCli } from "../src/cli/index.ts";
import { routeHosts } from "../test/support/route-fetch.ts";
import { RUN_SCALE_HOST } from "./run-scale-corpus.ts";

const [configPath, origin, nowIso, ...flags] = process.argv.slice(2);
if (!configPath || !origin || !nowIso)
  throw new Error("usage: queue-worker-process.ts CONFIG ORIGIN NOW [flags…]");
const controller = new AbortController();
process.once("SIGTERM", () => controller.abort(new Error("SIGTERM")));
const now = new Date(nowIso);
process.exitCode = await runCli(["worker", "-c", configPath, ...flags], {
  env: { ...process.env, DAYBRIEF_LOG_LEVEL: "error" },
  cwd: dirname(configPath),
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => now,
  fetch: routeHosts({ [RUN_SCALE_HOST]: origin }),
  signal: controller.signal,
  sleep: async () => {},
});
