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
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Job } from "bullmq";
import { stringify } from "yaml";
import { runCli } from "../src/cli/index.ts";
import { startLlmStub } from "../src/demo/llm-stub.ts";
import { QUEUES, type QueueName } from "../src/queue/job-names.ts";
import { openQueueClient, type QueueClient } from "../src/queue/queue-client.ts";
import { createTestDatabase, postgresSkipReason } from "../test/support/postgres-server.ts";
import { redisSkipReason, startRedis, testPrefix } from "../test/support/redis-server.ts";
import { routeHosts } from "../test/support/route-fetch.ts";
import type { BenchRow, BenchSection } from "./report.ts";
import { buildDayCorpus, type DayCorpus, RUN_SCALE_HOST } from "./run-scale-corpus.ts";
import { startServer } from "./run-scale-server.ts";

const SOURCES = 200;
const DATE = "2026-03-02";
const NOW = new Date(`${DATE}T23:30:00+08:00`);
const ROOT = resolve(import.meta.dirname, "..");

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

interface Figures {
  workers: number;
  wallS: number;
  analyseS: number;
  analysed: number;
  perSecond: number;
  boundS: number;
  status: string;
  load: number;
  /** Each stage's span: first job started to last job finished, from BullMQ's own timestamps. */
  stages: StageSpan[];
}

interface StageSpan {
  stage: string;
  jobs: number;
  startS: number;
  spanS: number;
  /** The jobs' own time summed (processedOn → finishedOn), the parents' pauses for their children included. */
  busyS: number;
}

/** The run's stages as its jobs ran them: per queue, and each day step on its own. */
async function stageSpans(client: QueueClient, started: number): Promise<StageSpan[]> {
  const spans: StageSpan[] = [];
  const add = (stage: string, jobs: Job[]) => {
    const timed = jobs.filter((j) => j.processedOn && j.finishedOn);
    if (timed.length === 0) return;
    const first = Math.min(...timed.map((j) => j.processedOn!));
    const last = Math.max(...timed.map((j) => j.finishedOn!));
    const busy = timed.reduce((sum, j) => sum + (j.finishedOn! - j.processedOn!), 0);
    spans.push({
      stage,
      jobs: timed.length,
      startS: (first - started) / 1000,
      spanS: (last - first) / 1000,
      busyS: busy / 1000,
    });
  };
  const completed = async (queue: QueueName) => await client.queues[queue].getJobs(["completed"]);
  const day = await completed(QUEUES.day);
  for (const queue of [QUEUES.collect, QUEUES.read] as const) add(queue, await completed(queue));
  for (const step of ["read-day", "dedup"])
    add(
      step,
      day.filter((j) => j.name === step),
    );
  add(QUEUES.analyse, await completed(QUEUES.analyse));
  for (const step of ["analyse-day", "publish", "deliver-day"])
    add(
      step,
      day.filter((j) => j.name === step),
    );
  return spans.sort((a, b) => a.startS - b.startS);
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

async function runOnce(
  workers: number,
  options: WorkersOptions,
  at: { redisUrl: string; origin: string; stub: string },
  asked: number[],
): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-bench-workers-"));
  const database = await createTestDatabase();
  const children: ChildProcess[] = [];
  try {
    const configPath = join(dir, "daybrief.config.yaml");
    writeFileSync(
      configPath,
      stringify({
        timezone: "Asia/Shanghai",
        sources: Array.from({ length: SOURCES }, (_, s) => ({
          id: `s${s}`,
          name: `号${s}`,
          url: `https://${RUN_SCALE_HOST}/feeds/${DATE}/s${s}.xml`,
        })),
        output: { dir: "./out" },
        store: { url: database.url },
        // fetch.concurrencyPerHost also caps the LLM calls in flight (docs/llm.md): as wide as the provider's.
        fetch: {
          allowPrivate: [new URL(at.origin).host],
          pages: "never",
          concurrencyPerHost: Math.min(16, options.concurrency),
        },
        llm: {
          providers: [
            {
              id: "stub",
              baseUrl: at.stub,
              model: "stub-model",
              jsonMode: "json_object",
              maxRetries: 1,
              concurrency: options.concurrency,
              rpm: options.rpm,
            },
          ],
        },
        analyse: { concurrency: options.concurrency },
        queue: configQueue(at.redisUrl, workers),
      }),
    );
    const queue = {
      ...configQueue(at.redisUrl, workers),
      attempts: 5,
      backoffMs: 5000,
      lockMs: 30_000,
      stepLockMs: 600_000,
    };
    for (let i = 0; i < workers; i++)
      children.push(await startWorker(configPath, at.origin, options.concurrency));
    const load = loadavg()[0]!;
    const started = performance.now();
    const startedAt = Date.now();
    let out = "";
    const sink = {
      write: (chunk: string) => {
        out += chunk;
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    const code = await runCli(["run", "--date", DATE, "-c", configPath, "-q", "--no-deliver"], {
      env: { DAYBRIEF_LOG_LEVEL: "error", LANG: "en_US.UTF-8" },
      cwd: dir,
      stdout: sink,
      stderr: sink,
      now: () => NOW,
      fetch: routeHosts({ [RUN_SCALE_HOST]: at.origin }),
    });
    const wallS = (performance.now() - started) / 1000;
    // A run that failed still measured its analysis: the figures are kept, the status says it failed.
    if (code !== 0 && code !== 3) process.stdout.write(`daybrief run exited ${code}:\n${out.slice(-2000)}\n`);
    const client = await openQueueClient(queue);
    const stages = await stageSpans(client, startedAt).finally(() => client.close());
    const analyseS = asked.length > 0 ? (asked.at(-1)! + options.latencyMs - asked[0]!) / 1000 : 0;
    return {
      workers,
      wallS,
      analyseS,
      analysed: asked.length,
      perSecond: asked.length / Math.max(analyseS, 0.001),
      boundS: asked.length / (options.rpm / 60),
      status: code === 0 ? "ok" : code === 3 ? "degraded" : `failed (exit ${code})`,
      load,
      stages,
    };
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
    );
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const prefixes = new Map<number, string>();

/** The bench host is local: no politeness limit; the LLM rate limit is what is measured. */
function configQueue(url: string, workers: number) {
  if (!prefixes.has(workers)) prefixes.set(workers, testPrefix(`bench${workers}`));
  return { url, prefix: prefixes.get(workers)!, hostRequestsPerMinute: 100_000 };
}

async function startWorker(configPath: string, origin: string, concurrency: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/queue-worker-process.ts",
      configPath,
      origin,
      NOW.toISOString(),
      "--concurrency",
      String(concurrency),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LANG: "en_US.UTF-8" } },
  );
  let out = "";
  child.stdout!.on("data", (c: Buffer) => {
    out += c.toString();
  });
  const deadline = Date.now() + 60_000;
  while (!/worker ready/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}
