// Queue workers at scale (issue 16): a day of N articles across 200 sources through 1, 2 and 4
// `daybrief worker` processes on Postgres + Redis, analysed by the stub LLM with a fixed latency
// and a provider rate limit (llm.providers[].rpm, shared by the workers through Redis). Throughput
// should grow with the workers until the rate limit binds, and then the analysis should take no
// more than 1.15× the limit's bound (N ÷ rate).
//
//   npm run bench -- workers                                  10,000 articles (long: ~5–15 min per worker count)
//   npm run bench -- workers --articles=600 --workers=1,2,4 --latency-ms=1000 --rpm=900 --concurrency=6
//
// The defaults are chosen so the limit binds at 4 workers and not at 1 or 2: one worker has 6 calls
// of 1 s in flight (at most 6/s, about 5/s with each job's own time), two about 10/s, four about 20/s;
// the limit, 900 rpm = 15/s, lies between two and four.
//
// Each worker runs --concurrency jobs per queue and the provider's concurrency is the same, so k
// workers can have k × concurrency calls in flight; each job also costs its own time (store reads
// and writes, the analyser's parsing and checks), so what k workers could do without the limit is
// taken as k × one worker's measured rate. The limit binds when that exceeds rpm ÷ 60, and then the
// target applies. Pages are not fetched (fetch.pages: never: each feed item's text stands in), so
// the figures are the queue's and the LLM's, not page extraction's; the analysed count is the
// day's stories (dedup merges some items first).
import { startLlmStub } from "../src/demo/llm-stub.ts";
import { postgresSkipReason } from "../test/support/postgres-server.ts";
import { redisSkipReason, startRedis } from "../test/support/redis-server.ts";
import type { BenchRow, BenchSection } from "./report.ts";
import { buildDayCorpus, type DayCorpus } from "./run-scale-corpus.ts";
import { startServer } from "./run-scale-server.ts";
import { DATE, type Figures, runOnce, SOURCES } from "./workers-run.ts";

export interface WorkersOptions {
  articles: number;
  workers: number[];
  latencyMs: number;
  rpm: number;
  concurrency: number;
}

export function workersOptions(argv: readonly string[]): WorkersOptions {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const number = (name: string, fallback: number) => Number(value(name) ?? fallback);
  return {
    articles: number("articles", 10_000),
    workers: (value("workers") ?? "1,2,4").split(",").map(Number),
    latencyMs: number("latency-ms", 1000),
    rpm: number("rpm", 900),
    concurrency: number("concurrency", 6),
  };
}

export async function benchWorkers(options: WorkersOptions): Promise<BenchSection> {
  const section = "workers";
  const skip = redisSkipReason() ?? postgresSkipReason();
  if (skip) return { name: section, rows: [{ section, metric: "status", value: `skipped: ${skip}` }] };
  const redis = await startRedis();
  let corpus: DayCorpus | undefined;
  const server = await startServer(() => (corpus ??= buildDayCorpus(DATE, options.articles, SOURCES)));
  const asked: number[] = [];
  const stub = await startLlmStub({
    latencyMs: options.latencyMs,
    script: () => {
      asked.push(performance.now());
      return { auto: true };
    },
  });
  const rate = options.rpm / 60;
  const figures: Figures[] = [];
  try {
    for (const workers of options.workers) {
      process.stdout.write(`workers: ${options.articles} articles, ${workers} worker(s)…\n`);
      asked.length = 0;
      figures.push(
        await runOnce(
          workers,
          options,
          { redisUrl: redis.url, origin: server.origin, stub: stub.baseUrl },
          asked,
        ),
      );
      const f = figures.at(-1)!;
      process.stdout.write(
        `  ${f.analysed} analysed in ${f.analyseS.toFixed(1)} s (${f.perSecond.toFixed(2)}/s), run ${f.wallS.toFixed(1)} s, ${f.status}, load ${f.load.toFixed(1)}\n`,
      );
      for (const s of f.stages)
        process.stdout.write(
          `    ${s.stage.padEnd(12)} ${String(s.jobs).padStart(6)} jobs  from ${s.startS.toFixed(1).padStart(7)} s  span ${s.spanS.toFixed(1).padStart(7)} s  busy ${s.busyS.toFixed(1).padStart(8)} s\n`,
        );
    }
  } finally {
    await stub.close();
    await server.close();
  }
  const rows: BenchRow[] = [];
  const one = figures.find((f) => f.workers === 1);
  for (const f of figures) {
    const inFlight = (f.workers * options.concurrency * 1000) / options.latencyMs;
    // Whether the rate limit binds: k workers could do k × what one did (measured, when one ran),
    // else k × concurrency ÷ latency; the limit binds when that is more than the rate allows.
    const unlimited = one ? f.workers * one.perSecond : inFlight;
    const binds = unlimited >= rate;
    rows.push(
      { section, metric: `${f.workers} worker(s): analysis`, value: round(f.analyseS), unit: "s" },
      { section, metric: `${f.workers} worker(s): articles/s`, value: round(f.perSecond), unit: "/s" },
      { section, metric: `${f.workers} worker(s): whole run`, value: round(f.wallS), unit: "s" },
      {
        section,
        metric: `${f.workers} worker(s): run status`,
        value: f.status,
        unit: "",
        target: "ok",
        pass: f.status === "ok" || f.status === "degraded",
      },
      {
        section,
        metric: `${f.workers} worker(s): analysis ÷ bound (${binds ? "rate limit" : "workers"})`,
        value: round(f.analyseS / (f.analysed / Math.min(rate, unlimited))),
        unit: "×",
        target: binds ? "≤ 1.15" : undefined,
        pass: binds ? f.analyseS / (f.analysed / rate) <= 1.15 : undefined,
      },
    );
  }
  const two = figures.find((f) => f.workers === 2);
  if (one && two) {
    const twoBinds = 2 * one.perSecond >= rate;
    rows.push({
      section,
      metric: "throughput 2 workers ÷ 1",
      value: round(two.perSecond / one.perSecond),
      unit: "×",
      target: twoBinds ? undefined : "≥ 1.7",
      pass: twoBinds ? undefined : two.perSecond / one.perSecond >= 1.7,
    });
  }
  return { name: section, rows, details: { options, figures, sources: SOURCES } };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
