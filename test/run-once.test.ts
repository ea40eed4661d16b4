import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { test } from "node:test";
import { stringify } from "yaml";
import { openPipeline } from "../src/cli/open-pipeline.ts";
import { parseConfig } from "../src/config/index.ts";
import { startDemoServer } from "../src/demo/index.ts";
import { createLogger } from "../src/log.ts";
import { assembleBriefing } from "../src/pipeline/assemble-briefing.ts";
import { runDaily } from "../src/pipeline/run-daily.ts";

// A run loads the day's articles once and clusters the day once: the dedup step's story plan goes on
// to the analyse, verify and rank steps, nothing after dedup clusters again (counted twice: through
// the store, each clustering asks for the window's earlier stories once, and through the log, each
// clustering says "stories clustered" once). The briefing it publishes is the one a re-render of
// the stored day builds (a re-render has no plan and clusters the day itself).

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
    const lines: { msg?: string; date?: string }[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const opened = await openPipeline(
      config,
      { env: {}, cwd: dir, stdout: process.stdout, stderr: process.stderr, now, fetch: server.fetch },
      { quiet: true, logger: createLogger({ level: "info", destination }) },
    );
    try {
      const calls = { articles: 0, stories: 0, analyses: 0 };
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
          listAnalysesForArticles: async (ids: readonly number[]) => {
            calls.analyses++;
            return await store.listAnalysesForArticles(ids);
          },
        },
      };
      const summary = await runDaily(counted, { date: "2026-02-04", deliver: false });
      assert.equal(summary.status, "ok", summary.reason);
      assert.deepEqual(calls, { articles: 1, stories: 1, analyses: 1 });
      assert.equal(lines.filter((l) => l.msg === "stories clustered").length, 1, "the day clustered once");
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
