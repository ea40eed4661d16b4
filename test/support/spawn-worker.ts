/** A `daybrief worker` child process (test/support/queue-worker-process.ts), waited for until ready. */
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

export interface WorkerChild {
  id: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout, then stderr). */
  output(): string;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGKILL unless it already ended. */
  kill(): void;
}

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Starts `daybrief worker -c CONFIG` with the demo routing fetch (`origin` served as the demo, the
 * `allowed` origins passed through); `env` is added to the process's. Resolves once it printed
 * "worker ready", rejects when it exits or is not ready within a minute.
 */
export async function spawnWorker(
  id: string,
  configPath: string,
  origin: string,
  allowed: readonly string[],
  env: Record<string, string> = {},
): Promise<WorkerChild> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/support/queue-worker-process.ts", configPath, origin, ...allowed],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DAYBRIEF_TEST_WORKER: id,
        DAYBRIEF_LOG_LEVEL: "warn",
        LANG: "en_US.UTF-8",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr!.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const worker: WorkerChild = {
    id,
    child,
    output: () => `${out}\n${err}`,
    exited: new Promise((done) => child.once("exit", (code) => done(code))),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
  const deadline = Date.now() + 60_000;
  while (!/worker ready/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      worker.kill();
      throw new Error(`worker ${id} did not start:\n${worker.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return worker;
}
