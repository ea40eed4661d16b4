import { detectLang, translate } from "./cli/i18n.ts";
import { runCli } from "./cli/index.ts";
import { exitQuietlyOnEpipe } from "./cli/quiet-epipe.ts";
import { tuneMemory } from "./cli/tune-memory.ts";

// The entry point: the only place that reads argv and process.env and sets the exit code.
exitQuietlyOnEpipe([process.stdout, process.stderr]);
tuneMemory(process.env);
const controller = new AbortController();
let interrupted = false;
// Ctrl-C, and SIGTERM from `docker stop` / systemd (a container's PID 1 gets no default handler):
// both cancel the run cleanly (the run is marked cancelled, the lock released); a second one exits.
const stop = (signal: NodeJS.Signals) => {
  if (interrupted) process.exit(130);
  interrupted = true;
  process.stderr.write(
    `\n${translate(detectLang(process.argv.slice(2), process.env), "signal.cancelling")}\n`,
  );
  controller.abort(new Error(signal === "SIGINT" ? "cancelled by Ctrl-C" : `cancelled by ${signal}`));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

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
