/**
 * The message catalogue for why something did not work: a stable code, a short Chinese reason for
 * the briefing and chat, an English one for the CLI and logs. Raw provider text never goes where a
 * reader sees it; it stays (redacted) in the store and the logs.
 */
export const REASONS = {
  network: { code: "E_NETWORK", zh: "网络错误", en: "network error" },
  timeout: { code: "E_TIMEOUT", zh: "超时", en: "timed out" },
  auth: { code: "E_AUTH", zh: "鉴权失败", en: "authentication failed" },
  rate_limit: { code: "E_RATE_LIMIT", zh: "限流", en: "rate limited" },
  server: { code: "E_SERVER", zh: "服务端错误", en: "server error" },
  client: { code: "E_REQUEST", zh: "请求被拒绝", en: "request refused" },
  bad_reply: { code: "E_BAD_REPLY", zh: "回复格式错误", en: "malformed reply" },
  cut_off: { code: "E_CUT_OFF", zh: "回复被截断", en: "reply cut off" },
  budget: { code: "E_BUDGET", zh: "预算用尽", en: "budget exhausted" },
  cancelled: { code: "E_CANCELLED", zh: "已取消", en: "cancelled" },
  feed_format: { code: "E_FEED_FORMAT", zh: "订阅源格式错误", en: "not a valid feed" },
  source_time: { code: "E_SOURCE_TIME", zh: "订阅源总耗时超限", en: "source took too long" },
  request_time: {
    code: "E_REQUEST_TIME",
    zh: "请求总耗时超限（含重试）",
    en: "request took too long, retries included",
  },
  refused: { code: "E_REFUSED", zh: "地址被拒绝", en: "address refused" },
  dns: { code: "E_DNS", zh: "域名无法解析", en: "host name not found" },
  conn_refused: { code: "E_CONN_REFUSED", zh: "连接被拒绝（端口上没有服务）", en: "connection refused" },
  tls: { code: "E_TLS", zh: "TLS/证书错误", en: "TLS or certificate error" },
  page_unavailable: {
    code: "E_PAGE_UNAVAILABLE",
    zh: "链接无效（平台提示页）",
    en: "link no good (the platform's notice)",
  },
  page_too_complex: {
    code: "E_PAGE_TOO_COMPLEX",
    zh: "页面结构过于复杂（嵌套过深或元素过多），未解析",
    en: "page too complex to parse (nested too deeply or too many elements)",
  },
  wall: { code: "E_WALL", zh: "遇到验证页面", en: "verification wall" },
  host_rest: { code: "E_HOST_REST", zh: "站点冷却中", en: "host cooling down" },
  host_cap: { code: "E_HOST_CAP", zh: "今日请求已达上限", en: "daily request cap reached" },
  unknown: { code: "E_UNKNOWN", zh: "未知错误", en: "unknown error" },
  // What became of one article (a coverage problem, model/problem.ts).
  article_deleted: { code: "E_ARTICLE_DELETED", zh: "该内容已被发布者删除", en: "deleted by the publisher" },
  article_blocked: { code: "E_ARTICLE_BLOCKED", zh: "内容因违规无法查看", en: "blocked by the platform" },
  article_failed: { code: "E_ARTICLE_FAILED", zh: "无法读取", en: "could not be read" },
  feed_only: { code: "E_FEED_ONLY", zh: "仅有订阅源内容", en: "only the feed's text was read" },
  analysis_failed: { code: "E_ANALYSIS_FAILED", zh: "分析失败", en: "analysis failed" },
  unsupported: {
    code: "E_UNSUPPORTED",
    zh: "摘要无法被原文证实，未收录",
    en: "summary not supported by the article; left out",
  },
  no_content: {
    code: "E_NO_CONTENT",
    zh: "四个部分均无内容（原文未提供），未发布",
    en: "all four sections empty (not in the article); not published",
  },
  // A problem stored as text by a daybrief before problems were data (briefing JSON schema 1).
  note: { code: "E_NOTE", zh: "说明", en: "note" },
} as const;

export type ReasonKey = keyof typeof REASONS;

/** A catalogue code, e.g. "E_SERVER": what the store, the JSON output and alerts carry. */
export type ReasonCode = (typeof REASONS)[ReasonKey]["code"];

