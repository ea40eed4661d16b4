/**
 * The demo day run for real (`daybrief run` over the bundled demo server on 127.0.0.1, offline
 * analyser unless `extra` configures an LLM), then its store and config opened for the query tests.
 */

import { readFileSync } from "node:fs";
import type { Config } from "../../src/config/index.ts";
import { loadConfig } from "../../src/config/index.ts";
import { type DemoServer, startDemoServer } from "../../src/demo/index.ts";
import type { AnalyserInfo, VerificationCounts } from "../../src/model/briefing.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./cli-harness.ts";

/** What the tests read of the published JSON output (docs/json-output.md). */
export interface PublishedJson {
  date: string;
  entries: { articleId: number; title: string; analyser: AnalyserInfo; verification: VerificationCounts }[];
  verification: VerificationCounts;
}

export interface DemoDay {
  store: Store;
  config: Config;
  harness: Harness;
  server: DemoServer;
  /** The briefing the run published (its JSON output file). */
  published: PublishedJson;
  close(): Promise<void>;
}

export async function runDemoDay(
  extra: object = {},
  options: { allowOrigins?: string[] } = {},
): Promise<DemoDay> {
  const server = await startDemoServer({ allowOrigins: options.allowOrigins ?? [] });
  const harness = createHarness({ fetch: server.fetch });
  harness.writeConfig(baseConfig(server.sources, extra));
  const run = await harness.run(["run", "--date", DEMO_DAY, "-q"]);
  if (run.code !== 0) throw new Error(`demo run failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  const config = loadConfig(harness.configPath, {});
  const store = openStore(config.store.path);
  return {
    store,
    config,
    harness,
    server,
    published: JSON.parse(readFileSync(outputPath(harness.dir, DEMO_DAY, "json"), "utf8")) as PublishedJson,
    async close() {
      await store.close();
      await server.close();
      harness.cleanup();
    },
  };
}
