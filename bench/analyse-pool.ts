// Offline analysis in process vs a worker_threads pool (issue 17: "bounded concurrency where it pays;
// a worker pool only if it wins"). The same distinct articles (run-scale-corpus.ts, read with
// extractPage) are analysed by the offline analyser (a) one at a time in this process, as the
// pipeline does, and (b) by a pool of W workers, each with its own analyser and jieba, fed one
// article at a time. Each mode runs in its own child process so its peak RSS is its own; the order
// of the modes alternates over the repeats and the medians are reported (the machine is shared).
//
//   npm run bench -- analyse-pool                 1000 articles, 2 workers, 3 repeats
//   DAYBRIEF_BENCH_POOL=600,2,5 npm run bench -- analyse-pool    (articles, workers, repeats)
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Article } from "../src/model/index.ts";
import type { BenchRow, BenchSection } from "./report.ts";
import { lastLineOfChild } from "./spawn-child.ts";

const SELF = fileURLToPath(import.meta.url);
const DATE = "2026-03-02";

interface ModeFigures {
  mode: string;
  wallMs: number;
  peakRssMb: number;
  entries: number;
}

async function loadArticles(count: number): Promise<Article[]> {
  const { buildDayCorpus } = await import("./run-scale-corpus.ts");
  const { extractPage } = await import("../src/extract/index.ts");
  const corpus = buildDayCorpus(DATE, count, 20);
  return Array.from({ length: count }, (_, i) => {
    const url = `https://bench.daybrief.invalid/p/${DATE}/${i}`;
    const page = extractPage(corpus.page(`/p/${DATE}/${i}`)!, { url });
    return {
      id: i + 1,
      sourceId: `s${i % 20}`,
      url,
      originalUrl: url,
      title: page.title ?? "",
      publishedAt: `${DATE}T01:00:00.000Z`,
      firstSeenAt: `${DATE}T01:00:00.000Z`,
      contentHash: String(i),
      text: page.text,
      html: "",
      links: [],
      status: "ok",
    } as Article;
  });
}

/** Child: analyse `count` articles in `mode` ("inline" or "pool"), print the figures as JSON. */
async function childMain(mode: string, count: number, workers: number): Promise<void> {
  const articles = await loadArticles(count);
  const started = performance.now();
  let entries = 0;
  if (mode === "inline") {
    const { createOfflineAnalyser } = await import("../src/analyse/offline/offline-analyser.ts");
    const analyser = createOfflineAnalyser();
    for (const article of articles) {
      const outcome = await analyser.analyse(article, { sourceName: "号" });
      if (outcome.status === "ok") entries++;
    }
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        // A worker does not inherit tsx's loader: a one-line script registers it, then imports this file.
        const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
        const self = JSON.stringify(pathToFileURL(SELF).href);
        const worker = new Worker(`import(${api}).then((m) => { m.register(); return import(${self}); })`, {
          eval: true,
          workerData: { role: "worker" },
        });
        try {
          while (next < articles.length) {
            const article = articles[next++]!;
            const ok = await new Promise<boolean>((resolve, reject) => {
              worker.once("message", resolve);
              worker.once("error", reject);
              worker.postMessage(article);
            });
            worker.removeAllListeners("error");
            if (ok) entries++;
          }
        } finally {
          await worker.terminate();
        }
      }),
    );
  }
  const wallMs = performance.now() - started;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ mode, wallMs, peakRssMb, entries } satisfies ModeFigures)}\n`);
}

async function workerMain(): Promise<void> {
  const { createOfflineAnalyser } = await import("../src/analyse/offline/offline-analyser.ts");
  const analyser = createOfflineAnalyser();
  parentPort!.on("message", async (article: Article) => {
    const outcome = await analyser.analyse(article, { sourceName: "号" });
    parentPort!.postMessage(outcome.status === "ok");
  });
}

async function runMode(mode: string, count: number, workers: number): Promise<ModeFigures> {
  const last = await lastLineOfChild(
    "analyse-pool",
    [SELF, "child", mode, String(count), String(workers)],
    "{",
  );
  return JSON.parse(last) as ModeFigures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchAnalysePool(): Promise<BenchSection> {
  const section = "analyse-pool";
  const [count = 1000, workers = 2, repeats = 3] = (process.env.DAYBRIEF_BENCH_POOL ?? "")
    .split(",")
    .map(Number)
    .map((n) => (Number.isInteger(n) && n > 0 ? n : undefined)) as (number | undefined)[];
  const runs: Record<string, ModeFigures[]> = { inline: [], pool: [] };
  const ratios: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const order = r % 2 === 0 ? ["inline", "pool"] : ["pool", "inline"];
    const pair: Record<string, ModeFigures> = {};
    for (const mode of order) {
      process.stdout.write(`analyse-pool: ${mode} ${count} articles (repeat ${r + 1}/${repeats})…\n`);
      pair[mode] = await runMode(mode, count, workers);
      runs[mode]!.push(pair[mode]!);
    }
    ratios.push(pair.pool!.wallMs / pair.inline!.wallMs);
  }
  const rows: BenchRow[] = [];
  for (const [mode, list] of Object.entries(runs)) {
    const label = mode === "inline" ? "in process" : `pool of ${workers} workers`;
    rows.push(
      {
        section,
        metric: `${label}: wall (median of ${list.length})`,
        value: Math.round(median(list.map((f) => f.wallMs))),
        unit: `ms (${list.map((f) => Math.round(f.wallMs)).join(" / ")})`,
      },
      {
        section,
        metric: `${label}: peak RSS`,
        value: median(list.map((f) => f.peakRssMb)),
        unit: `MB (${list.map((f) => f.peakRssMb).join(" / ")})`,
      },
      { section, metric: `${label}: entries`, value: list[0]!.entries, unit: `of ${count}` },
    );
  }
  rows.push({
    section,
    metric: "pool wall / in-process wall (median of paired runs)",
    value: Math.round(median(ratios) * 100) / 100,
    unit: `× (${ratios.map((r) => r.toFixed(2)).join(" / ")}; ${availableParallelism()} cores)`,
  });
  return { name: section, rows, details: { count, workers, runs, ratios } };
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === "worker") {
  await workerMain();
} else if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const [mode, count, workers] = process.argv.slice(3);
  if (process.argv[2] === "child") {
    await childMain(mode!, Number(count), Number(workers));
    process.exit(0);
  }
}
