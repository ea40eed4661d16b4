/**
 * The earlier-story index at growing windows: `candidatesOf` for one day's stories against 1, 3
 * and 7 stored days, the exact index (exact-earlier-index.ts) and the bounded one
 * (earlier-story-index.ts) side by side, interleaved repeats, CPU time, medians. Two windows:
 * the run-scale corpus (articles remixed from the demo pages, as `run-scale` stores them) and a
 * generated window with planted repeats and follow-ups (src/dedup/testdata/generate-window.ts),
 * where the matches of both indexes are compared with those of scoring every earlier story.
 * Run alone: node --import tsx bench/earlier-index.ts [perDay]
 */
import { pathToFileURL } from "node:url";
import { indexEarlierStories } from "../src/dedup/earlier-story-index.ts";
import { indexEarlierStoriesExactly } from "../src/dedup/exact-earlier-index.ts";
import {
  type ArticleFeatures,
  type ClusterInput,
  clusterArticles,
  DEFAULT_THRESHOLDS,
  decodeSignature,
  type EarlierStory,
  matchEarlierStories,
  shiftDay,
} from "../src/dedup/index.ts";
import { featuresOf } from "../src/dedup/match-earlier-stories.ts";
import { generateWindow, storiesAsStored } from "../src/dedup/testdata/generate-window.ts";
import type { BenchRow, BenchSection } from "./report.ts";
import { generateArticleText } from "./run-scale-corpus.ts";

const SECTION = "earlier-index";
const DATE = "2026-03-20";
const REPEATS = 5;

interface Window {
  earlier: EarlierStory[];
  /** Today's stories as matching reads them (title and signature). */
  today: { key: string; title: string; signature: string }[];
}

function runScaleArticles(date: string, count: number): ClusterInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index,
    ...generateArticleText(date, index),
    url: `https://bench.example/${date}/${index}`,
    sourceId: `s${index % 20}`,
    publishedAt: `${date}T08:00:00.000Z`,
  }));
}

function runScaleWindow(perDay: number, days: number): Window {
  const earlier: EarlierStory[] = [];
  for (let d = days; d >= 1; d--) {
    const date = shiftDay(DATE, -d);
    earlier.push(...storiesAsStored(date, runScaleArticles(date, perDay)));
  }
  return { earlier, today: clusterArticles(runScaleArticles(DATE, perDay)) };
}

