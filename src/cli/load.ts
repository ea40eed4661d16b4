import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { briefingIdsOf, type Config, configForBriefing, loadConfig } from "../config/index.ts";
import { UsageError } from "../errors.ts";
import { DEFAULT_BRIEFING_ID } from "../model/briefing-id.ts";
import { latestBriefingDate } from "../queries/index.ts";
import type { Store } from "../store/index.ts";
import { dayOf, parseDay } from "../time.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";

export const DEFAULT_CONFIG_FILE = "daybrief.config.yaml";

/** Loads --config, or ./daybrief.config.yaml, with one clear line when there is none. */
export function loadCliConfig(ctx: CliContext, file?: string): Config {
  const path = resolve(ctx.cwd, file ?? ctx.env.DAYBRIEF_CONFIG ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) throw new UsageError(messagesOf(ctx)("error.noConfig", { path }));
  return loadConfig(path, ctx.env);
}

/**
 * --briefing, checked against the config's briefings (config `briefings`); absent: `default`, or
 * the first briefing when the config names none `default`.
 */
export function briefingIdOption(ctx: CliContext, config: Config, id?: string): string {
  const ids = briefingIdsOf(config);
  if (id === undefined) return ids.includes(DEFAULT_BRIEFING_ID) ? DEFAULT_BRIEFING_ID : ids[0]!;
  if (!ids.includes(id))
    throw new UsageError(messagesOf(ctx)("error.unknownBriefing", { id, ids: ids.join(", ") }));
  return id;
}

/** --config loaded and seen as one briefing (--briefing, see briefingIdOption): its sources, channels, title. */
export function loadBriefingConfig(ctx: CliContext, options: { config?: string; briefing?: string }): Config {
  const config = loadCliConfig(ctx, options.config);
  return configForBriefing(config, briefingIdOption(ctx, config, options.briefing));
}

/** --date, checked; default: today in the configured time zone. */
export function resolveDate(ctx: CliContext, config: Config, date?: string): string {
  if (date === undefined) return dayOf(ctx.now(), config.timezone);
  return checkedDay(ctx, date);
}

/**
 * --date, checked; absent (or `latest`): the latest day a briefing was stored for, so a command
 * that looks back (render, dupes, verify) shows what the last run made, not an empty today.
 */
export async function resolveStoredDate(
  ctx: CliContext,
  config: Config,
  store: Store,
  date?: string,
): Promise<string> {
  if (date !== undefined && date !== "latest") return checkedDay(ctx, date);
  const latest = await latestBriefingDate({ store, config });
  if (!latest) throw new UsageError(messagesOf(ctx)("error.noDayStored"));
  return latest;
}

function checkedDay(ctx: CliContext, date: string): string {
  if (!parseDay(date)) throw new UsageError(messagesOf(ctx)("error.badDate", { value: date }));
  return date;
}
