// The HTTP API and MCP apps over a store, served from a child process so the API bench's clients do
// not share the server's event loop. Run as a script with a config file, it serves on 127.0.0.1 and
// prints its origin; the parent spawns it and stops it by pid.
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { loadConfig } from "../src/config/index.ts";
import { createApiApp } from "../src/server/api/create-api-app.ts";
import { createMcpHttpApp } from "../src/server/mcp/create-mcp-http-app.ts";
import { openStore } from "../src/store/index.ts";
import { spawnOriginProcess } from "./corpus-server-process.ts";

const SELF = fileURLToPath(import.meta.url);

export interface ApiServerProcess {
  origin: string;
  close(): Promise<void>;
}

/** Starts `node --import tsx api-server-process.ts <config> <now>` and waits for its origin line. */
export function spawnApiServer(configPath: string, now: string): Promise<ApiServerProcess> {
  return spawnOriginProcess(SELF, [configPath, now]);
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
