import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { stringify } from "yaml";
import { openPipeline } from "../src/cli/open-pipeline.ts";
import { parseConfig } from "../src/config/index.ts";
import { startDemoServer } from "../src/demo/index.ts";
import { createLogger } from "../src/log.ts";
import { assembleBriefing } from "../src/pipeline/assemble-briefing.ts";
import { runDaily } from "../src/pipeline/run-daily.ts";

// A run loads the day's articles once and clusters the day once (the plan goes on to the briefing),
// and the briefing it publishes is the one a re-render of the stored day builds.

test("a run reads and clusters the day once, and builds what a re-render builds", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-run-once-"));
  const server = await startDemoServer();
  try {
    const config = parseConfig(
      stringify({
        timezone: "Asia/Shanghai",
        sources: server.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
        output: { dir: "./out" },
        store: { path: "./daybrief.db" },
      }),
      { env: {}, baseDir: dir },
    );
    const now = () => new Date("2026-02-04T13:30:00Z");
    const opened = await openPipeline(
      config,
      { env: {}, cwd: dir, stdout: process.stdout, stderr: process.stderr, now, fetch: server.fetch },
      { quiet: true, logger: createLogger({ level: "silent" }) },
    );
    try {
      const calls = { articles: 0, stories: 0 };
      const { store } = opened.deps;
      const counted = {
        ...opened.deps,
        store: {
          ...store,
          listArticlesPublishedBetween: async (start: string | Date, end: string | Date) => {
            calls.articles++;
            return await store.listArticlesPublishedBetween(start, end);
          },
          listStoriesSince: async (date: string) => {
            calls.stories++;
            return await store.listStoriesSince(date);
          },
        },
      };
      const summary = await runDaily(counted, { date: "2026-02-04", deliver: false });
      assert.equal(summary.status, "ok", summary.reason);
      assert.deepEqual(calls, { articles: 1, stories: 1 });
      const rerendered = await assembleBriefing(opened.deps, "2026-02-04");
      assert.ok(summary.briefing!.items.length > 5);
      assert.deepEqual(
        rerendered.items.map((i) => [i.url, i.entry.title, i.related?.length ?? 0]),
        summary.briefing!.items.map((i) => [i.url, i.entry.title, i.related?.length ?? 0]),
      );
    } finally {
      await opened.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
