import type { Config } from "../config/index.ts";
import type { Briefing } from "../model/briefing.ts";
import type { Store, StoredBriefing } from "../store/index.ts";

/**
 * What every query reads: the store and the validated config (sources, time zone, verify policy,
 * dedup thresholds). Front ends (CLI, web app, HTTP API, MCP) open both once and pass them in; the
 * queries never open files, read the environment or print.
 */
export interface QueryContext {
  store: Store;
  config: Config;
}

/** A stored briefing as the typed value (the one place that reads the stored form). */
export function briefingOf(stored: StoredBriefing): Briefing {
  return JSON.parse(stored.json) as Briefing;
}
