/**
 * LLM analysis throughput and prompt economy. N articles (the demo day's pages through extractPage,
 * cycled with distinct URLs) go through createLlmAnalyser → createOpenAICompatible (rate limiter at
 * concurrency C) with C mapLimit workers, as the pipeline drives them, against startLlmStub answering
 * after L ms from a child process (as a remote endpoint would). Targets: wall / ⌈N/C⌉·L ≤ 1.10, and
 * (tokens sent − fixed prompt) / the article's own tokens ≤ 1.15, where the fixed prompt is the one
 * for an empty article (estimateTokens). A gate-on run is measured beside it against ⌈calls/C⌉·L.
 * Run alone: node --import tsx bench/llm.ts [articles] [latencyMs] [concurrency]
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  buildAnalysisMessages,
  buildGateMessages,
  createLlmAnalyser,
  loadPromptSet,
  type PromptSet,
  prepareArticleLead,
  prepareArticleText,
} from "../src/analyse/llm/index.ts";
import { mapLimit } from "../src/async/concurrency.ts";
import { readDemoManifest, resolveDemoDir } from "../src/demo/index.ts";
import { startLlmStub } from "../src/demo/llm-stub.ts";
import { extractPage } from "../src/extract/index.ts";
import {
  type ChatMessage,
  createOpenAICompatible,
  createRateLimiter,
  estimateMessageTokens,
  estimateTokens,
} from "../src/llm/index.ts";
import type { Article } from "../src/model/article.ts";
import { type BenchRow, type BenchSection, formatTable, roundFigure, summariseTimes } from "./report.ts";

export type LlmBenchOptions = { articles?: number; latencyMs?: number; concurrency?: number };
type CorpusArticle = { article: Article; sourceName: string };
type RunResult = Awaited<ReturnType<typeof runOnce>>;

const SELF = fileURLToPath(import.meta.url);
const SECTION = "llm";
const WALL_TARGET = 1.1;
const TOKEN_TARGET = 1.15;
const TOKEN = `≤ ${TOKEN_TARGET}`;

/** The demo day's real articles (not the deleted or captcha pages), extracted once. */
function loadTemplates(): CorpusArticle[] {
  const dir = resolveDemoDir();
  const manifest = readDemoManifest(dir);
  const sourceNames = new Map(manifest.sources.map((s) => [s.id, s.name]));
  const templates: CorpusArticle[] = [];
  for (const item of manifest.items) {
    const page = extractPage(readFileSync(join(dir, item.page), "utf8"), { url: item.url });
    if (page.kind !== "article" || page.text.trim() === "") continue;
    templates.push({
      sourceName: sourceNames.get(item.source) ?? item.source,
      article: {
        sourceId: item.source,
        url: item.url,
        originalUrl: item.url,
        title: page.title?.trim() || item.title,
        author: page.author,
        account: page.account,
        publishedAt: page.publishedAt ?? item.publishedAt,
        firstSeenAt: item.publishedAt,
        contentHash: "",
        text: page.text,
        html: page.html,
        links: page.links,
        status: "ok",
      },
    });
  }
  if (templates.length === 0) throw new Error(`no readable demo pages in ${dir}`);
  return templates;
}

/** N copies cycling the templates, each with its own URL and hash (as distinct stored articles would be). */
function buildCorpus(templates: CorpusArticle[], count: number, tag = "b"): CorpusArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const t = templates[i % templates.length]!;
    const url = `${t.article.url}-${tag}${i}`;
    return {
      ...t,
      article: { ...t.article, url, originalUrl: url, contentHash: i.toString(16).padStart(64, "0") },
    };
  });
}

/** What the article itself weighs: its title and extracted body text. */
function ownTokens(article: Article): number {
  return estimateTokens(article.title) + estimateTokens(article.text);
}

/** The prompt around an empty article: the system prompt, every header label, the empty markers. */
function fixedPrompt(prompts: PromptSet, like: Article): { analyse: number; gate: number } {
  const empty = { ...like, title: "", url: "", publishedAt: "", text: "", links: [] };
  const options = { sourceName: "" };
  return {
    analyse: estimateMessageTokens(buildAnalysisMessages(prompts, prepareArticleText(empty, options), "zh")),
    gate: estimateMessageTokens(buildGateMessages(prompts, prepareArticleLead(empty, options), "zh")),
  };
}

/**
 * The stub runs in a child process, as a real endpoint is remote: its CPU (parsing 200 prompts,
 * building replies) must not sit on the client's event loop and be billed as limiter overhead.
 */
