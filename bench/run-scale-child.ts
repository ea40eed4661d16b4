// One run-scale day in its own process (started by run-scale.ts's runDay): `runDaily` on the store in
// `dir` with the offline analyser, timed by stage, its figures printed as the last stdout line.
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getHeapStatistics } from "node:v8";
import type { Store } from "../src/store/index.ts";
import { RUN_SCALE_HOST } from "./run-scale-corpus.ts";
import { type DayFigures, FIRST_DATE, SOURCES, seconds, shiftDate } from "./run-scale-figures.ts";
import { storeHistory } from "./run-scale-history.ts";

const SELF = fileURLToPath(import.meta.url);

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
