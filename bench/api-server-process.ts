// The HTTP API and MCP apps over a store, served from a child process so the API bench's clients do
// not share the server's event loop. Run as a script with a config file, it serves on 127.0.0.1 and
// prints its origin; the parent spawns it and stops it by pid.
import { spawn } from "node:child_process";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { loadConfig } from "../src/config/index.ts";
import { createApiApp } from "../src/server/api/create-api-app.ts";
import { createMcpHttpApp } from "../src/server/mcp/create-mcp-http-app.ts";
import { openStore } from "../src/store/index.ts";

const SELF = fileURLToPath(import.meta.url);

export interface ApiServerProcess {
  origin: string;
  close(): Promise<void>;
}

/** Starts `node --import tsx api-server-process.ts <config> <now>` and waits for its origin line. */
export async function spawnApiServer(configPath: string, now: string): Promise<ApiServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, configPath, now], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`api server exited with code ${code} before it was ready`);
  });
  const origin = await Promise.race([once(lines, "line").then(([line]) => String(line).trim()), exited]);
  exited.catch(() => {});
  return {
    origin,
    async close() {
      lines.close();
      if (child.exitCode === null && child.pid !== undefined) {
        const gone = once(child, "exit");
        child.kill("SIGTERM");
        await gone;
      }
    },
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const config = loadConfig(process.argv[2]!, {});
  const now = new Date(process.argv[3]!);
  const deps = { query: { store: openStore(config.store.path), config }, now: () => now };
  const root = new Hono();
  root.route("/api/v1", createApiApp(deps));
  root.route("/mcp", createMcpHttpApp(deps));
  const server = serve({ fetch: root.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
    process.stdout.write(`http://127.0.0.1:${info.port}\n`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
