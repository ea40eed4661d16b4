// The whole daily run at scale: `runDaily` (collect → read → dedup → analyse → publish) over a local
// server on 127.0.0.1 serving N distinct articles (remixed from the demo pages, run-scale-corpus.ts),
// with the offline analyser. Each size runs in its own child process so its peak RSS is its own; the
// corpus server runs in this (parent) process, so the child measures the client side only.
//
// Each day is one child process on one store (as `daybrief run` from cron is), so each day's peak RSS
// is that day's own; each day row also shows the 1-minute load when the day started.
//
//   npm run bench -- run-scale                 sizes 1000,3000,10000; then 10 days of 1000 with
//                                              dedup.windowDays 7 (more days than the window: the
//                                              plateau). About 3.5 min on a quiet 2-core machine.
//   --sizes=300,1000 --days=3 --per-day=300    other sizes / days (--sizes=none: days only)
//   --window=30 --history=30                   dedup.windowDays 30 over 30 days of stored stories
//                                              (1 per article of --per-day, written through the
//                                              store before day 1, not timed): the big window
//                                              without 30 runs. Long: ~2 min more per 10 days.
//   --against=/path/to/other/checkout          each day also run with that checkout's src/ (its own
//                                              store), alternately, so old and new code are measured
//                                              side by side under the same load (e.g. a `git
//                                              archive` of main unpacked with node_modules linked)
//   --launch=cli|plain                         children started as `daybrief run` starts a run
//                                              (cli, the default: bin/launch.mjs's heap cap and
//                                              MALLOC_ARENA_MAX=2), or as a plain `node` (no cap,
//                                              glibc's arenas: the CLI before it set them)
//   --heap=MB                                  V8 old-space cap for the children (over --launch)
//   --semi-space=MB                            V8 --max-semi-space-size of the children (over
//                                              --launch, which takes each checkout's own
//                                              bin/launch.mjs; 0: V8's default)
//   --malloc-arenas=N                          MALLOC_ARENA_MAX of the children (over --launch;
//                                              0: glibc's default, 8 per core)
//   DAYBRIEF_BENCH_SIZES / _DAYS / _PER_DAY / _WINDOW / _HISTORY / _AGAINST / _LAUNCH / _HEAP_MB /
//   _SEMI_SPACE_MB / _MALLOC_ARENAS: the same.
//   DAYBRIEF_BENCH_CPU_PROF=dir                each day's child also writes a V8 CPU profile there
//
// Rows: wall, ms/article, peak RSS and per-stage times per size; per day also the CPU time of the
// run and of dedup and publish (on a shared machine wall times follow the load; day N / day 1 is
// also given in CPU time); the growth ratios against the
// issue's targets (wall ≤ 11×, dedup and publish ≤ 12× from the smallest to the largest size when
// those are 1k and 10k; day N within 1.2× of day 1 for wall and dedup; RSS ≤ 300 MB at 1k on every
// day, ≤ 600 MB at 10k).
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";
import { DEFAULT_HEAP_MB, DEFAULT_SEMI_SPACE_MB } from "../bin/launch.mjs";
import type { ClusterInput } from "../src/dedup/index.ts";
import type { Store } from "../src/store/index.ts";
import type { BenchRow, BenchSection } from "./report.ts";
import { buildDayCorpus, type DayCorpus, RUN_SCALE_HOST, storedBenchArticle } from "./run-scale-corpus.ts";
import { lastLineOfChild } from "./spawn-child.ts";

const SELF = fileURLToPath(import.meta.url);
const SOURCES = 20;
const FIRST_DATE = "2026-03-02";

