/**
 * Helpers of the /runs tests (src/server/runs/*.test.ts): an app with the real run actions over a web
 * fixture's store, a logged-in editor, and the live stream read event by event.
 */
import assert from "node:assert/strict";
import type { Hono } from "hono";
import type { ServerDeps } from "../../src/server/app.ts";
import type { AppEnv } from "../../src/server/auth/env.ts";
import { EDITOR, type WebFixture } from "./web-fixture.ts";
import { jar } from "./web-jar.ts";
import { type gatedFetch, recordingLogger, webRunActions } from "./web-runs.ts";

/** An app with the real run actions over the fixture's store; `fetch` reaches the demo server. */
export function appWithRuns(
  fx: WebFixture,
  options: { fetch?: ReturnType<typeof gatedFetch>["fetch"]; deps?: Partial<ServerDeps> } = {},
) {
  const logger = recordingLogger();
  const { actions, runs } = webRunActions(
    fx.config,
    fx.day.harness.dir,
    options.fetch ?? fx.day.server.fetch,
  );
  const app = fx.app({ deps: { actions, runs, logger, runsPollMs: 50, ...options.deps } });
  return { app, runs, logger };
}

export async function loggedIn(app: Hono<AppEnv>) {
  const j = jar(() => app);
  const form = await j.send("/login");
  const login = await j.post("/login", {
    _csrf: j.csrfOf(form.text)!,
    name: EDITOR.name,
    password: EDITOR.password,
  });
  assert.equal(login.res.status, 303);
  const runs = await j.send("/runs");
  return { j, csrf: j.csrfOf(runs.text)!, page: runs.text };
}

/** Reads `runs` events of GET /runs/live until `done(lastEvent)`; returns every event's data. */
export async function readLive(
  app: Hono<AppEnv>,
  path: string,
  done: (data: string) => boolean,
  onFirst?: () => void,
) {
  const res = await app.request(path);
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: string[] = [];
  let buffer = "";
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!block.startsWith("event: runs\n")) continue;
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        events.push(data);
        if (events.length === 1) onFirst?.();
        if (done(data)) return events;
      }
    }
    throw new Error(`the stream never said what was expected; events:\n${events.join("\n---\n")}`);
  } finally {
    await reader.cancel();
  }
}

/** How many runs the fixture's store has recorded. */
export const runCount = async (fx: WebFixture) => (await fx.day.store.listRuns(1000)).length;
