// The CLI's logger and its DAYBRIEF_LOG_LEVEL check, split from open-pipeline.ts.
import { UsageError } from "../errors.ts";
import { createLogger, type Logger, selectLogFormat } from "../log.ts";
import type { Redactor } from "../model/redact.ts";
import type { CliContext } from "./context.ts";
import { messagesOf } from "./i18n.ts";

/**
 * The CLI's logger: DAYBRIEF_LOG_LEVEL (default `fallback`), readable lines on a terminal and JSON
 * elsewhere (DAYBRIEF_LOG_FORMAT=json|text overrides), every line through the redactor.
 */
export function createCliLogger(
  ctx: CliContext,
  redact: Redactor,
  fallback: (typeof LOG_LEVELS)[number],
): Logger {
  return createLogger({
    level: logLevelOf(ctx, fallback),
    destination: ctx.stderr,
    format: selectLogFormat(ctx.stderr.isTTY, ctx.env.DAYBRIEF_LOG_FORMAT),
    redact,
  });
}

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

/** DAYBRIEF_LOG_LEVEL, checked: a typo is a usage error, not a crash inside the logger. */
export function logLevelOf(
  ctx: CliContext,
  fallback: (typeof LOG_LEVELS)[number],
): (typeof LOG_LEVELS)[number] {
  const value = ctx.env.DAYBRIEF_LOG_LEVEL;
  if (value === undefined || value === "") return fallback;
  const level = LOG_LEVELS.find((l) => l === value);
  if (!level)
    throw new UsageError(messagesOf(ctx)("error.logLevel", { levels: LOG_LEVELS.join(", "), value }));
  return level;
}