export interface RunScaleOptions {
  sizes?: number[];
  days?: number;
  perDay?: number;
  /** dedup.windowDays of the days run (default 7). */
  windowDays?: number;
  /** Days of stories stored before day 1 (written through the store, not timed). */
  history?: number;
  /** Root of another checkout whose src/ is run alternately with this one's, day by day. */
  against?: string;
  /**
   * How the children start: as the CLI starts a run (`cli`, default: bin/launch.mjs's heap cap and
   * MALLOC_ARENA_MAX), or as a plain node process (`plain`: neither).
   */
  launch?: "cli" | "plain";
  /** V8 old-space cap for the child runs (MB); undefined: as `launch` says. */
  heapMb?: number;
  /** V8 semi-space cap (MB) for the child runs; 0: V8's default; undefined: as `launch` says. */
  semiSpaceMb?: number;
  /**
   * glibc's MALLOC_ARENA_MAX for the child runs: 2 by default, as the Dockerfile and the systemd unit
   * run the CLI (docs/architecture.md, Memory and scale); 0 leaves glibc's default (8 per core).
   */
  mallocArenas?: number;
}

/** MALLOC_ARENA_MAX the deployment files set (Dockerfile, deploy/daybrief.service). */
export const DEPLOYED_MALLOC_ARENAS = 2;

/** The child's environment: this one's, with MALLOC_ARENA_MAX as asked (0: glibc's default). */
export function childEnv(mallocArenas: number, env = process.env): NodeJS.ProcessEnv {
  const { MALLOC_ARENA_MAX: _, ...rest } = env;
  return mallocArenas > 0 ? { ...rest, MALLOC_ARENA_MAX: String(mallocArenas) } : rest;
}

