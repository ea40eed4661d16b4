/** One HTTP POST for the webhook-style channels: timeouts, network errors and statuses as DeliveryError. */
import { DeliveryError } from "../errors.ts";
import { isRetryableStatus, parseRetryAfter } from "../http/retry.ts";
import type { SendContext } from "./channel.ts";
import { redactText, redactUrl } from "./redact.ts";

/** A DeliveryError that also says whether the platform may have received the request. */
export class ChannelError extends DeliveryError {
  constructor(
    message: string,
    channel: string,
    retryable: boolean,
    options?: {
      cause?: unknown;
      status?: number;
      code?: string | number;
      retryAfterMs?: number;
      unknownOutcome?: boolean;
    },
  ) {
    super(message, channel, retryable, options);
    this.unknownOutcome = options?.unknownOutcome ?? false;
  }
  /** The request may have reached the platform (a timeout, a connection cut after sending). */
  readonly unknownOutcome: boolean;
}

/** Errors raised before anything was sent: the platform cannot have seen the request. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** True when a failed request may still have been received (no answer, but not refused up front). */
export function mayHaveBeenReceived(error: unknown): boolean {
  const code =
    (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  return !(code !== undefined && NOT_SENT_CODES.has(code));
}

export interface PostResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
}

export const TIMEOUT_MS = 30_000;

export interface PostOptions {
  channel: string;
  secrets: readonly string[];
  headers?: Record<string, string>;
  /** Raw body; JSON.stringify(payload) when absent. */
  body?: string;
}

/**
 * POSTs and returns the answer for any HTTP status; throws only for network errors and timeouts
 * (retryable). The URL is never put in a message unredacted.
 */
export async function postJson(
  url: string,
  payload: unknown,
  ctx: SendContext,
  o: PostOptions,
): Promise<PostResult> {
  const signals = [AbortSignal.timeout(ctx.timeoutMs ?? TIMEOUT_MS), ...(ctx.signal ? [ctx.signal] : [])];
  let response: Response;
  try {
    response = await ctx.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", "user-agent": "daybrief", ...o.headers },
      body: o.body ?? JSON.stringify(payload),
      signal: AbortSignal.any(signals),
    });
  } catch (error) {
    if (ctx.signal?.aborted) throw error;
    const reason = redactText(error instanceof Error ? error.message : String(error), o.secrets);
    throw new ChannelError(`${o.channel}: request to ${redactUrl(url)} failed: ${reason}`, o.channel, true, {
      unknownOutcome: mayHaveBeenReceived(error),
    });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The error for a non-2xx answer: 408/429/5xx retry, Retry-After honoured. */
export function statusError(
  r: PostResult,
  url: string,
  ctx: SendContext,
  o: PostOptions,
  retryAfterMs?: number,
): ChannelError {
  const snippet = redactText(r.text.slice(0, 200), o.secrets);
  return new ChannelError(
    `${o.channel}: ${redactUrl(url)} answered HTTP ${r.status}: ${snippet}`,
    o.channel,
    isRetryableStatus(r.status),
    {
      status: r.status,
      retryAfterMs: retryAfterMs ?? parseRetryAfter(r.headers.get("retry-after"), ctx.now()),
    },
  );
}
