import { errorMessage } from "../../errors.ts";
import type { ChatMessage, LlmProvider, LlmRequest, LlmResponse, ResponseFormat } from "../../llm/types.ts";
import type { Logger } from "../../log.ts";
import type { Analyser, AnalysisOutcome, Usage } from "../../model/analysis.ts";
import type { Article } from "../../model/article.ts";
import type { AnalyserInfo } from "../../model/briefing.ts";
import type { Entry } from "../../model/entry.ts";
import { type Reason, reasonOfError } from "../../model/reasons.ts";
import { type BudgetLimits, BudgetTracker } from "./budget-tracker.ts";
import {
  buildAnalysisMessages,
  buildFactRepairMessages,
  buildGateMessages,
  buildRepairMessages,
  type OutputLanguage,
} from "./build-messages.ts";
import {
  ENTRY_JSON_SCHEMA,
  GATE_JSON_SCHEMA,
  type GateVerdict,
  parseEntryReply,
  parseGateReply,
} from "./parse-replies.ts";
import { prepareArticleLead, prepareArticleText } from "./prepare-article.ts";
import { addUsage, type PriceTable, priceUsage } from "./price-usage.ts";
import type { PromptSet } from "./prompt-template.ts";
import { promptVersionOf } from "./prompt-version.ts";

/** One LLM call as the ledger sees it (the pipeline stores these with the run). */
export interface LlmCallRecord {
  stage: "gate" | "analyse" | "repair";
  provider: string;
  model: string;
  promptVersion: string;
  articleUrl: string;
  ok: boolean;
  finishReason?: string;
  usage?: Usage;
  latencyMs?: number;
  error?: string;
  /** ISO 8601 from the injected clock. */
  at: string;
}

export interface LlmAnalyserOptions {
  /** Providers in fallback order: a provider that still fails after its own retries hands over to the next. */
  chain: LlmProvider[];
  gate?: { provider: LlmProvider; enabled: boolean };
  prompts: PromptSet;
  language?: OutputLanguage;
  /** A shared BudgetTracker (one per run), or limits for a tracker of this analyser's own. */
  budget?: BudgetTracker | BudgetLimits;
  priceTable?: PriceTable;
  ledger?: { onCall?(record: LlmCallRecord): void };
  now?: () => Date;
  logger?: Logger;
  maxTokens?: number;
  temperature?: number;
  stream?: boolean;
  maxArticleChars?: number;
  /**
   * Fact check of a valid entry against its article (verification's `repair` policy): the claims it
   * returns are sent back in one repair turn; verification later drops whatever is still unsupported.
   */
  factCheck?: (entry: Entry, article: Article) => string[];
}

export interface LlmAnalyser extends Analyser {
  readonly budget: BudgetTracker;
}

function formatFor(provider: LlmProvider): ResponseFormat {
  if (provider.capabilities.jsonSchema) return "json_schema";
  return provider.capabilities.jsonObject ? "json_object" : "text";
}