/** One run (one day) as measured by the child. */
export interface DayFigures {
  date: string;
  articles: number;
  wallMs: number;
  stages: Record<string, number>;
  peakRssMb: number;
  status: string;
  entries: number;
  /** 1-minute load average when the day started. */
  load?: number;
  /** V8's heapUsed at its highest (MB), sampled every 20 ms and at each stage's end. */
  peakHeapMb?: number;
  /** V8's heap_size_limit (MB): the cap the run had (--max-old-space-size plus the young space). */
  heapLimitMb?: number;
  /** Peak RSS (MB) while each stage ran, sampled every 20 ms and at each stage's end. */
  stagePeakMb?: Record<string, number>;
  /** The kernel's RSS high-water mark (MB) at the end of each stage that raised it (and at the start). */
  hwmMb?: Record<string, number>;
  /** Time (ms) in the store's slowest methods (over 50 ms in the day). */
  storeMs?: Record<string, number>;
  /**
   * CPU time (ms, user + system, this process) per stage and for the whole run: on a machine shared
   * with other work, the wall times of two days differ by the load, their CPU times much less.
   */
  stagesCpu?: Record<string, number>;
  cpuMs?: number;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- parent: server and orchestration

export async function startServer(perDay: (date: string) => DayCorpus) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const feed = path.match(/^\/feeds\/(\d{4}-\d{2}-\d{2})\/(s\d+)\.xml$/);
    const body = feed
      ? perDay(feed[1]!).feeds.get(feed[2]!)
      : path.startsWith("/p/")
        ? perDay(path.slice(3, 13)).page(path)
        : undefined;
    if (body === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not in the bench corpus\n");
      return;
    }
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(200, {
      "content-type": feed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8",
      "content-length": bytes.length,
    });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** One day's run in its own child process on the store in `dir` (kept across days). */
async function runDay(
  origin: string,
  day: { articles: number; index: number; dir: string; windowDays: number; history: number; src: string },
  v8Flags: string[],
  mallocArenas: number,
): Promise<DayFigures> {
  const last = await lastLineOfChild(
    "run-scale",
    [
      SELF,
      "child",
      origin,
      String(day.articles),
      String(day.index),
      day.dir,
      String(day.windowDays),
      String(day.history),
      day.src,
    ],
    "{",
    [
      ...v8Flags,
      // DAYBRIEF_BENCH_CPU_PROF=dir: a V8 CPU profile of each day's child, for `node --cpu-prof`'s tools.
      ...(process.env.DAYBRIEF_BENCH_CPU_PROF
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.DAYBRIEF_BENCH_CPU_PROF}`]
        : []),
    ],
    childEnv(mallocArenas),
  );
  return JSON.parse(last) as DayFigures;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "daybrief-run-scale-"));
}

function listOf(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  const list = text
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return list.length > 0 ? list : undefined;
}

/** Options from flags (`--sizes=1000,3000 --days=7 --per-day=1000 --heap=…`) or DAYBRIEF_BENCH_* env. */
export function runScaleOptions(argv: readonly string[], env = process.env): RunScaleOptions {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const num = (text: string | undefined) => (text && Number(text) > 0 ? Number(text) : undefined);
  return {
    sizes:
      (flag("sizes") ?? env.DAYBRIEF_BENCH_SIZES) === "none"
        ? []
        : listOf(flag("sizes") ?? env.DAYBRIEF_BENCH_SIZES),
    days: num(flag("days") ?? env.DAYBRIEF_BENCH_DAYS),
    perDay: num(flag("per-day") ?? env.DAYBRIEF_BENCH_PER_DAY),
    windowDays: num(flag("window") ?? env.DAYBRIEF_BENCH_WINDOW),
    history: num(flag("history") ?? env.DAYBRIEF_BENCH_HISTORY),
    against: flag("against") ?? env.DAYBRIEF_BENCH_AGAINST,
    launch: (flag("launch") ?? env.DAYBRIEF_BENCH_LAUNCH) === "plain" ? "plain" : undefined,
    heapMb: num(flag("heap") ?? env.DAYBRIEF_BENCH_HEAP_MB),
    semiSpaceMb: arenasOf(flag("semi-space") ?? env.DAYBRIEF_BENCH_SEMI_SPACE_MB),
    mallocArenas: arenasOf(flag("malloc-arenas") ?? env.DAYBRIEF_BENCH_MALLOC_ARENAS),
  };
}

function arenasOf(text: string | undefined): number | undefined {
  return text !== undefined && Number.isInteger(Number(text)) && Number(text) >= 0 ? Number(text) : undefined;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

function sizeRows(section: string, day: DayFigures): BenchRow[] {
  const label = `${day.articles} articles`;
  const rssTarget = day.articles === 1000 ? 300 : day.articles === 10000 ? 600 : undefined;
  const stages = Object.entries(day.stages)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(" · ");
  return [
    {
      section,
      metric: `${label}: wall`,
      value: seconds(day.wallMs),
      unit: `s (${day.status}, ${day.entries} entries)`,
    },
    { section, metric: `${label}: ms/article`, value: day.wallMs / day.articles, unit: "ms" },
    {
      section,
      metric: `${label}: peak RSS`,
      value: day.peakRssMb,
      unit: "MB",
      ...(rssTarget ? { target: `≤ ${rssTarget} MB`, pass: day.peakRssMb <= rssTarget } : {}),
    },
    {
      section,
      metric: `${label}: peak heap (heapUsed) of the limit`,
      value: `${day.peakHeapMb ?? "?"} of ${day.heapLimitMb ?? "?"}`,
      unit: "MB",
    },
    { section, metric: `${label}: stages`, value: stages, unit: "s" },
  ];
}

function ratioRow(section: string, metric: string, ratio: number, limit?: number): BenchRow {
  return {
    section,
    metric,
    value: Math.round(ratio * 100) / 100,
    unit: "×",
    ...(limit ? { target: `≤ ${limit}×`, pass: ratio <= limit } : {}),
  };
}

export async function benchRunScale(options: RunScaleOptions = {}): Promise<BenchSection> {
  const section = "run-scale";
  const sizes = (flagNone(options.sizes) ? [] : options.sizes) ?? [1000, 3000, 10000];
  const days = options.days ?? 10;
  const windowDays = options.windowDays ?? 7;
  const history = options.history ?? 0;
  const plain = options.launch === "plain";
  const arenas = options.mallocArenas ?? (plain ? 0 : DEPLOYED_MALLOC_ARENAS);
  const heapMb = options.heapMb ?? (plain ? undefined : DEFAULT_HEAP_MB);
  const here = join(dirname(SELF), "..", "src");
  // The young generation as each checkout's `daybrief run` starts a run (its bin/launch.mjs).
  const semiOf = (launched: number | undefined) => options.semiSpaceMb ?? (plain ? undefined : launched);
  const flagsOf = (semi: number | undefined) => [
    ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
    ...(semi ? [`--max-semi-space-size=${semi}`] : []),
  ];
  const runs = [{ label: "", src: here, v8Flags: flagsOf(semiOf(DEFAULT_SEMI_SPACE_MB)) }];
  if (options.against) {
    const theirs = await import(pathToFileURL(join(options.against, "bin", "launch.mjs")).href);
    runs.push({
      label: " (against)",
      src: join(options.against, "src"),
      v8Flags: flagsOf(semiOf(theirs.DEFAULT_SEMI_SPACE_MB)),
    });
  }
  const perDay = options.perDay ?? 1000;
  const corpora = new Map<string, DayCorpus>();
  let articlesNow = 0;
  // One day's corpus at a time in memory (the server serves the run in progress).
  const perDayCorpus = (date: string) => {
    const key = `${date}#${articlesNow}`;
    let corpus = corpora.get(key);
    if (!corpus) {
      corpora.clear();
      corpus = buildDayCorpus(date, articlesNow, SOURCES);
      corpora.set(key, corpus);
    }
    return corpus;
  };
  const server = await startServer(perDayCorpus);
  const rows: BenchRow[] = [
    {
      section,
      metric: `children started ${plain ? "as a plain node (--launch=plain)" : "as `daybrief run` starts a run"}: MALLOC_ARENA_MAX · V8 flags`,
      value: `${arenas > 0 ? arenas : "glibc default"} · ${runs.map((r) => `${r.v8Flags.join(" ") || "none"}${r.label}`).join(" / ")}`,
      unit: "",
    },
  ];
  const bySize: DayFigures[] = [];
  const dailyOf = new Map<string, DayFigures[]>();
  try {
    for (const size of sizes) {
      articlesNow = size;
      process.stdout.write(`run-scale: ${size} articles…\n`);
      const dir = tempDir();
      try {
        const figures = await runDay(
          server.origin,
          { articles: size, index: 0, dir, windowDays, history: 0, src: here },
          runs[0]!.v8Flags,
          arenas,
        );
        bySize.push(figures);
        rows.push(...sizeRows(section, figures));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (days > 1) {
      articlesNow = perDay;
      const what = `${days} days × ${perDay}, window ${windowDays}${history ? `, ${history} days stored before` : ""}`;
      process.stdout.write(`run-scale: ${what}…\n`);
      const dirs = runs.map(() => tempDir());
      try {
        for (let index = 0; index < days; index++)
          for (const [r, run] of runs.entries()) {
            const figures = await runDay(
              server.origin,
              { articles: perDay, index, dir: dirs[r]!, windowDays, history, src: run.src },
              run.v8Flags,
              arenas,
            );
            dailyOf.set(run.label, [...(dailyOf.get(run.label) ?? []), figures]);
          }
      } finally {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      }
      for (const run of runs) {
        const daily = dailyOf.get(run.label) ?? [];
        const label = `${what}${run.label}`;
        rows.push(
          { section, metric: `${label}: wall per day`, value: perDayOf(daily, (d) => d.wallMs), unit: "s" },
          ...["dedup", "publish"].map((stage) => ({
            section,
            metric: `${label}: ${stage} per day`,
            value: perDayOf(daily, (d) => d.stages[stage] ?? 0),
            unit: "s",
          })),
          {
            section,
            metric: `${label}: CPU per day (whole run · dedup · publish)`,
            value: daily
              .map((d) =>
                [d.cpuMs ?? 0, d.stagesCpu?.dedup ?? 0, d.stagesCpu?.publish ?? 0].map(seconds).join(" · "),
              )
              .join(" / "),
            unit: "s",
          },
          {
            section,
            metric: `${label}: peak RSS per day`,
            value: daily.map((d) => d.peakRssMb).join(" / "),
            unit: "MB",
            ...(perDay === 1000 ? { target: "≤ 300 MB", pass: daily.every((d) => d.peakRssMb <= 300) } : {}),
          },
          {
            section,
            metric: `${label}: peak heap (heapUsed) per day`,
            value: daily.map((d) => d.peakHeapMb ?? 0).join(" / "),
            unit: `MB (limit ${daily[0]?.heapLimitMb ?? "?"} MB)`,
          },
          {
            section,
            metric: `${label}: load per day`,
            value: daily.map((d) => d.load ?? 0).join(" / "),
            unit: "",
          },
        );
        rows.push(...dayRatioRows(section, daily, run.label));
      }
    }
  } finally {
    await server.close();
  }
  const small = bySize[0];
  const large = bySize.at(-1);
  if (small && large && large !== small) {
    const scale = large.articles / small.articles;
    // The issue's limits are for 1k → 10k; other spans are shown without a target.
    const limits = small.articles === 1000 && large.articles === 10000;
    const label = `${large.articles}/${small.articles}`;
    rows.push(
      ratioRow(
        section,
        `wall ${label} (articles ×${scale})`,
        large.wallMs / small.wallMs,
        limits ? 11 : undefined,
      ),
    );
    for (const stage of ["dedup", "publish"])
      rows.push(
        ratioRow(
          section,
          `${stage} ${label}`,
          (large.stages[stage] ?? 0) / Math.max(1, small.stages[stage] ?? 0),
          limits ? 12 : undefined,
        ),
      );
  }
  return {
    name: section,
    rows,
    details: { sizes: bySize, days: Object.fromEntries(dailyOf), options },
  };
}

function flagNone(sizes: number[] | undefined): boolean {
  return sizes !== undefined && sizes.length === 0;
}

function perDayOf(daily: DayFigures[], value: (d: DayFigures) => number): string {
  return daily.map((d) => seconds(value(d))).join(" / ");
}

/** Day N against day 1 (wall and dedup: ≤ 1.2×), and the last day against the median of days 2…N−1. */
function dayRatioRows(section: string, daily: DayFigures[], label: string): BenchRow[] {
  if (daily.length < 2) return [];
  const first = daily[0]!;
  const last = daily.at(-1)!;
  const out: BenchRow[] = [];
  for (const [stage, limit] of [
    ["wall", 1.2],
    ["dedup", 1.2],
    ["publish", undefined],
  ] as const) {
    const of = (d: DayFigures) => (stage === "wall" ? d.wallMs : (d.stages[stage] ?? 0));
    out.push(
      ratioRow(
        section,
        `day ${daily.length} / day 1 ${stage}${label}`,
        of(last) / Math.max(1, of(first)),
        limit,
      ),
    );
  }
  // The same ratios in CPU time: what the code costs, less what the machine's load adds.
  if (first.cpuMs && last.cpuMs)
    for (const stage of ["run", "dedup", "publish"] as const) {
      const of = (d: DayFigures) => (stage === "run" ? (d.cpuMs ?? 0) : (d.stagesCpu?.[stage] ?? 0));
      out.push(
        ratioRow(
          section,
          `day ${daily.length} / day 1 ${stage} CPU${label}`,
          of(last) / Math.max(1, of(first)),
        ),
      );
    }
  return out;
}

// ---------------------------------------------------------------- child: one store, N days

async function childMain(
  origin: string,
  articles: number,
  index: number,
  dir: string,
  windowDays: number,
  history: number,
  src: string,
): Promise<void> {
  const load = Math.round(loadavg()[0]! * 10) / 10;
  const from = (path: string) => import(pathToFileURL(join(src, path)).href);
  // The process as the CLI sets it up (src/main.ts): its V8 flags first.
  (await from("cli/tune-memory.ts")).tuneMemory(process.env);
  const { parseConfig } = await from("config/index.ts");
  const { openPipeline } = await from("cli/open-pipeline.ts");
  const { runDaily } = await from("pipeline/run-daily.ts");
  const { createLogger } = await from("log.ts");
  const { routeHosts } = await import("../test/support/route-fetch.ts");
  const fetch = routeHosts({ [RUN_SCALE_HOST]: origin });
  const date = shiftDate(FIRST_DATE, index);
  const yaml = JSON.stringify({
    timezone: "Asia/Shanghai",
    sources: Array.from({ length: SOURCES }, (_, s) => ({
      id: `s${s}`,
      name: `号${s}`,
      url: `https://${RUN_SCALE_HOST}/feeds/${date}/s${s}.xml`,
    })),
    output: { dir: "./out" },
    store: { path: "./daybrief.db" },
    fetch: { allowPrivate: [new URL(origin).host], pageConcurrency: 8 },
    dedup: { windowDays },
  });
  const config = parseConfig(yaml, { env: {}, baseDir: dir });
  const now = new Date(Date.parse(`${date}T23:30:00+08:00`));
  const stages: Record<string, number> = {};
  const stagesCpu: Record<string, number> = {};
  const stagePeakMb: Record<string, number> = {};
  const cpuNow = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  let current: { name: string; at: number; cpu: number } | undefined;
  let peakHeap = 0;
  const sample = () => {
    if (!current) return;
    const memory = process.memoryUsage();
    if (memory.heapUsed > peakHeap) peakHeap = memory.heapUsed;
    const mb = Math.round(memory.rss / 1048576);
    if (mb > (stagePeakMb[current.name] ?? 0)) stagePeakMb[current.name] = mb;
  };
  const sampler = setInterval(sample, 20);
  sampler.unref();
  // The kernel's high-water mark when each stage ends: the stage that raised it holds the day's peak
  // RSS, even when the peak lasted less than a sample's 20 ms.
  const hwmMb: Record<string, number> = {};
  let hwmBefore = Math.round(process.resourceUsage().maxRSS / 1024);
  hwmMb.start = hwmBefore;
  const mark = (name?: string) => {
    const t = performance.now();
    sample();
    const cpu = cpuNow();
    const hwm = Math.round(process.resourceUsage().maxRSS / 1024);
    if (hwm > hwmBefore) hwmMb[current?.name ?? "between stages"] = hwm;
    hwmBefore = hwm;
    if (current) {
      stages[current.name] = (stages[current.name] ?? 0) + (t - current.at);
      stagesCpu[current.name] = Math.round((stagesCpu[current.name] ?? 0) + (cpu - current.cpu));
    }
    current = name ? { name, at: t, cpu } : undefined;
  };
  const opened = await openPipeline(
    config,
    {
      env: {},
      cwd: dir,
      stdout: process.stderr,
      stderr: process.stderr,
      now: () => now,
      fetch,
      sleep: async () => {},
    },
    { quiet: true, logger: createLogger({ level: "error", destination: process.stderr }) },
  );
  if (index === 0 && history > 0) await storeHistory(opened.deps.store, src, date, history, articles);
  opened.deps.progress = { stage: (name: string) => mark(name), step() {}, done: () => mark() };
  const storeMs = timeStoreMethods(opened.deps);
  const started = performance.now();
  const startedCpu = cpuNow();
  try {
    const summary = await runDaily(opened.deps, { date, deliver: false });
    const wallMs = performance.now() - started;
    const cpuMs = Math.round(cpuNow() - startedCpu);
    const figures: DayFigures = {
      date,
      articles,
      wallMs,
      stages,
      // The kernel's high-water mark of this process (KB): no sampling gap can hide a peak.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: Math.round(peakHeap / 1048576),
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576),
      status: summary.status,
      entries: summary.briefing?.items.length ?? 0,
      load,
      stagePeakMb,
      hwmMb,
      stagesCpu,
      cpuMs,
      storeMs: Object.fromEntries(
        Object.entries(storeMs)
          .filter(([, ms]) => ms > 50)
          .map(([name, ms]) => [name, Math.round(ms)]),
      ),
    };
    clearInterval(sampler);
    process.stderr.write(
      `  ${date}: ${articles} articles, ${seconds(wallMs)} s (dedup ${seconds(stages.dedup ?? 0)}, publish ${seconds(stages.publish ?? 0)}), ${figures.peakRssMb} MB (heap ${figures.peakHeapMb} of ${figures.heapLimitMb} MB), load ${load}, ${summary.status}${summary.error ? ` ${summary.error}` : ""}${src.includes("/runscale/") ? "" : ` [${src}]`}\n`,
    );
    process.stderr.write(
      `    cpu ${seconds(cpuMs)} s, by stage ${JSON.stringify(stagesCpu)}; peak MB by stage ${JSON.stringify(stagePeakMb)}; high-water mark raised by ${JSON.stringify(hwmMb)}; store ms ${JSON.stringify(figures.storeMs)}\n`,
    );
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await opened.close();
  }
}

/** Wraps the store's async methods (not `transaction`) to add up the time spent in each. */
function timeStoreMethods(deps: { store: Store }): Record<string, number> {
  const spent: Record<string, number> = {};
  const real = deps.store;
  deps.store = new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      if (key === "transaction") return value.bind(target);
      return (...args: unknown[]) => {
        const started = performance.now();
        const out = value.apply(target, args);
        if (!(out instanceof Promise)) return out;
        return out.finally(() => {
          spent[String(key)] = (spent[String(key)] ?? 0) + performance.now() - started;
        });
      };
    },
  });
  return spent;
}

