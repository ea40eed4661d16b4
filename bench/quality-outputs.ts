// The quality bench's helpers apart from its checks: one entry rendered as every output (md, html,
// json) to see the 仅摘要 mark, the rows of a held-out group, and a section's bullets flattened.
import type { Briefing, BriefingItem, Bullet, Entry } from "../src/model/index.ts";
import { renderHtml, renderJson, renderMarkdown } from "../src/render/index.ts";
import type { BenchRow } from "./report.ts";

/** One row per metric a held-out group measured: its own pass count, apart from the whole set. */
export function heldOutRows(group: string, t: Record<string, number[]>): BenchRow[] {
  return Object.entries(t)
    .filter(([, [, n]]) => n! > 0)
    .map(([k, [ok, n]]) => ({ section: "quality", metric: `${group}: ${k}`, value: `${ok}/${n}` }));
}

export function renderAll(entry: Entry, feedOnly: boolean): string[] {
  const item: BriefingItem = {
    entry,
    sourceId: "bench",
    sourceName: "bench",
    sourceOrder: 0,
    url: "https://example.com/a",
    publishedAt: "2026-02-04T03:00:00Z",
    analyser: { kind: "offline", name: "offline-extractive", promptVersion: "offline-v13" },
    ...(feedOnly ? { articleStatus: "feed-only" } : {}),
  };
  const briefing: Briefing = {
    date: "2026-02-04",
    timezone: "Asia/Shanghai",
    generatedAt: "2026-02-04T12:00:00Z",
    items: [item],
    coverage: [],
    analysers: [],
    minStars: 1,
    notes: [],
  };
  return [renderMarkdown(briefing), renderHtml(briefing), renderJson(briefing)];
}

export function flatten(bullets: Bullet[]): string[] {
  return bullets.flatMap((b) => [b.text, ...flatten(b.children ?? [])]);
}
