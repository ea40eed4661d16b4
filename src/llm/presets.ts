import type { LlmPresetId } from "../config/llm-schema.ts";
import type { LlmCapabilities } from "./types.ts";

export interface LlmPreset {
  baseUrl: string;
  /** Default model; undefined where the model must come from the config (endpoint ids, local models). */
  model?: string;
  /** Environment variable holding the key; undefined for local servers that need none. */
  apiKeyEnv?: string;
  /** The key may be absent (self-hosted servers started without --api-key). */
  apiKeyOptional?: boolean;
  capabilities: LlmCapabilities;
  /** json_object endpoints that require the word "json" in the prompt (DeepSeek). */
  promptMustMentionJson?: boolean;
  /** Replies may come back blank (DeepSeek json_object): treat as a failed parse, not an answer. */
  mayReturnEmpty?: boolean;
}

const jsonObjectOnly: LlmCapabilities = { jsonSchema: false, jsonObject: true, streaming: true };
const bothJsonModes: LlmCapabilities = { jsonSchema: true, jsonObject: true, streaming: true };

/**
 * One table, one row per provider. Sources (docs corpus, read 2026-11):
 * - deepseek: api-docs.deepseek.com (base_url https://api.deepseek.com; "deepseek-chat … to be
 *   deprecated on 2026/07/24", now an alias of deepseek-v4-flash non-thinking) and
 *   api-docs.deepseek.com/guides/json_mode (json_object only, prompt must contain "json",
 *   content may be blank).
 * - qwen: help.aliyun.com "OpenAI Chat接口兼容" (https://dashscope.aliyuncs.com/compatible-mode/v1,
 *   qwen-plus); json_object supported, json_schema only on selected newer models (instructorphp docs).
 * - kimi: docs.openclaw.ai/providers/moonshot, promptfoo.dev/docs/providers/moonshot
 *   (China endpoint https://api.moonshot.cn/v1, MOONSHOT_API_KEY, default kimi-k2.6).
 * - glm: java.agentscope.io integration/model/glm (https://open.bigmodel.cn/api/paas/v4,
 *   ZHIPUAI_API_KEY, "response_format 仅支持 json_object").
 * - doubao: cloudwego.io eino ChatModel-ARK, yulab-smu create_volcengine
 *   (https://ark.cn-beijing.volces.com/api/v3, ARK_API_KEY, model = endpoint id "ep-…").
 *   JSON mode not confirmed in the docs read: off until `jsonMode` says otherwise.
 * - siliconflow: docs.siliconflow.cn/docs/api/chat-completions-post, camel-ai SiliconFlowModel
 *   (https://api.siliconflow.cn/v1, example model deepseek-ai/DeepSeek-V4-Flash, response_format).
 * - openrouter: openrouter.ai/docs/api/reference/overview (https://openrouter.ai/api/v1,
 *   json_object and json_schema, per-model support).
 * - openai: platform.openai.com (https://api.openai.com/v1; json_schema structured outputs).
 * - ollama: docs.ollama.com/openai (http://localhost:11434/v1, key ignored, JSON mode supported).
 * - vllm: docs.vllm.ai serving/openai_compatible_server (http://localhost:8000/v1, optional
 *   --api-key, guided decoding behind response_format).
 * - lmstudio: lmstudio.ai/docs/advanced/structured-output (http://localhost:1234/v1,
 *   json_schema only, not json_object).
 */
export const LLM_PRESETS: Record<LlmPresetId, LlmPreset> = {
  deepseek: {
    baseUrl: "https://api.deepseek.com",
    model: "deepseek-v4-flash",
    apiKeyEnv: "DEEPSEEK_API_KEY",
    capabilities: jsonObjectOnly,
    promptMustMentionJson: true,
    mayReturnEmpty: true,
  },
  qwen: {
    baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1",
    model: "qwen-plus",
    apiKeyEnv: "DASHSCOPE_API_KEY",
    capabilities: jsonObjectOnly,
    promptMustMentionJson: true,
  },
  kimi: {
    baseUrl: "https://api.moonshot.cn/v1",
    model: "kimi-k2.6",
    apiKeyEnv: "MOONSHOT_API_KEY",
    capabilities: jsonObjectOnly,
  },
  glm: {
    baseUrl: "https://open.bigmodel.cn/api/paas/v4",
    model: "glm-4-flash",
    apiKeyEnv: "ZHIPUAI_API_KEY",
    capabilities: jsonObjectOnly,
  },
  doubao: {
    baseUrl: "https://ark.cn-beijing.volces.com/api/v3",
    apiKeyEnv: "ARK_API_KEY",
    capabilities: { jsonSchema: false, jsonObject: false, streaming: true },
  },
  siliconflow: {
    baseUrl: "https://api.siliconflow.cn/v1",
    model: "deepseek-ai/DeepSeek-V4-Flash",
    apiKeyEnv: "SILICONFLOW_API_KEY",
    capabilities: jsonObjectOnly,
  },
  openrouter: {
    baseUrl: "https://openrouter.ai/api/v1",
    model: "deepseek/deepseek-v3.2",
    apiKeyEnv: "OPENROUTER_API_KEY",
    capabilities: bothJsonModes,
  },
  openai: {
    baseUrl: "https://api.openai.com/v1",
    model: "gpt-4o-mini",
    apiKeyEnv: "OPENAI_API_KEY",
    capabilities: bothJsonModes,
  },
  ollama: {
    baseUrl: "http://127.0.0.1:11434/v1",
    capabilities: jsonObjectOnly,
  },
  vllm: {
    baseUrl: "http://127.0.0.1:8000/v1",
    apiKeyEnv: "VLLM_API_KEY",
    apiKeyOptional: true,
    capabilities: bothJsonModes,
  },
  lmstudio: {
    baseUrl: "http://127.0.0.1:1234/v1",
    capabilities: { jsonSchema: true, jsonObject: false, streaming: true },
  },
};
