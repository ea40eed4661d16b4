/**
 * A real Redis for tests: Debian's redis-server started in a temp dir, listening on 127.0.0.1 (no
 * persistence), one per test process, stopped by pid when the process exits. Each test takes its
 * own key prefix (`queue.prefix`), so tests in one process never see each other's queues.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { freePort } from "./free-port.ts";

/** redis-server: Debian's /usr/bin, else the first on PATH. */
export function findRedisServer(): string | undefined {
  const dirs = ["/usr/bin", ...(process.env.PATH ?? "").split(delimiter).filter(Boolean)];
  return dirs.map((dir) => join(dir, "redis-server")).find((file) => existsSync(file));
}

/**
 * Why Redis tests must skip, or undefined when they must run. A missing redis-server only skips on
 * a developer machine: under CI=true the tests run and fail at start, so a CI install step that
 * vanished cannot turn them into silent skips.
 */
export function redisSkipReason(): string | undefined {
  if (findRedisServer() || process.env.CI === "true") return undefined;
  return (
    "no redis-server in /usr/bin or on PATH — install Debian's redis-server with " +
    "`apt-get install -y --no-install-recommends redis-server` (CI=true makes this a failure)"
  );
}

export interface RedisServer {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
}

/** True when a PING on the port is answered +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let answer = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      answer += chunk.toString();
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"));
    });
  });
}

let started: Promise<RedisServer> | undefined;

/** The test process's Redis, started on first use. */
export function startRedis(): Promise<RedisServer> {
  started ??= launch();
  return started;
}

async function launch(): Promise<RedisServer> {
  const bin = findRedisServer();
  if (!bin)
    throw new Error(redisSkipReason() ?? "Redis tests need redis-server: install Debian's redis-server");
  const dir = mkdtempSync(join(tmpdir(), "daybrief-redis-"));
  const port = await freePort();
  const logFile = join(dir, "redis.log");
  const child = spawn(
    bin,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
      "--daemonize",
      "no",
      "--protected-mode",
      "yes",
      // BullMQ needs keys never evicted.
      "--maxmemory-policy",
      "noeviction",
    ],
    { stdio: ["ignore", "ignore", openSync(logFile, "w")] },
  );
  // The server must not keep the test process alive: it is stopped at exit.
  child.unref();
  const pid = child.pid!;
  const stop = () => {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      execFileSync("sleep", ["0.05"]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  const deadline = Date.now() + 15_000;
  while (!(await ping(port))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`redis-server did not start:\n${readFileSync(logFile, "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, port, pid };
}

let prefixes = 0;

/** A key prefix no other test of this process uses. */
export function testPrefix(name: string): string {
  return `t${process.pid}-${++prefixes}-${name}`.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 40);
}
