// `npm run bench -- api`: the HTTP API and MCP server over a generated 365-day archive
// (bench/history-store.ts, 30 entries a day): the search_entries tool's latency through an MCP
// client (target p95 ≤ 50 ms), and the API's latency under 20 concurrent clients (a mix of list,
// briefing, entry, search and trends reads) against a server in a child process: p50/p95 per route,
// the warm mix (repeated URLs, answered from the response cache under the store's content version),
// then cold searches (every URL new, facets included) so the cache cannot hide a slow query. The
// machine's load average comes with the figures. API_BENCH_DAYS / API_BENCH_PER_DAY /
// API_BENCH_SECONDS make it smaller or longer.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { stringify } from "yaml";
import { hashToken } from "../src/server/api/auth.ts";
import { createMcpServer } from "../src/server/mcp/create-mcp-server.ts";
import { addDays } from "../src/time.ts";
import { spawnApiServer } from "./api-server-process.ts";
import { buildHistoryStore } from "./history-store.ts";
import { createBenchClient } from "./http-client.ts";
import { type BenchRow, type BenchSection, machineLoad } from "./report.ts";

const DAYS = Number(process.env.API_BENCH_DAYS ?? 365);
const PER_DAY = Number(process.env.API_BENCH_PER_DAY ?? 30);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 10);
const CLIENTS = 20;
const ROUNDS = 5;
const TOKEN = "bench-token";

const SEARCHES: Record<string, unknown>[] = [
  { query: "美团 STAR" },
  { query: "智谱" },
  { query: "Qwen3-VL" },
  { query: "MiniCPM-o" },
  { query: "GPT-5" },
  { query: "多模态大模型" },
  { query: "Agent" },
  { query: "开源模型" },
  { query: "世界模型" },
  { query: "英伟达" },
  { query: "模型" },
  { query: "发布" },
  { query: "DeepSeek", minStars: 4 },
  { query: "Agent", from: "2025-10-01", to: "2025-10-31" },
  { query: "具身智能", org: "英伟达" },
  { query: "Claude Code", limit: 20 },
];

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const ms = (v: number) => Math.round(v * 100) / 100;

