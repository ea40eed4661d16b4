import type { Sleep } from "../async/sleep.ts";
import { type Backoff, DEFAULT_BACKOFF, withRetry } from "../async/with-retry.ts";
import { errorMessage, LlmError } from "../errors.ts";
import { isRetryableStatus, parseRetryAfter } from "../http/retry.ts";
import { estimateMessageTokens, estimateTokens } from "./estimate-tokens.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import { readSseData } from "./read-sse.ts";
import type { LlmCapabilities, LlmProvider, LlmRequest, LlmResponse, LlmUsage } from "./types.ts";

export interface OpenAICompatibleOptions {
  /** Provider id used in names and logs ("deepseek"). Defaults to the base URL's host. */
  id?: string;
  /** e.g. https://api.deepseek.com or http://127.0.0.1:11434/v1 ("/chat/completions" is appended). */
  baseUrl: string;
  apiKey?: string;
  model: string;
  fetch: typeof fetch;
  /** Per attempt, including reading a streamed body. */
  timeoutMs: number;
  /** Retries after the first attempt, for 408/429/5xx, network errors and timeouts. */
  maxRetries: number;
  capabilities: LlmCapabilities;
  headers?: Record<string, string>;
  limiter?: RateLimiter;
  backoff?: Backoff;
  /** Injectable for tests: the wait between retries. */
  sleep?: Sleep;
  now?: () => Date;
  random?: () => number;
}

/** An LlmError for an HTTP answer other than 2xx (its status, body and Retry-After). */
export class LlmHttpError extends LlmError {
  override name = "LlmHttpError";
}

