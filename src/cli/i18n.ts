import { MESSAGES, type MessageKey } from "./messages.ts";

export type Lang = "zh" | "en";
export type Params = Record<string, string | number | undefined>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** `zh`/`en` (or a locale such as `en_US.UTF-8`, `zh-CN`) as a language; undefined when neither. */
export function langOf(value: string | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v.startsWith("en")) return "en";
  if (v.startsWith("zh")) return "zh";
  return undefined;
}

/**
 * The CLI's language: `--lang` first, then the locale the way POSIX reads it (LC_ALL, then
 * LC_MESSAGES, then LANG: the first one set decides); English only when it says en*, Chinese
 * otherwise (also for C/POSIX locales: the users are Chinese).
 */
export function detectLang(args: readonly string[], env: Record<string, string | undefined>): Lang {
  const flag = langFlag(args);
  if (flag !== undefined) return langOf(flag) ?? "zh";
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return langOf(locale) === "en" ? "en" : "zh";
}

/** The value of `--lang X` / `--lang=X` before a `--`, or undefined. */
export function langFlag(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") return undefined;
    if (a === "--lang") return args[i + 1] ?? "";
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

/** A message of the catalogue in `lang`, with its `{name}` parts filled in. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry = MESSAGES[key];
  const text: string = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

const STATUSES = ["ok", "degraded", "failed", "cancelled", "interrupted", "running"] as const;

/** A run status (ok, degraded, failed …) in the language; an unknown one as it is. */
export function statusText(t: Translate, status: string): string {
  const known = STATUSES.find((s) => s === status);
  return known ? t(`status.${known}`) : status;
}

const COUNTS = ["entries", "cached", "analysed", "fallback", "failed", "rejected", "undelivered"] as const;

/** The name of a run's count (entries, cached …) in the language; an unknown one as it is. */
export function countName(t: Translate, name: string): string {
  const known = COUNTS.find((c) => c === name);
  return known ? t(`count.${known}`) : name;
}

/** The translator of a command's context: its language, or the one its environment says. */
export function messagesOf(ctx: { lang?: Lang; env: Record<string, string | undefined> }): Translate {
  const lang = ctx.lang ?? detectLang([], ctx.env);
  return (key, params) => translate(lang, key, params);
}

/** The language of a command's context. */
export function langOfContext(ctx: { lang?: Lang; env: Record<string, string | undefined> }): Lang {
  return ctx.lang ?? detectLang([], ctx.env);
}
