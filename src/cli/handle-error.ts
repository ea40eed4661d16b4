import { ConfigError, DaybriefError, FeedParseError, HttpError, UsageError } from "../errors.ts";

/** Exit codes: 1 a run that failed, 2 a usage or config mistake, 70 a bug (with its stack). */
export const EXIT = { ok: 0, failed: 1, usage: 2, bug: 70 } as const;

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
