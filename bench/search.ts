// `npm run bench -- search`: full-text search over 100k entries (and their articles) generated from
// the demo day's stored entries, varied (orgs, names, dates, stars, mixed sentences). Measures the
// writes with the index kept in step by triggers, the index build of the search migration over a database
// that already holds the rows (target ≤ 60 s), and searchEntries latency over a fixed query set
// (target p95 ≤ 30 ms). SEARCH_BENCH_ENTRIES=10000 for a quick run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article, Entry, Stars } from "../src/model/index.ts";
import { searchEntries } from "../src/queries/index.ts";
import { openStore, type StoredAnalysis } from "../src/store/index.ts";
import { unbuildSearchIndex } from "../src/store/testing.ts";
import { createHarness } from "../test/support/cli-harness.ts";
import type { BenchRow, BenchSection } from "./report.ts";

const ENTRIES = Number(process.env.SEARCH_BENCH_ENTRIES ?? 100_000);
const ROUNDS = 5;

/** The fixed query set: Chinese 2- and 3+-character words, names with hyphens, common words, filters. */
const QUERIES: { query: string; minStars?: number; from?: string; to?: string; sourceId?: string }[] = [
  { query: "美团 STAR" },
  { query: "智谱" },
  { query: "混元" },
  { query: "MiniCPM-o" },
  { query: "GPT-5" },
  { query: "CL-bench" },
  { query: "多模态大模型" },
  { query: "AI Agent" },
  { query: "开源模型" },
  { query: "基准评测" },
  { query: "Claude Code" },
  { query: "英伟达" },
  { query: "全双工" },
  { query: "机器人 世界模型" },
  { query: "OpenAI" },
  { query: "模型" },
  { query: "发布" },
  { query: "智谱 GLM", minStars: 4 },
  { query: "Agent", from: "2025-10-01", to: "2025-10-31" },
  { query: "混元", sourceId: "qbitai" },
];

/** Names and orgs swapped in, so the corpus is not 100k copies of 17 entries. */
export const ORGS = [
  "美团",
  "智谱",
  "腾讯混元",
  "阿里通义",
  "字节豆包",
  "百度文心",
  "月之暗面",
  "面壁智能",
  "DeepSeek",
  "OpenAI",
  "Anthropic",
  "Google DeepMind",
  "Meta",
  "英伟达",
  "华为盘古",
  "商汤",
  "昆仑天工",
  "MiniMax",
  "阶跃星辰",
  "零一万物",
];
export const NAMES = [
  "GPT-5",
  "GLM-4.6",
  "Qwen3-VL",
  "DeepSeek-V3.2",
  "MiniCPM-o 4.5",
  "Kimi K2",
  "Claude Opus 4.5",
  "Gemini 3",
  "Llama 4",
  "混元 T1",
  "文心 X1",
  "豆包 1.6",
  "STAR",
  "CL-bench",
  "Skywork Desktop",
  "OpenClaw",
];

/** A deterministic spread of `i` over `n` choices; `salt` decorrelates the fields drawn for one row. */
export function spread(i: number, salt: number, n: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) % n;
}

