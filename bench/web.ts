// `npm run bench -- web`: server-rendered page latency of the web app (`daybrief serve`) on a store of
// 365 days × 30 entries generated from the demo day (src/demo/demo-history.ts), the server in a child
// process, 20 concurrent clients (a small loop over keep-alive node:http, bench/http-client.ts) per route. Targets: p95 ≤ 50 ms
// for pages (`/`, `/d/…`), ≤ 80 ms for `/search`. The warm figures repeat URLs (the page cache,
// src/server/page-cache.ts, answers them); "cold" figures ask every URL once (each search a new
// query), so a slow query cannot hide behind the cache. The machine's load average is reported with
// the figures (a shared machine: compare runs only at a similar load).
// WEB_BENCH_DAYS / WEB_BENCH_REQUESTS for a quick run. WEB_BENCH_BEFORE=<another checkout> (e.g.
// `git archive <commit> | tar -x -C /tmp/before`, node_modules linked) also runs that code's server on
// the same store beside this one, first visits of day pages and cold searches asked of both in
// alternating rounds (compareBeforeAfter), so a change's before and after are measured side by
// side in one run, with the CPU each server used per request.
// WEB_BENCH_VARIANTS=threads runs only serve's own variant (2 search threads).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SERVE_SEARCH_THREADS } from "../src/cli/commands/serve.ts";
import { writeDemoHistory } from "../src/demo/demo-history.ts";
import { openStore } from "../src/store/index.ts";
import { addDays } from "../src/time.ts";
import { createHarness } from "../test/support/cli-harness.ts";
import { postgresSkipReason } from "../test/support/postgres-server.ts";
import { TOPICS } from "./history-store.ts";
import { createBenchClient } from "./http-client.ts";
import { type BenchRow, type BenchSection, machineLoad } from "./report.ts";
import { type BenchDatabase, postgresStore } from "./web-postgres.ts";
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

/** Rounds of the interleaved before/after comparison (compareBeforeAfter). */
const ROUNDS = 6;

/**
 * Cold searches on the code before a change and on this code, both servers up at once and asked
 * in alternating rounds (each round new queries, the same ones for both), so a shared machine's
 * drifting load falls on both alike. Returns the non-200 answers.
 */
