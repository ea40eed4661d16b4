/**
 * The demo day under publish.review, for test/review-*.test.ts: a harness whose config sends to a
 * signed webhook receiver, a clock the test moves, a CLI context over it and the store opened for a look.
 */
import { join } from "node:path";
import { Writable } from "node:stream";
import type { CliContext } from "../../src/cli/index.ts";
import type { Receiver } from "../../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../../src/deliver/testdata/receivers/webhook.ts";
import { type DemoServer, startDemoServer } from "../../src/demo/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { baseConfig, createHarness, FIXED_NOW, type Harness } from "./cli-harness.ts";

export const SECRET = "review-hook-SECRET";
/** FIXED_NOW is 21:30 in Shanghai: "09:30" is due the next morning, 01:30 UTC. */
export const DEADLINE = "2026-02-05T01:30:00.000Z";

export interface Setup {
  server: DemoServer;
  hook: Receiver;
  h: Harness;
  clock: { t: number };
  close(): Promise<void>;
}

export async function setup(publish: object): Promise<Setup> {
  const hook = await startWebhookReceiver(SECRET);
  const server = await startDemoServer({ allowOrigins: [new URL(hook.url).origin] });
  const clock = { t: FIXED_NOW.getTime() };
  const h = createHarness({
    fetch: server.fetch,
    env: { HOOK_SECRET: SECRET },
    now: () => new Date(clock.t),
  });
  h.writeConfig(
    baseConfig(server.sources, {
      channels: [{ id: "hook", type: "webhook", url: hook.url, secret: `\${HOOK_SECRET}` }],
      publish,
    }),
  );
  return {
    server,
    hook,
    h,
    clock,
    async close() {
      await server.close();
      await hook.close();
      h.cleanup();
    },
  };
}

const quiet = () =>
  new Writable({
    write(_c, _e, done) {
      done();
    },
  });

export function ctxOf(s: Setup): CliContext {
  return {
    env: { DAYBRIEF_LOG_LEVEL: "silent", HOOK_SECRET: SECRET },
    cwd: s.h.dir,
    stdout: quiet(),
    stderr: quiet(),
    now: () => new Date(s.clock.t),
    fetch: s.server.fetch,
    sleep: async () => {},
  };
}

export async function withStore<T>(s: Setup, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(join(s.h.dir, "data", "daybrief.db"));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export interface PublishedEntry {
  articleId: number;
  title: string;
  summary: string;
  stars: number;
  notes?: string[];
  curation?: { pinned?: boolean; editorAdded?: string[] };
}