function features(stories: { title: string; signature?: string }[]): ArticleFeatures[] {
  return stories.map((s) => featuresOf(s.title, decodeSignature(s.signature)));
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface SizeResult {
  earlier: number;
  exactMs: number;
  boundedMs: number;
  exactCandidates: number;
  boundedCandidates: number;
  /** Share of the exact index's candidates the bounded index also returns. */
  candidateRecall: number;
}

/** Candidates of today's stories against the latest 1, 3 and 7 days, both indexes interleaved. */
function timeIndexes(window: Window, dayCounts: number[], perDay: number): SizeResult[] {
  const today = features(window.today);
  const all = features(window.earlier);
  const sizes = dayCounts.map((days) => {
    const stories = all.slice(Math.max(0, all.length - days * perDay));
    const exact = indexEarlierStoriesExactly(stories);
    const bounded = indexEarlierStories(stories);
    let exactCandidates = 0;
    let boundedCandidates = 0;
    let shared = 0;
    for (const f of today) {
      const e = exact.candidatesOf(f, DEFAULT_THRESHOLDS);
      const b = new Set(bounded.candidatesOf(f, DEFAULT_THRESHOLDS));
      exactCandidates += e.length;
      boundedCandidates += b.size;
      for (const i of e) if (b.has(i)) shared++;
    }
    return {
      stories,
      exact,
      bounded,
      times: { exact: [] as number[], bounded: [] as number[] },
      exactCandidates,
      boundedCandidates,
      shared,
    };
  });
  for (let r = 0; r < REPEATS; r++)
    for (const s of sizes)
      for (const which of r % 2 === 0 ? (["exact", "bounded"] as const) : (["bounded", "exact"] as const))
        s.times[which].push(
          cpuMs(() => {
            for (const f of today) s[which].candidatesOf(f, DEFAULT_THRESHOLDS);
          }),
        );
  return sizes.map((s) => ({
    earlier: s.stories.length,
    exactMs: Math.round(median(s.times.exact)),
    boundedMs: Math.round(median(s.times.bounded)),
    exactCandidates: s.exactCandidates,
    boundedCandidates: s.boundedCandidates,
    candidateRecall: s.exactCandidates === 0 ? 1 : round(s.shared / s.exactCandidates),
  }));
}

interface MatchResult {
  matches: number;
  /** Matches (today's story → earlier story and kind) of the bounded index equal to scoring every story. */
  sameAsEvery: number;
  exactSameAsEvery: number;
  /** The same, for the run's path: stored per-day segments (story-segment.ts, segment-index.ts). */
  segmentedSameAsEvery: number;
  segmentedExtra: number;
  /** Today's stories the bounded index links that scoring every story does not. */
  boundedExtra: number;
  planted: number;
  plantedFound: number;
}

function compareMatches(window: Window, planted?: { todayKey: string; earlierKey: string }[]): MatchResult {
  const every = matchEarlierStories(window.today, window.earlier, { date: DATE, exhaustive: true });
  const bounded = matchEarlierStories(window.today, window.earlier, { date: DATE });
  const exact = matchEarlierStories(window.today, window.earlier, { date: DATE, exactIndex: true });
  const segmented = matchEarlierStories(window.today, window.earlier, { date: DATE, segmented: true });
  const same = (m: typeof every) =>
    [...every].filter(([key, e]) => {
      const o = m.get(key);
      return o?.earlier.storyKey === e.earlier.storyKey && o.kind === e.kind;
    }).length;
  const extra = (m: typeof every) => [...m.keys()].filter((key) => !every.has(key)).length;
  return {
    matches: every.size,
    sameAsEvery: same(bounded),
    exactSameAsEvery: same(exact),
    segmentedSameAsEvery: same(segmented),
    segmentedExtra: extra(segmented),
    boundedExtra: extra(bounded),
    planted: planted?.length ?? 0,
    plantedFound: (planted ?? []).filter((p) => bounded.get(p.todayKey)?.earlier.storyKey === p.earlierKey)
      .length,
  };
}

function plantedWindow(perDay: number, days: number) {
  const w = generateWindow({ days, perDay, today: perDay, plantedPerDay: 6, seed: 7, date: DATE });
  const earlier = w.days.flatMap((d) => storiesAsStored(d.date, d.articles));
  const today = clusterArticles(w.today);
  const keyOf = new Map<number, string>();
  for (const c of today) keyOf.set(c.primary, c.key);
  const byUrl = new Map(w.days.flatMap((d) => d.articles).map((a) => [a.url, a.id]));
  const earlierKey = new Map(earlier.map((e) => [byUrl.get(e.url)!, e.storyKey]));
  const planted = w.planted.map((p) => ({
    todayKey: keyOf.get(p.todayId)!,
    earlierKey: earlierKey.get(p.earlierId)!,
  }));
  return { window: { earlier, today }, planted };
}

export async function benchEarlierIndex(perDay = 1000): Promise<BenchSection> {
  const days = [1, 3, 7];
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = {};
  for (const [name, build] of [
    ["run-scale corpus", () => ({ window: runScaleWindow(perDay, 7), planted: undefined })],
    ["planted window", () => plantedWindow(perDay, 7)],
  ] as const) {
    const { window, planted } = build();
    const sizes = timeIndexes(window, days, perDay);
    const first = sizes[0]!;
    const last = sizes[sizes.length - 1]!;
    for (const s of sizes)
      rows.push({
        section: SECTION,
        metric: `${name}: ${window.today.length} today × ${s.earlier} earlier, exact / bounded`,
        value: `${s.exactMs} / ${s.boundedMs} ms CPU`,
        unit: "",
      });
    rows.push(
      {
        section: SECTION,
        metric: `${name}: growth ${last.earlier}/${first.earlier} earlier, exact`,
        value: round(last.exactMs / first.exactMs),
        unit: "×",
      },
      {
        section: SECTION,
        metric: `${name}: growth ${last.earlier}/${first.earlier} earlier, bounded`,
        value: round(last.boundedMs / first.boundedMs),
        unit: "×",
        target: "≤ 1.5",
        pass: last.boundedMs / first.boundedMs <= 1.5,
      },
      {
        section: SECTION,
        metric: `${name}: candidates recall vs exact at ${last.earlier}`,
        value: last.candidateRecall,
        unit: `(${last.boundedCandidates} of ${last.exactCandidates})`,
      },
    );
    const matches = compareMatches(window, planted);
    rows.push({
      section: SECTION,
      metric: `${name}: matches as scoring every story (bounded · exact index · segments)`,
      value: `${matches.sameAsEvery} · ${matches.exactSameAsEvery} · ${matches.segmentedSameAsEvery} of ${matches.matches}`,
      unit: matches.boundedExtra > 0 ? `(+${matches.boundedExtra} links only the bounded index makes)` : "",
      target: "all",
      pass: matches.sameAsEvery === matches.matches && matches.boundedExtra === 0,
    });
    if (matches.segmentedExtra > 0)
      rows.push({
        section: SECTION,
        metric: `${name}: links only the segments make`,
        value: matches.segmentedExtra,
        unit: "",
      });
    if (planted)
      rows.push({
        section: SECTION,
        metric: `${name}: planted pairs matched`,
        value: `${matches.plantedFound} of ${matches.planted}`,
        unit: "",
        target: "all",
        pass: matches.plantedFound === matches.planted,
      });
    details[name] = { sizes, matches };
  }
  return { name: SECTION, rows, details };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await benchEarlierIndex(Number(process.argv[2] ?? 1000));
  for (const row of section.rows)
    console.log(
      `${row.metric}  ${row.value} ${row.unit ?? ""}${row.target ? `  [${row.target}: ${row.pass ? "ok" : "FAIL"}]` : ""}`,
    );
  console.log(JSON.stringify(section.details));
}