const KEY_OF_CODE = new Map<string, ReasonKey>(
  Object.entries(REASONS).map(([key, entry]) => [entry.code, key as ReasonKey]),
);

/** The catalogue key of a code (unknown codes, e.g. from a newer daybrief's store: "unknown"). */
export function reasonKeyOfCode(code: string): ReasonKey {
  return KEY_OF_CODE.get(code) ?? "unknown";
}

/** The short text of a code, e.g. "服务端错误" for E_SERVER. */
export function reasonText(code: string, lang: "zh" | "en" = "zh"): string {
  return REASONS[reasonKeyOfCode(code)][lang];
}

/** Why something failed, as data: the catalogue key plus the HTTP status when there was one. */
export interface Reason {
  key: ReasonKey;
  status?: number;
}

/** "鉴权失败 · E_AUTH · HTTP 401": what a briefing or chat message may show. */
export function describeReason(reason: Reason, lang: "zh" | "en" = "zh"): string {
  const entry = REASONS[reason.key] ?? REASONS.unknown;
  return [entry[lang], entry.code, reason.status ? `HTTP ${reason.status}` : undefined]
    .filter(Boolean)
    .join(" · ");
}

/**
 * What went wrong below HTTP, read from the system error codes along the `cause` chain (fetch
 * wraps them: TypeError "fetch failed" → cause { code: "ECONNREFUSED" }): DNS, a refused
 * connection, TLS, or a connect timeout. Undefined when no such code is there.
 */
export function connectionReason(error: unknown): ReasonKey | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    if (/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_NODATA|dns_not_found)$/.test(code)) return "dns";
    if (code === "ECONNREFUSED") return "conn_refused";
    if (/CERT|TLS|SSL|UNABLE_TO_VERIFY|SELF_SIGNED|^EPROTO$/.test(code)) return "tls";
    if (/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT)$/.test(code)) return "timeout";
    e = e.cause as typeof e;
  }
  return undefined;
}

/** The reason of an HTTP status (0: no answer at all). */
export function reasonOfStatus(status: number): ReasonKey {
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate_limit";
  if (status === 408 || status === 504) return "timeout";
  if (status >= 500) return "server";
  if (status >= 400) return "client";
  return "network";
}

/**
 * The reason of a thrown error, read from its fields (status, name, the abort/timeout kind), never
 * from provider text. Structural, so it needs no import of the error classes.
 */
export function reasonOfError(error: unknown): Reason {
  const e = (error ?? {}) as {
    name?: string;
    status?: number;
    code?: string;
    kind?: string;
    message?: string;
    cause?: unknown;
  };
  // The network guard's refusals and a name that does not resolve say so in their code.
  if (e.code === "blocked_address" || e.code === "blocked_scheme" || e.code === "blocked_port")
    return { key: "refused" };
  if (e.code === "dns_not_found") return { key: "dns" };
  if (e.code === "timeout") return { key: "timeout" };
  if (e.code === "request_time") return { key: "request_time" };
  const connection = connectionReason(error);
  if (connection) return { key: connection };
  // The host pacer held the request back (a rest after a wall, or the day's cap): nothing was sent.
  if (e.name === "HostPausedError")
    return { key: (error as { kind?: string }).kind === "cap" ? "host_cap" : "host_rest" };
  if (e.name === "AbortError" && /cancel|abort/i.test(String(e.message))) return { key: "cancelled" };
  if (e.name === "TimeoutError" || (e.cause as { name?: string })?.name === "TimeoutError")
    return { key: "timeout" };
  if (typeof e.status === "number" && e.status > 0)
    return { key: reasonOfStatus(e.status), status: e.status };
  if (e.name === "FeedParseError") return { key: "feed_format" };
  if (e.name === "PageTooComplexError") return { key: "page_too_complex" };
  if (e.name === "LlmError" || e.name === "LlmHttpError") {
    // The client says why a call got no answer (LlmError.kind); an answer it could not use is a bad reply.
    if (e.kind === "timeout" || e.kind === "network" || e.kind === "cancelled") return { key: e.kind };
    return { key: "bad_reply" };
  }
  // No status and no code saying why: the request got no answer.
  if (typeof e.status === "number") return { key: "network" };
  return { key: "unknown" };
}
