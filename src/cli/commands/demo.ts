import { resolve } from "node:path";
import { stringify } from "yaml";
import { parseConfig } from "../../config/index.ts";
import { startDemoServer } from "../../demo/demo-server.ts";
import { startLlmStub } from "../../demo/llm-stub.ts";
import { UsageError } from "../../errors.ts";
import { runDaily } from "../../pipeline/run-daily.ts";
import { type CliContext, print } from "../context.ts";
import { exitCodeOf } from "../handle-error.ts";
import { openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";

export const DEMO_DATE = "2026-02-04";

export interface DemoOptions {
  out: string;
  quiet?: boolean;
  /** "stub": run the LLM path against the bundled OpenAI-compatible stub server (no key). */
  llm?: string;
}

/**
 * `daybrief demo`: the real collect → read → analyse → rank → render path over the bundled demo
 * day, served by a local server on 127.0.0.1 (no network, no API key).
 */
export async function demoCommand(ctx: CliContext, options: DemoOptions): Promise<number> {
  if (options.llm !== undefined && options.llm !== "stub") {
    throw new UsageError(`--llm takes "stub" (the bundled OpenAI-compatible stub), got "${options.llm}"`);
  }
  const stub = options.llm === "stub" ? await startLlmStub() : undefined;
  const server = await startDemoServer({ allowOrigins: stub ? [stub.baseUrl] : [] });
  const outDir = resolve(ctx.cwd, options.out);
  try {
    const yaml = stringify({
      timezone: "Asia/Shanghai",
      sources: server.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
      output: { dir: "." },
      store: { path: "./daybrief.db" },
      ...(stub ? { llm: stubLlmConfig(stub.baseUrl) } : {}),
    });
    const config = parseConfig(yaml, { env: {}, baseDir: outDir });
    const opened = await openPipeline(config, { ...ctx, fetch: server.fetch }, { quiet: options.quiet });
    try {
      const summary = await runDaily(opened.deps, { date: DEMO_DATE, command: "demo", signal: ctx.signal });
      printSummary(ctx, summary);
      if (summary.status === "ok") print(ctx.stdout, `demo done: open ${summary.outputs.md ?? outDir}`);
      return exitCodeOf(summary.status);
    } finally {
      await opened.close();
    }
  } finally {
    await server.close();
    await stub?.close();
  }
}

/** The `llm` config section that points at the stub: gate on, a price so the ledger shows a cost. */
export function stubLlmConfig(baseUrl: string) {
  return {
    providers: [{ id: "stub", baseUrl, model: "stub-model", jsonMode: "json_object", maxRetries: 1 }],
    gate: { enabled: true },
    prices: { "stub-model": { input: 1, output: 2, currency: "CNY" } },
  };
}
