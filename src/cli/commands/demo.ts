import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { parseConfig } from "../../config/index.ts";
import { writeDemoHistory } from "../../demo/demo-history.ts";
import { startDemoServer } from "../../demo/demo-server.ts";
import { startLlmStub } from "../../demo/llm-stub.ts";
import { UsageError } from "../../errors.ts";
import { runDaily } from "../../pipeline/run-daily.ts";
import { type CliContext, print } from "../context.ts";
import { exitCodeOf } from "../handle-error.ts";
import { messagesOf } from "../i18n.ts";
import { DEFAULT_CONFIG_FILE } from "../load.ts";
import { openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";
import { portOf, serveConfig } from "./serve.ts";

export const DEMO_DATE = "2026-02-04";

export interface DemoOptions {
  out: string;
  quiet?: boolean;
  /** "stub": run the LLM path against the bundled OpenAI-compatible stub server (no key). */
  llm?: string;
  /** Add generated earlier days and serve the web app until Ctrl-C. */
  serve?: boolean;
  port?: string;
}

/** Earlier days `demo --serve` generates from the demo day, so archive, search and trends have something. */
export const DEMO_HISTORY_DAYS = 60;

/**
 * `daybrief demo`: the real collect → read → analyse → rank → render path over the bundled demo
 * day, served by a local server on 127.0.0.1 (no network, no API key).
 */
export async function demoCommand(ctx: CliContext, options: DemoOptions): Promise<number> {
  const t = messagesOf(ctx);
  if (options.llm !== undefined && options.llm !== "stub") {
    throw new UsageError(t("demo.badLlm", { value: options.llm }));
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
    // The config beside the outputs, so the store-reading commands (render, dupes, search, runs,
    // sources, verify, publish-site) work on the demo's store from its folder afterwards.
    const configFile = join(outDir, DEFAULT_CONFIG_FILE);
    const config = parseConfig(yaml, { env: {}, baseDir: outDir, file: configFile });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(configFile, yaml);
    const opened = await openPipeline(config, { ...ctx, fetch: server.fetch }, { quiet: options.quiet });
    try {
      const summary = await runDaily(opened.deps, { date: DEMO_DATE, command: "demo", signal: ctx.signal });
      printSummary(ctx, summary);
      if (summary.status === "ok") {
        print(ctx.stdout, t("demo.done", { path: summary.outputs.md ?? outDir }));
        const dir = relative(ctx.cwd, outDir) || ".";
        print(ctx.stdout, t("demo.next", { config: configFile, dir }));
      }
      if (!options.serve || summary.status === "failed") return exitCodeOf(summary.status);
      const days = await writeDemoHistory(opened.deps.store, {
        baseDate: DEMO_DATE,
        days: DEMO_HISTORY_DAYS,
      });
      print(
        ctx.stdout,
        t("demo.history", { count: String(days.length), first: days[0] ?? "", last: days.at(-1) ?? "" }),
      );
      // The demo's clock stands on the demo day's evening, so "today" and the last 30 days show it.
      const offset = Date.parse(`${DEMO_DATE}T21:00:00+08:00`) - ctx.now().getTime();
      await serveConfig(ctx, config, {
        port: portOf(options.port, 8080, t),
        host: "127.0.0.1",
        banner: t("demo.serveBanner"),
        now: () => new Date(ctx.now().getTime() + offset),
      });
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
