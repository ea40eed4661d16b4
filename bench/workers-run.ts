// One measured run of the workers bench (bench/workers.ts): a fresh Postgres database, k `daybrief
// worker` processes on a queue prefix of their own, one `daybrief run` of the day, and what it took:
// the analysis time from the stub's request times, and each stage's span from BullMQ's job timestamps.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Job } from "bullmq";
import { stringify } from "yaml";
import { runCli } from "../src/cli/index.ts";
import { QUEUES, type QueueName } from "../src/queue/job-names.ts";
import { openQueueClient, type QueueClient } from "../src/queue/queue-client.ts";
import { createTestDatabase } from "../test/support/postgres-server.ts";
import { testPrefix } from "../test/support/redis-server.ts";
import { routeHosts } from "../test/support/route-fetch.ts";
import { RUN_SCALE_HOST } from "./run-scale-corpus.ts";
import type { WorkersOptions } from "./workers.ts";

export const SOURCES = 200;
export const DATE = "2026-03-02";
const NOW = new Date(`${DATE}T23:30:00+08:00`);
const ROOT = resolve(import.meta.dirname, "..");

export interface Figures {
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

export async function runOnce(
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
