import type { Database } from "better-sqlite3";
import { briefingIdOf, briefingTag } from "../model/briefing-id.ts";
import type { Briefing } from "../model/index.ts";
import { upgradeStoredBriefing } from "../model/problem.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { nullable, optional, parseJson, toUtcIso } from "./values.ts";

export interface BriefingRow {
  briefing_id?: string;
  date: string;
  generated_at: string;
  json: string;
  outputs: string;
  entries: number;
  run_id: number | null;
}

export interface StoredBriefing {
  /** Which briefing of the install (config `briefings`); absent: the default one. */
  briefingId?: string;
  /** YYYY-MM-DD. */
  date: string;
  generatedAt: string;
  /** The briefing as published. */
  briefing: Briefing;
  /** Output format → file path. */
  outputs: Record<string, string>;
  runId?: number;
}

export type SaveBriefingInput = StoredBriefing;

export interface BriefingSummary {
  date: string;
  generatedAt: string;
  entries: number;
}

/** A line of the archive index: the summary plus the first entries' titles. */
export interface BriefingHeadline extends BriefingSummary {
  topTitles: string[];
  /** Output format → file path, as stored with the briefing. */
  outputs: Record<string, string>;
}

export function toBriefing(row: BriefingRow): StoredBriefing {
  const briefing: StoredBriefing = {
    ...briefingTag(row.briefing_id),
    date: row.date,
    generatedAt: row.generated_at,
    // Briefings stored before problems were data hold them as text: read as Problem records.
    briefing: upgradeStoredBriefing(JSON.parse(row.json) as Briefing),
    outputs: parseJson<Record<string, string>>(row.outputs, {}),
  };
  const runId = optional(row.run_id);
  if (runId !== undefined) briefing.runId = runId;
  return briefing;
}

/** Counts entries without trusting the shape: a briefing with no items list counts 0. */
export function countEntries(briefing: Briefing): number {
  return Array.isArray(briefing.items) ? briefing.items.length : 0;
}

/** One briefing per (briefing id, date); a re-run replaces it. */
export class BriefingTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  saveBriefing(input: SaveBriefingInput): void {
    this.sql(
      `INSERT INTO briefings (briefing_id, date, generated_at, json, outputs, entries, run_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(briefing_id, date) DO UPDATE SET generated_at = excluded.generated_at, json = excluded.json,
         outputs = excluded.outputs, entries = excluded.entries, run_id = excluded.run_id,
         updated_at = excluded.updated_at`,
    ).run(
      briefingIdOf(input.briefingId),
      input.date,
      toUtcIso(input.generatedAt),
      JSON.stringify(input.briefing),
      JSON.stringify(input.outputs),
      countEntries(input.briefing),
      nullable(input.runId),
      this.now().toISOString(),
    );
  }

  getBriefing(date: string, briefingId?: string): StoredBriefing | undefined {
    const row = this.sql("SELECT * FROM briefings WHERE briefing_id = ? AND date = ?").get(
      briefingIdOf(briefingId),
      date,
    ) as BriefingRow | undefined;
    return row && toBriefing(row);
  }

  /**
   * Every published date with its generation time, oldest first, without touching the JSON:
   * `date` and `generated_at` come before it in the row, so SQLite never walks the JSON's overflow
   * pages (listBriefings reads `entries`, stored after the JSON, and so walks every briefing).
   */
  listBriefingDates(briefingId?: string): { date: string; generatedAt: string }[] {
    const rows = this.sql("SELECT date, generated_at FROM briefings WHERE briefing_id = ? ORDER BY date").all(
      briefingIdOf(briefingId),
    ) as Pick<BriefingRow, "date" | "generated_at">[];
    return rows.map((row) => ({ date: row.date, generatedAt: row.generated_at }));
  }

  /** Newest date first. */
  listBriefings(briefingId?: string): BriefingSummary[] {
    const rows = this.sql(
      "SELECT date, generated_at, entries FROM briefings WHERE briefing_id = ? ORDER BY date DESC",
    ).all(briefingIdOf(briefingId)) as Pick<BriefingRow, "date" | "generated_at" | "entries">[];
    return rows.map((row) => ({ date: row.date, generatedAt: row.generated_at, entries: row.entries }));
  }

  /**
   * Newest date first, with the first `top` entries' titles read inside SQLite: the archive index
   * needs no briefing parsed in JavaScript, however many days are stored.
   */
  listBriefingHeadlines(top = 3, briefingId?: string): BriefingHeadline[] {
    const picks = Array.from({ length: top }, (_, i) => `json_extract(json, '$.items[${i}].entry.title')`);
    const rows = this.sql(
      `SELECT date, generated_at, entries, outputs, json_array(${picks.join(", ")}) AS titles
       FROM briefings WHERE briefing_id = ? ORDER BY date DESC`,
    ).all(briefingIdOf(briefingId)) as (Pick<BriefingRow, "date" | "generated_at" | "entries" | "outputs"> & {
      titles: string;
    })[];
    return rows.map((row) => ({
      date: row.date,
      generatedAt: row.generated_at,
      entries: row.entries,
      outputs: parseJson<Record<string, string>>(row.outputs, {}),
      topTitles: parseJson<unknown[]>(row.titles, []).filter((t): t is string => typeof t === "string"),
    }));
  }
}
