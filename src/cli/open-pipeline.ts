import { resolve } from "node:path";
import { createOfflineAnalyser } from "../analyse/index.ts";
import {
  BudgetTracker,
  createLlmAnalyser,
  createStoryJudge,
  type LlmAnalyser,
  type LlmCallRecord,
  loadPromptSet,
  promptVersionOf,
} from "../analyse/llm/index.ts";
import type { Config } from "../config/index.ts";
import { ConfigError, errorMessage, UsageError } from "../errors.ts";
import { createHttp, type Http, resolveHostPolicies } from "../http/index.ts";
import { createProvidersFromConfig, LLM_PRESETS, type ProvidersFromConfigOptions } from "../llm/index.ts";
import { createLogger, type Logger, selectLogFormat } from "../log.ts";
import type { Analyser } from "../model/analysis.ts";
import type { Redactor } from "../model/redact.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import type { AnalysisFor } from "../pipeline/run-briefings.ts";
import { createOnlineCheck, repairCheckOf } from "../pipeline/verification.ts";
import { openConfiguredStore, type Store } from "../store/index.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";
import { buildRedactor } from "./redactor.ts";
import { createProgress } from "./tty-progress.ts";

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

/** The configured LLM chain as an Analyser, or undefined when the config has no `llm` section. */
export function openLlmAnalyser(
  config: Config,
  ctx: CliContext,
  fetch: Http["fetch"],
  logger: Logger,
  hooks: {
    limiterFor?: ProvidersFromConfigOptions["limiterFor"];
    onCall?: (call: LlmCallRecord) => void;
  } = {},
):
  | {
      analyser: LlmAnalyser;
      judge?: PipelineDeps["judgeStories"];
      budget: BudgetTracker;
      withBudget: (budget: BudgetTracker) => LlmAnalyser;
    }
  | undefined {
  if (!config.llm) return undefined;
  const llm = config.llm;
  const { chain, gate } = createProvidersFromConfig(llm, {
    fetch,
    env: ctx.env,
    limiterFor: hooks.limiterFor,
  });
  let prompts: ReturnType<typeof loadPromptSet>;
  try {
    prompts = loadConfiguredPrompts(config, llm);
  } catch (error) {
    throw new ConfigError(
      [
        {
          path: "llm.prompts",
          message: errorMessage(error),
          hint: messagesOf(ctx)("error.promptsHint"),
        },
      ],
      config.file,
    );
  }
  // One budget for the run: the analyser spends it, the run reads it (PipelineDeps.analysis).
  const budget = new BudgetTracker(llm.budget);
  const withBudget = (budget: BudgetTracker) =>
    createLlmAnalyser({
      chain,
      gate,
      prompts,
      language: llm.language,
      budget,
      priceTable: llm.prices,
      stream: llm.stream,
      factCheck: repairCheckOf(config),
      ledger: {
        onCall: (call) => {
          logger.debug({ ...call }, "llm call");
          hooks.onCall?.(call);
        },
      },
      now: ctx.now,
      logger,
    });
  const analyser = withBudget(budget);
  const judge =
    config.dedup.judge && chain[0]
      ? createStoryJudge({ provider: chain[0], priceTable: llm.prices })
      : undefined;
  return { analyser, judge, budget, withBudget };
}

/**
 * The CLI's logger: DAYBRIEF_LOG_LEVEL (default `fallback`), readable lines on a terminal and JSON
 * elsewhere (DAYBRIEF_LOG_FORMAT=json|text overrides), every line through the redactor.
 */
export function createCliLogger(
  ctx: CliContext,
  redact: Redactor,
  fallback: (typeof LOG_LEVELS)[number],
): Logger {
  return createLogger({
    level: logLevelOf(ctx, fallback),
    destination: ctx.stderr,
    format: selectLogFormat(ctx.stderr.isTTY, ctx.env.DAYBRIEF_LOG_FORMAT),
    redact,
  });
}

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

/** DAYBRIEF_LOG_LEVEL, checked: a typo is a usage error, not a crash inside the logger. */
export function logLevelOf(
  ctx: CliContext,
  fallback: (typeof LOG_LEVELS)[number],
): (typeof LOG_LEVELS)[number] {
  const value = ctx.env.DAYBRIEF_LOG_LEVEL;
  if (value === undefined || value === "") return fallback;
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level)
    throw new UsageError(messagesOf(ctx)("error.logLevel", { levels: LOG_LEVELS.join(", "), value }));
  return level;
}

/** The prompt files of `llm.prompts` (paths relative to the config), read. */
function loadConfiguredPrompts(config: Config, llm: NonNullable<Config["llm"]>) {
  const at = (path?: string) => (path ? resolve(config.baseDir, path) : undefined);
  return loadPromptSet({
    analyse: at(llm.prompts.analyse),
    gate: at(llm.prompts.gate),
    rubric: at(llm.prompts.rubric),
  });
}

/**
 * For re-rendering: an analyser that only knows the LLM chain's names (provider/model) and its
 * prompt version, so the stored LLM entries made with these prompts are chosen (a briefing with
 * its own prompts shows its own analyses) without building a client (no key needed).
 */
function namesOnly(config: Config): Analyser | undefined {
  if (!config.llm) return undefined;
  const llm = config.llm;
  const names = llm.providers.map(
    (p) => `${p.id}/${p.model ?? (p.preset ? LLM_PRESETS[p.preset]?.model : "") ?? ""}`,
  );
  let promptVersion = "";
  try {
    promptVersion = promptVersionOf(loadConfiguredPrompts(config, llm), llm.language, llm.gate.enabled);
  } catch {
    // Unreadable prompt files: any of the chain's analyses will do, as before.
  }
  const info = { kind: "llm" as const, name: names[0] ?? "llm", promptVersion };
  return {
    info,
    cacheNames: names,
    analyse: async () => ({ status: "failed", error: "render-only analyser", analyser: info }),
  };
}