/** The demo day's stored articles and entries (the offline analyser's), by running the demo. */
export async function demoCorpus(): Promise<{ articles: Article[]; entries: Map<number, Entry> }> {
  const h = createHarness();
  try {
    const demo = await h.run(["demo", "-o", "out", "-q"]);
    if (demo.code !== 0) throw new Error(`demo failed: ${demo.stderr}`);
    const store = openStore(join(h.dir, "out/daybrief.db"));
    try {
      const articles = await store.listArticlesForDay("2026-02-04", "Asia/Shanghai");
      const entries = new Map<number, Entry>();
      for (const a of await store.listAnalysesForArticles(articles.map((x) => x.id!)))
        if (a.status === "ok" && !entries.has(a.articleId))
          entries.set(a.articleId, (a as Extract<StoredAnalysis, { status: "ok" }>).entry);
      return { articles, entries };
    } finally {
      await store.close();
    }
  } finally {
    h.cleanup();
  }
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function benchSearch(): Promise<BenchSection> {
  const { articles, entries } = await demoCorpus();
  const withEntry = articles.filter((a) => entries.has(a.id!));
  const sentences = articles.flatMap((a) => a.text.split(/(?<=[。！？])/).filter((s) => s.trim().length > 4));
  const dir = mkdtempSync(join(tmpdir(), "daybrief-bench-search-"));
  const path = join(dir, "search.db");
  const pick = <T>(list: readonly T[], i: number, salt: number): T => list[spread(i, salt, list.length)]!;
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number | string, extra: Partial<BenchRow> = {}) =>
    rows.push({ section: "search", metric, value, ...extra });
  try {
    // 1. Write ENTRIES articles with one entry each, the index kept in step by the triggers.
    let store = openStore(path);
    for (const id of new Set(articles.map((a) => a.sourceId)))
      await store.upsertSource({ id, name: id, url: `https://example.com/${id}`, order: 0, enabled: true });
    const yearStart = Date.parse("2025-02-05T00:00:00Z");
    const writeStarted = performance.now();
    const BATCH = 2000;
    for (let start = 0; start < ENTRIES; start += BATCH) {
      await store.transaction(async (tx) => {
        for (let i = start; i < Math.min(ENTRIES, start + BATCH); i++) {
          const base = withEntry[i % withEntry.length]!;
          const entry = entries.get(base.id!)!;
          const org = pick(ORGS, i, 1);
          const name = pick(NAMES, i, 2);
          const text = Array.from({ length: 4 + spread(i, 3, 6) }, (_, k) => pick(sentences, i, 10 + k)).join(
            "",
          );
          const hash = i.toString(16).padStart(64, "0");
          const { id } = await tx.saveArticle({
            ...base,
            id: undefined,
            url: `${base.url}-${i}`,
            guid: `g${i}`,
            title: `${org}：${base.title}（${name}）`,
            text: `${org}发布${name}。${text}`,
            html: "",
            contentHash: hash,
            publishedAt: new Date(yearStart + spread(i, 4, 365 * 24) * 3_600_000).toISOString(),
          });
          await tx.saveAnalysis({
            articleId: id,
            contentHash: hash,
            status: "ok",
            entry: {
              ...entry,
              org,
              title: `${org}：${entry.title.replace(entry.org, org)}（${name}）`,
              stars: (1 + spread(i, 5, 5)) as Stars,
              tags: [...entry.tags.slice(0, 3), name],
              summary: `${org}发布${name}。${entry.summary}`,
            },
            analyser: { kind: "offline", name: "offline-extractive", promptVersion: "bench" },
          });
        }
      });
    }
    const writeMs = performance.now() - writeStarted;
    row("write.entries", ENTRIES, { unit: "articles+entries" });
    row("write.perEntry", Math.round((writeMs / ENTRIES) * 1000) / 1000, { unit: "ms (indexed on write)" });
    await store.close();

    // 2. Index build: the database as the version before the index left it (same rows, no index), then the migration.
    unbuildSearchIndex(path);
    const buildStarted = performance.now();
    store = openStore(path);
    const buildS = (performance.now() - buildStarted) / 1000;
    row("build.seconds", Math.round(buildS * 10) / 10, { unit: "s", target: "≤ 60 s", pass: buildS <= 60 });

    // 3. Queries through the query layer (snippets included), after one warm-up round.
    if (process.env.SEARCH_BENCH_SKIP_QUERIES) return { name: "search", rows };
    const now = new Date("2026-02-05T00:00:00Z");
    const context = { timeZone: "Asia/Shanghai", now };
    const times: number[] = [];
    const totals: Record<string, number> = {};
    for (let round = 0; round <= ROUNDS; round++) {
      for (const q of QUERIES) {
        const started = performance.now();
        const result = await searchEntries(store, { ...q, limit: 10 }, context);
        const ms = performance.now() - started;
        if (round > 0) times.push(ms);
        const { query, ...filters } = q;
        totals[Object.keys(filters).length > 0 ? `${query} ${JSON.stringify(filters)}` : query] =
          result.total;
      }
    }
    await store.close();
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    row("query.p50", Math.round(percentile(times, 0.5) * 100) / 100, { unit: "ms" });
    row("query.p95", Math.round(p95 * 100) / 100, { unit: "ms", target: "≤ 30 ms", pass: p95 <= 30 });
    row("query.max", Math.round(times.at(-1)! * 100) / 100, { unit: "ms" });
    return {
      name: "search",
      rows,
      details: { entries: ENTRIES, queries: QUERIES.length, rounds: ROUNDS, totals },
    };
  } finally {
    if (process.env.SEARCH_BENCH_KEEP) process.stdout.write(`search: kept ${path}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
