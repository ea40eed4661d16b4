import { Writable } from "node:stream";
import { pino } from "pino";

/** Structured logger with stable keys (source_id, url, article_id, run_id, stage). */
export interface Logger {
  debug(data: object, message?: string): void;
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
  child(bindings: object): Logger;
}

/** json: one pino JSON object per line (files, pipes, log shippers). text: one readable line each (a TTY). */
export type LogFormat = "json" | "text";

export interface LoggerOptions {
  level?: "debug" | "info" | "warn" | "error" | "silent";
  /** Where lines go; defaults to stderr. */
  destination?: NodeJS.WritableStream;
  format?: LogFormat;
  /** Applied to every line before it is written (the process's secret redactor). */
  redact?: (text: string) => string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  const redact = options.redact;
  const out = options.format === "text" ? textStream(destination) : destination;
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      // Secrets never reach logs: scrub the usual places they could hide, then every line as text.
      redact: ["apiKey", "secret", "token", "webhook", "headers.authorization", "*.apiKey"],
      ...(redact ? { hooks: { streamWrite: (line: string) => redact(line) } } : {}),
    },
    out as pino.DestinationStream,
  ) as unknown as Logger;
}

/** A logger that drops everything (tests, library use). */
export function silentLogger(): Logger {
  return createLogger({ level: "silent" });
}

/**
 * JSON unless the stream is a terminal; DAYBRIEF_LOG_FORMAT (json | text) overrides either way.
 * An unknown value falls back to the automatic choice.
 */
export function selectLogFormat(isTTY: boolean | undefined, requested: string | undefined): LogFormat {
  if (requested === "json" || requested === "text") return requested;
  return isTTY ? "text" : "json";
}

const LEVEL_NAMES: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};

/** Keys that are not worth a reader's attention on one line. */
const QUIET_KEYS = new Set([
  "level",
  "time",
  "msg",
  "pid",
  "hostname",
  "run_id",
  "date",
  "stage",
  "source_id",
  "err",
]);

/**
 * One readable line from one pino JSON record: "WARN  collect  qbitai  feed failed — HTTP 500".
 * Level, stage, source (or channel / article), the message, then a short reason. Pure.
 */
export function formatLogLine(record: Record<string, unknown>): string {
  const level = LEVEL_NAMES[Number(record.level)] ?? String(record.level ?? "LOG").toUpperCase();
  const stage = record.stage ?? record.job;
  const who =
    record.source_id ??
    record.channel ??
    (record.article_id !== undefined ? `article ${record.article_id}` : undefined);
  const reason = shortText(record.reason ?? record.err ?? record.error);
  const extras = Object.entries(record)
    .filter(
      ([k, v]) =>
        !QUIET_KEYS.has(k) &&
        k !== "reason" &&
        k !== "error" &&
        k !== "channel" &&
        k !== "job" &&
        k !== "article_id" &&
        isScalar(v),
    )
    .slice(0, 4)
    .map(([k, v]) => `${k}=${shortText(v, 60)}`);
  const parts = [level.padEnd(5), stage, who, String(record.msg ?? "")].filter(
    (p) => p !== undefined && p !== "",
  );
  return `${parts.join("  ")}${reason ? ` — ${reason}` : ""}${extras.length ? `  (${extras.join(", ")})` : ""}`;
}

function isScalar(v: unknown): boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** The first line of a value, at most `max` characters. */
function shortText(value: unknown, max = 160): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const text = (
    typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value)
  )
    .split("\n")[0]!
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A stream that turns pino's JSON lines into readable ones. Each line first clears the terminal
 * line, so a progress display's status line is replaced, not interleaved (it redraws on its next step).
 */
function textStream(destination: NodeJS.WritableStream & { isTTY?: boolean }): Writable {
  const clear = destination.isTTY ? "\r\x1b[2K" : "";
  let pending = "";
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      let nl = pending.indexOf("\n");
      while (nl >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.trim()) {
          let text: string;
          try {
            text = formatLogLine(JSON.parse(line) as Record<string, unknown>);
          } catch {
            text = line;
          }
          destination.write(`${clear}${text}\n`);
        }
        nl = pending.indexOf("\n");
      }
      done();
    },
  });
}
