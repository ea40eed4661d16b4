import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { RunJobs } from "../api/run-jobs.ts";
import type { SafeHtml } from "../pages/html.ts";

export interface LiveStreamOptions {
  /** Renders the panel's inside for the runs in `watched` (adding those now running). */
  render(watched: Set<number>): Promise<SafeHtml>;
  /** This server's runs: a change of one of them wakes the stream at once (live). */
  runs?: RunJobs;
  watched: Set<number>;
  /** How often the store is read again (polled runs, new runs of other processes). */
  pollMs: number;
  /** Changes of a live run closer together than this are sent as one. */
  throttleMs?: number;
  /** The stream ends after this long; EventSource then reconnects (bounds a forgotten tab's cost). */
  maxMs?: number;
  /** Called once when the stream has ended (the client went away or maxMs passed). */
  onEnd?: () => void;
}

const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /runs/live`: server-sent `runs` events, each the panel's HTML as the server renders it (one
 * renderer for the page and its updates). Sent when it changes: at once (throttled) when one of
 * this server's runs reports a stage or step, otherwise when the store, read every `pollMs`, says
 * something else. A comment line keeps idle connections open through proxies.
 */
export function streamLiveRuns(c: Context, options: LiveStreamOptions): Response {
  const { runs, watched, pollMs } = options;
  const throttleMs = options.throttleMs ?? 250;
  const maxMs = options.maxMs ?? 10 * 60_000;
  return streamSSE(c, async (stream) => {
    // `stop` ends any wait (the client went away); `wake` only the wait for the next poll.
    let stop: (() => void) | undefined;
    let wake: (() => void) | undefined;
    const nap = (ms: number, wakeable: boolean) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          stop = wake = undefined;
          resolve();
        }
        stop = done;
        if (wakeable) wake = done;
      });
    stream.onAbort(() => stop?.());
    // A change that comes while the panel is being rendered is not lost: the next wait is skipped.
    let changed = false;
    const followed = new Map<number, () => void>();
    const follow = () => {
      if (!runs) return;
      for (const id of watched)
        if (!followed.has(id) && runs.get(id)?.state === "running")
          followed.set(
            id,
            runs.subscribe(id, () => {
              changed = true;
              wake?.();
            }),
          );
    };
    const started = Date.now();
    let last = "";
    let lastWrite = Date.now();
    let lastRender = 0;
    try {
      await stream.writeSSE({ event: "hello", data: "", retry: 3000 });
      while (!stream.aborted && Date.now() - started < maxMs) {
        const since = Date.now() - lastRender;
        if (since < throttleMs) await nap(throttleMs - since, false);
        if (stream.aborted) break;
        lastRender = Date.now();
        changed = false;
        const body = (await options.render(watched)).value;
        follow();
        if (body !== last) {
          last = body;
          await stream.writeSSE({ event: "runs", data: body });
          lastWrite = Date.now();
        } else if (Date.now() - lastWrite > KEEP_ALIVE_MS) {
          await stream.write(": keep-alive\n\n");
          lastWrite = Date.now();
        }
        if (!changed) await nap(pollMs, true);
      }
    } finally {
      for (const off of followed.values()) off();
      options.onEnd?.();
    }
  });
}
