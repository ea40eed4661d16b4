import type { RoutingFetch } from "../http/index.ts";
import type { Lang } from "./i18n.ts";

/** What a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where `init` reads its answers; questions are asked only when it and stdout are terminals. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  now: () => Date;
  /**
   * Injected into HTTP clients (tests and the demo route it to local servers; a routing fetch says
   * which local port it owns, and the network guard allows exactly that one).
   */
  fetch?: RoutingFetch;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /** Waits between message parts and retries (tests pass a fast one). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The language of what is printed (runCli sets it from --lang and the locale; default Chinese). */
  lang?: Lang;
}

export function print(stream: NodeJS.WritableStream, line = ""): void {
  stream.write(`${line}\n`);
}
