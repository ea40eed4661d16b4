// The web app served from a child process over a store the bench generated, so the load loop in the
// parent does not share the server's event loop. Run as a script with the store file; prints its origin.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { SERVE_SEARCH_THREADS } from "../src/cli/commands/serve.ts";
import { parseConfig } from "../src/config/index.ts";
import { createServerApp, listenApp } from "../src/server/index.ts";
import { openStore } from "../src/store/index.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";

const SELF = fileURLToPath(import.meta.url);

export interface WebServerProcess {
  origin: string;
  /**
   * CPU time the server process has used so far (all its threads: the event loop and the search
   * threads), in ms, from /proc (Linux); undefined elsewhere. Unlike latency it hardly depends on
   * what else the machine runs.
   */
  cpuMs(): number | undefined;
  close(): Promise<void>;
}

/**
 * Starts `node --import tsx web-server-process.ts <store> <now> <searchThreads>` and waits for its
 * origin line. `searchThreads`: as `daybrief serve` opens the store (serve.ts), or 0 for searches on
 * the event loop (the variant before search threads).
 */
export async function spawnWebServer(
  storePath: string,
  now: string,
  searchThreads: number | string = SERVE_SEARCH_THREADS,
  /** This script of another checkout (the code before a change, WEB_BENCH_BEFORE in web.ts). */
  script = SELF,
): Promise<WebServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script, storePath, now, String(searchThreads)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`web server exited with code ${code} before it was ready`);
  });
  const origin = await Promise.race([once(lines, "line").then(([l]) => String(l).trim()), exited]);
  exited.catch(() => {});
  return {
    origin,
    cpuMs: () => cpuMsOf(child.pid),
    async close() {
      lines.close();
      if (child.exitCode === null && child.pid !== undefined) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
    },
  };
}

/** utime + stime of a process (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

if (process.argv[1] === SELF) {
  const [storePath, now, threads] = process.argv.slice(2) as [string, string, string];
  // "0+facts": on the event loop, facet facts kept in memory (OpenStoreOptions.keepFacetFacts).
  // A postgres:// URL: the Postgres store (its searches are the server's, no threads).
  const postgres = storePath.startsWith("postgres://");
  const store = postgres
    ? await openPostgresStore(storePath)
    : openStore(storePath, {
        searchThreads: Number.parseInt(threads, 10),
        keepFacetFacts: threads.endsWith("+facts"),
      });
  // The config the demo ran with: its sources (as stored) and the store.
  const sources = (await store.listSourceHealth()).map((s) => ({ id: s.id, name: s.name, url: s.url }));
  const storeConfig = postgres ? { url: storePath } : { path: storePath };
  const config = parseConfig(stringify({ timezone: "Asia/Shanghai", sources, store: storeConfig }), {
    env: {},
    baseDir: process.cwd(),
  });
  const app = createServerApp({ queries: { store, config }, now: () => new Date(now) });
  const server = await listenApp(app, { port: 0, host: "127.0.0.1" });
  process.stdout.write(`${server.url}\n`);
  process.on("SIGTERM", () => {
    void server.close().then(() => {
      void store.close().then(() => process.exit(0));
    });
  });
}