export function createLlmAnalyser(options: LlmAnalyserOptions): LlmAnalyser {
  const first = options.chain[0];
  if (!first) throw new Error("createLlmAnalyser: the provider chain is empty");
  const { prompts } = options;
  const language = options.language ?? "zh";
  const now = options.now ?? (() => new Date());
  const budget = options.budget instanceof BudgetTracker ? options.budget : new BudgetTracker(options.budget);
  const gate = options.gate?.enabled ? options.gate.provider : undefined;
  const promptVersion = promptVersionOf(prompts, language, gate !== undefined);
  const infoFor = (p: LlmProvider): AnalyserInfo => ({
    kind: "llm",
    name: `${p.id}/${p.model}`,
    promptVersion,
  });
  const info = infoFor(first);

  /** One call: priced, counted in the budget, reported to the ledger. Throws LlmError on transport failure. */
  const call = async (
    provider: LlmProvider,
    stage: LlmCallRecord["stage"],
    request: LlmRequest,
    article: Article,
    spent: { usage?: Usage },
  ): Promise<LlmResponse> => {
    const base = {
      stage,
      provider: provider.id,
      model: provider.model,
      promptVersion,
      articleUrl: article.url,
    };
    try {
      const reply = await provider.complete(request);
      const usage = priceUsage(reply.usage, provider.model, options.priceTable);
      budget.record({ ...usage, cost: usage.cost, currency: usage.currency });
      spent.usage = addUsage(spent.usage, usage);
      options.ledger?.onCall?.({
        ...base,
        ok: true,
        finishReason: reply.finishReason,
        usage,
        latencyMs: reply.latencyMs,
        at: now().toISOString(),
      });
      return reply;
    } catch (error) {
      options.ledger?.onCall?.({ ...base, ok: false, error: errorMessage(error), at: now().toISOString() });
      throw error;
    }
  };

  const runGate = async (
    article: Article,
    sourceName: string,
    signal: AbortSignal | undefined,
    spent: { usage?: Usage },
  ) => {
    if (!gate) return undefined;
    const messages = buildGateMessages(prompts, prepareArticleLead(article, { sourceName }), language);
    try {
      const format = formatFor(gate);
      const reply = await call(
        gate,
        "gate",
        {
          messages,
          responseFormat: format,
          jsonSchema: GATE_JSON_SCHEMA,
          schemaName: "gate",
          maxTokens: 300,
          temperature: 0,
          signal,
        },
        article,
        spent,
      );
      const parsed = parseGateReply(reply.text);
      if (parsed.ok) return parsed.value;
      options.logger?.warn(
        { url: article.url, errors: parsed.errors },
        "gate reply unusable; analysing anyway",
      );
    } catch (error) {
      if (signal?.aborted) throw error;
      options.logger?.warn({ url: article.url, error: errorMessage(error) }, "gate failed; analysing anyway");
    }
    return undefined; // fail open: the full analysis decides
  };

  /** One turn quoting the unsupported claims; a reply that is not a valid entry keeps the first. */
  const repairFacts = async (
    provider: LlmProvider,
    request: (msgs: ChatMessage[]) => LlmRequest,
    messages: ChatMessage[],
    replyText: string,
    entry: Entry,
    article: Article,
    spent: { usage?: Usage },
  ): Promise<Entry> => {
    const problems = options.factCheck?.(entry, article) ?? [];
    if (problems.length === 0 || budget.exhausted) return entry;
    try {
      const fixed = await call(
        provider,
        "repair",
        request(buildFactRepairMessages(messages, replyText, problems)),
        article,
        spent,
      );
      if (fixed.finishReason === "length") return entry;
      const parsed = parseEntryReply(fixed.text);
      return parsed.ok ? parsed.value : entry;
    } catch {
      return entry;
    }
  };

  const analyseWith = async (
    provider: LlmProvider,
    article: Article,
    messages: ChatMessage[],
    signal: AbortSignal | undefined,
    spent: { usage?: Usage },
  ): Promise<AnalysisOutcome> => {
    const analyser = infoFor(provider);
    const request = (msgs: ChatMessage[]): LlmRequest => ({
      messages: msgs,
      responseFormat: formatFor(provider),
      jsonSchema: ENTRY_JSON_SCHEMA,
      schemaName: "entry",
      maxTokens: options.maxTokens ?? provider.defaults?.maxTokens ?? 4096,
      temperature: options.temperature ?? provider.defaults?.temperature ?? 0.2,
      stream: options.stream,
      signal,
    });
    const failed = (
      error: string,
      rawReply?: string,
      reason: Reason = { key: "bad_reply" },
    ): AnalysisOutcome => ({
      status: "failed",
      error,
      reason,
      rawReply,
      analyser,
      usage: spent.usage,
    });
    const reply = await call(provider, "analyse", request(messages), article, spent);
    if (reply.finishReason === "length")
      return failed("reply cut off (finish_reason length)", reply.text, { key: "cut_off" });
    const parsed = parseEntryReply(reply.text);
    if (parsed.ok) {
      const entry = await repairFacts(provider, request, messages, reply.text, parsed.value, article, spent);
      return { status: "ok", entry, analyser, usage: spent.usage };
    }
    if (budget.exhausted)
      return failed(`invalid reply (${parsed.errors.join("; ")}); no repair: ${budget.reason}`, reply.text);
    const repaired = await call(
      provider,
      "repair",
      request(buildRepairMessages(messages, reply.text, parsed.errors)),
      article,
      spent,
    );
    if (repaired.finishReason === "length")
      return failed("repair reply cut off (finish_reason length)", repaired.text, { key: "cut_off" });
    const second = parseEntryReply(repaired.text);
    if (second.ok) return { status: "ok", entry: second.value, analyser, usage: spent.usage };
    return failed(`invalid after one repair: ${second.errors.slice(0, 10).join("; ")}`, repaired.text);
  };

  return {
    info,
    budget,
    cacheNames: options.chain.map((p) => `${p.id}/${p.model}`),
    async analyse(article, { sourceName, signal }) {
      const spent: { usage?: Usage } = {};
      const failed = (error: string, reason: Reason): AnalysisOutcome => ({
        status: "failed",
        error,
        reason,
        analyser: info,
        usage: spent.usage,
      });
      if (budget.exhausted) return failed(budget.reason ?? "LLM budget exhausted", { key: "budget" });
      let verdict: GateVerdict | undefined;
      try {
        verdict = await runGate(article, sourceName, signal, spent);
      } catch (error) {
        return failed(`aborted: ${errorMessage(error)}`, reasonOfError(error));
      }
      if (verdict && !verdict.relevant)
        return { status: "rejected", reason: verdict.reason, analyser: info, usage: spent.usage };
      const messages = buildAnalysisMessages(
        prompts,
        prepareArticleText(article, { sourceName, maxChars: options.maxArticleChars }),
        language,
      );
      const errors: string[] = [];
      let lastReason: Reason = { key: "unknown" };
      for (const provider of options.chain) {
        if (budget.exhausted)
          return failed([...errors, budget.reason ?? "LLM budget exhausted"].join("; "), { key: "budget" });
        try {
          return await analyseWith(provider, article, messages, signal, spent);
        } catch (error) {
          if (signal?.aborted) return failed(`aborted: ${errorMessage(error)}`, { key: "cancelled" });
          lastReason = reasonOfError(error);
          errors.push(`${provider.id}/${provider.model}: ${errorMessage(error)}`);
          options.logger?.warn(
            { url: article.url, provider: provider.id, error: errorMessage(error) },
            "LLM provider failed; trying the next",
          );
        }
      }
      return failed(`all LLM providers failed: ${errors.join("; ")}`, lastReason);
    },
  };
}
