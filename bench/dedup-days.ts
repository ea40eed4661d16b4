// Dedup alone over stored days: each day's `clusterStories` (the run's dedup step) in its own child
// process on one store, the day's articles generated and saved first (not timed), N days in a row.
// Prints per day the CPU time of dedup, the peak RSS while it ran and a digest of its matches, so
// two checkouts (`--against`) can be compared side by side, day by day, alternately.
//   node --import tsx bench/dedup-days.ts [--days=8] [--per-day=1000] [--against=/other/checkout]
//   --keep=dir      the stores are kept there (dir/0, dir/1), e.g. to run day 8 again on a 7-day store
//   DAYBRIEF_BENCH_CPU_PROF=dir: each child also writes a V8 CPU profile there (dir/this, dir/against)
// The digest covers each day's clusters (key and members) and its earlier matches (kind, date,
// title): equal digests on both sides mean the same dedup result, day by day.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { storedBenchArticle } from "./run-scale-corpus.ts";
import { lastLineOfChild } from "./spawn-child.ts";

const SELF = fileURLToPath(import.meta.url);
const SOURCES = 20;
const FIRST_DATE = "2026-03-02";

interface DayResult {
  date: string;
  cpuMs: number;
  peakRssMb: number;
  startRssMb: number;
  digest: string;
  repeats: number;
  followUps: number;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function childMain(src: string, dir: string, index: number, perDay: number): Promise<void> {
  const from = (path: string) => import(pathToFileURL(join(src, path)).href);
  (await from("cli/tune-memory.ts")).tuneMemory(process.env);
  const { parseConfig } = await from("config/index.ts");
  const { openConfiguredStore } = await from("store/index.ts");
  const { clusterStories } = await from("pipeline/cluster-stories.ts");
  const { createLogger } = await from("log.ts");
  const date = shiftDate(FIRST_DATE, index);
  const config = parseConfig(
    JSON.stringify({
      timezone: "Asia/Shanghai",
      sources: Array.from({ length: SOURCES }, (_, s) => ({
        id: `s${s}`,
        name: `号${s}`,
        url: `https://x.example/s${s}`,
      })),
      output: { dir: "./out" },
      store: { path: "./daybrief.db" },
      dedup: { windowDays: 7 },
    }),
    { env: {}, baseDir: dir },
  );
  const now = new Date(Date.parse(`${date}T23:30:00+08:00`));
  const store = await openConfiguredStore(config.store, { now: () => now });
  const logger = createLogger({ level: "error", destination: process.stderr });
  if (index === 0)
    for (let s = 0; s < SOURCES; s++)
      await store.upsertSource({
        id: `s${s}`,
        name: `号${s}`,
        url: `https://x.example/s${s}`,
        order: s,
        enabled: true,
      });
  const articles: Record<string, unknown>[] = [];
  await store.transaction(async (tx: typeof store) => {
    for (let i = 0; i < perDay; i++) {
      const article = storedBenchArticle(date, i, "https://x.example", SOURCES);
      const { id } = await tx.saveArticle(article);
      articles.push({ ...article, id });
    }
  });
  global.gc?.();
  const deps = { config, store, logger, now: () => now };
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const startRss = process.memoryUsage.rss();
  const before = process.cpuUsage();
  const plan = await clusterStories(deps, articles, date, { windowDays: 7 });
  const used = process.cpuUsage(before);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  const matched = plan.clusters
    .filter((c: { earlier?: unknown }) => c.earlier)
    .map((c: { key: string; earlier: { kind: string; date: string; title: string } }) =>
      [c.key, c.earlier.kind, c.earlier.date, c.earlier.title].join("|"),
    )
    .sort();
  const clusters = plan.clusters.map((c: { key: string; members: { articleId: number }[] }) =>
    [c.key, ...c.members.map((m) => m.articleId)].join(","),
  );
  const result: DayResult = {
    date,
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakRssMb: Math.round(peak / 1048576),
    startRssMb: Math.round(startRss / 1048576),
    digest: createHash("sha256")
      .update(JSON.stringify([matched, clusters]))
      .digest("hex")
      .slice(0, 12),
    repeats: plan.repeats.size,
    followUps: plan.followUps.size,
  };
  await store.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const days = Number(flag("days") ?? 8);
  const perDay = Number(flag("per-day") ?? 1000);
  const runs = [{ label: "this", src: join(dirname(SELF), "..", "src") }];
  const against = flag("against");
  if (against) runs.push({ label: "against", src: join(against, "src") });
  const keep = flag("keep");
  const dirs = runs.map((_, r) =>
    keep ? `${keep}/${r}` : mkdtempSync(join(tmpdir(), "daybrief-dedup-days-")),
  );
  if (keep) for (const dir of dirs) mkdirSync(dir, { recursive: true });
  const results = runs.map(() => [] as DayResult[]);
  try {
    for (let index = 0; index < days; index++)
      for (const [r, run] of runs.entries()) {
        const last = await lastLineOfChild(
          "dedup-days",
          [SELF, "child", run.src, dirs[r]!, String(index), String(perDay)],
          "{",
          [
            "--max-old-space-size=768",
            ...(process.env.DAYBRIEF_BENCH_CPU_PROF
              ? ["--cpu-prof", `--cpu-prof-dir=${process.env.DAYBRIEF_BENCH_CPU_PROF}/${run.label}`]
              : []),
          ],
          { ...process.env, MALLOC_ARENA_MAX: "2" },
        );
        const day = JSON.parse(last) as DayResult;
        results[r]!.push(day);
        process.stdout.write(
          `${run.label.padEnd(8)} ${day.date} dedup cpu ${day.cpuMs} ms, rss ${day.startRssMb} → ${day.peakRssMb} MB, repeats ${day.repeats}, follow-ups ${day.followUps}, digest ${day.digest}\n`,
        );
      }
  } finally {
    if (!keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  for (const [r, run] of runs.entries()) {
    const daily = results[r]!;
    process.stdout.write(
      `${run.label}: cpu ${daily.map((d) => d.cpuMs).join(" / ")} ms; day ${days} / day 1 ${(daily.at(-1)!.cpuMs / daily[0]!.cpuMs).toFixed(2)}×; peak ${daily.map((d) => d.peakRssMb).join(" / ")} MB\n`,
    );
  }
  if (runs.length === 2) {
    const same = results[0]!.every((d, i) => d.digest === results[1]![i]!.digest);
    process.stdout.write(`matches identical: ${same}\n`);
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "child") {
    const [src, dir, index, perDay] = rest;
    await childMain(src!, dir!, Number(index), Number(perDay));
    process.exit(0);
  } else await main(process.argv.slice(2));
}
