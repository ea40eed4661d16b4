import { getHeapStatistics } from "node:v8";
import { detectLang, translate } from "./cli/i18n.ts";
import { runCli } from "./cli/index.ts";
import { exitQuietlyOnEpipe } from "./cli/quiet-epipe.ts";
import { type StopSource, stopCounter } from "./cli/stop-signals.ts";
import { tuneMemory } from "./cli/tune-memory.ts";

// The entry point: the only place that reads argv and process.env and sets the exit code.
exitQuietlyOnEpipe([process.stdout, process.stderr]);
tuneMemory(process.env);
if (process.env.DAYBRIEF_DEBUG_LAUNCH === "1")
  // How this process was started (bin/launch.mjs): what test/cli-launch.test.ts reads.
  process.stderr.write(
    `daybrief-launch ${JSON.stringify({
      pid: process.pid,
      heapSizeLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576),
      mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
      launched: process.env.DAYBRIEF_LAUNCHED === "1",
    })}\n`,
  );
const controller = new AbortController();
const stops = stopCounter();
// Ctrl-C, and SIGTERM from `docker stop` / systemd (a container's PID 1 gets no default handler):
// both cancel the run cleanly (the run is marked cancelled, the lock released); a second one exits.
// One signal that reached both this process and its launching parent (which passes it on) is one.
const stop = (signal: NodeJS.Signals, source: StopSource) => {
  const count = stops(signal, source);
  if (count >= 2) process.exit(130);
  if (controller.signal.aborted) return;
  process.stderr.write(
    `\n${translate(detectLang(process.argv.slice(2), process.env), "signal.cancelling")}\n`,
  );
  controller.abort(new Error(signal === "SIGINT" ? "cancelled by Ctrl-C" : `cancelled by ${signal}`));
};
process.on("SIGINT", (signal) => stop(signal, "own"));
process.on("SIGTERM", (signal) => stop(signal, "own"));
if (process.env.DAYBRIEF_LAUNCHED === "1" && process.send) {
  // Started by bin/daybrief.mjs: its signals arrive as messages; if it dies (kill -9), so does this.
  process.on("message", (message: { daybriefSignal?: string }) => {
    if (message?.daybriefSignal === "SIGINT" || message?.daybriefSignal === "SIGTERM")
      stop(message.daybriefSignal, "passed");
  });
  process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
  process.channel?.unref();
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
  signal: controller.signal,
});
process.exitCode = code;
