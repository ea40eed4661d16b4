import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Config, loadConfig } from "../config/index.ts";
import { UsageError } from "../errors.ts";
import { dayOf, parseDay } from "../time.ts";
import type { CliContext } from "./context.ts";

export const DEFAULT_CONFIG_FILE = "daybrief.config.yaml";

/** Loads --config, or ./daybrief.config.yaml, with one clear line when there is none. */
export function loadCliConfig(ctx: CliContext, file?: string): Config {
  const path = resolve(ctx.cwd, file ?? ctx.env.DAYBRIEF_CONFIG ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    throw new UsageError(
      `no config at ${path} — run \`daybrief init\` to write one, or \`daybrief demo\` to try the bundled demo`,
    );
  }
  return loadConfig(path, ctx.env);
}

/** --date, checked; default: today in the configured time zone. */
export function resolveDate(ctx: CliContext, config: Config, date?: string): string {
  if (date === undefined) return dayOf(ctx.now(), config.timezone);
  if (!parseDay(date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${date}"`);
  return date;
}
