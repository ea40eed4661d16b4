// One article page, read politely: the host's pacing and cool-down decide whether a request goes at
// all, and a verification wall is recognised while the host's turn is still held, so the next
// queued request is never sent into the wall.
import { errorMessage, HostPausedError, HttpError, PageTooComplexError } from "../errors.ts";
import { extractPage } from "../extract/index.ts";
import { decodeBody, type HttpResponse } from "../http/index.ts";
import type { ExtractedPage } from "../model/article.ts";
import { REASONS, reasonOfError } from "../model/reasons.ts";
import { redactPatterns } from "../model/redact.ts";
import type { PipelineDeps } from "./deps.ts";
import { redactUrls } from "./redact-urls.ts";

export type PageOutcome =
  | { ok: true; page: ExtractedPage; finalUrl: string }
  | {
      ok: false;
      /** Chinese, for the article's status reason and the footer. */
      reason: string;
      /** Worth another try later (a wall, a rest, a cap, a passing failure); false for 404 and the like. */
      retryLater: boolean;
      error?: unknown;
    };

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}

const hhmm = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * `namedBy`: the feed URL of the article's source; a private address (fetch.allowPrivate) is read
 * only for links on that feed's own host.
 */
export async function readPage(
  deps: PipelineDeps,
  url: string,
  signal?: AbortSignal,
  namedBy?: string,
): Promise<PageOutcome> {
  let extracted: ExtractedPage | undefined;
  const extract = (response: HttpResponse): ExtractedPage =>
    (extracted ??= extractPage(decodeBody(response.body, response.contentType).text, {
      url: response.url,
      timeZone: deps.config.timezone,
    }));
  try {
    const response = await deps.http.get(url, {
      signal,
      namedBy,
      accept: "text/html,application/xhtml+xml",
      coolDownIf: (r) => {
        const page = extract(r);
        return page.kind === "verification" ? (page.reason ?? "环境异常") : undefined;
      },
    });
    const page = extract(response);
    if (page.kind === "verification")
      return {
        ok: false,
        reason: `${REASONS.wall.zh}（${page.reason ?? "环境异常"} · ${REASONS.wall.code}）`,
        retryLater: true,
      };
    // The platform's notice is not the article's text: recorded as a failed read, not stored as text.
    if (page.kind === "unavailable")
      return {
        ok: false,
        reason: `正文无法读取（${REASONS.page_unavailable.zh}：${page.reason ?? ""} · ${REASONS.page_unavailable.code}）`,
        retryLater: false,
      };
    return { ok: true, page, finalUrl: response.url };
  } catch (error) {
    // A cancelled run must not store the article as feed-only for good: let the run stop.
    if (signal?.aborted) throw error;
    if (error instanceof HostPausedError) {
      // Catalogue wording and code (reasons.ts), with the host and until when: no request was sent.
      const reason =
        error.kind === "cap"
          ? `今日对 ${error.host} 的请求已达上限（${REASONS.host_cap.code}）`
          : `${error.host} 暂停访问至 ${hhmm(error.until ?? "")} UTC（${REASONS.host_rest.zh}：${error.reason ?? "冷却"} · ${REASONS.host_rest.code}）`;
      return { ok: false, reason, retryLater: true, error };
    }
    if (error instanceof PageTooComplexError) {
      // The page was had but not parsed: the same page will be as deep tomorrow.
      const why = REASONS.page_too_complex;
      return { ok: false, reason: `正文无法解析（${why.zh} · ${why.code}）`, retryLater: false, error };
    }
    const status = error instanceof HttpError ? error.status : 0;
    // Chinese reason first (from the error's fields), then the redacted detail for the operator.
    const detail = (deps.redact ?? redactPatterns)(redactUrls(errorMessage(error)));
    const what = status ? `HTTP ${status}` : `${REASONS[reasonOfError(error).key].zh}：${detail}`;
    // A page that took too long, all tries together (E_REQUEST_TIME), may be quicker on a later run.
    const retryLater =
      status === 403 ||
      status === 429 ||
      (error instanceof HttpError && (error.retryable || error.code === "request_time"));
    return { ok: false, reason: `正文抓取失败（${what}）`, retryLater, error };
  }
}
