// The bench's output: one fixed-width table for people, then one JSON line for machines.
//
// Output contract (documented here on purpose): the LAST line `npm run bench` writes to stdout is a
// single JSON object `{"bench":"daybrief","at":…,"node":…,"sections":[{name,rows,details}]}`, so a CI
// job can keep it with `npm run bench | tail -n 1 > bench-results.json`. No file is written into the
// repository. The bench reports; it never fails the build: FAIL rows are printed loudly instead.

import { loadavg } from "node:os";

/** The 1-minute load average, rounded: it goes with every latency figure (the machine is shared). */
export const machineLoad = () => Math.round(loadavg()[0]! * 100) / 100;

/** One measured figure. `pass` is undefined for figures without a target (informational rows). */
export interface BenchRow {
  section: string;
  metric: string;
  value: number | string;
  unit?: string;
  /** Human-readable target, e.g. "≤ 30 ms". */
  target?: string;
  pass?: boolean;
}

/** What a bench section returns: its rows plus free-form details for the JSON. */
export interface BenchSection {
  name: string;
  rows: BenchRow[];
  details?: Record<string, unknown>;
}

export interface TimeSummary {
  n: number;
  median: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
}

/** Median, p90 (nearest rank), mean, min and max of a list of durations in ms. */
export function summariseTimes(samples: readonly number[]): TimeSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0)
    return { n: 0, median: Number.NaN, p90: Number.NaN, mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  const rank = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  return { n, median, p90: rank(0.9), mean, min: sorted[0]!, max: sorted[n - 1]! };
}

/** Rounds for display and JSON: 2 decimals under 10, 1 decimal above. */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) < 10 ? Math.round(value * 100) / 100 : Math.round(value * 10) / 10;
}

/**
 * Accepts what another helper's section returned (a BenchSection, a bare row list, or any plain
 * result object) and turns it into a BenchSection, so one odd return value cannot break the report.
 */
export function normaliseSection(name: string, result: unknown): BenchSection {
  const fillRows = (rows: unknown[]): BenchRow[] =>
    rows.map((row) => {
      const r = (row ?? {}) as Partial<BenchRow>;
      return {
        ...r,
        section: r.section ?? name,
        metric: String(r.metric ?? "?"),
        value: r.value ?? "",
      } as BenchRow;
    });
  if (Array.isArray(result)) return { name, rows: fillRows(result) };
  if (result && typeof result === "object" && Array.isArray((result as BenchSection).rows)) {
    const section = result as BenchSection;
    return { name: section.name ?? name, rows: fillRows(section.rows), details: section.details };
  }
  if (result && typeof result === "object") {
    const rows = flattenRows(name, result as Record<string, unknown>, "");
    return { name, rows, details: result as Record<string, unknown> };
  }
  return { name, rows: [{ section: name, metric: "result", value: String(result) }] };
}

/** A plain result object becomes one row per number/string/boolean leaf ("timeMs.total"); lists stay in the JSON. */
function flattenRows(section: string, value: Record<string, unknown>, prefix: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [key, leaf] of Object.entries(value)) {
    const metric = prefix ? `${prefix}.${key}` : key;
    if (typeof leaf === "number" || typeof leaf === "string") rows.push({ section, metric, value: leaf });
    else if (typeof leaf === "boolean") rows.push({ section, metric, value: String(leaf) });
    else if (leaf && typeof leaf === "object" && !Array.isArray(leaf) && prefix.split(".").length < 3)
      rows.push(...flattenRows(section, leaf as Record<string, unknown>, metric));
  }
  return rows;
}

function passLabel(pass: boolean | undefined): string {
  if (pass === undefined) return "";
  return pass ? "pass" : "FAIL <<<";
}

function displayValue(row: BenchRow): string {
  const value = typeof row.value === "number" ? String(roundFigure(row.value)) : row.value;
  return row.unit ? `${value} ${row.unit}` : value;
}

/** Pads by code points; CJK cells may be a little wider on screen, which is acceptable for a bench. */
function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + " ".repeat(width - length);
}

/** The fixed-width table: section, metric, value, target, pass. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ["section", "metric", "value", "target", "pass"];
  const cells = rows.map((r) => [r.section, r.metric, displayValue(r), r.target ?? "", passLabel(r.pass)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => pad(c, widths[i]!))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...cells.map(line)].join("\n");
}

/** The final JSON object (one line). Values are rounded the same way as in the table. */
export function formatJson(sections: readonly BenchSection[], meta: Record<string, unknown>): string {
  const rounded = sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => (typeof r.value === "number" ? { ...r, value: roundFigure(r.value) } : r)),
  }));
  return JSON.stringify({ bench: "daybrief", ...meta, sections: rounded });
}

/** Prints the table, a one-line verdict naming every FAIL row, then the JSON line (last). */
export function printReport(
  sections: readonly BenchSection[],
  meta: Record<string, unknown>,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  const rows = sections.flatMap((s) => s.rows);
  write(`\n${formatTable(rows)}\n\n`);
  const failed = rows.filter((r) => r.pass === false);
  const judged = rows.filter((r) => r.pass !== undefined).length;
  if (failed.length === 0) write(`targets: all ${judged} met\n`);
  else
    write(
      `targets: ${failed.length} of ${judged} FAILED: ${failed.map((r) => `${r.section}/${r.metric}`).join(", ")}\n`,
    );
  write(`${formatJson(sections, meta)}\n`);
}
