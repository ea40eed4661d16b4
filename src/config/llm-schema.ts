import { z } from "zod";

/**
 * The `llm:` section of the config. Secrets are references: `apiKey: "${DEEPSEEK_API_KEY}"` is
 * resolved against the environment by createProvidersFromConfig (src/llm), and a preset names its
 * default variable, so most configs need no apiKey line at all.
 */

/** Presets known to src/llm/presets.ts (kept here so the schema can name them in errors). */
export const LLM_PRESET_IDS = [
  "deepseek",
  "qwen",
  "kimi",
  "glm",
  "doubao",
  "siliconflow",
  "openrouter",
  "openai",
  "ollama",
  "vllm",
  "lmstudio",
] as const;
export type LlmPresetId = (typeof LLM_PRESET_IDS)[number];

const idPattern = /^[a-z0-9][a-z0-9_.-]*$/i;

export const llmProviderSchema = z.strictObject({
  id: z.string().regex(idPattern, "use letters, digits, '.', '_' or '-'"),
  preset: z.enum(LLM_PRESET_IDS).optional(),
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  model: z.string().trim().min(1).optional(),
  /** A literal key or a "${ENV_VAR}" reference (preferred: keeps secrets out of the file). */
  apiKey: z.string().optional(),
  jsonMode: z.enum(["json_schema", "json_object", "none"]).optional(),
  streaming: z.boolean().optional(),
  timeoutMs: z.number().int().positive().default(90_000),
  maxRetries: z.number().int().min(0).max(10).default(2),
  concurrency: z.number().int().positive().default(2),
  /** Requests per minute; 0 = unlimited. */
  rpm: z.number().int().min(0).default(0),
  /** Tokens per minute; 0 = unlimited. */
  tpm: z.number().int().min(0).default(0),
  maxTokens: z.number().int().positive().default(4096),
  temperature: z.number().min(0).max(2).default(0.2),
  headers: z.record(z.string(), z.string()).optional(),
});

export const llmPriceSchema = z.strictObject({
  /** Price per million prompt tokens. */
  input: z.number().min(0),
  /** Price per million completion tokens. */
  output: z.number().min(0),
  currency: z.string().trim().min(1).default("CNY"),
});

export const llmSchema = z
  .object({
    providers: z.array(llmProviderSchema).min(1),
    /** Provider ids in fallback order; defaults to all providers in config order. */
    chain: z.array(z.string()).optional(),
    gate: z
      .object({
        enabled: z.boolean().default(false),
        /** Provider id for the gate; defaults to the first of the chain. */
        provider: z.string().optional(),
        /** A cheaper model on that provider for the gate. */
        model: z.string().trim().min(1).optional(),
      })
      .default({ enabled: false }),
    language: z.enum(["zh", "en"]).default("zh"),
    prompts: z
      .object({ analyse: z.string().optional(), gate: z.string().optional(), rubric: z.string().optional() })
      .default({}),
    /** Keyed by model name as sent to the endpoint. */
    prices: z.record(z.string(), llmPriceSchema).default({}),
    budget: z
      .object({
        maxCost: z.number().positive().optional(),
        maxTokens: z.number().int().positive().optional(),
      })
      .default({}),
    /** Stream replies (keeps long generations alive behind proxies that cut idle connections). */
    stream: z.boolean().default(false),
  })
  .superRefine((llm, ctx) => {
    const ids = new Set<string>();
    llm.providers.forEach((p, i) => {
      if (ids.has(p.id))
        ctx.addIssue({
          code: "custom",
          path: ["providers", i, "id"],
          message: `duplicate provider id "${p.id}"`,
        });
      ids.add(p.id);
      if (!p.preset && !p.baseUrl)
        ctx.addIssue({
          code: "custom",
          path: ["providers", i, "baseUrl"],
          message: "give a baseUrl or a preset",
        });
      if (!p.preset && !p.model)
        ctx.addIssue({
          code: "custom",
          path: ["providers", i, "model"],
          message: "give a model or a preset",
        });
    });
    llm.chain?.forEach((id, i) => {
      if (!ids.has(id))
        ctx.addIssue({ code: "custom", path: ["chain", i], message: `unknown provider id "${id}"` });
    });
    if (llm.gate.provider && !ids.has(llm.gate.provider))
      ctx.addIssue({
        code: "custom",
        path: ["gate", "provider"],
        message: `unknown provider id "${llm.gate.provider}"`,
      });
  });

export type LlmConfig = z.output<typeof llmSchema>;
export type LlmConfigInput = z.input<typeof llmSchema>;
export type LlmProviderConfig = z.output<typeof llmProviderSchema>;
export type LlmPrice = z.output<typeof llmPriceSchema>;
