/**
 * LLM analysis throughput and prompt economy, against the local OpenAI-compatible stub.
 *
 * N articles (the demo day's real pages through extractPage, cycled with distinct URLs) are analysed
 * by createLlmAnalyser over createOpenAICompatible, C workers as the pipeline's mapLimit drives them,
 * with the provider's rate limiter at concurrency C and the stub answering after a fixed latency L.
 *
 *   wall / ⌈N/C⌉·L            ≤ 1.10  (the limiter and the client add little over the endpoint's latency)
 *   (sent − fixed) / article  ≤ 1.15  (the article is sent once, boilerplate stripped; "fixed" is the
 *                                      prompt for an empty article, tokens by estimateTokens)
 *
 * The gate-on run (two calls per article) is measured beside it: its bound is ⌈N/C⌉·2L, and its
 * token ratio is informational, since the gate re-sends the lead on purpose.
 * Run alone: node --import tsx bench/llm.ts [articles] [latencyMs] [concurrency]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  buildAnalysisMessages,
  buildGateMessages,
  createLlmAnalyser,
  loadPromptSet,
  type PromptSet,
  prepareArticleLead,
  prepareArticleText,
} from "../src/analyse/llm/index.ts";
import { type LlmStub, type RecordedRequest, startLlmStub } from "../src/demo/llm-stub.ts";
import { readDemoManifest, resolveDemoDir } from "../src/demo/index.ts";
import { extractPage } from "../src/extract/index.ts";
import {
  type ChatMessage,
  createOpenAICompatible,
  createRateLimiter,
  estimateMessageTokens,
  estimateTokens,
} from "../src/llm/index.ts";
import type { Article } from "../src/model/article.ts";
import { mapLimit } from "../src/pipeline/map-limit.ts";
import { type BenchRow, type BenchSection, roundFigure, summariseTimes } from "./report.ts";

export interface LlmBenchOptions {
  articles?: number;
  latencyMs?: number;
  concurrency?: number;
}

interface CorpusArticle {
  article: Article;
  sourceName: string;
}

interface RunResult {
  wallMs: number;
  boundMs: number;
  ratio: number;
  calls: number;
  ok: number;
  /** Per call, as the provider measured it (request sent → reply parsed). */
  callLatency: ReturnType<typeof summariseTimes>;
  /** Per article: (sent − fixed) / own tokens, analysis call only. */
  tokenRatios: number[];
  /** Σ(sent − fixed) / Σ own, analysis call only. */
  tokenRatio: number;
  /** Same with every call of the article (gate included). */
  tokenRatioAllCalls: number;
}

const SECTION = "llm";
const WALL_TARGET = 1.1;
const TOKEN_TARGET = 1.15;

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
    return { ...t, article: { ...t.article, url, originalUrl: url, contentHash: i.toString(16).padStart(64, "0") } };
  });
}

/** What the article itself weighs: its title and extracted body text. */
function ownTokens(article: Article): number {
  return estimateTokens(article.title) + estimateTokens(article.text);
}

/** The prompt around an empty article: every header label, the empty markers, the system prompt. */
function fixedPrompt(prompts: PromptSet, sourceName: string): { analyse: number; gate: number } {
  const empty: Article = {
    sourceId: "",
    url: "",
    originalUrl: "",
    title: "",
    publishedAt: "",
    firstSeenAt: "",
    contentHash: "",
    text: "",
    html: "",
    links: [],
    status: "ok",
  };
  return {
    analyse: estimateMessageTokens(
      buildAnalysisMessages(prompts, prepareArticleText(empty, { sourceName: "" }), "zh"),
    ),
    gate: estimateMessageTokens(
      buildGateMessages(prompts, prepareArticleLead(empty, { sourceName }), "zh"),
    ),
  };
}

function isAnalysis(request: RecordedRequest): boolean {
  const system = (request.body.messages as ChatMessage[] | undefined)?.find((m) => m.role === "system");
  return system?.content.includes('"insights"') ?? false;
}

