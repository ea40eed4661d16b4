// The two measured phases of the chain bench and its warm-up. Each phase times, per article,
// decodeBody → extractPage → offline analyse; (a) from bytes in memory, (b) from a real local server
// through createHttp().get, the path the pipeline's read stage takes (sequential, so each figure is
// one article's latency rather than a throughput share).
import { createHash } from "node:crypto";
import { setImmediate as turnEventLoop } from "node:timers/promises";
import { extractPage } from "../src/extract/index.ts";
import { createHttp, decodeBody } from "../src/http/index.ts";
import type { Analyser, Article, FeedItem } from "../src/model/index.ts";
import { parseFeed } from "../src/sources/index.ts";
import { BENCH_FEED_URL, type ScaledCorpus } from "./chain-corpus.ts";
import { spawnCorpusServer } from "./corpus-server-process.ts";
import { summariseTimes, type TimeSummary } from "./report.ts";
import { type RssReport, startRssSampler } from "./rss-sampler.ts";

const TIME_ZONE = "Asia/Shanghai";
const HTML_TYPE = "text/html; charset=utf-8";
const FEED_TYPE = "application/rss+xml; charset=utf-8";
const PAGE_ACCEPT = "text/html,application/xhtml+xml";

type Outcome = "ok" | "notArticle" | "failed";

/** Per-stage durations, collected in the pure phase to show where an article's time goes. */
interface StageTimes {
  decode: number[];
  extract: number[];
  analyse: number[];
}

export interface PhaseResult {
  collectMs: number;
  stages?: { decode: TimeSummary; extract: TimeSummary; analyse: TimeSummary };
  items: number;
  perArticle: TimeSummary;
  outcomes: Record<Outcome, number>;
  rss: RssReport;
  wallMs: number;
}

/** decode → extract → analyse for one page: the pipeline's per-article work after the download. */
async function readAndAnalyse(
  bytes: Uint8Array,
  contentType: string | undefined,
  url: string,
  item: FeedItem,
  analyser: Analyser,
  stages?: StageTimes,
): Promise<Outcome> {
  const t0 = performance.now();
  const html = decodeBody(bytes, contentType).text;
  const t1 = performance.now();
  const page = extractPage(html, { url, timeZone: TIME_ZONE });
  const t2 = performance.now();
  if (page.kind !== "article") return "notArticle";
  const now = new Date().toISOString();
  const article: Article = {
    sourceId: "bench",
    url: item.url,
    originalUrl: url,
    guid: item.guid,
    title: page.title?.trim() || item.title,
    author: page.author ?? item.author,
    account: page.account,
    publishedAt: page.publishedAt ?? item.publishedAt ?? now,
    firstSeenAt: now,
    // Same digest the pipeline stores (sha256 hex); dedup's text normalisation is not part of this chain.
    contentHash: createHash("sha256").update(page.text).digest("hex"),
    text: page.text,
    html: page.html,
    links: page.links,
    status: "ok",
  };
  const outcome = await analyser.analyse(article, { sourceName: page.account ?? "bench" });
  if (stages) {
    stages.decode.push(t1 - t0);
    stages.extract.push(t2 - t1);
    stages.analyse.push(performance.now() - t2);
  }
  return outcome.status === "ok" ? "ok" : "failed";
}

/** Times `step` for every item, sampling RSS after each and letting the event loop turn between. */
async function timeItems(
  items: FeedItem[],
  step: (item: FeedItem) => Promise<Outcome>,
  sampler: { sample(): void },
): Promise<{ times: number[]; outcomes: Record<Outcome, number> }> {
  const times: number[] = [];
  const outcomes: Record<Outcome, number> = { ok: 0, notArticle: 0, failed: 0 };
  for (const item of items) {
    const start = performance.now();
    outcomes[await step(item)]++;
    times.push(performance.now() - start);
    sampler.sample();
    await turnEventLoop(); // the 20 ms RSS timer and GC tasks get their turn
  }
  return { times, outcomes };
}

export async function runPurePhase(corpus: ScaledCorpus, analyser: Analyser): Promise<PhaseResult> {
  const sampler = startRssSampler();
  const wallStart = performance.now();
  const feedBytes = Buffer.from(corpus.feedXml, "utf8");
  const collectStart = performance.now();
  const { items } = parseFeed(decodeBody(feedBytes, FEED_TYPE).text, {
    url: BENCH_FEED_URL,
    timeZone: TIME_ZONE,
  });
  const collectMs = performance.now() - collectStart;
  const stageTimes: StageTimes = { decode: [], extract: [], analyse: [] };
  const { times, outcomes } = await timeItems(
    items,
    // The copy's bytes are made before the clock starts: the server's work is not the chain's.
    (item) => {
      const bytes = Buffer.from(corpus.pageFor(item.url) ?? "", "utf8");
      return readAndAnalyse(bytes, HTML_TYPE, item.url, item, analyser, stageTimes);
    },
    sampler,
  );
  const wallMs = performance.now() - wallStart;
  const stages = {
    decode: summariseTimes(stageTimes.decode),
    extract: summariseTimes(stageTimes.extract),
    analyse: summariseTimes(stageTimes.analyse),
  };
  const perArticle = summariseTimes(times);
  return { collectMs, stages, items: items.length, perArticle, outcomes, rss: sampler.stop(), wallMs };
}

export async function runHttpPhase(corpus: ScaledCorpus, analyser: Analyser): Promise<PhaseResult> {
  // The server runs in a child process: its memory and CPU are not the chain's.
  const server = await spawnCorpusServer(corpus.articles);
  const sampler = startRssSampler();
  const wallStart = performance.now();
  try {
    // The corpus is local: no daily cap or pause for its WeChat-shaped URLs (the cap would stop at 300).
    const http = createHttp({
      fetch: server.fetch,
      hostPolicies: { "mp.weixin.qq.com": { concurrency: 1, minIntervalMs: 0, jitterMs: 0, coolDownMs: 0 } },
    });
    const collectStart = performance.now();
    const feed = await http.get(BENCH_FEED_URL, { accept: "application/rss+xml, application/xml, */*" });
    const { items } = parseFeed(decodeBody(feed.body, feed.contentType).text, {
      url: feed.url,
      timeZone: TIME_ZONE,
    });
    const collectMs = performance.now() - collectStart;
    const { times, outcomes } = await timeItems(
      items,
      async (item) => {
        const response = await http.get(item.url, { accept: PAGE_ACCEPT });
        return readAndAnalyse(response.body, response.contentType, response.url, item, analyser);
      },
      sampler,
    );
    const wallMs = performance.now() - wallStart;
    return {
      collectMs,
      items: items.length,
      perArticle: summariseTimes(times),
      outcomes,
      rss: sampler.stop(),
      wallMs,
    };
  } finally {
    await server.close();
  }
}

/** The first article loads jieba and its dictionary; then one pass over every template warms the JIT. */
export async function warmUp(corpus: ScaledCorpus, analyser: Analyser): Promise<number> {
  const { items } = parseFeed(corpus.feedXml, { url: BENCH_FEED_URL, timeZone: TIME_ZONE });
  let coldMs = 0;
  for (const [index, item] of items.slice(0, corpus.templates).entries()) {
    const start = performance.now();
    await readAndAnalyse(Buffer.from(corpus.pageFor(item.url) ?? ""), HTML_TYPE, item.url, item, analyser);
    if (index === 0) coldMs = performance.now() - start;
  }
  return coldMs;
}
