/** L2 capability: talking to LLM endpoints. Public surface of src/llm. */
import { createOpenAICompatible } from "./openai-compatible.ts";

export {
  type ConfiguredProviders,
  createProvidersFromConfig,
  type ProvidersFromConfigOptions,
  resolveApiKey,
} from "./create-providers-from-config.ts";
export { estimateMessageTokens, estimateTokens } from "./estimate-tokens.ts";
export { extractJson, firstBalancedObject, type JsonExtraction } from "./extract-json.ts";
export { createOpenAICompatible, LlmHttpError, type OpenAICompatibleOptions } from "./openai-compatible.ts";
export { LLM_PRESETS, type LlmPreset } from "./presets.ts";
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./rate-limiter.ts";
export { readSseData } from "./read-sse.ts";
export { type ProviderCheck, testProviders } from "./test-providers.ts";
export type * from "./types.ts";

/** Provider protocols by name. Every preset speaks "openai-compatible"; a new protocol adds one line. */
export const providerFactories = {
  "openai-compatible": createOpenAICompatible,
} as const;