async function runOnce(
  stub: LlmStub,
  corpus: CorpusArticle[],
  prompts: PromptSet,
  options: Required<LlmBenchOptions> & { gate: boolean },
): Promise<RunResult> {
  const { concurrency, latencyMs } = options;
  const provider = createOpenAICompatible({
    id: "stub",
    baseUrl: stub.baseUrl,
    model: "stub-model",
    fetch,
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
  const first = stub.requests.length;
  const started = performance.now();
  const outcomes = await mapLimit(corpus, concurrency, ({ article, sourceName }) =>
    analyser.analyse(article, { sourceName }),
  );
  const wallMs = performance.now() - started;
  const requests = stub.requests.slice(first);

  // Analysis requests carry the article's URL in the 原文链接 line: match them by it. The gate's
  // lead has no URL; it is only summed.
  const fixed = fixedPrompt(prompts, corpus[0]!.sourceName);
  const sentByUrl = new Map<string, number>();
  let gateSent = 0;
  let gateCalls = 0;
  for (const request of requests) {
    const messages = request.body.messages as ChatMessage[];
    const sent = estimateMessageTokens(messages);
    if (isAnalysis(request)) {
      const url = messages.at(-1)?.content.match(/^原文链接：(\S+)$/m)?.[1] ?? "";
      sentByUrl.set(url, (sentByUrl.get(url) ?? 0) + sent - fixed.analyse);
    } else {
      gateSent += sent - fixed.gate;
      gateCalls++;
    }
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
  const boundMs = Math.ceil(requests.length / concurrency) * latencyMs;
  return {
    wallMs,
    boundMs,
    ratio: wallMs / boundMs,
    calls: requests.length,
    ok: outcomes.filter((o) => o.status === "ok").length,
    callLatency: summariseTimes(latencies),
    tokenRatios,
    tokenRatio: sentSum / ownSum,
    tokenRatioAllCalls: (sentSum + (gateCalls > 0 ? gateSent : 0)) / ownSum,
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
  const stub = await startLlmStub({ latencyMs: settings.latencyMs });
  try {
    // One untimed round first: Node loads undici on the first fetch, opens the C connections and
    // JIT-compiles the parse path. That one-off cost (reported as "cold start") is not throughput.
    const warmUp = await runOnce(stub, buildCorpus(templates, settings.concurrency, "w"), prompts, {
      ...settings,
      gate: true,
    });
    const gateOff = await runOnce(stub, corpus, prompts, { ...settings, gate: false });
    const gateOn = await runOnce(stub, corpus, prompts, { ...settings, gate: true });
    const fixed = fixedPrompt(prompts, corpus[0]!.sourceName);
    const perArticle = summariseTimes(gateOff.tokenRatios);
    const { articles: n, latencyMs: l, concurrency: c } = settings;
    const row = (metric: string, value: number | string, extra: Partial<BenchRow> = {}): BenchRow => ({
      section: SECTION,
      metric,
      value: typeof value === "number" ? roundFigure(value) : value,
      ...extra,
    });
    const rows: BenchRow[] = [
      row("setup", `N=${n} (${templates.length} demo pages cycled), L=${l} ms, C=${c}`),
      row("cold start: first C articles, gate on (untimed)", warmUp.wallMs, {
        unit: `ms (bound ${warmUp.boundMs})`,
      }),
      row("gate off: wall", gateOff.wallMs, { unit: "ms" }),
      row("gate off: wall / ⌈N/C⌉·L", gateOff.ratio, {
        target: `≤ ${WALL_TARGET} (bound ${gateOff.boundMs} ms)`,
        pass: gateOff.ratio <= WALL_TARGET,
      }),
      row("gate off: call latency median / p90", callLatency(gateOff), { unit: `ms (L ${l})` }),
      row("gate off: calls / ok", `${gateOff.calls} / ${gateOff.ok}`, {
        target: `${n} / ${n}`,
        pass: gateOff.calls === n && gateOff.ok === n,
      }),
      row("fixed prompt (empty article)", fixed.analyse, { unit: "tokens" }),
      row("fixed gate prompt (empty lead)", fixed.gate, { unit: "tokens" }),
      row("article tokens (mean own)", mean(corpus.map((a) => ownTokens(a.article))), { unit: "tokens" }),
      row("(sent − fixed) / article, all", gateOff.tokenRatio, {
        target: `≤ ${TOKEN_TARGET}`,
        pass: gateOff.tokenRatio <= TOKEN_TARGET,
      }),
      row("(sent − fixed) / article, worst", perArticle.max, {
        target: `≤ ${TOKEN_TARGET}`,
        pass: perArticle.max <= TOKEN_TARGET,
      }),
      row("(sent − fixed) / article, median", perArticle.median),
      row("gate on: wall", gateOn.wallMs, { unit: "ms" }),
      row("gate on: wall / ⌈calls/C⌉·L", gateOn.ratio, {
        target: `≤ ${WALL_TARGET} (bound ${gateOn.boundMs} ms)`,
        pass: gateOn.ratio <= WALL_TARGET,
      }),
      row("gate on: call latency median / p90", callLatency(gateOn), { unit: `ms (L ${l})` }),
      row("gate on: calls / ok (rest rejected)", `${gateOn.calls} / ${gateOn.ok}`),
      row("gate on: (sent − fixed) / article, both calls", gateOn.tokenRatioAllCalls),
    ];
    const worst = templates
      .map((t) => ({ slug: t.article.url.split("/").pop(), own: ownTokens(t.article) }))
      .map((t, i) => ({ ...t, ratio: roundFigure(gateOff.tokenRatios[i]!) }));
    return { name: SECTION, rows, details: { settings, fixed, perTemplate: worst } };
  } finally {
    await stub.close();
  }
}

function callLatency(run: RunResult): string {
  return `${Math.round(run.callLatency.median)} / ${Math.round(run.callLatency.p90)}`;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [articles, latencyMs, concurrency] = process.argv.slice(2).map(Number);
  const section = await benchLlm({ articles, latencyMs, concurrency });
  const { formatTable } = await import("./report.ts");
  console.log(formatTable(section.rows));
  console.log(JSON.stringify(section.details));
  process.exit(0);
}
