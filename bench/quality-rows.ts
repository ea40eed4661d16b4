// The quality bench's tallies and rows: one tally for the whole set and one per held-out group
// (articles written after the analyser was tuned, each round's before its changes), and the rows
// that report them against their targets.

import { NEWS_ROWS, NEWS_TALLY } from "./quality-news.ts";
import { heldOutRows } from "./quality-outputs.ts";
import { READER_ROWS, READER_TALLY } from "./quality-reader.ts";
import type { BenchRow } from "./report.ts";

export function newTally() {
  return structuredClone({
    summary: [0, 0],
    standalone: [0, 0],
    org: [0, 0],
    bullets: [0, 0],
    figures: [0, 0],
    stars: [0, 0],
    feedOnly: [0, 0],
    notices: [0, 0],
    headline: [0, 0],
    repeats: [0, 0],
    labels: [0, 0],
    subjects: [0, 0],
    echoes: [0, 0],
    asks: [0, 0],
    plans: [0, 0],
    english: [0, 0],
    subject: [0, 0],
    resources: [0, 0],
    insight: [0, 0],
    grounded: [0, 0],
    lists: [0, 0],
    ...NEWS_TALLY,
    ...READER_TALLY,
  });
}
export type Tally = ReturnType<typeof newTally>;
export type TallyKey = keyof Tally;

/**
 * The groups measured apart: the demo day's pages, and the held-out groups, newest first: holdout-v14-*.md were written (and labelled) for the v14 round before its changes,
 * holdout-v13-*.md for v13,
 * holdout-v12-*.md for v12 before its changes, holdout-v11-*.md for v11, holdout-v10-*.md for v10, holdout-v8-*.md for v8, holdout-v7-*.md for v7, holdout-*.md for earlier rounds.
 */
export const HELD_OUT_GROUPS: [prefix: string, name: string][] = [
  ["demo/", "demo day (its 22 pages)"],
  ["/holdout-v14-", "held-out (v14 round, written before its changes)"],
  ["/holdout-v13-", "held-out (v13 round, written before its changes)"],
  ["/holdout-v12-", "held-out (v12 round, written before its changes)"],
  ["/holdout-v11-", "held-out (v11 round, written before its changes)"],
  ["/holdout-v10-", "held-out (v10 round, written before its changes)"],
  ["/holdout-v8-", "held-out (v8 round, written before its changes)"],
  ["/holdout-v7-", "held-out (v7 round, written before its changes)"],
  ["/holdout-", "held-out (earlier rounds)"],
];

/** The group (demo or held-out) a case belongs to (its first matching prefix), if any. */
export function heldOutGroupOf(id: string): string | undefined {
  return HELD_OUT_GROUPS.find(([prefix]) => id.includes(prefix))?.[1];
}

export function qualityRows(tally: Tally, heldOut: Map<string, Tally>, articles: number): BenchRow[] {
  const rate = (k: TallyKey) => (tally[k][1]! === 0 ? 1 : tally[k][0]! / tally[k][1]!);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (metric: string, k: TallyKey, target: number): BenchRow => ({
    section: "quality",
    metric: `${metric} (${tally[k][0]}/${tally[k][1]})`,
    value: pct(rate(k)),
    target: `≥ ${target * 100} %`,
    pass: rate(k) >= target,
  });
  return [
    { section: "quality", metric: "articles (demo + own)", value: articles },
    row("summary = a labelled news sentence", "summary", 0.85),
    row("summaries with no back-reference they do not carry (这个问题, 这件事, …，则)", "standalone", 1),
    row("org = actor", "org", 0.9),
    row("entries without dangling/anaphoric/ad/empty bullets", "bullets", 1),
    row("labelled figures reaching 实验数据", "figures", 0.8),
    row("★ within the labelled band", "stars", 0.85),
    row("feed-only entries marked 仅摘要 (md, html, json)", "feedOnly", 1),
    row("notice feed texts not published", "notices", 1),
    row("summaries stating the headline's figure (when the article states it)", "headline", 0.8),
    row("entries with no bullet only repeating other bullets' figures", "repeats", 0.95),
    row("entries with no bullet of two label colons (intro：label：…)", "labels", 1),
    row("entries whose 实验数据 bullets keep their subject (no bare 在 X 上得分 …)", "subjects", 1),
    row(
      "entries with no bullet echoing the summary (核心技术/独家洞察) or opening with a lead-in",
      "echoes",
      0.9,
    ),
    row("entries with no question bullet nor a back-reference behind 据介绍，/需要注意的是，", "asks", 1),
    row("entries whose 实验数据 states no plan (计划, 目标是, 将用于)", "plans", 1),
    row("English articles whose summary has no CJK punctuation", "english", 1),
    row("summaries naming what the article is about (labelled subject)", "subject", 0.9),
    row("entries whose 相关资源 the article links, with no promotion link", "resources", 1),
    row("entries whose 独家洞察 carries the article's stated limit (labelled)", "insight", 0.8),
    row("entries with every claim grounded in the article (verification)", "grounded", 1),
    row("entries showing each labelled list (名称：… lines) whole or not at all", "lists", 0.95),
    ...NEWS_ROWS.map(([metric, key, target]) => row(metric, key, target)),
    ...READER_ROWS.map(([metric, key, target]) => row(metric, key, target)),
    ...[...HELD_OUT_GROUPS]
      .reverse()
      .flatMap(([, name]) => (heldOut.has(name) ? heldOutRows(name, heldOut.get(name)!) : [])),
  ];
}
