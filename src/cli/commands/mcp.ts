import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { UsageError } from "../../errors.ts";
import { createRunJobs } from "../../server/api/run-jobs.ts";
import { createMcpServer } from "../../server/mcp/create-mcp-server.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import type { CliContext } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { buildRedactor } from "../redactor.ts";
import { createServerActions } from "../server-actions.ts";

export interface McpCommandOptions {
  config?: string;
  /** The store file (default: store.path of the config). */
  store?: string;
  /** Leave run_day out of reach (it answers refused). */
  readOnly?: boolean;
}

/**
 * `daybrief mcp`: the MCP server over stdio for Claude Desktop, Cursor, Cherry Studio … stdout
 * carries the protocol only; logs and progress go to stderr. Ends when the client closes stdin.
 */
export async function mcpCommand(ctx: CliContext, options: McpCommandOptions): Promise<number> {
  const loaded = loadCliConfig(ctx, options.config);
  const config = options.store ? { ...loaded, store: { path: resolve(ctx.cwd, options.store) } } : loaded;
  if (!storeMayExist(config.store))
    throw new UsageError(messagesOf(ctx)("mcp.noStore", { path: config.store.path }));
  const store = await openConfiguredStore(config.store, { now: ctx.now });
  const redact = buildRedactor(config, ctx.env);
  const runs = options.readOnly ? undefined : createRunJobs(createServerActions(config, ctx));
  const server = createMcpServer(
    { query: { store, config }, now: ctx.now, redact, runs },
    { scopes: options.readOnly ? ["read"] : ["read", "write"], runs },
  );
  const stdin = (ctx.stdin ?? process.stdin) as Readable;
  const transport = new StdioServerTransport(stdin, ctx.stdout as Writable);
  const closed = new Promise<void>((done) => {
    transport.onclose = () => done();
    stdin.once("end", () => done());
    ctx.signal?.addEventListener("abort", () => done(), { once: true });
  });
  await server.connect(transport);
  ctx.stderr.write(
    `daybrief mcp: serving ${config.store.path} over stdio${options.readOnly ? " (read-only)" : ""}\n`,
  );
  try {
    await closed;
  } finally {
    await server.close();
    await store.close();
  }
  return 0;
}
