import { resolve } from "node:path";
import { stringify } from "yaml";
import { parseConfig } from "../../config/index.ts";
import { startDemoServer } from "../../demo/demo-server.ts";
import { runDaily } from "../../pipeline/run-daily.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { openPipeline } from "../open-pipeline.ts";
import { printSummary } from "../print-summary.ts";

export const DEMO_DATE = "2026-02-04";

export interface DemoOptions {
  out: string;
  quiet?: boolean;
}

/**
 * `daybrief demo`: the real collect → read → analyse → rank → render path over the bundled demo
 * day, served by a local server on 127.0.0.1 (no network, no API key).
 */
export async function demoCommand(ctx: CliContext, options: DemoOptions): Promise<number> {
  const server = await startDemoServer();
  const outDir = resolve(ctx.cwd, options.out);
  try {
    const yaml = stringify({
      timezone: "Asia/Shanghai",
      sources: server.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
      output: { dir: "." },
      store: { path: "./daybrief.db" },
    });
    const config = parseConfig(yaml, { env: {}, baseDir: outDir });
    const opened = openPipeline(config, { ...ctx, fetch: server.fetch }, { quiet: options.quiet });
    try {
      const summary = await runDaily(opened.deps, { date: DEMO_DATE, command: "demo", signal: ctx.signal });
      printSummary(ctx, summary);
      if (summary.status === "ok") print(ctx.stdout, `demo done: open ${summary.outputs.md ?? outDir}`);
      return summary.status === "ok" ? EXIT.ok : EXIT.failed;
    } finally {
      opened.close();
    }
  } finally {
    await server.close();
  }
}
