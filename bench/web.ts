// `npm run bench -- web`: server-rendered page latency of the web app (`daybrief serve`) on a store of
// 365 days × 30 entries generated from the demo day (src/demo/demo-history.ts), the server in a child
// process, 20 concurrent clients (a small loop over keep-alive node:http, bench/http-client.ts) per route. Targets: p95 ≤ 50 ms
// for pages (`/`, `/d/…`), ≤ 80 ms for `/search`. The warm figures repeat URLs (the page cache,
// src/server/page-cache.ts, answers them); "cold" figures ask every URL once (each search a new
// query), so a slow query cannot hide behind the cache. The machine's load average is reported with
// the figures (a shared machine: compare runs only at a similar load).
// WEB_BENCH_DAYS / WEB_BENCH_REQUESTS for a quick run.
import { join } from "node:path";
import { SERVE_SEARCH_THREADS } from "../src/cli/commands/serve.ts";
import { createDemoFetch } from "../src/demo/demo-fetch.ts";
import { writeDemoHistory } from "../src/demo/demo-history.ts";
import { startDemoServer } from "../src/demo/index.ts";
import { openStore } from "../src/store/index.ts";
import { openPostgresStore } from "../src/store/postgres/postgres-store.ts";
import { addDays } from "../src/time.ts";
import { baseConfig, createHarness } from "../test/support/cli-harness.ts";
import { createTestDatabase, postgresSkipReason } from "../test/support/postgres-server.ts";
import { TOPICS } from "./history-store.ts";
import { createBenchClient } from "./http-client.ts";
import { type BenchRow, type BenchSection, machineLoad } from "./report.ts";
import { spawnWebServer } from "./web-server-process.ts";

const DAYS = Number(process.env.WEB_BENCH_DAYS ?? 365);
const PER_DAY = 30;
const CLIENTS = 20;
const REQUESTS = Number(process.env.WEB_BENCH_REQUESTS ?? 600);
const BASE = "2026-02-04";
const SEARCHES = ["模型", "美团 STAR", "智能体", "GPT", "开源", "机器人 世界模型", "Claude Code", "多模态"];
/** More words for cold searches (each asked once, see coldSearch). */
const COLD_WORDS = [...SEARCHES, "英伟达", "发布", ...TOPICS];

/**
 * A search URL never asked before, with the work of a plain search: word i, from a day before the
 * archive begins (a different day each time, so the same hits but a new URL).
 */
function coldSearch(i: number): string {
  const word = COLD_WORDS[i % COLD_WORDS.length]!;
  const from = addDays(BASE, -(DAYS + 1 + Math.floor(i / COLD_WORDS.length)));
  return `/search?q=${encodeURIComponent(word)}&from=${from}`;
}

