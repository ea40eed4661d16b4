// The run-scale bench's rows: per size, per day, and the growth ratios against the targets.
import type { BenchRow } from "./report.ts";
import { type DayFigures, seconds } from "./run-scale-figures.ts";

export function sizeRows(section: string, day: DayFigures): BenchRow[] {
  const label = `${day.articles} articles`;
  const rssTarget = day.articles === 1000 ? 300 : day.articles === 10000 ? 600 : undefined;
  const stages = Object.entries(day.stages)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(" · ");
  return [
    {
      section,
      metric: `${label}: wall`,
      value: seconds(day.wallMs),
      unit: `s (${day.status}, ${day.entries} entries)`,
    },
    { section, metric: `${label}: ms/article`, value: day.wallMs / day.articles, unit: "ms" },
    {
      section,
      metric: `${label}: peak RSS`,
      value: day.peakRssMb,
      unit: "MB",
      ...(rssTarget ? { target: `≤ ${rssTarget} MB`, pass: day.peakRssMb <= rssTarget } : {}),
    },
    {
      section,
      metric: `${label}: peak heap (heapUsed) of the limit`,
      value: `${day.peakHeapMb ?? "?"} of ${day.heapLimitMb ?? "?"}`,
      unit: "MB",
    },
    { section, metric: `${label}: stages`, value: stages, unit: "s" },
  ];
}

function ratioRow(section: string, metric: string, ratio: number, limit?: number): BenchRow {
  return {
    section,
    metric,
    value: Math.round(ratio * 100) / 100,
    unit: "×",
    ...(limit ? { target: `≤ ${limit}×`, pass: ratio <= limit } : {}),
  };
}

function perDayOf(daily: DayFigures[], value: (d: DayFigures) => number): string {
  return daily.map((d) => seconds(value(d))).join(" / ");
}

/** Day N against day 1 (wall and dedup: ≤ 1.2×), and the last day against the median of days 2…N−1. */
export function dayRatioRows(section: string, daily: DayFigures[], label: string): BenchRow[] {
  if (daily.length < 2) return [];
  const first = daily[0]!;
  const last = daily.at(-1)!;
  const out: BenchRow[] = [];
  for (const [stage, limit] of [
    ["wall", 1.2],
    ["dedup", 1.2],
    ["publish", undefined],
  ] as const) {
    const of = (d: DayFigures) => (stage === "wall" ? d.wallMs : (d.stages[stage] ?? 0));
    out.push(
      ratioRow(
        section,
        `day ${daily.length} / day 1 ${stage}${label}`,
        of(last) / Math.max(1, of(first)),
        limit,
      ),
    );
  }
  // The same ratios in CPU time: what the code costs, less what the machine's load adds.
  if (first.cpuMs && last.cpuMs)
    for (const stage of ["run", "dedup", "publish"] as const) {
      const of = (d: DayFigures) => (stage === "run" ? (d.cpuMs ?? 0) : (d.stagesCpu?.[stage] ?? 0));
      out.push(
        ratioRow(
          section,
          `day ${daily.length} / day 1 ${stage} CPU${label}`,
          of(last) / Math.max(1, of(first)),
        ),
      );
    }
  return out;
}

/** One checkout's days (`label` names the days and the checkout): times, CPU, RSS, heap and load per day. */
export function dayRows(section: string, label: string, daily: DayFigures[], perDay: number): BenchRow[] {
  return [
    { section, metric: `${label}: wall per day`, value: perDayOf(daily, (d) => d.wallMs), unit: "s" },
    ...["dedup", "publish"].map((stage) => ({
      section,
      metric: `${label}: ${stage} per day`,
      value: perDayOf(daily, (d) => d.stages[stage] ?? 0),
      unit: "s",
    })),
    {
      section,
      metric: `${label}: CPU per day (whole run · dedup · publish)`,
      value: daily
        .map((d) =>
          [d.cpuMs ?? 0, d.stagesCpu?.dedup ?? 0, d.stagesCpu?.publish ?? 0].map(seconds).join(" · "),
        )
        .join(" / "),
      unit: "s",
    },
    {
      section,
      metric: `${label}: peak RSS per day`,
      value: daily.map((d) => d.peakRssMb).join(" / "),
      unit: "MB",
      ...(perDay === 1000 ? { target: "≤ 300 MB", pass: daily.every((d) => d.peakRssMb <= 300) } : {}),
    },
    {
      section,
      metric: `${label}: peak heap (heapUsed) per day`,
      value: daily.map((d) => d.peakHeapMb ?? 0).join(" / "),
      unit: `MB (limit ${daily[0]?.heapLimitMb ?? "?"} MB)`,
    },
    {
      section,
      metric: `${label}: load per day`,
      value: daily.map((d) => d.load ?? 0).join(" / "),
      unit: "",
    },
  ];
}

/** The largest size against the smallest: wall, dedup and publish (limits only for 1k → 10k). */
export function scaleRatioRows(section: string, bySize: DayFigures[]): BenchRow[] {
  const small = bySize[0];
  const large = bySize.at(-1);
  if (!small || !large || large === small) return [];
  const scale = large.articles / small.articles;
  // The limits are for 1k → 10k; other spans are shown without a target.
  const limits = small.articles === 1000 && large.articles === 10000;
  const label = `${large.articles}/${small.articles}`;
  return [
    ratioRow(
      section,
      `wall ${label} (articles ×${scale})`,
      large.wallMs / small.wallMs,
      limits ? 11 : undefined,
    ),
    ...["dedup", "publish"].map((stage) =>
      ratioRow(
        section,
        `${stage} ${label}`,
        (large.stages[stage] ?? 0) / Math.max(1, small.stages[stage] ?? 0),
        limits ? 12 : undefined,
      ),
    ),
  ];
}