export async function benchApi(): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  const loadAtStart = machineLoad();
  const row = (metric: string, value: number | string, extra: Partial<BenchRow> = {}) =>
    rows.push({ section: "api", metric, value, ...extra });
  const built = performance.now();
  const history = await buildHistoryStore({ days: DAYS, perDay: PER_DAY });
  row("store.entries", history.entries, { unit: `entries (${DAYS} days × ${PER_DAY})` });
  row("store.buildSeconds", Math.round((performance.now() - built) / 100) / 10, { unit: "s" });
  const now = new Date(`${history.lastDay}T13:30:00Z`);
  try {
    // 1. search_entries through an MCP client (in memory: the tool, the query and the formatting).
    const server = createMcpServer(
      { query: { store: history.store, config: history.config }, now: () => now },
      { scopes: ["read"] },
    );
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: "bench", version: "1" });
    await client.connect(clientSide);
    const times: number[] = [];
    for (let round = 0; round <= ROUNDS; round++)
      for (const args of SEARCHES) {
        const started = performance.now();
        const result = await client.callTool({ name: "search_entries", arguments: args });
        if (result.isError)
          throw new Error(`search_entries ${JSON.stringify(args)}: ${JSON.stringify(result.content)}`);
        if (round > 0) times.push(performance.now() - started);
      }
    await client.close();
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    row("mcp.search_entries.p50", ms(percentile(times, 0.5)), { unit: "ms" });
    row("mcp.search_entries.p95", ms(p95), {
      unit: `ms (load ${machineLoad()}, at start ${loadAtStart})`,
      target: "≤ 50 ms",
      pass: p95 <= 50,
    });

    // 2. The API under 20 concurrent clients, the server in its own process.
    const configPath = join(history.path, "..", "daybrief.config.yaml");
    writeFileSync(
      configPath,
      stringify({
        timezone: history.config.timezone,
        sources: history.config.sources.map((s) => ({ id: s.id, name: s.name, url: s.url })),
        store: { path: history.path },
        api: {
          tokens: [{ name: "bench", sha256: hashToken(TOKEN), scopes: ["read"] }],
          rateLimit: { perMinute: 100_000 },
        },
      }),
    );
    const api = await spawnApiServer(configPath, now.toISOString());
    try {
      const someIds = [1, 2, 3, 4].map((q) => Math.max(1, Math.floor((history.entries * q) / 4)));
      const paths = [
        "/briefings?limit=30",
        `/briefings/${history.lastDay}`,
        `/briefings/${addDays(history.lastDay, -Math.floor(DAYS / 3))}`,
        ...someIds.map((id) => `/entries/${id}`),
        "/search?q=智谱&limit=10",
        "/search?q=Agent&minStars=4",
        "/search?q=世界模型",
        `/trends?by=tag&from=${addDays(history.lastDay, -6)}&to=${history.lastDay}`,
        `/trends?by=org&from=${addDays(history.lastDay, -29)}&to=${history.lastDay}`,
        "/runs",
      ];
      const headers = { authorization: `Bearer ${TOKEN}` };
      /** Requests from CLIENTS loops for `seconds`, each loop taking the next path in turn. */
      const drive = async (pathOf: (i: number) => string, seconds: number, clients = CLIENTS) => {
        const latencies: number[] = [];
        const perRoute = new Map<string, number[]>();
        const failed: Record<string, number> = {};
        let errors = 0;
        let next = 0;
        const client = createBenchClient(api.origin, clients);
        const until = performance.now() + seconds * 1000;
        await Promise.all(
          Array.from({ length: clients }, async () => {
            while (performance.now() < until) {
              const path = pathOf(next++);
              const started = performance.now();
              const status = await client.get(`/api/v1${path}`, headers);
              const took = performance.now() - started;
              if (status !== 200) {
                errors++;
                failed[`${status} ${path}`] = (failed[`${status} ${path}`] ?? 0) + 1;
              }
              latencies.push(took);
              const key = path.split("?")[0]!.replace(/\/[\d-]+$/, "/:x");
              perRoute.set(key, [...(perRoute.get(key) ?? []), took]);
            }
          }),
        );
        client.close();
        latencies.sort((a, b) => a - b);
        for (const v of perRoute.values()) v.sort((a, b) => a - b);
        return { latencies, perRoute, errors, failed };
      };
      // Cold searches first (nothing cached yet): each a query never asked, with facets.
      const words = SEARCHES.map((s) => String(s.query));
      // The same hits as a plain search, but a new URL: from a day before the archive begins.
      const coldPath = (i: number) =>
        `/search?q=${encodeURIComponent(words[i % words.length]!)}&from=${addDays(history.firstDay, -1 - Math.floor(i / words.length))}&facets=true`;
      const cold = await drive(coldPath, Math.max(2, SECONDS / 2));
      row("http.search cold p50", ms(percentile(cold.latencies, 0.5)), { unit: "ms" });
      row("http.search cold p95", ms(percentile(cold.latencies, 0.95)), {
        unit: `ms (${CLIENTS} clients, load ${machineLoad()})`,
      });
      const coldAlone = await drive((i) => coldPath(100_000 + i), 2, 1);
      row("http.search cold p50 (1 client)", ms(percentile(coldAlone.latencies, 0.5)), { unit: "ms" });

      await drive((i) => paths[i % paths.length]!, 2); // warm-up: caches, JIT
      const warm = await drive((i) => paths[i % paths.length]!, SECONDS);
      const { latencies, perRoute, failed } = warm;
      const errors = warm.errors + cold.errors + coldAlone.errors;
      row("http.requests", latencies.length, { unit: `in ${SECONDS} s, ${CLIENTS} clients` });
      row("http.rps", Math.round(latencies.length / SECONDS), { unit: "req/s" });
      row("http.p50", ms(percentile(latencies, 0.5)), { unit: "ms" });
      row("http.p95", ms(percentile(latencies, 0.95)), {
        unit: `ms (20 concurrent clients, load ${machineLoad()})`,
        target: "≤ 50 ms",
        pass: percentile(latencies, 0.95) <= 50,
      });
      for (const [route, times] of perRoute) {
        row(`http ${route} p50`, ms(percentile(times, 0.5)), { unit: "ms" });
        row(`http ${route} p95`, ms(percentile(times, 0.95)), { unit: "ms" });
      }
      row("http.errors", errors, { target: "0", pass: errors === 0 });
      const routes = Object.fromEntries([...perRoute].map(([k, v]) => [k, ms(percentile(v, 0.95))]));
      return {
        name: "api",
        rows,
        details: {
          days: DAYS,
          perDay: PER_DAY,
          clients: CLIENTS,
          p95ByRoute: routes,
          failed: { ...failed, ...cold.failed, ...coldAlone.failed },
          loadAtEnd: machineLoad(),
        },
      };
    } finally {
      await api.close();
    }
  } finally {
    await history.remove();
  }
}
