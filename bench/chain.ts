// collect → read (decode, extract) → offline analysis, per article, on the demo day scaled to N
// articles, measured two ways in one run (see chain-phases.ts):
//   (a) pure: feed and page bytes in memory; decodeBody → extractPage → analyse (CPU cost only);
//   (b) http: a real local server; createHttp().get → decodeBody → extractPage → analyse.
// Plus comparison rows: plain Readability on linkedom vs our extractPage on the largest demo page
// (and on a real 3.5 MB WeChat page from ../shared/corpus when it is there).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createOfflineAnalyser } from "../src/analyse/index.ts";
import { buildScaledCorpus } from "./chain-corpus.ts";
import { type PhaseResult, runHttpPhase, runPurePhase, warmUp } from "./chain-phases.ts";
import { compareReadability } from "./compare-readability.ts";
import type { BenchRow, BenchSection, TimeSummary } from "./report.ts";
import { type RssReport, startRssSampler } from "./rss-sampler.ts";

export interface ChainOptions {
  /** Articles in the scaled corpus (default 1000). */
  articles?: number;
}

const TARGET_MEDIAN_MS = 30;
const TARGET_PEAK_RSS_MB = 300;
// A real WeChat page (3.5 MB, mostly script) from the shared corpus, used when present.
const REAL_WECHAT_PAGE = fileURLToPath(
  new URL("../../shared/corpus/wechat/regular/02.source.html", import.meta.url),
);

function timeRows(section: string, label: string, t: TimeSummary): BenchRow[] {
  return [
    {
      section,
      metric: `${label} median`,
      value: t.median,
      unit: "ms",
      target: `≤ ${TARGET_MEDIAN_MS} ms`,
      pass: t.median <= TARGET_MEDIAN_MS,
    },
    { section, metric: `${label} p90`, value: t.p90, unit: "ms" },
    { section, metric: `${label} mean`, value: t.mean, unit: "ms" },
    { section, metric: `${label} max`, value: t.max, unit: "ms" },
  ];
}

function stageRows(section: string, phase: PhaseResult): BenchRow[] {
  if (!phase.stages) return [];
  const { decode, extract, analyse } = phase.stages;
  const figures = (pick: (t: TimeSummary) => number) =>
    [decode, extract, analyse].map((t) => pick(t).toFixed(1)).join(" / ");
  return [
    { section, metric: "(a) decode / extract / analyse median", value: figures((t) => t.median), unit: "ms" },
    { section, metric: "(a) decode / extract / analyse p90", value: figures((t) => t.p90), unit: "ms" },
  ];
}

function comparisonRows(section: string, name: string, html: string, runs: number): BenchRow[] {
  const c = compareReadability(html, "https://mp.weixin.qq.com/s/daybrief-bench-compare", runs);
  const kb = Math.round(Buffer.byteLength(html) / 1024);
  return [
    {
      section,
      metric: `readability+linkedom, ${name} (${kb} KB) median`,
      value: c.readability.median,
      unit: "ms",
      target: "~17 ms (stack.md)",
    },
    { section, metric: `extractPage, ${name} (${kb} KB) median`, value: c.extractPage.median, unit: "ms" },
    {
      section,
      metric: `text chars readability / extractPage, ${name}`,
      value: `${c.readability.chars} / ${c.extractPage.chars}`,
    },
  ];
}

function chainRows(section: string, run: ChainRun): BenchRow[] {
  const { pure, http, memory } = run;
  const wholeMedian = http.perArticle.median + http.collectMs / Math.max(1, http.items);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return [
    { section, metric: "corpus", value: `${run.articles} articles (${run.templates} demo pages cycled)` },
    { section, metric: "first article, cold (loads jieba)", value: run.coldMs, unit: "ms" },
    {
      section,
      metric: "(a) collect: decode+parse feed",
      value: pure.collectMs,
      unit: `ms / ${pure.items} items`,
    },
    ...timeRows(section, "(a) pure decode→extract→analyse", pure.perArticle),
    ...stageRows(section, pure),
    {
      section,
      metric: "(b) collect: GET+decode+parse feed",
      value: http.collectMs,
      unit: `ms / ${http.items} items`,
    },
    ...timeRows(section, "(b) http GET→decode→extract→analyse", http.perArticle),
    {
      section,
      metric: "(b) whole chain median (+ collect / N)",
      value: wholeMedian,
      unit: "ms",
      target: `≤ ${TARGET_MEDIAN_MS} ms`,
      pass: wholeMedian <= TARGET_MEDIAN_MS,
    },
    {
      section,
      metric: "articles analysed ok (a) / (b)",
      value: `${pure.outcomes.ok}/${pure.items} / ${http.outcomes.ok}/${http.items}`,
      target: "all",
      pass: pure.outcomes.ok === run.articles && http.outcomes.ok === run.articles,
    },
    {
      section,
      metric: "wall time (a) / (b)",
      value: `${seconds(pure.wallMs)} / ${seconds(http.wallMs)}`,
      unit: "s",
    },
    { section, metric: "RSS at start", value: memory.startMb, unit: "MB" },
    {
      section,
      metric: "RSS peak (a) / (b)",
      value: `${pure.rss.peakMb.toFixed(0)} / ${http.rss.peakMb.toFixed(0)}`,
      unit: "MB",
    },
    {
      section,
      metric: "RSS peak, chain (warm-up + a + b)",
      value: memory.peakMb,
      unit: "MB",
      target: `≤ ${TARGET_PEAK_RSS_MB} MB`,
      pass: memory.peakMb <= TARGET_PEAK_RSS_MB,
    },
  ];
}

interface ChainRun {
  articles: number;
  templates: number;
  coldMs: number;
  pure: PhaseResult;
  http: PhaseResult;
  memory: RssReport;
}

export async function benchChain(options: ChainOptions = {}): Promise<BenchSection> {
  const section = "chain";
  const articles = Math.max(1, Math.trunc(options.articles ?? 1000));
  const overall = startRssSampler();
  const corpus = buildScaledCorpus(articles);
  const analyser = createOfflineAnalyser();
  const coldMs = await warmUp(corpus, analyser);
  const pure = await runPurePhase(corpus, analyser);
  const http = await runHttpPhase(corpus, analyser);
  // The chain's own peak (corpus, jieba, both phases) is what the target is about; the comparisons
  // below parse a 3.5 MB page and are measured apart so they cannot pass for the chain's memory.
  const memory = overall.stop();
  const run: ChainRun = { articles, templates: corpus.templates, coldMs, pure, http, memory };
  const rows = chainRows(section, run);
  const comparing = startRssSampler();
  rows.push(
    ...comparisonRows(section, `largest demo page ${corpus.largestPage.slug}`, corpus.largestPage.html, 30),
  );
  if (existsSync(REAL_WECHAT_PAGE)) {
    const html = readFileSync(REAL_WECHAT_PAGE, "utf8");
    rows.push(...comparisonRows(section, "real WeChat page (shared corpus)", html, 8));
  }
  const comparisonMemory = comparing.stop();
  rows.push({
    section,
    metric: "RSS peak during the comparisons",
    value: comparisonMemory.peakMb,
    unit: "MB",
  });
  return { name: section, rows, details: { ...run, comparisonMemory } };
}
