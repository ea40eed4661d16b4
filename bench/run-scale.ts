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
//
// Files: run-scale-options.ts (flags), run-scale-server.ts (the corpus server), run-scale-child.ts (one
// day in its own process, run-scale-history.ts for --history), run-scale-rows.ts (the rows).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_HEAP_MB, DEFAULT_SEMI_SPACE_MB } from "../bin/launch.mjs";
import type { BenchRow, BenchSection } from "./report.ts";
import { buildDayCorpus, type DayCorpus } from "./run-scale-corpus.ts";
import { type DayFigures, SOURCES } from "./run-scale-figures.ts";
import { childEnv, DEPLOYED_MALLOC_ARENAS, type RunScaleOptions } from "./run-scale-options.ts";
import { dayRatioRows, dayRows, scaleRatioRows, sizeRows } from "./run-scale-rows.ts";
import { startServer } from "./run-scale-server.ts";
import { lastLineOfChild } from "./spawn-child.ts";

export { runScaleOptions } from "./run-scale-options.ts";

const SELF = fileURLToPath(import.meta.url);
const CHILD = join(dirname(SELF), "run-scale-child.ts");

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
      CHILD,
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
        rows.push(...dayRows(section, `${what}${run.label}`, daily, perDay));
        rows.push(...dayRatioRows(section, daily, run.label));
      }
    }
  } finally {
    await server.close();
  }
  rows.push(...scaleRatioRows(section, bySize));
  return {
    name: section,
    rows,
    details: { sizes: bySize, days: Object.fromEntries(dailyOf), options },
  };
}

function flagNone(sizes: number[] | undefined): boolean {
  return sizes !== undefined && sizes.length === 0;
}
