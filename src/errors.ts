/** Named errors that carry data. They become outcomes only in the CLI and the web error handler. */

export interface DaybriefErrorOptions extends ErrorOptions {
  /** Worth another try (a transient failure); the one retry helper (`async/with-retry.ts`) reads it. */
  retryable?: boolean;
  /** How long the other side asked us to wait before another try (its Retry-After), in ms. */
  retryAfterMs?: number;
}

export class DaybriefError extends Error {
  override name = "DaybriefError";
  /** Whether another try may succeed; false unless the error says so. */
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  constructor(message?: string, options?: DaybriefErrorOptions) {
    super(message, options && "cause" in options ? { cause: options.cause } : undefined);
    this.retryable = options?.retryable ?? false;
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/**
 * Why a request was refused or failed before any HTTP status, where we know: the network guard's
 * refusals (`blocked_*`), redirects past the limit, a name that does not resolve, no answer in time.
 */
export type HttpErrorCode =
  | "blocked_scheme"
  | "blocked_address"
  | "blocked_port"
  | "too_many_redirects"
  | "invalid_url"
  | "dns_not_found"
  | "timeout"
  | "request_time";

/** An HTTP request that failed: a status (0 for network errors and timeouts) and whether to retry. */
export class HttpError extends DaybriefError {
  override name = "HttpError";
  constructor(
    message: string,
    readonly url: string,
    readonly status: number,
    retryable: boolean,
    options?: {
      cause?: unknown;
      retryAfterMs?: number;
      body?: string;
      code?: HttpErrorCode;
      reason?: string;
    },
  ) {
    super(message, { cause: options?.cause, retryable, retryAfterMs: options?.retryAfterMs });
    this.body = options?.body;
    this.code = options?.code;
    this.reason = options?.reason;
  }
  readonly code?: HttpErrorCode;
  /** For refusals: what was refused, e.g. "loopback address 127.0.0.1". */
  readonly reason?: string;
  /** The start of the response body, for diagnostics (never contains our secrets). */
  readonly body?: string;
}

/**
 * A request we did not send: the host is in cool-down after a verification wall or a 403/429, or
 * today's request cap for it is spent. Never retried; the caller falls back (the feed's text) and
 * may try again after `until`.
 */
export class HostPausedError extends DaybriefError {
  override name = "HostPausedError";
  constructor(
    readonly host: string,
    readonly kind: "cool-down" | "cap",
    readonly until?: string,
    readonly reason?: string,
  ) {
    super(
      kind === "cap"
        ? `not fetched: today's request cap for ${host} is spent`
        : `not fetched: ${host} is cooling down until ${until}${reason ? ` (${reason})` : ""}`,
    );
  }
}

/** Why an LLM call got no answer at all (absent: it answered, and the answer was unusable). */
export type LlmErrorKind = "timeout" | "network" | "cancelled";

/** An LLM call whose answer could not be used; `rawText` keeps what the model said. */
export class LlmError extends DaybriefError {
  override name = "LlmError";
  constructor(
    message: string,
    retryable: boolean,
    options?: {
      cause?: unknown;
      rawText?: string;
      status?: number;
      retryAfterMs?: number;
      kind?: LlmErrorKind;
    },
  ) {
    super(message, { cause: options?.cause, retryable, retryAfterMs: options?.retryAfterMs });
    this.rawText = options?.rawText;
    this.status = options?.status;
    this.kind = options?.kind;
  }
  readonly rawText?: string;
  readonly status?: number;
  readonly kind?: LlmErrorKind;
}

export interface ConfigIssue {
  /** Dotted path into the config, e.g. "sources.2.url". */
  path: string;
  message: string;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The path as a reader counts it: from 1, a source named by its name (`sources[#2 量子位].url`). */
  where?: string;
  /** Misspelt or unknown keys, and for each the nearest known key at that place (or ""). */
  unknownKeys?: string[];
  suggestions?: string[];
  /**
   * What kind of problem, as data, so a front end can say it in its language: `missing`, `url`,
   * `oneOf` {values}, `tooBig` {maximum}, `tooSmall` {minimum}, `envUnset` {name}. Absent: only
   * `message` says it.
   */
  kind?: "missing" | "url" | "oneOf" | "tooBig" | "tooSmall" | "envUnset";
  params?: Record<string, string | number>;
  /** The known fix's key (`sources.url`, `briefing.minStars` …), when `hint` is one of the known ones. */
  hintKey?: string;
}

/** Every problem of a config file at once. */
export class ConfigError extends DaybriefError {
  override name = "ConfigError";
  constructor(
    readonly issues: ConfigIssue[],
    readonly file?: string,
  ) {
    super(
      `${file ? `${file}: ` : ""}${issues.length} problem(s) in the config:\n${issues
        .map((i) => `  - ${i.where || i.path || "(root)"}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`)
        .join("\n")}`,
    );
  }
}

/** A feed document that could not be parsed as RSS, RDF, Atom or JSON Feed. */
export class FeedParseError extends DaybriefError {
  override name = "FeedParseError";
  constructor(
    message: string,
    readonly url?: string,
    options?: { cause?: unknown },
  ) {
    super(message, { cause: options?.cause });
  }
}

/**
 * A page whose markup is not read because parsing it would take too long: elements nested deeper
 * than the limit (`depth`), or more element-ancestor links in all than the limit (`work`: the sum of
 * every element's depth, which the readable-text extractor's time follows at ~10–25 µs each; a 12 KB
 * page 2,000 levels deep took 70 s, 130 KB of 60-deep branches 13 s). Never retried: the page will
 * not change.
 */
export class PageTooComplexError extends DaybriefError {
  override name = "PageTooComplexError";
  constructor(
    readonly url: string | undefined,
    readonly measure: "depth" | "work",
    readonly limit: number,
  ) {
    super(
      `${measure === "depth" ? `page elements are nested more than ${limit} levels deep` : `page has more than ${limit} element-ancestor links`}; not parsed${url ? ` (${url})` : ""}`,
    );
  }
}

/** A user mistake on the command line or in input files: printed as one line, no stack. */
export class UsageError extends DaybriefError {
  override name = "UsageError";
}

/** A delivery that a channel refused or could not make. */
export class DeliveryError extends DaybriefError {
  override name = "DeliveryError";
  constructor(
    message: string,
    readonly channel: string,
    retryable: boolean,
    options?: { cause?: unknown; status?: number; code?: string | number; retryAfterMs?: number },
  ) {
    super(message, { cause: options?.cause, retryable, retryAfterMs: options?.retryAfterMs });
    this.status = options?.status;
    this.code = options?.code;
  }
  readonly status?: number;
  readonly code?: string | number;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
