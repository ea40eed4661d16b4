import type { SourceFetchState } from "../model/source.ts";
import type { StoredAlert } from "../store/index.ts";
import { addDays, dayOf, dayRange } from "../time.ts";
import type { QueryContext } from "./context.ts";

/** disabled in the config; never fetched; failing (consecutive failures); ok. */
export type SourceState = "disabled" | "never-fetched" | "failing" | "ok";

/** A configured source with its fetch health and what it brought over the last days. */
export interface SourceReport extends Omit<SourceFetchState, "sourceId" | "etag" | "lastModified"> {
  id: string;
  name: string;
  /** The feed URL as configured (front ends redact secrets in it before showing it). */
  url: string;
  enabled: boolean;
  state: SourceState;
  /** Articles stored per publication day (in the config's zone), oldest first, ending `today`. */
  itemsPerDay: { date: string; items: number }[];
  /** The source's latest alerts (failing, stale, summaries-only), newest first. */
  alerts: StoredAlert[];
}

export interface ListSourcesOptions {
  /** Now, for "today" (the last day of itemsPerDay). */
  now: Date;
  /** Days of itemsPerDay (default 7). */
  days?: number;
  /** Alerts per source (default 5). */
  alerts?: number;
}

/** Every configured source, in config order, with its health history. */
export async function listSources(ctx: QueryContext, options: ListSourcesOptions): Promise<SourceReport[]> {
  const { config, store } = ctx;
  const health = new Map((await store.listSourceHealth()).map((h) => [h.id, h]));
  const days = Math.max(1, options.days ?? 7);
  const today = dayOf(options.now, config.timezone);
  const dates = Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
  const start = dayRange(dates[0]!, config.timezone).start;
  const end = dayRange(today, config.timezone).end;
  const perDay = new Map<string, number>();
  for (const a of await store.listArticlesPublishedBetween(start, end)) {
    const key = `${a.sourceId}\n${dayOf(a.publishedAt, config.timezone)}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  const reports: SourceReport[] = [];
  for (const source of config.sources) {
    const h = health.get(source.id);
    const state: SourceState = !source.enabled
      ? "disabled"
      : !h?.lastSuccessAt && !h?.lastErrorAt
        ? "never-fetched"
        : h.consecutiveFailures > 0
          ? "failing"
          : "ok";
    reports.push({
      id: source.id,
      name: source.name,
      url: source.url,
      enabled: source.enabled,
      state,
      lastSuccessAt: h?.lastSuccessAt,
      lastErrorAt: h?.lastErrorAt,
      lastError: h?.lastError,
      consecutiveFailures: h?.consecutiveFailures ?? 0,
      itemsSeen: h?.itemsSeen ?? 0,
      lastNewItemAt: h?.lastNewItemAt,
      itemsPerDay: dates.map((date) => ({ date, items: perDay.get(`${source.id}\n${date}`) ?? 0 })),
      alerts: await store.listAlerts(source.id, options.alerts ?? 5),
    });
  }
  return reports;
}
