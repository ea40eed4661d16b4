// The web bench's Postgres variant (issue 16): a fresh database holding the demo day (a run over the
// demo server) and the same generated history as the SQLite store.
import { createDemoFetch } from "../src/demo/demo-fetch.ts";
import { writeDemoHistory } from "../src/demo/demo-history.ts";
import { startDemoServer } from "../src/demo/index.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { baseConfig, createHarness } from "../test/support/cli-harness.ts";
import { createTestDatabase } from "../test/support/postgres-server.ts";

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
  /** How long writing the history took. */
  writeSeconds: number;
}

export async function postgresStore(history: {
  baseDate: string;
  days: number;
  entriesPerDay: number;
}): Promise<BenchDatabase> {
  const database = await createTestDatabase();
  const server = await startDemoServer({ allowOrigins: [] });
  const run = createHarness({ fetch: createDemoFetch(server.origin) });
  try {
    run.writeConfig(
      baseConfig(server.sources, {
        store: { url: database.url },
        fetch: { hosts: { "mp.weixin.qq.com": { minIntervalMs: 0, jitterMs: 0 } } },
      }),
    );
    const day = await run.run(["run", "--date", history.baseDate, "-q", "--no-deliver"]);
    if (day.code !== 0) throw new Error(`postgres demo run failed: ${day.stdout}${day.stderr}`);
    const store = await openPostgresStore(database.url);
    const written = performance.now();
    try {
      await writeDemoHistory(store, history);
    } finally {
      await store.close();
    }
    const writeSeconds = Math.round((performance.now() - written) / 100) / 10;
    return { url: database.url, drop: () => database.drop(), writeSeconds };
  } finally {
    run.cleanup();
    await server.close();
  }
}
