/**
 * The demo day run for real (`daybrief run`, offline analyser, the demo server on 127.0.0.1) once on
 * the SQLite file and once with `store.url` on a real Postgres: the same briefing comes out, and a
 * re-run on Postgres reuses every stored analysis, as on SQLite.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { startDemoServer } from "../src/demo/index.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { createTestDatabase, postgresSkipReason } from "./support/postgres-server.ts";

describe("daybrief run with store.url on Postgres", { skip: postgresSkipReason() }, () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let database: { url: string; drop(): Promise<void> };
  const harnesses: Harness[] = [];
  before(async () => {
    server = await startDemoServer({ allowOrigins: [] });
    database = await createTestDatabase();
  });
  after(async () => {
    for (const h of harnesses) h.cleanup();
    await server?.close();
    await database?.drop();
  });

  async function runDay(extra: object): Promise<{ harness: Harness; stdout: string }> {
    const harness = createHarness({ fetch: server.fetch });
    harnesses.push(harness);
    harness.writeConfig(baseConfig(server.sources, extra));
    const run = await harness.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    return { harness, stdout: run.stdout };
  }

  test("the same briefing as the SQLite run; a re-run analyses nothing again", async () => {
    const sqlite = await runDay({});
    const postgres = await runDay({ store: { url: database.url } });
    for (const ext of ["md", "json"] as const)
      assert.equal(
        readFileSync(outputPath(postgres.harness.dir, DEMO_DAY, ext), "utf8"),
        readFileSync(outputPath(sqlite.harness.dir, DEMO_DAY, ext), "utf8"),
        `the ${ext} output differs`,
      );
    const store = await openPostgresStore(database.url);
    try {
      const runs = await store.listRuns();
      assert.equal(runs.length, 1);
      assert.equal(runs[0]!.status, "ok");
      assert.ok((await store.getBriefing(DEMO_DAY))!.briefing.items.length > 0);
    } finally {
      await store.close();
    }
    const again = await postgres.harness.run(["run", "--date", DEMO_DAY]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /analyses: 0 new, \d+ reused/, again.stdout);
  });
});
