import type { Sleep } from "../async/sleep.ts";
import type { LlmConfig, LlmProviderConfig } from "../config/llm-schema.ts";
import { ConfigError, type ConfigIssue } from "../errors.ts";
import { createOpenAICompatible } from "./openai-compatible.ts";
import { LLM_PRESETS } from "./presets.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limiter.ts";
import type { LlmCapabilities, LlmProvider } from "./types.ts";

export interface ProvidersFromConfigOptions {
  fetch: typeof fetch;
  /** The environment for "${VAR}" references and preset key variables (the entry point passes process.env). */
  env?: Record<string, string | undefined>;
  /** Test seams, passed to every provider. */
  sleep?: Sleep;
  now?: () => number;
  /**
   * The rate limiter of one provider id (queue workers share its buckets through Redis); default
   * an in-process limiter of the provider's concurrency, rpm and tpm.
   */
  limiterFor?: (provider: LlmProviderConfig) => RateLimiter;
}

export interface ConfiguredProviders {
  /** Every configured provider by id. */
  byId: Record<string, LlmProvider>;
  /** Providers in fallback order. */
  chain: LlmProvider[];
  /** The gate's provider (possibly the same endpoint with a cheaper model), when configured. */
  gate?: { provider: LlmProvider; enabled: boolean };
}

/** Applies presets, resolves keys from the environment and builds one rate limiter per provider id. */
export function createProvidersFromConfig(
  config: LlmConfig,
  options: ProvidersFromConfigOptions,
): ConfiguredProviders {
  const env = options.env ?? {};
  const issues: ConfigIssue[] = [];
  const limiters = new Map<string, RateLimiter>();
  const byId: Record<string, LlmProvider> = {};

  const build = (p: LlmProviderConfig, index: number, modelOverride?: string): LlmProvider | undefined => {
    const preset = p.preset ? LLM_PRESETS[p.preset] : undefined;
    const path = `llm.providers.${index}`;
    const baseUrl = p.baseUrl ?? preset?.baseUrl;
    const model = modelOverride ?? p.model ?? preset?.model;
    if (!baseUrl)
      issues.push({ path: `${path}.baseUrl`, message: "no baseUrl", hint: "set baseUrl or a preset" });
    if (!model)
      issues.push({
        path: `${path}.model`,
        message: "no model",
        hint: "this preset needs a model (endpoint id, local model name)",
      });
    const apiKey = resolveApiKey(p.apiKey, preset?.apiKeyEnv, env);
    // A preset's optional key may be absent; a key the config names explicitly may not.
    if (apiKey.missing && !(preset?.apiKeyOptional && p.apiKey === undefined))
      issues.push({
        path: `${path}.apiKey`,
        message: `environment variable ${apiKey.missing} is not set`,
        hint: `export ${apiKey.missing}=…`,
      });
    if (!baseUrl || !model) return undefined;
    let limiter = limiters.get(p.id);
    if (!limiter) {
      limiter =
        options.limiterFor?.(p) ??
        createRateLimiter({
          concurrency: p.concurrency,
          rpm: p.rpm,
          tpm: p.tpm,
          now: options.now,
          sleep: options.sleep,
        });
      limiters.set(p.id, limiter);
    }
    const provider = createOpenAICompatible({
      id: p.id,
      baseUrl,
      apiKey: apiKey.value,
      model,
      fetch: options.fetch,
      timeoutMs: p.timeoutMs,
      maxRetries: p.maxRetries,
      capabilities: capabilitiesFor(p, preset?.capabilities),
      headers: p.headers,
      limiter,
      sleep: options.sleep,
    });
    return { ...provider, defaults: { maxTokens: p.maxTokens, temperature: p.temperature } };
  };

  config.providers.forEach((p, i) => {
    const provider = build(p, i);
    if (provider) byId[p.id] = provider;
  });
  const chainIds = config.chain ?? config.providers.map((p) => p.id);
  const chain = chainIds.map((id) => byId[id]).filter((p): p is LlmProvider => p !== undefined);

  let gate: ConfiguredProviders["gate"];
  const gateId = config.gate.provider ?? chainIds[0];
  const gateIndex = config.providers.findIndex((p) => p.id === gateId);
  const gateConfig = config.providers[gateIndex];
  if (gateConfig) {
    const provider = config.gate.model
      ? build(gateConfig, gateIndex, config.gate.model)
      : byId[gateConfig.id];
    if (provider) gate = { provider, enabled: config.gate.enabled };
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { byId, chain, gate };
}

function capabilitiesFor(p: LlmProviderConfig, preset?: LlmCapabilities): LlmCapabilities {
  const base = preset ?? { jsonSchema: false, jsonObject: true, streaming: true };
  const json =
    p.jsonMode === "json_schema"
      ? { jsonSchema: true, jsonObject: true }
      : p.jsonMode === "json_object"
        ? { jsonSchema: false, jsonObject: true }
        : p.jsonMode === "none"
          ? { jsonSchema: false, jsonObject: false }
          : { jsonSchema: base.jsonSchema, jsonObject: base.jsonObject };
  return { ...json, streaming: p.streaming ?? base.streaming };
}

/** "${VAR}" → env.VAR; a literal stays; absent → the preset's variable. */
export function resolveApiKey(
  configured: string | undefined,
  presetEnv: string | undefined,
  env: Record<string, string | undefined>,
): { value?: string; missing?: string } {
  const reference = configured?.match(/^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/)?.[1];
  const variable = reference ?? (configured === undefined ? presetEnv : undefined);
  if (variable === undefined) return { value: configured || undefined };
  const value = env[variable];
  return value ? { value } : { missing: variable };
}