async function spawnStub(latencyMs: number): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", SELF, "--serve-stub", String(latencyMs)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`LLM stub exited with code ${code} before it was ready`);
  });
  const baseUrl = await Promise.race([once(lines, "line").then(([line]) => String(line).trim()), exited]);
  exited.catch(() => {}); // after start-up an exit is expected (close())
  return {
    baseUrl,
    async close() {
      if (child.exitCode === null) {
        const gone = once(child, "exit");
        child.kill("SIGTERM");
        await gone;
      }
    },
  };
}

/** The global fetch, keeping each request body exactly as the provider sent it (parsed later, untimed). */
function recordingFetch(bodies: string[]): typeof fetch {
  return (input, init) => {
    if (typeof init?.body === "string") bodies.push(init.body);
    return fetch(input, init);
  };
}

async function runOnce(
  baseUrl: string,
  corpus: CorpusArticle[],
  prompts: PromptSet,
  options: Required<LlmBenchOptions> & { gate: boolean },
) {
  const { concurrency, latencyMs } = options;
  const bodies: string[] = [];
  const provider = createOpenAICompatible({
    id: "stub",
    baseUrl,
    model: "stub-model",
    fetch: recordingFetch(bodies),
    timeoutMs: 30_000,
    maxRetries: 0,
    capabilities: { jsonSchema: false, jsonObject: true, streaming: true },
    limiter: createRateLimiter({ concurrency }),
  });
  const latencies: number[] = [];
  const analyser = createLlmAnalyser({
    chain: [provider],
    gate: { provider, enabled: options.gate },
    prompts,
    ledger: { onCall: (call) => call.latencyMs !== undefined && latencies.push(call.latencyMs) },
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcomes = await mapLimit(corpus, concurrency, ({ article, sourceName }) =>
    analyser.analyse(article, { sourceName }),
  );
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);

  // Analysis requests (the system prompt asks for "insights") carry the article's URL in the
  // 原文链接 line: match them by it. The gate's lead has no URL; it is only summed.
  const fixed = fixedPrompt(prompts, { ...corpus[0]!.article, author: undefined, account: undefined });
  const sentByUrl = new Map<string, number>();
  let gateSent = 0;
  for (const body of bodies) {
    const messages = (JSON.parse(body) as { messages: ChatMessage[] }).messages;
    const sent = estimateMessageTokens(messages);
    if (messages[0]?.content.includes('"insights"')) {
      const url = messages.at(-1)?.content.match(/^原文链接：(\S+)$/m)?.[1] ?? "";
      sentByUrl.set(url, (sentByUrl.get(url) ?? 0) + sent - fixed.analyse);
    } else gateSent += sent - fixed.gate;
  }
  const tokenRatios: number[] = [];
  let ownSum = 0;
  let sentSum = 0;
  for (const { article } of corpus) {
    const own = ownTokens(article);
    const sent = sentByUrl.get(article.url) ?? 0;
    tokenRatios.push(sent / own);
    ownSum += own;
    sentSum += sent;
  }
  // No more than C calls in flight and none faster than L: a lower bound whatever the mix of calls
  // (with the gate on, rejected articles make one call, the rest two).
  const boundMs = Math.ceil(bodies.length / concurrency) * latencyMs;
  return {
    wallMs,
    boundMs,
    ratio: boundMs > 0 ? wallMs / boundMs : Number.NaN,
    calls: bodies.length,
    /** This process's CPU per call: what the client side costs. */
    clientCpuMsPerCall: (cpu.user + cpu.system) / 1000 / bodies.length,
    ok: outcomes.filter((o) => o.status === "ok").length,
    /** Per call, as the provider measured it (request sent → reply parsed). */
    callLatency: summariseTimes(latencies),
    /** (sent − fixed) / own tokens: per article and Σ/Σ for the analysis call, Σ/Σ with the gate's calls. */
    tokenRatios,
    tokenRatio: sentSum / ownSum,
    tokenRatioAllCalls: (sentSum + gateSent) / ownSum,
  };
}

export async function benchLlm(options: LlmBenchOptions = {}): Promise<BenchSection> {
  const settings = {
    articles: options.articles ?? 200,
    latencyMs: options.latencyMs ?? 200,
    concurrency: options.concurrency ?? 8,
  };
  const prompts = loadPromptSet();
  const templates = loadTemplates();
  const corpus = buildCorpus(templates, settings.articles);
  const stub = await spawnStub(settings.latencyMs);
  try {
    // One untimed round first: Node loads undici on the first fetch, opens the C connections and
    // JIT-compiles the parse path. That one-off cost (reported as "cold start") is not throughput.
    const run = (items: CorpusArticle[], gate: boolean) =>
      runOnce(stub.baseUrl, items, prompts, { ...settings, gate });
    const warmUp = await run(buildCorpus(templates, settings.concurrency, "w"), true);
    const gateOff = await run(corpus, false);
    const gateOn = await run(corpus, true);
    const fixed = fixedPrompt(prompts, { ...corpus[0]!.article, author: undefined, account: undefined });
    const perArticle = summariseTimes(gateOff.tokenRatios);
    const ownMean = summariseTimes(corpus.map((a) => ownTokens(a.article))).mean;
    const { articles: n, latencyMs: l, concurrency: c } = settings;
    const oneCallEach = gateOff.calls === n && gateOff.ok === n;
    const row = (metric: string, value: number | string, unit?: string): BenchRow => ({
      section: SECTION,
      metric,
      value: typeof value === "number" ? roundFigure(value) : value,
      ...(unit ? { unit } : {}),
    });
    const judged = (metric: string, value: number | string, target: string, pass: boolean): BenchRow => ({
      ...row(metric, value),
      target,
      pass,
    });
    const wall = (run: RunResult) => `≤ ${WALL_TARGET} (bound ${run.boundMs} ms)`;
    const latency = (run: RunResult) =>
      `${Math.round(run.callLatency.median)} / ${Math.round(run.callLatency.p90)}`;
    const rows: BenchRow[] = [
      row("setup", `N=${n} (${templates.length} demo pages cycled), L=${l} ms, C=${c}`),
      row("cold start: first C articles, gate on (untimed)", warmUp.wallMs, `ms (bound ${warmUp.boundMs})`),
      row("gate off: wall", gateOff.wallMs, "ms"),
      judged("gate off: wall / ⌈N/C⌉·L", gateOff.ratio, wall(gateOff), gateOff.ratio <= WALL_TARGET),
      row("gate off: call latency median / p90", latency(gateOff), `ms (L ${l})`),
      row("gate off: client CPU per call", gateOff.clientCpuMsPerCall, "ms"),
      judged("gate off: calls / ok", `${gateOff.calls} / ${gateOff.ok}`, `${n} / ${n}`, oneCallEach),
      row("fixed prompt (empty article)", fixed.analyse, "tokens"),
      row("fixed gate prompt (empty lead)", fixed.gate, "tokens"),
      row("article tokens (mean own)", ownMean, "tokens"),
      judged("(sent − fixed) / article, all", gateOff.tokenRatio, TOKEN, gateOff.tokenRatio <= TOKEN_TARGET),
      judged("(sent − fixed) / article, worst", perArticle.max, TOKEN, perArticle.max <= TOKEN_TARGET),
      row("(sent − fixed) / article, median", perArticle.median),
      row("gate on: wall", gateOn.wallMs, "ms"),
      judged("gate on: wall / ⌈calls/C⌉·L", gateOn.ratio, wall(gateOn), gateOn.ratio <= WALL_TARGET),
      row("gate on: call latency median / p90", latency(gateOn), `ms (L ${l})`),
      row("gate on: calls / ok (rest rejected)", `${gateOn.calls} / ${gateOn.ok}`),
      row("gate on: (sent − fixed) / article, both calls", gateOn.tokenRatioAllCalls),
    ];
    // Each demo page's ratio (the first copies are the templates in order).
    const perPage = Object.fromEntries(
      templates.map((t, i) => [t.article.url, roundFigure(gateOff.tokenRatios[i]!)]),
    );
    return { name: SECTION, rows, details: { settings, fixed, tokenRatioPerPage: perPage } };
  } finally {
    await stub.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === "--serve-stub") {
    const stub = await startLlmStub({ latencyMs: Number(process.argv[3] ?? 0) });
    process.stdout.write(`${stub.baseUrl}\n`);
    const stop = () => void stub.close().then(() => process.exit(0));
    process.once("SIGTERM", stop);
    process.stdin.once("end", stop).resume(); // the parent went away without stopping us
  } else {
    const [articles, latencyMs, concurrency] = process.argv.slice(2).map(Number);
    const section = await benchLlm({ articles, latencyMs, concurrency });
    console.log(`${formatTable(section.rows)}\n${JSON.stringify(section.details)}`);
    process.exit(0);
  }
}
