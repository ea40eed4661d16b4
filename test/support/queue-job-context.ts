/** A worker's JobContext for calling queue jobs directly in a test (no Redis): the real pipeline over `config`. */
import type { CliContext } from "../../src/cli/context.ts";
import { type OpenedPipeline, openPipeline } from "../../src/cli/open-pipeline.ts";
import type { Config } from "../../src/config/index.ts";
import type { AnalysisInputs } from "../../src/pipeline/deps.ts";
import type { JobContext } from "../../src/queue/job-context.ts";
import { createWorkerMetrics } from "../../src/queue/metrics.ts";
import { FIXED_NOW } from "./cli-harness.ts";

export async function openJobContext(
  config: Config,
  dir: string,
  analysisFor?: (opened: OpenedPipeline) => Promise<AnalysisInputs>,
): Promise<{ ctx: JobContext; opened: OpenedPipeline }> {
  const cli: CliContext = {
    env: { DAYBRIEF_LOG_LEVEL: "silent" },
    cwd: dir,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => FIXED_NOW,
  };
  const opened = await openPipeline(config, cli, { quiet: true });
  const ctx: JobContext = {
    deps: opened.deps,
    config,
    analysisFor: analysisFor ? () => analysisFor(opened) : async () => opened.deps.analysis,
    hostGate: { wait: async () => {} },
    queues: {} as JobContext["queues"],
    jobOptions: {},
    metrics: createWorkerMetrics(),
    hostStateLock: { run: (fn) => fn() },
  };
  return { ctx, opened };
}
