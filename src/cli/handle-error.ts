import { ConfigError, DaybriefError, FeedParseError, HttpError, UsageError } from "../errors.ts";

/**
 * Exit codes: 0 ok, 1 a run that failed, 2 a usage or config mistake, 3 a degraded run (the
 * briefing went out, something is missing), 70 a bug (with its stack), 130 cancelled (Ctrl-C).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, degraded: 3, bug: 70, cancelled: 130 } as const;

/** The exit code of a finished run's status. */
export function exitCodeOf(status: string): number {
  switch (status) {
    case "ok":
      return EXIT.ok;
    case "degraded":
      return EXIT.degraded;
    case "cancelled":
      return EXIT.cancelled;
    default:
      return EXIT.failed;
  }
}

/** One clear line for what the user can fix; a stack trace only for a bug. */
export function describeError(error: unknown): { message: string; code: number } {
  if (error instanceof ConfigError) return { message: error.message, code: EXIT.usage };
  if (error instanceof UsageError) return { message: `error: ${error.message}`, code: EXIT.usage };
  if (error instanceof HttpError || error instanceof FeedParseError)
    return { message: `error: ${error.message}`, code: EXIT.failed };
  if (error instanceof DaybriefError) return { message: `error: ${error.message}`, code: EXIT.failed };
  const code = (error as { code?: string })?.code;
  if (code === "commander.helpDisplayed" || code === "commander.version")
    return { message: "", code: EXIT.ok };
  if (typeof code === "string" && code.startsWith("commander.")) return { message: "", code: EXIT.usage };
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message: `daybrief hit a bug — please report it with this trace:\n${stack}`, code: EXIT.bug };
}
