// `npm run bench -- wechat`: requests per article to the WeChat host on a day of 3 accounts × 10
// articles, once with bridges that carry the full text (target ≤ 0.1) and once with summary-only
// bridges (target 1.0, paced). The pacing's sleeps are injected and advance a simulated clock, so
// the bench stays fast and reports the paced time the day would really take.
import { baseConfig, createHarness, DEMO_DAY } from "../test/support/cli-harness.ts";
import { startWechatHost } from "../test/support/wechat-host.ts";
import type { BenchRow, BenchSection } from "./report.ts";

interface DayFigures {
  articles: number;
  requests: number;
  perArticle: number;
  /** Simulated time spent in pacing waits, s. */
  pacedSeconds: number;
  /** Smallest simulated gap between two page requests, ms (Infinity with fewer than two). */
  minGapMs: number;
  wallMs: number;
}

async function runDay(fullText: boolean): Promise<DayFigures> {
  let now = Date.parse("2026-02-04T04:00:00Z");
  let pacedMs = 0;
  const host = await startWechatHost({ fullText, clock: () => now });
  const h = createHarness({
    fetch: host.fetch,
    now: () => new Date(now),
    sleep: async (ms) => {
      pacedMs += ms;
      now += ms;
    },
  });
  try {
    h.writeConfig(baseConfig(host.sources));
    const started = performance.now();
    const run = await h.run(["run", "--date", DEMO_DAY, "-q", "--no-deliver"]);
    const wallMs = performance.now() - started;
    if (run.code !== 0) throw new Error(`run failed: ${run.stderr || run.stdout}`);
    const at = host.pageRequests.map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    const articles = host.articles.length;
    return {
      articles,
      requests: host.pageRequests.length,
      perArticle: host.pageRequests.length / articles,
      pacedSeconds: pacedMs / 1000,
      minGapMs: gaps.length > 0 ? Math.min(...gaps) : Number.POSITIVE_INFINITY,
      wallMs,
    };
  } finally {
    h.cleanup();
    await host.close();
  }
}

export async function benchWechat(): Promise<BenchSection> {
  const full = await runDay(true);
  const summaries = await runDay(false);
  const row = (metric: string, value: number | string, extra: Partial<BenchRow> = {}): BenchRow => ({
    section: "wechat",
    metric,
    value,
    ...extra,
  });
  const round = (x: number) => Math.round(x * 100) / 100;
  const rows: BenchRow[] = [
    row("requests/article, full-text bridges", round(full.perArticle), {
      unit: `req (${full.requests}/${full.articles})`,
      target: "≤ 0.1",
      pass: full.perArticle <= 0.1,
    }),
    row("requests/article, summary bridges", round(summaries.perArticle), {
      unit: `req (${summaries.requests}/${summaries.articles})`,
      target: "1.0, paced",
      pass: summaries.perArticle <= 1 && summaries.minGapMs >= 2000,
    }),
    row("min gap between page requests (simulated)", summaries.minGapMs, { unit: "ms", target: "≥ 2000" }),
    row("paced time of the summary day (simulated)", round(summaries.pacedSeconds), { unit: "s" }),
    row("wall time, full-text day", Math.round(full.wallMs), { unit: "ms" }),
    row("wall time, summary day", Math.round(summaries.wallMs), { unit: "ms" }),
  ];
  return { name: "wechat", rows, details: { full, summaries } };
}
