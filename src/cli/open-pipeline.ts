import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createOfflineAnalyser } from "../analyse/index.ts";
import { BudgetTracker, createLlmAnalyser, type LlmAnalyser, loadPromptSet } from "../analyse/llm/index.ts";
import type { Config } from "../config/index.ts";
import { createHttp, type Http } from "../http/index.ts";
import { createProvidersFromConfig } from "../llm/index.ts";
import { createLogger, type Logger } from "../log.ts";
import type { Analyser } from "../model/analysis.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { openStore } from "../store/index.ts";
import type { CliContext } from "./context.ts";
import { createProgress } from "./tty-progress.ts";

export interface OpenedPipeline {
  deps: PipelineDeps;
  close(): void;
}

/** Wires the real world into the pipeline: store file, HTTP client, analysers, logger, progress. */
export function openPipeline(
  config: Config,
  ctx: CliContext,
  options: { analyser?: Analyser; logger?: Logger; quiet?: boolean } = {},
): OpenedPipeline {
  mkdirSync(dirname(config.store.path), { recursive: true });
  const store = openStore(config.store.path, { now: ctx.now });
  const logger =
    options.logger ?? createLogger({ level: (ctx.env.DAYBRIEF_LOG_LEVEL as "info" | undefined) ?? "warn" });
  const http = createHttp({
    fetch: ctx.fetch,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    perHostConcurrency: config.fetch.concurrencyPerHost,
    retries: config.fetch.retries,
    userAgent: config.fetch.userAgent,
    now: ctx.now,
    logger,
  });
  const offline = createOfflineAnalyser();
  const llm = options.analyser ? undefined : openLlmAnalyser(config, ctx, http.fetch, logger);
  const deps: PipelineDeps = {
    config,
    store,
    http,
    analyser: options.analyser ?? llm ?? offline,
    offline,
    now: ctx.now,
    logger,
    progress: options.quiet ? { stage() {}, step() {}, done() {} } : createProgress(ctx.stderr),
  };
  return { deps, close: () => store.close() };
}

/** The configured LLM chain as an Analyser, or undefined when the config has no `llm` section. */
export function openLlmAnalyser(
  config: Config,
  ctx: CliContext,
  fetch: Http["fetch"],
  logger: Logger,
): LlmAnalyser | undefined {
  if (!config.llm) return undefined;
  const llm = config.llm;
  const { chain, gate } = createProvidersFromConfig(llm, { fetch, env: ctx.env });
  const at = (path?: string) => (path ? resolve(config.baseDir, path) : undefined);
  return createLlmAnalyser({
    chain,
    gate,
    prompts: loadPromptSet({
      analyse: at(llm.prompts.analyse),
      gate: at(llm.prompts.gate),
      rubric: at(llm.prompts.rubric),
    }),
    language: llm.language,
    budget: new BudgetTracker(llm.budget),
    priceTable: llm.prices,
    stream: llm.stream,
    ledger: { onCall: (call) => logger.debug({ ...call }, "llm call") },
    now: ctx.now,
    logger,
  });
}
