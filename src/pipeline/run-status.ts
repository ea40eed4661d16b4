import type { DeliveryReport } from "../deliver/index.ts";
import type { Article } from "../model/article.ts";
import type { AnalyseCounts } from "./analyse-articles.ts";

/** How a finished run went. `interrupted` is only ever set by a later run (see markInterruptedRuns). */
export type RunStatus = "ok" | "degraded" | "failed" | "cancelled";

export interface RunFacts {
  /** Each enabled source's outcome this run. */
  collected: readonly ("ok" | "not-modified" | "failed")[];
  failures: readonly { stage: string }[];
  /**
   * Pages that could not be read at all (network, HTTP). A page its publisher deleted or the
   * platform blocked is a fact about the article, recorded but not a fault of the run.
   */
  pagesFailed?: number;
  /**
   * Pages daybrief wanted and could not read (a wall, a rest, a cap, a refused address, an HTTP
   * error): the feed's text stands in. Feed text by the operator's choice (`fetch.pages: never`)
   * or because the feed carries the whole article is not counted.
   */
  pagesUnread?: number;
  analyse?: AnalyseCounts;
  delivery?: DeliveryReport;
  /** Delivery was left out on purpose (every source failed and the briefing is empty). */
  skippedDelivery?: boolean;
}

/**
 * The status of a run that reached its end, and why, in one line. Pure.
 * failed: no source answered, or every channel failed. degraded: the briefing went out but a
 * source, a page, an analysis or a channel part is missing. ok: nothing is missing.
 */
export function decideRunStatus(facts: RunFacts): { status: RunStatus; reason?: string } {
  const sources = facts.collected.length;
  const failedSources = facts.collected.filter((s) => s === "failed").length;
  if (sources > 0 && failedSources === sources) {
    return {
      status: "failed",
      reason: `all ${sources} source(s) failed${facts.skippedDelivery ? "; nothing sent to the channels" : ""}`,
    };
  }
  const channels = facts.delivery?.channels ?? [];
  const deadChannels = channels.filter((c) => c.error || (c.failed > 0 && c.sent === 0 && c.skipped === 0));
  if (channels.length > 0 && deadChannels.length === channels.length) {
    return { status: "failed", reason: `every channel failed (${channels.map((c) => c.id).join(", ")})` };
  }
  const why: string[] = [];
  if (failedSources > 0) why.push(`${failedSources} of ${sources} source(s) failed`);
  const lost = facts.failures.filter((f) => f.stage === "collect").length - failedSources;
  if (lost > 0) why.push(`${lost} feed(s) lost items`);
  const pages = facts.pagesFailed ?? 0;
  if (pages > 0) why.push(`${pages} page(s) unreadable`);
  const unread = facts.pagesUnread ?? 0;
  if (unread > 0) why.push(`${unread} page(s) not read (feed text used)`);
  const a = facts.analyse;
  if (a && a.failed + a.fallback > 0)
    why.push(
      `${a.failed + a.fallback} analysis(es) failed${a.fallback ? ` (${a.fallback} offline fallback)` : ""}`,
    );
  const undelivered = channels.reduce((n, c) => n + c.failed, 0);
  const brokenChannels = channels.filter((c) => c.error).length;
  if (undelivered > 0) why.push(`${undelivered} channel part(s) not delivered`);
  if (brokenChannels > 0) why.push(`${brokenChannels} channel(s) failed`);
  if (facts.failures.some((f) => f.stage === "health")) why.push("health alert not sent");
  return why.length > 0 ? { status: "degraded", reason: why.join("; ") } : { status: "ok" };
}

/**
 * The day's articles whose page is missing, from the stored facts (status, the source's
 * fetch.pages), never from the wording of a reason. Pure.
 * failed: no text at all. unread: the page was wanted (pages auto/always) but not read, so the
 * feed's text stands in. A page deleted by its publisher or blocked by the platform is neither.
 */
/** A page daybrief wanted and could not read: the feed's text stood in (not by `fetch.pages: never`). */
export function isUnreadPage(
  a: Pick<Article, "status" | "sourceId">,
  pagesModeOf: (sourceId: string) => "auto" | "always" | "never",
): boolean {
  return a.status === "feed-only" && pagesModeOf(a.sourceId) !== "never";
}

export function countMissingPages(
  articles: readonly Pick<Article, "status" | "sourceId">[],
  pagesModeOf: (sourceId: string) => "auto" | "always" | "never",
): { failed: number; unread: number } {
  let failed = 0;
  let unread = 0;
  for (const a of articles) {
    if (a.status === "failed") failed++;
    else if (isUnreadPage(a, pagesModeOf)) unread++;
  }
  return { failed, unread };
}
