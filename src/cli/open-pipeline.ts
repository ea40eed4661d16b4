import { createOfflineAnalyser } from "../analyse/index.ts";
import type { BudgetTracker, LlmCallRecord } from "../analyse/llm/index.ts";
import type { Config } from "../config/index.ts";
import { createHttp, resolveHostPolicies } from "../http/index.ts";
import type { ProvidersFromConfigOptions } from "../llm/index.ts";
import type { Logger } from "../log.ts";
import type { Analyser } from "../model/analysis.ts";
import type { Redactor } from "../model/redact.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import type { AnalysisFor } from "../pipeline/run-briefings.ts";
import { createOnlineCheck } from "../pipeline/verification.ts";
import { openConfiguredStore, type Store } from "../store/index.ts";
import { createCliLogger } from "./cli-logger.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";
import { namesOnly, openLlmAnalyser } from "./open-llm.ts";
import { buildRedactor } from "./redactor.ts";
import { createProgress } from "./tty-progress.ts";

// The logger and the LLM analysers live in cli-logger.ts and open-llm.ts; re-exported for importers.
export { createCliLogger, logLevelOf } from "./cli-logger.ts";
export { openLlmAnalyser } from "./open-llm.ts";

export interface OpenedPipeline {
  deps: PipelineDeps;
  /**
   * The configured LLM analyser with another budget (a queue job's, seeded from the run's stored
   * usage); undefined without an `llm` section.
   */
  llmWithBudget?: (budget: BudgetTracker) => Analyser;
  /** The same for a briefing's config with prompts of its own (a queue worker's jobs of that briefing). */
  llmWithBudgetFor?: (config: Config) => ((budget: BudgetTracker) => Analyser) | undefined;
  /**
   * A briefing's analysers when its prompts are its own (config `briefings[].prompts`): the same
   * providers and the same run budget, its prompts (so its own prompt version).
   */
  analysisFor?: AnalysisFor;
  close(): Promise<void>;
}

export interface OpenPipelineOptions {
  analyser?: Analyser;
  logger?: Logger;
  quiet?: boolean;
  /** Re-rendering only: the LLM is never called, so missing keys must not stop it. */
  renderOnly?: boolean;
  /** The process's redactor (built from the config and environment when not given). */
  redact?: Redactor;
  /** Each LLM provider's rate limiter (queue workers share theirs through Redis). */
  limiterFor?: ProvidersFromConfigOptions["limiterFor"];
  /** Told of every LLM call (a worker's metrics count its tokens). */
  onLlmCall?: (call: LlmCallRecord) => void;
}

/** Wires the real world into the pipeline: store file, HTTP client, analysers, logger, progress. */
export async function openPipeline(
  config: Config,
  ctx: CliContext,
  options: OpenPipelineOptions = {},
): Promise<OpenedPipeline> {
  const redact = options.redact ?? buildRedactor(config, ctx.env);
  const store = await openConfiguredStore(config.store, { now: ctx.now });
  try {
    return wirePipeline(config, ctx, options, store, redact);
  } catch (error) {
    // A config the LLM chain refuses (a bad prompt path, a missing key): nothing stays open.
    await store.close();
    throw error;
  }
}

function wirePipeline(
  config: Config,
  ctx: CliContext,
  options: OpenPipelineOptions,
  store: Store,
  redact: Redactor,
): OpenedPipeline {
  const logger = options.logger ?? createCliLogger(ctx, redact, "warn");
  const http = createHttp({
    fetch: ctx.fetch,
    timeoutMs: config.fetch.timeoutMs,
    requestTimeoutMs: config.fetch.requestTimeoutMs,
    maxBytes: config.fetch.maxBytes,
    perHostConcurrency: config.fetch.concurrencyPerHost,
    retries: config.fetch.retries,
    userAgent: config.fetch.userAgent,
    allowPrivate: config.fetch.allowPrivate,
    hostPolicies: resolveHostPolicies(config.fetch.hosts, config.fetch.coolDownMinutes),
    coolDownMs: config.fetch.coolDownMinutes * 60_000,
    pacing: { sleep: ctx.sleep },
    now: ctx.now,
    logger,
  });
  const offline = createOfflineAnalyser();
  const pickLlm = () =>
    options.analyser
      ? undefined
      : options.renderOnly
        ? { analyser: namesOnly(config), judge: undefined, budget: undefined }
        : openLlmAnalyser(config, ctx, http.fetch, logger, {
            limiterFor: options.limiterFor,
            onCall: options.onLlmCall,
          });
  let llm: ReturnType<typeof pickLlm>;
  try {
    llm = pickLlm();
  } catch (error) {
    http.close();
    throw error;
  }
  const primary = options.analyser ?? llm?.analyser ?? offline;
  const deps: PipelineDeps = {
    config,
    store,
    http,
    analysis: {
      primary,
      fallback: primary === offline ? undefined : offline,
      budget: llm?.budget,
    },
    judgeStories: llm?.judge,
    now: ctx.now,
    logger,
    progress: options.quiet
      ? { stage() {}, step() {}, done() {} }
      : createProgress(ctx.stderr, messagesOf(ctx)),
    sleep: ctx.sleep,
    // Links from articles go through the network guard; LLM endpoints (above) are the operator's own.
    refineEntry: config.verify.online
      ? createOnlineCheck(config, { fetch: http.guardedFetch, logger })
      : undefined,
    redact,
  };
  const budget = llm?.budget;
  const analysisFor: AnalysisFor | undefined =
    options.analyser || options.renderOnly || !budget
      ? undefined
      : (own) => {
          const mine = openLlmAnalyser(own, ctx, http.fetch, logger, {
            limiterFor: options.limiterFor,
            onCall: options.onLlmCall,
          });
          return mine && { primary: mine.withBudget(budget), fallback: offline, budget };
        };
  return {
    deps,
    analysisFor,
    llmWithBudget: options.analyser || !llm || !("withBudget" in llm) ? undefined : llm.withBudget,
    llmWithBudgetFor:
      options.analyser || options.renderOnly || !budget
        ? undefined
        : (own) =>
            openLlmAnalyser(own, ctx, http.fetch, logger, {
              limiterFor: options.limiterFor,
              onCall: options.onLlmCall,
            })?.withBudget,
    close: async () => {
      await store.close();
      http.close();
    },
  };
}
