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
 * One part of why a run is not ok, as data. The CLI words it in the user's language (its
 * catalogue's `runReason.*` keys); `reasonLine` words it in English for the runs table and logs.
 */
export type RunReason =
  | { code: "allSourcesFailed"; sources: number }
  | { code: "nothingSent" }
  | { code: "everyChannelFailed"; channels: string[] }
  | { code: "sourcesFailed"; failed: number; sources: number }
  | { code: "feedsLostItems"; count: number }
  | { code: "pagesUnreadable"; count: number }
  | { code: "pagesUnread"; count: number }
  | { code: "analysesFailed"; count: number; fallback: number }
  | { code: "partsUndelivered"; count: number }
  | { code: "channelsFailed"; count: number }
  | { code: "healthAlertNotSent" }
  | { code: "runFailed" }
  | { code: "cancelled" };

/** The operator's English line of a run's reasons ("1 of 3 source(s) failed; …"); undefined for none. */
export function reasonLine(reasons: readonly RunReason[] | undefined): string | undefined {
  return reasons?.length ? reasons.map(englishReason).join("; ") : undefined;
}

function englishReason(r: RunReason): string {
  switch (r.code) {
    case "allSourcesFailed":
      return `all ${r.sources} source(s) failed`;
    case "nothingSent":
      return "nothing sent to the channels";
    case "everyChannelFailed":
      return `every channel failed (${r.channels.join(", ")})`;
    case "sourcesFailed":
      return `${r.failed} of ${r.sources} source(s) failed`;
    case "feedsLostItems":
      return `${r.count} feed(s) lost items`;
    case "pagesUnreadable":
      return `${r.count} page(s) unreadable`;
    case "pagesUnread":
      return `${r.count} page(s) not read (feed text used)`;
    case "analysesFailed":
      return `${r.count} analysis(es) failed${r.fallback ? ` (${r.fallback} offline fallback)` : ""}`;
    case "partsUndelivered":
      return `${r.count} channel part(s) not delivered`;
    case "channelsFailed":
      return `${r.count} channel(s) failed`;
    case "healthAlertNotSent":
      return "health alert not sent";
    case "runFailed":
      return "the run itself failed";
    case "cancelled":
      return "cancelled by the user";
  }
}

/**
 * The status of a run that reached its end, and why: as data (`reasons`) and as the operator's
 * English line (`reason`, stored in the runs table). Pure.
 * failed: no source answered, or every channel failed. degraded: the briefing went out but a
 * source, a page, an analysis or a channel part is missing. ok: nothing is missing.
 */
export function decideRunStatus(facts: RunFacts): {
  status: RunStatus;
  reason?: string;
  reasons?: RunReason[];
} {
  const decided = (status: RunStatus, reasons: RunReason[]) => ({
    status,
    reason: reasonLine(reasons),
    reasons,
  });
  const sources = facts.collected.length;
  const failedSources = facts.collected.filter((s) => s === "failed").length;
  if (sources > 0 && failedSources === sources) {
    const reasons: RunReason[] = [{ code: "allSourcesFailed", sources }];
    if (facts.skippedDelivery) reasons.push({ code: "nothingSent" });
    return decided("failed", reasons);
  }
  const channels = facts.delivery?.channels ?? [];
  const deadChannels = channels.filter((c) => c.error || (c.failed > 0 && c.sent === 0 && c.skipped === 0));
  if (channels.length > 0 && deadChannels.length === channels.length) {
    return decided("failed", [{ code: "everyChannelFailed", channels: channels.map((c) => c.id) }]);
  }
  const why: RunReason[] = [];
  if (failedSources > 0) why.push({ code: "sourcesFailed", failed: failedSources, sources });
  const lost = facts.failures.filter((f) => f.stage === "collect").length - failedSources;
  if (lost > 0) why.push({ code: "feedsLostItems", count: lost });
  const pages = facts.pagesFailed ?? 0;
  if (pages > 0) why.push({ code: "pagesUnreadable", count: pages });
  const unread = facts.pagesUnread ?? 0;
  if (unread > 0) why.push({ code: "pagesUnread", count: unread });
  const a = facts.analyse;
  if (a && a.failed + a.fallback > 0)
    why.push({ code: "analysesFailed", count: a.failed + a.fallback, fallback: a.fallback });
  const undelivered = channels.reduce((n, c) => n + c.failed, 0);
  const brokenChannels = channels.filter((c) => c.error).length;
  if (undelivered > 0) why.push({ code: "partsUndelivered", count: undelivered });
  if (brokenChannels > 0) why.push({ code: "channelsFailed", count: brokenChannels });
  if (facts.failures.some((f) => f.stage === "health")) why.push({ code: "healthAlertNotSent" });
  return why.length > 0 ? decided("degraded", why) : { status: "ok" };
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
