/**
 * Which HTTP answers and network failures are worth another try, and how long a server asked us to
 * wait. How to wait and how often is the one policy of `async/with-retry.ts`.
 */

/** 408 (timeout), 429 (rate limit) and every 5xx are transient; every other 4xx is final. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || (status >= 500 && status <= 599);
}

/**
 * Network errors that another try will not fix: a name that does not exist, a certificate that
 * does not fit, a URL the client cannot send. Everything else (resets, refused, timeouts) may pass.
 */
const FINAL_NETWORK_CODES: ReadonlySet<string> = new Set([
  "ENOTFOUND",
  "EAI_NONAME",
  "ENODATA",
  "EAI_NODATA",
  "ERR_INVALID_URL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_SSL_WRONG_VERSION_NUMBER",
]);

/** The `code` of an error or of any error in its `cause` chain (fetch wraps the socket's error). */
export function networkErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export function isRetryableNetworkError(error: unknown): boolean {
  const code = networkErrorCode(error);
  return code === undefined || !FINAL_NETWORK_CODES.has(code);
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
