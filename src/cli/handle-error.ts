import {
  ConfigError,
  type ConfigIssue,
  DaybriefError,
  FeedParseError,
  HttpError,
  UsageError,
} from "../errors.ts";
import { type Lang, translate } from "./i18n.ts";
import { MESSAGES, type MessageKey } from "./messages.ts";

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
export function describeError(error: unknown, lang: Lang = "zh"): { message: string; code: number } {
  const prefix = translate(lang, "error.prefix");
  if (error instanceof ConfigError) return { message: formatConfigError(error, lang), code: EXIT.usage };
  if (error instanceof UsageError) return { message: `${prefix}${error.message}`, code: EXIT.usage };
  if (error instanceof HttpError || error instanceof FeedParseError)
    return { message: `${prefix}${error.message}`, code: EXIT.failed };
  if (error instanceof DaybriefError) return { message: `${prefix}${error.message}`, code: EXIT.failed };
  const code = (error as { code?: string })?.code;
  if (code === "commander.helpDisplayed" || code === "commander.version")
    return { message: "", code: EXIT.ok };
  if (typeof code === "string" && code.startsWith("commander.")) return { message: "", code: EXIT.usage };
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message: `${translate(lang, "error.bug")}\n${stack}`, code: EXIT.bug };
}

/**
 * Every problem of a config, one per line: where (counted from 1, a source named by its name),
 * what, and how to fix it. Unknown keys are said from the catalogue with the nearest known key.
 */
export function formatConfigError(error: ConfigError, lang: Lang): string {
  const header = translate(lang, "error.config.header", { count: error.issues.length });
  const lines = error.issues.map(
    (i) => `  - ${i.where ?? i.path ?? ""}${i.where || i.path ? ": " : ""}${issueText(i, lang)}`,
  );
  return `${error.file ? `${error.file}: ` : ""}${header}\n${lines.join("\n")}`;
}

function issueText(issue: ConfigIssue, lang: Lang): string {
  if (issue.unknownKeys) {
    const text = translate(lang, "error.config.unknownKeys", { keys: issue.unknownKeys.join(", ") });
    const suggestions = issue.suggestions?.filter(Boolean) ?? [];
    const hint =
      suggestions.length > 0
        ? translate(lang, "error.config.didYouMean", { suggestion: suggestions.join(", ") })
        : (issue.hint ?? translate(lang, "error.config.checkSchema"));
    return withHint(text, hint, lang);
  }
  const message = issue.kind ? translate(lang, `config.issue.${issue.kind}`, issue.params) : issue.message;
  const hintKey = `config.hint.${issue.hintKey}`;
  const hint = issue.hintKey && hintKey in MESSAGES ? translate(lang, hintKey as MessageKey) : issue.hint;
  // An unset variable's message already says how to set it.
  const shown = issue.kind === "envUnset" ? undefined : hint;
  return withHint(message, shown, lang);
}

/** "message (hint)", in the language's brackets. */
function withHint(message: string, hint: string | undefined, lang: Lang): string {
  return hint ? translate(lang, "error.config.withHint", { message, hint }) : message;
}
