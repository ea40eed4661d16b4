/**
 * One redactor for every text that leaves the process (logs, the store, `runs`, briefings, chat
 * messages): the configured secret values themselves, then the usual shapes of a credential.
 * Built once from the config by the entry point and passed down; no module state.
 */
export interface Redactor {
  (text: string): string;
  /** The secret values it removes (for tests and for building a narrower one). */
  readonly secrets: readonly string[];
}

export const REDACTED = "***";

/** Shorter values are too likely to be ordinary words or numbers ("true", "8080"). */
const MIN_SECRET_LENGTH = 6;

// Credential shapes that are secrets whatever their value: Bearer tokens, ?key=…, JSON "token": "…",
// the last segment of a /hook/ or /webhooks/ path, OpenAI-style sk-… keys.
const PATTERNS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi, `$1 ${REDACTED}`],
  [
    /\b(access_token|api[_-]?key|apikey|key|token|secret|sign|signature|password|passwd|auth|timestamp_sign)=([^\s&"'<>#,，）)]+)/gi,
    `$1=${REDACTED}`,
  ],
  [
    /("(?:api[_-]?key|apikey|access_token|token|secret|password|authorization|sign)"\s*:\s*")([^"]+)"/gi,
    `$1${REDACTED}"`,
  ],
  [/(\/(?:hook|hooks|webhook|webhooks|robot)\/(?:[^\s/?#"'<>]+\/)*)[^\s/?#"'<>]{8,}/gi, `$1${REDACTED}`],
  [/(\/bot)\d+:[A-Za-z0-9_-]{10,}/g, `$1${REDACTED}`],
  [/\bsk-[A-Za-z0-9_-]{12,}/g, `sk-${REDACTED}`],
];

/** The value-less part: patterns only (before the config is known, or for text with no config). */
export function redactPatterns(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Builds the redactor for these secret values (duplicates, blanks and short values are dropped). */
export function createRedactor(secrets: Iterable<string | undefined> = []): Redactor {
  const values = [...new Set([...secrets].filter((s): s is string => typeof s === "string"))]
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    // Longest first, so a secret that contains another is removed whole.
    .sort((a, b) => b.length - a.length);
  // Each value as it appears raw, URL-encoded and JSON-escaped (a reply body may carry any of them).
  const forms = [
    ...new Set(values.flatMap((v) => [v, encodeURIComponent(v), JSON.stringify(v).slice(1, -1)])),
  ].sort((a, b) => b.length - a.length);
  const redact = ((text: string): string => {
    if (typeof text !== "string" || text === "") return text;
    let out = text;
    for (const v of forms) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return redactPatterns(out);
  }) as Redactor;
  Object.defineProperty(redact, "secrets", { value: values });
  return redact;
}

/**
 * The parts of a URL that are secrets when the URL is a channel's (a webhook's path is its token):
 * the whole path and query, each path segment that looks like a token, each query value.
 */
export function urlSecrets(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [url];
  }
  const out: string[] = [];
  if (u.username) out.push(decodeURIComponent(u.username));
  if (u.password) out.push(decodeURIComponent(u.password));
  if (u.pathname.length > 1) out.push(u.pathname + u.search, u.pathname);
  if (u.search.length > 1) out.push(u.search.slice(1));
  for (const segment of u.pathname.split("/")) {
    const s = decodeURIComponent(segment);
    // Tokens have digits or are long; words like "open-apis" or "webhook" stay readable.
    if (s.length >= 16 || (s.length >= MIN_SECRET_LENGTH && /\d/.test(s) && /[A-Za-z]/.test(s))) out.push(s);
    else if (/^\d{12,}$/.test(s)) out.push(s);
  }
  for (const [, value] of u.searchParams) if (value) out.push(value);
  return out;
}

/** Applies `redact` to every string inside a plain value (JSON-like), returning a copy. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}
