import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { Hono } from "hono";
import type { ServerDeps } from "../api/deps.ts";
import { type GuardEnv, guard } from "../api/guard.ts";
import { createRateLimiter } from "../api/rate-limit.ts";
import { createRunJobs } from "../api/run-jobs.ts";
import { createMcpServer } from "./create-mcp-server.ts";

/**
 * MCP over streamable HTTP, to be mounted at `/mcp` (`app.route("/mcp", createMcpHttpApp(deps))`).
 * Stateless: each POST gets a server built with its token's scopes, so a read token can call every
 * tool but run_day. Tokens, rate limit as for /api/v1 (config.api).
 */
export function createMcpHttpApp(given: ServerDeps): Hono<GuardEnv> {
  const deps = given;
  const api = deps.query.config.api;
  const runs = deps.runs ?? (deps.actions ? createRunJobs(deps.actions) : undefined);
  const app = new Hono<GuardEnv>();
  app.use(
    "*",
    guard(
      deps.query.config,
      deps.rateLimiter ?? createRateLimiter({ perMinute: api.rateLimit.perMinute, now: deps.now }),
      () => "read",
    ),
  );
  app.all("/", async (c) => {
    const server = createMcpServer(deps, { scopes: c.get("caller").scopes, runs });
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      await server.close();
    }
  });
  return app;
}
