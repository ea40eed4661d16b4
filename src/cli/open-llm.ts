// The configured LLM chain opened as analysers (and, for re-rendering, as names only), split from open-pipeline.ts.
import { resolve } from "node:path";
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
import { ConfigError, errorMessage } from "../errors.ts";
import type { Http } from "../http/index.ts";
import { createProvidersFromConfig, LLM_PRESETS, type ProvidersFromConfigOptions } from "../llm/index.ts";
import type { Logger } from "../log.ts";
import type { Analyser } from "../model/analysis.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { repairCheckOf } from "../pipeline/verification.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";

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
export function namesOnly(config: Config): Analyser | undefined {
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
