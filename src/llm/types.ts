/** The one small provider type every LLM backend implements (OpenAI-compatible today). */

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export type ResponseFormat = "json_schema" | "json_object" | "text";

export interface LlmCapabilities {
  /** Accepts response_format {type:"json_schema"}. */
  jsonSchema: boolean;
  /** Accepts response_format {type:"json_object"}. */
  jsonObject: boolean;
  streaming: boolean;
}

export interface LlmRequest {
  messages: ChatMessage[];
  responseFormat?: ResponseFormat;
  /** JSON Schema of the reply, used with responseFormat "json_schema". */
  jsonSchema?: object;
  /** Name given to the schema on the wire (OpenAI requires one). */
  schemaName?: string;
  maxTokens?: number;
  temperature?: number;
  stream?: boolean;
  signal?: AbortSignal;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  /** True when the endpoint sent no usage and the counts come from estimateTokens. */
  estimated: boolean;
}

export interface LlmResponse {
  text: string;
  /** "stop", "length", "content_filter", … as the endpoint said ("unknown" when absent). */
  finishReason: string;
  usage: LlmUsage;
  /** The model the endpoint says answered. */
  model: string;
  latencyMs: number;
}

export interface LlmProvider {
  /** Config id of the provider, e.g. "deepseek". */
  id: string;
  model: string;
  capabilities: LlmCapabilities;
  /** Per-provider request defaults from the config (a request's own values win). */
  defaults?: { maxTokens?: number; temperature?: number };
  complete(request: LlmRequest): Promise<LlmResponse>;
}