/** Wire shapes: private to this file. */
interface WireUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
}
interface WireCompletion {
  error?: { message?: string; code?: string | number } | string;
  model?: string;
  choices?: { message?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: WireUsage | null;
}
interface WireChunk {
  model?: string;
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: WireUsage | null;
}

export function createOpenAICompatible(options: OpenAICompatibleOptions): LlmProvider {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const id = options.id ?? new URL(options.baseUrl).host;
  const now = options.now ?? (() => new Date());

  const buildBody = (request: LlmRequest): Record<string, unknown> => {
    const body: Record<string, unknown> = { model: options.model, messages: request.messages };
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (request.temperature !== undefined) body.temperature = request.temperature;
    // Downgrade what the endpoint cannot do rather than have it reject the request.
    let format = request.responseFormat ?? "text";
    if (format === "json_schema" && (!options.capabilities.jsonSchema || !request.jsonSchema))
      format = options.capabilities.jsonObject ? "json_object" : "text";
    if (format === "json_object" && !options.capabilities.jsonObject) format = "text";
    if (format === "json_schema")
      body.response_format = {
        type: "json_schema",
        json_schema: { name: request.schemaName ?? "reply", schema: request.jsonSchema, strict: false },
      };
    else if (format === "json_object") body.response_format = { type: "json_object" };
    if (request.stream && options.capabilities.streaming) {
      body.stream = true;
      body.stream_options = { include_usage: true };
    }
    return body;
  };

  const attempt = async (request: LlmRequest, body: Record<string, unknown>): Promise<LlmResponse> => {
    const started = Date.now();
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new Error(`timed out after ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    const fail = (error: unknown): never => {
      if (error instanceof LlmError) throw error;
      if (request.signal?.aborted)
        throw new LlmError("aborted by caller", false, { cause: error, kind: "cancelled" });
      if (timeout.signal.aborted)
        throw new LlmError(`${id}: timed out after ${options.timeoutMs} ms`, true, {
          status: 0,
          cause: error,
          kind: "timeout",
        });
      throw new LlmError(`${id}: network error: ${errorMessage(error)}`, true, {
        status: 0,
        cause: error,
        kind: "network",
      });
    };
    try {
      const response = await options
        .fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: body.stream ? "text/event-stream" : "application/json",
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
            ...options.headers,
          },
          body: JSON.stringify(body),
          signal,
        })
        .catch(fail);
      if (!response.ok) {
        const text = (await response.text().catch(() => "")).slice(0, 2000);
        throw new LlmHttpError(
          `${id}: HTTP ${response.status}: ${text.slice(0, 300)}`,
          isRetryableStatus(response.status),
          {
            status: response.status,
            rawText: text,
            retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now()),
          },
        );
      }
      const result = body.stream ? await readStream(response) : await readJson(response);
      const usage: LlmUsage = result.usage
        ? {
            promptTokens: result.usage.prompt_tokens ?? 0,
            completionTokens: result.usage.completion_tokens ?? 0,
            estimated: false,
          }
        : {
            promptTokens: estimateMessageTokens(request.messages),
            completionTokens: estimateTokens(result.text),
            estimated: true,
          };
      return {
        text: result.text,
        finishReason: result.finishReason ?? "unknown",
        usage,
        model: result.model ?? options.model,
        latencyMs: Date.now() - started,
      };
    } catch (error) {
      return fail(error);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    id,
    model: options.model,
    capabilities: options.capabilities,
    async complete(request) {
      const body = buildBody(request);
      const expected = estimateMessageTokens(request.messages) + (request.maxTokens ?? 1024);
      const release = options.limiter ? await options.limiter.acquire(expected, request.signal) : undefined;
      try {
        // Every failure of an attempt is an LlmError that says whether to retry (see `fail`).
        return await withRetry(() => attempt(request, body), {
          ...(options.backoff ?? DEFAULT_BACKOFF),
          attempts: options.maxRetries + 1,
          signal: request.signal,
          sleep: options.sleep,
          random: options.random,
        });
      } catch (error) {
        // Cancelled while waiting to retry: the caller sees an LlmError like any other abort.
        if (error instanceof LlmError) throw error;
        throw new LlmError("aborted by caller", false, { cause: error, kind: "cancelled" });
      } finally {
        release?.();
      }
    },
  };
}

interface ReadResult {
  text: string;
  finishReason?: string;
  usage?: WireUsage;
  model?: string;
}

async function readJson(response: Response): Promise<ReadResult> {
  const raw = await response.text();
  let data: WireCompletion;
  try {
    data = JSON.parse(raw) as WireCompletion;
  } catch (error) {
    // A proxy's HTML error page with a 200: worth another try.
    throw new LlmError(`reply is not JSON: ${raw.slice(0, 200)}`, true, {
      rawText: raw.slice(0, 2000),
      cause: error,
    });
  }
  // Some gateways answer 200 with an error object and no choices.
  if (data.error && !data.choices?.length) {
    const message =
      typeof data.error === "string" ? data.error : (data.error.message ?? JSON.stringify(data.error));
    throw new LlmError(`endpoint error: ${message}`, false, { rawText: raw.slice(0, 2000) });
  }
  const choice = data.choices?.[0];
  return {
    text: choice?.message?.content ?? "",
    finishReason: choice?.finish_reason ?? undefined,
    usage: data.usage ?? undefined,
    model: data.model,
  };
}

async function readStream(response: Response): Promise<ReadResult> {
  if (!response.body) throw new LlmError("streamed reply has no body", true);
  const parts: string[] = [];
  const result: ReadResult = { text: "" };
  for await (const payload of readSseData(response.body)) {
    let chunk: WireChunk;
    try {
      chunk = JSON.parse(payload) as WireChunk;
    } catch {
      continue; // keep-alive noise some gateways interleave
    }
    result.model ??= chunk.model;
    const choice = chunk.choices?.[0];
    if (choice?.delta?.content) parts.push(choice.delta.content);
    if (choice?.finish_reason) result.finishReason = choice.finish_reason;
    if (chunk.usage) result.usage = chunk.usage;
  }
  result.text = parts.join("");
  return result;
}
