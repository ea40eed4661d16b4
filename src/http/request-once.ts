import { HostPausedError, HttpError } from "../errors.ts";
import type { GetOptions, HttpResponse } from "./http-types.ts";
import { isRetryableNetworkError, isRetryableStatus, networkErrorCode, parseRetryAfter } from "./retry.ts";

export interface RequestContext {
  /** The guarded fetch: checks every hop and follows redirects itself. */
  fetch: typeof fetch;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  now: () => Date;
}

class Timeout extends Error {}

/**
 * One GET attempt (the caller holds the host's slot or turn): every failure becomes an HttpError
 * saying whether to retry.
 */
export async function requestOnce(
  url: string,
  options: GetOptions,
  ctx: RequestContext,
): Promise<HttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Timeout()), ctx.timeoutMs);
  const onCallerAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });
  try {
    const response = await ctx.fetch(url, {
      headers: buildHeaders(options, ctx.userAgent),
      signal: controller.signal,
    });
    const finalUrl = response.url || url;
    const meta = {
      url: finalUrl,
      headers: response.headers,
      etag: response.headers.get("etag") ?? undefined,
      lastModified: response.headers.get("last-modified") ?? undefined,
      contentType: response.headers.get("content-type") ?? undefined,
    };
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 304, body: new Uint8Array(0), ...meta };
    }
    if (!response.ok) {
      const snippet = await readCapped(response, 2048, url, false).catch(() => new Uint8Array(0));
      throw new HttpError(
        `GET ${url} failed: HTTP ${response.status}`,
        url,
        response.status,
        isRetryableStatus(response.status),
        {
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), ctx.now()),
          body: new TextDecoder().decode(snippet),
        },
      );
    }
    const body = await readCapped(response, ctx.maxBytes, url, true);
    return { status: 200, body, ...meta };
  } catch (error) {
    if (error instanceof HttpError || error instanceof HostPausedError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (controller.signal.reason instanceof Timeout) {
      throw new HttpError(`GET ${url} timed out after ${ctx.timeoutMs} ms`, url, 0, true, {
        cause: error,
        code: "timeout",
      });
    }
    const cause =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    const retryable = isRetryableNetworkError(error);
    const code = networkErrorCode(error);
    throw new HttpError(`GET ${url} failed: ${cause}`, url, 0, retryable, {
      cause: error,
      code: code === "ENOTFOUND" || code === "EAI_NONAME" ? "dns_not_found" : undefined,
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onCallerAbort);
  }
}

function buildHeaders(options: GetOptions, userAgent: string): Headers {
  const headers = new Headers(options.headers);
  if (!headers.has("user-agent")) headers.set("user-agent", userAgent);
  if (options.accept) headers.set("accept", options.accept);
  if (options.etag) headers.set("if-none-match", options.etag);
  if (options.lastModified) headers.set("if-modified-since", options.lastModified);
  return headers;
}

/**
 * Reads the body while counting bytes. With `strict`, going past `maxBytes` aborts the download and
 * throws a non-retryable HttpError (a bigger body will not shrink on the next try); otherwise the
 * body is cut at `maxBytes` (diagnostic snippets).
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  url: string,
  strict: boolean,
): Promise<Uint8Array> {
  const tooBig = () =>
    new HttpError(`GET ${url}: response body exceeds ${maxBytes} bytes`, url, response.status, false);
  const declared = Number(response.headers.get("content-length"));
  if (strict && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      if (strict) throw tooBig();
      chunks.push(value.subarray(0, value.byteLength - (total - maxBytes)));
      total = maxBytes;
      break;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
