/**
 * A real Postgres for tests: Debian's postgresql 15 started in a temp dir, listening on 127.0.0.1 (its
 * unix socket in the temp dir too), one per test process, stopped by pid when the process exits.
 * Postgres refuses to run as root, so as root initdb and the server run as the `postgres` user.
 * Each test database is created fresh (`createTestDatabase`) and dropped after.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import pg from "pg";
import { freePort } from "./free-port.ts";

const DEBIAN_BIN = "/usr/lib/postgresql/15/bin";

/** The directory holding initdb and postgres: Debian's versioned one, else the first on PATH. */
export function findPostgresBin(): string | undefined {
  const dirs = [DEBIAN_BIN, ...(process.env.PATH ?? "").split(delimiter).filter(Boolean)];
  return dirs.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres")));
}

/**
 * Why Postgres tests must skip, or undefined when they must run. A missing postgres only skips on a
 * developer machine: under CI=true the tests run and fail at start, so a CI install step that
 * vanished cannot turn them into silent skips.
 */
export function postgresSkipReason(): string | undefined {
  if (findPostgresBin() || process.env.CI === "true") return undefined;
  return (
    `no initdb/postgres in ${DEBIAN_BIN} or on PATH — install Debian's postgresql with ` +
    "`apt-get install -y --no-install-recommends postgresql` (CI=true makes this a failure)"
  );
}

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT — the superuser, trusted on loopback. */
  adminUrl: string;
  urlFor(database: string): string;
}

let started: Promise<PostgresServer> | undefined;

/** The test process's Postgres, started on first use. */
export function startPostgres(): Promise<PostgresServer> {
  started ??= launch();
  return started;
}

async function launch(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(postgresSkipReason() ?? `Postgres tests need initdb: install Debian's postgresql`);
  const dir = mkdtempSync(join(tmpdir(), "daybrief-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  // As root, run everything as `postgres`; it must own the temp dir.
  const command = (file: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const [initdb, initArgs] = command(join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  execFileSync(initdb, initArgs, { stdio: "pipe" });
  const port = await freePort();
  const [postgres, serverArgs] = command(join(bin, "postgres"), [
    "-D",
    data,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    `unix_socket_directories=${dir}`,
    // A test server: durability is not the point, speed is.
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=200",
  ]);
  const logFile = join(dir, "server.log");
  const child = spawn(postgres, serverArgs, { stdio: ["ignore", "ignore", openSync(logFile, "w")] });
  // The server must not keep the test process alive: it is stopped at exit.
  child.unref();
  const stop = () => {
    // The postmaster's own pid (runuser forks it): SIGINT is Postgres's fast shutdown.
    const pidFile = join(data, "postmaster.pid");
    try {
      const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
      if (pid > 0) process.kill(pid, "SIGINT");
    } catch {
      child.kill("SIGINT");
    }
    // Wait (briefly, synchronously: this runs at exit) for it to go, then remove its files.
    for (let i = 0; i < 100 && existsSync(pidFile); i++) execFileSync("sleep", ["0.05"]);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`postgres did not start: ${String(error)}\n${readFileSync(logFile, "utf8")}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { adminUrl, urlFor: (database) => `postgres://postgres@127.0.0.1:${port}/${database}` };
}

let databases = 0;

/** A fresh empty database on the test process's server; `drop()` removes it (closing what is left open). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = await startPostgres();
  const name = `daybrief_test_${process.pid}_${++databases}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  return { url: server.urlFor(name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