/** The warm routes (URLs repeated: the page cache answers) and their p95 targets. */
function routes(days: readonly string[]): [string, (i: number) => string, number][] {
  return [
    ["/", () => "/", 50],
    ["/d/…", (i) => `/d/${days[(i * 7919) % days.length]}`, 50],
    ["/search", (i) => `/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`, 80],
  ];
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** `requests` requests from `clients` concurrent loops; each loop takes the next path in turn. */
async function load(origin: string, pathOf: (i: number) => string, clients = CLIENTS, requests = REQUESTS) {
  const client = createBenchClient(origin, clients);
  const times: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) {
        const i = next++;
        const t = performance.now();
        const status = await client.get(pathOf(i));
        if (status !== 200) failures++;
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  client.close();
  times.sort((a, b) => a - b);
  return { times, failures, rps: requests / seconds };
}

export async function benchWeb(): Promise<BenchSection> {
  const h = createHarness();
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number | string, extra: Partial<BenchRow> = {}) =>
    rows.push({ section: "web", metric, value, ...extra });
  try {
    const demo = await h.run(["demo", "-o", "out", "-q"]);
    if (demo.code !== 0) throw new Error(`demo failed: ${demo.stderr}`);
    const store = openStore(join(h.dir, "out/daybrief.db"));
    const written = performance.now();
    const dates = await writeDemoHistory(store, { baseDate: BASE, days: DAYS - 1, entriesPerDay: PER_DAY });
    store.close();
    row("store.days", dates.length + 1, { unit: `days × ${PER_DAY} entries` });
    row("store.writeSeconds", Math.round((performance.now() - written) / 100) / 10, { unit: "s" });
    const storePath = join(h.dir, "out/daybrief.db");
    // Variants side by side in one run (a shared machine: absolute figures drift between runs):
    // searches on the event loop (searchThreads 0, as before) and on serve's search threads.
    const variants: [string, number | string][] = [
      ["on the event loop", 0],
      ["on the event loop, facet facts kept", "0+facts"],
      [`${SERVE_SEARCH_THREADS} search threads`, SERVE_SEARCH_THREADS],
    ];
    // The same pages over Postgres (issue 16), when a server can be started here: the demo day run
    // into a fresh database (the demo's feeds and pages from its local server), the same history.
    let postgres: Awaited<ReturnType<typeof postgresStore>> | undefined;
    if (postgresSkipReason() === undefined) {
      postgres = await postgresStore();
      variants.push(["postgres", postgres.url]);
    } else row("postgres", `skipped: ${postgresSkipReason()}`);
    const details: Record<string, unknown> = { loadAtStart: machineLoad() };
    const report = (name: string, times: readonly number[], target?: number) => {
      const p95 = percentile(times, 0.95);
      row(`${name} p50`, Math.round(percentile(times, 0.5) * 10) / 10, { unit: "ms" });
      row(`${name} p95`, Math.round(p95 * 10) / 10, {
        unit: `ms (load ${machineLoad()})`,
        ...(target === undefined ? {} : { target: `≤ ${target} ms`, pass: p95 <= target }),
      });
    };
    const days = [...dates, BASE];
    let coldFailures = 0;
    for (const [variant, threads] of variants) {
      const onPostgres = typeof threads === "string" && threads.startsWith("postgres://");
      const server = onPostgres
        ? await spawnWebServer(threads, "2026-02-04T13:00:00Z", 0)
        : await spawnWebServer(storePath, "2026-02-04T13:00:00Z", threads);
      try {
        // Cold first, on a server that has seen nothing: every day page and every search URL once.
        let coldDay = 0;
        const coldDays = await load(
          server.origin,
          () => `/d/${days[coldDay++ % days.length]}`,
          CLIENTS,
          Math.min(REQUESTS, days.length),
        );
        report(`/d/… cold [${variant}]`, coldDays.times);
        const coldSearches = await load(server.origin, coldSearch);
        report(`/search cold [${variant}]`, coldSearches.times, 80);
        row(`/search cold req/s [${variant}]`, Math.round(coldSearches.rps));
        const coldAlone = await load(
          server.origin,
          (i) => coldSearch(REQUESTS + i),
          1,
          Math.min(200, REQUESTS),
        );
        row(
          `/search cold p50 (1 client) [${variant}]`,
          Math.round(percentile(coldAlone.times, 0.5) * 10) / 10,
          {
            unit: "ms",
          },
        );
        // Pages while 10 clients search cold: what a slow query does to everyone else.
        let searching = true;
        const background = load(server.origin, (i) => coldSearch(2 * REQUESTS + i), 10, REQUESTS).finally(
          () => {
            searching = false;
          },
        );
        const mixed = await load(server.origin, (i) => `/d/${days[(i * 7919) % days.length]}`, 10, REQUESTS);
        if (!searching) row(`/d/… beside cold searches [${variant}]`, "searches ended first");
        report(`/d/… beside cold searches [${variant}]`, mixed.times);
        const rest = await background.catch(() => undefined);
        coldFailures += coldDays.failures + coldSearches.failures + coldAlone.failures + mixed.failures;
        coldFailures += rest?.failures ?? 0;
        if (threads !== SERVE_SEARCH_THREADS && !onPostgres) continue;
        for (const [name, pathOf, target] of routes(days)) {
          await load(server.origin, pathOf); // warm-up: caches, JIT
          const { times, failures, rps } = await load(server.origin, pathOf);
          const label = onPostgres ? `${name} [postgres]` : name;
          report(label, times, target);
          row(`${label} req/s`, Math.round(rps));
          // One client at a time: the server's own time per request, without the queue of 20.
          const alone = await load(server.origin, pathOf, 1, Math.min(200, REQUESTS));
          row(`${label} p50 (1 client)`, Math.round(percentile(alone.times, 0.5) * 10) / 10, { unit: "ms" });
          if (failures > 0) row(`${label} non-200`, failures, { target: "0", pass: false });
          details[label] = { requests: REQUESTS, clients: CLIENTS, max: Math.round(times.at(-1)! * 10) / 10 };
        }
      } finally {
        await server.close();
      }
    }
    if (coldFailures > 0) row("cold non-200", coldFailures, { target: "0", pass: false });
    details.loadAtEnd = machineLoad();
    await postgres?.drop();
    return { name: "web", rows, details };
  } finally {
    h.cleanup();
  }

  /** A fresh Postgres database holding the demo day (a run over the demo server) and the history. */
  async function postgresStore(): Promise<{ url: string; drop(): Promise<void> }> {
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
      const day = await run.run(["run", "--date", BASE, "-q", "--no-deliver"]);
      if (day.code !== 0) throw new Error(`postgres demo run failed: ${day.stdout}${day.stderr}`);
      const store = await openPostgresStore(database.url);
      const written = performance.now();
      try {
        await writeDemoHistory(store, { baseDate: BASE, days: DAYS - 1, entriesPerDay: PER_DAY });
      } finally {
        await store.close();
      }
      row("postgres.writeSeconds", Math.round((performance.now() - written) / 100) / 10, { unit: "s" });
      return database;
    } finally {
      run.cleanup();
      await server.close();
    }
  }
}
