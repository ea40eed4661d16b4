// How the CLI starts a command that runs the pipeline (issue 17, docs/architecture.md "Memory and
// scale"): with a V8 heap cap, a small young generation and glibc's MALLOC_ARENA_MAX=2. All are read
// when a process starts (`v8.setFlagsFromString("--max-old-space-size=…")` after start leaves
// heap_size_limit as it was, `--max-semi-space-size` likewise the young generation's maximum;
// glibc reads MALLOC_ARENA_MAX before main), so bin/daybrief.mjs starts the command again in a child
// process with them when they are missing, and waits for it. Plain JavaScript: it runs before tsx.
import { spawn } from "node:child_process";
import { constants } from "node:os";

/**
 * The heap cap (MB of V8's old space) for a run. Measured with `npm run bench -- run-scale` (heapUsed
 * sampled every 20 ms, no cap): 64–75 MB at 1,000 articles, 181 MB at 10,000 (~12 MB more per 1,000).
 * 768 is 4× the 10k peak: a 10k day never nears it (nor a day of several times 10k), it never binds
 * at 1k, and a run that grows past it (a leak, a day far beyond that) stops with an out-of-memory
 * error instead of taking the machine's memory (V8's own default here: ~4 GB). A small machine
 * lowers it with DAYBRIEF_HEAP_MB.
 */
export const DEFAULT_HEAP_MB = 768;

/**
 * V8's young generation: each of its two semi-spaces at most this many MB (V8's own maximum here is
 * 16, a young generation of 32 MB). The day's peak RSS is set in the verify stage, and not by what
 * verify holds (its heapUsed stays at 40–58 MB from the first entry to the last): V8 grows the young
 * generation to its maximum under verify's short-lived allocations, and the pages stay. Measured on
 * one stored 1k day (verify alone, four runs side by side): RSS high-water +32 MB with V8's default,
 * +16 MB at 8, +8 MB at 4, for the same CPU time within the noise (32.6 / 31.6 / 33.7 s).
 */
export const DEFAULT_SEMI_SPACE_MB = 4;

/** glibc arenas: fewer arenas keep less freed native memory (as the Dockerfile and the systemd unit set). */
export const DEFAULT_MALLOC_ARENAS = "2";

/** The commands that run the pipeline or stay up; the others (help, runs, search …) start as they are. */
const PIPELINE_COMMANDS = new Set(["run", "schedule", "serve", "worker", "demo"]);

/** Set in the child's environment: never started again. */
export const LAUNCHED_ENV = "DAYBRIEF_LAUNCHED";

/** The command's name: the first argument that is neither an option nor --lang's value. */
export function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

const HEAP_FLAG = /(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/;
const SEMI_FLAG = /(^|\s)--max[-_]semi[-_]space[-_]size(=|\s|$)/;

/**
 * Pure: how to start this process's command, or undefined to run it here as it is. The user's own
 * settings win: a `--max-old-space-size` or `--max-semi-space-size` in node's arguments or
 * NODE_OPTIONS keeps theirs, a MALLOC_ARENA_MAX in the environment (any value) keeps theirs; with
 * both a heap cap and MALLOC_ARENA_MAX of their own the process runs as it is. `DAYBRIEF_HEAP_MB` sets the cap
 * (MB); 0 sets none and starts nothing again (the process runs as node started it).
 */
export function launchPlan({ argv, env, execArgv }) {
  if (env[LAUNCHED_ENV] === "1") return undefined;
  if (!PIPELINE_COMMANDS.has(commandOf(argv) ?? "")) return undefined;
  const asked = env.DAYBRIEF_HEAP_MB;
  const heapMb = asked === undefined || asked.trim() === "" ? DEFAULT_HEAP_MB : Number(asked);
  if (!Number.isInteger(heapMb) || heapMb < 0)
    throw new Error(`DAYBRIEF_HEAP_MB must be a whole number of MB (0: no cap), got ${JSON.stringify(asked)}`);
  if (heapMb === 0) return undefined;
  const userCap = execArgv.some((a) => HEAP_FLAG.test(a)) || HEAP_FLAG.test(env.NODE_OPTIONS ?? "");
  const userSemi = execArgv.some((a) => SEMI_FLAG.test(a)) || SEMI_FLAG.test(env.NODE_OPTIONS ?? "");
  const userArenas = env.MALLOC_ARENA_MAX !== undefined;
  if (userCap && userArenas) return undefined;
  return {
    execArgv: [
      ...execArgv,
      ...(userCap ? [] : [`--max-old-space-size=${heapMb}`]),
      ...(userSemi ? [] : [`--max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`]),
    ],
    env: {
      ...env,
      [LAUNCHED_ENV]: "1",
      ...(userArenas ? {} : { MALLOC_ARENA_MAX: DEFAULT_MALLOC_ARENAS }),
    },
  };
}

/**
 * Runs `script argv` in a child process as `plan` says and resolves with its exit code; when the
 * child was killed by a signal, this process kills itself with the same one.
 *
 * Signals: a terminal's Ctrl-C and systemd's stop (KillMode=control-group) reach both processes; a
 * `kill <pid>`, `docker stop` (this process is PID 1) or systemd's KillMode=mixed only this one. So
 * each SIGINT / SIGTERM this process gets is passed on as a message (not a signal), and the child
 * counts a signal it got itself and one passed on as one (src/cli/stop-signals.ts): once is a clean
 * cancel, twice exits at once, whichever way they arrive. When this process dies (kill -9), the
 * child's channel closes and it kills itself the same way: nothing runs on without its parent.
 */
export function runLaunched(script, argv, plan) {
  const child = spawn(process.execPath, [...plan.execArgv, script, ...argv], {
    env: plan.env,
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  const pass = (signal) => {
    if (child.connected) child.send({ daybriefSignal: signal }, () => {});
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, pass);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      process.stderr.write(`daybrief: could not start ${process.execPath}: ${error.message}\n`);
      resolve(70);
    });
    child.on("exit", (code, signal) => {
      if (code !== null) return resolve(code);
      // Killed (kill -9, the OOM killer, a signal passed on): die of the same signal. A crash
      // (SIGABRT when the heap cap is reached, SIGSEGV) is reported as a shell does, 128 + its
      // number, without a second core dump from this process.
      if (["SIGKILL", "SIGTERM", "SIGINT", "SIGHUP"].includes(signal)) {
        for (const s of ["SIGINT", "SIGTERM"]) process.removeAllListeners(s);
        process.kill(process.pid, signal);
      }
      setTimeout(() => resolve(128 + (constants.signals[signal] ?? 0)), 100);
    });
  });
}