/**
 * `days` days of stories before `firstDate`, `perDay` a day, as a run would have stored them:
 * an article per story (the run-scale corpus's text, so they share what real days share), each
 * day clustered and its stories saved with their signatures, and (where the code has them) the
 * day's index segment. Written through the store of the code under test.
 */
async function storeHistory(
  store: Store,
  src: string,
  firstDate: string,
  days: number,
  perDay: number,
): Promise<void> {
  const started = performance.now();
  const dedup = await import(pathToFileURL(join(src, "dedup/index.ts")).href);
  for (let s = 0; s < SOURCES; s++)
    await store.upsertSource({
      id: `s${s}`,
      name: `号${s}`,
      url: `https://${RUN_SCALE_HOST}/s${s}`,
      order: s,
      enabled: true,
    });
  for (let d = days; d >= 1; d--) {
    const date = shiftDate(firstDate, -d);
    const inputs: ClusterInput[] = [];
    await store.transaction(async (tx) => {
      for (let i = 0; i < perDay; i++) {
        const article = storedBenchArticle(date, i, `https://${RUN_SCALE_HOST}/history`, SOURCES);
        const { id } = await tx.saveArticle(article);
        const { title, text, url, sourceId, publishedAt } = article;
        inputs.push({ id, title, text, url, sourceId, publishedAt });
      }
    });
    const clusters = dedup.clusterArticles(inputs) as {
      key: string;
      primary: number;
      signature: string;
      members: { id: number }[];
    }[];
    const saved: { id: number; title: string; signature: string }[] = [];
    const titleOf = new Map(inputs.map((a) => [a.id, a.title]));
    await store.transaction(async (tx) => {
      for (const c of clusters) {
        const id = await tx.saveStory({
          date,
          storyKey: c.key,
          primaryArticleId: c.primary,
          memberArticleIds: c.members.map((m) => m.id),
          signature: c.signature,
        });
        saved.push({ id, title: titleOf.get(c.primary)!, signature: c.signature });
      }
    });
    if (dedup.buildStorySegment && "saveStorySegment" in store)
      await store.saveStorySegment(date, dedup.encodeStorySegment(dedup.buildStorySegment(date, saved)));
  }
  process.stderr.write(
    `  ${days} days × ${perDay} stories stored before ${firstDate} in ${seconds(performance.now() - started)} s\n`,
  );
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "child") {
    const [origin, articles, index, dir, windowDays, history, src] = rest;
    await childMain(
      origin!,
      Number(articles),
      Number(index),
      dir!,
      Number(windowDays),
      Number(history),
      src!,
    );
    process.exit(0);
  }
}