async function compareBeforeAfter(
  storePath: string,
  beforeScript: string,
  days: readonly string[],
  report: (name: string, times: readonly number[], target?: number) => void,
  row: (metric: string, value: number | string, extra?: Partial<BenchRow>) => void,
): Promise<number> {
  const servers = {
    before: await spawnWebServer(storePath, "2026-02-04T13:00:00Z", SERVE_SEARCH_THREADS, beforeScript),
    after: await spawnWebServer(storePath, "2026-02-04T13:00:00Z", SERVE_SEARCH_THREADS),
  };
  const times = { before: [] as number[], after: [] as number[] };
  const seconds = { before: 0, after: 0 };
  const cpu = { before: 0, after: 0 };
  // First visits of day pages, interleaved the same way: each round a new slice of the days, the
  // same slice for both servers (neither has rendered it yet).
  const dayTimes = { before: [] as number[], after: [] as number[] };
  const dayCpu = { before: 0, after: 0 };
  let failures = 0;
  try {
    const daysPer = Math.floor(days.length / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      const slice = days.slice(round * daysPer, (round + 1) * daysPer);
      const order = round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
      for (const which of order) {
        const cpuBefore = servers[which].cpuMs() ?? Number.NaN;
        const run = await load(servers[which].origin, (i) => `/d/${slice[i]}`, CLIENTS, slice.length);
        dayCpu[which] += (servers[which].cpuMs() ?? Number.NaN) - cpuBefore;
        dayTimes[which].push(...run.times);
        failures += run.failures;
      }
    }
    const per = Math.ceil(REQUESTS / ROUNDS);
    // Warm-up, not counted: JIT, the search threads' facet facts (queries neither server sees again).
    for (const which of ["before", "after"] as const)
      await load(servers[which].origin, (i) => coldSearch(20 * REQUESTS + i), CLIENTS, per);
    for (let round = 0; round < ROUNDS; round++) {
      // Queries never asked of either server (past those of the variants above), the same for both.
      const base = 10 * REQUESTS + round * per;
      const order = round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
      for (const which of order) {
        const started = performance.now();
        const cpuBefore = servers[which].cpuMs() ?? Number.NaN;
        const run = await load(servers[which].origin, (i) => coldSearch(base + i), CLIENTS, per);
        seconds[which] += (performance.now() - started) / 1000;
        cpu[which] += (servers[which].cpuMs() ?? Number.NaN) - cpuBefore;
        times[which].push(...run.times);
        failures += run.failures;
      }
    }
  } finally {
    await Promise.all([servers.before.close(), servers.after.close()]);
  }
  for (const which of ["before", "after"] as const) {
    const sortedDays = dayTimes[which].sort((a, b) => a - b);
    report(`/d/… cold, interleaved [${which}]`, sortedDays);
    if (Number.isFinite(dayCpu[which]))
      row(
        `/d/… cold CPU per request, interleaved [${which}]`,
        Math.round((dayCpu[which] / sortedDays.length) * 10) / 10,
        { unit: "ms" },
      );
    const sorted = times[which].sort((a, b) => a - b);
    report(`/search cold, interleaved [${which}]`, sorted, 80);
    row(`/search cold req/s, interleaved [${which}]`, Math.round(sorted.length / seconds[which]));
    // CPU per search (every thread of the server): what bounds the throughput on 2 cores, whatever the load.
    if (Number.isFinite(cpu[which]))
      row(
        `/search cold CPU per request, interleaved [${which}]`,
        Math.round((cpu[which] / sorted.length) * 10) / 10,
        { unit: "ms" },
      );
  }
  return failures;
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
    // WEB_BENCH_VARIANTS=threads keeps only serve's own.
    const only = process.env.WEB_BENCH_VARIANTS === "threads";
    const variants: [string, number | string][] = [
      ...(only
        ? []
        : ([
            ["on the event loop", 0],
            ["on the event loop, facet facts kept", "0+facts"],
          ] as [string, number][])),
      [`${SERVE_SEARCH_THREADS} search threads`, SERVE_SEARCH_THREADS],
    ];
    const before = process.env.WEB_BENCH_BEFORE;
    if (before && !existsSync(join(before, "bench/web-server-process.ts")))
      throw new Error(`WEB_BENCH_BEFORE: no bench/web-server-process.ts in ${before}`);
    // The same pages over Postgres (issue 16), when a server can be started here: the demo day run
    // into a fresh database (the demo's feeds and pages from its local server), the same history.
    let postgres: BenchDatabase | undefined;
    if (postgresSkipReason() === undefined) {
      postgres = await postgresStore({ baseDate: BASE, days: DAYS - 1, entriesPerDay: PER_DAY });
      row("postgres.writeSeconds", postgres.writeSeconds, { unit: "s" });
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
        const cpuBefore = server.cpuMs() ?? Number.NaN;
        const coldSearches = await load(server.origin, coldSearch);
        const cpuPer = ((server.cpuMs() ?? Number.NaN) - cpuBefore) / REQUESTS;
        if (Number.isFinite(cpuPer))
          row(`/search cold CPU per request [${variant}]`, Math.round(cpuPer * 10) / 10, { unit: "ms" });
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
    if (before)
      coldFailures += await compareBeforeAfter(
        storePath,
        join(before, "bench/web-server-process.ts"),
        days,
        report,
        row,
      );
    if (coldFailures > 0) row("cold non-200", coldFailures, { target: "0", pass: false });
    details.loadAtEnd = machineLoad();
    await postgres?.drop();
    return { name: "web", rows, details };
  } finally {
    h.cleanup();
  }
}
