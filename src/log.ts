import { pino } from "pino";

/** Structured logger with stable keys (source_id, url, article_id, run_id). */
export interface Logger {
  debug(data: object, message?: string): void;
  info(data: object, message?: string): void;
  warn(data: object, message?: string): void;
  error(data: object, message?: string): void;
  child(bindings: object): Logger;
}

export interface LoggerOptions {
  level?: "debug" | "info" | "warn" | "error" | "silent";
  /** Where JSON lines go; defaults to stderr. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      // Secrets never reach logs: scrub the usual places they could hide.
      redact: ["apiKey", "secret", "token", "webhook", "headers.authorization", "*.apiKey"],
    },
    destination as pino.DestinationStream,
  ) as unknown as Logger;
}

/** A logger that drops everything (tests, library use). */
export function silentLogger(): Logger {
  return createLogger({ level: "silent" });
}
