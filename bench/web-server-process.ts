// The web app served from a child process over a store the bench generated, so the load loop in the
// parent does not share the server's event loop. Run as a script with the store file; prints its origin.
import { spawn } from "node:child_process";
import { once } from "node:events";
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
): Promise<WebServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, storePath, now, String(searchThreads)], {
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
    async close() {
      lines.close();
      if (child.exitCode === null && child.pid !== undefined) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
    },
  };
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
