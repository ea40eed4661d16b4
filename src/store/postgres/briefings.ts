import { briefingIdOf } from "../../model/briefing-id.ts";
import {
  type BriefingHeadline,
  type BriefingRow,
  type BriefingSummary,
  countEntries,
  type SaveBriefingInput,
  type StoredBriefing,
  toBriefing,
} from "../briefings.ts";
import { nullable, parseJson, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** One briefing per (briefing id, date); a re-run replaces it (the Postgres form of ../briefings.ts). */
export class PgBriefingTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async saveBriefing(input: SaveBriefingInput): Promise<void> {
    await this.sql.run(
      `INSERT INTO briefings (briefing_id, date, generated_at, json, outputs, entries, run_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(briefing_id, date) DO UPDATE SET generated_at = excluded.generated_at, json = excluded.json,
         outputs = excluded.outputs, entries = excluded.entries, run_id = excluded.run_id,
         updated_at = excluded.updated_at`,
      [
        briefingIdOf(input.briefingId),
        input.date,
        toUtcIso(input.generatedAt),
        JSON.stringify(input.briefing),
        JSON.stringify(input.outputs),
        countEntries(input.briefing),
        nullable(input.runId),
        this.now().toISOString(),
      ],
    );
  }

  async getBriefing(date: string, briefingId?: string): Promise<StoredBriefing | undefined> {
    const row = await this.sql.row<BriefingRow>(
      "SELECT * FROM briefings WHERE briefing_id = ? AND date = ?",
      [briefingIdOf(briefingId), date],
    );
    return row && toBriefing(row);
  }

  async listBriefings(briefingId?: string): Promise<BriefingSummary[]> {
    const rows = await this.sql.rows<Pick<BriefingRow, "date" | "generated_at" | "entries">>(
      "SELECT date, generated_at, entries FROM briefings WHERE briefing_id = ? ORDER BY date DESC",
      [briefingIdOf(briefingId)],
    );
    return rows.map((row) => ({ date: row.date, generatedAt: row.generated_at, entries: row.entries }));
  }

  /** Published dates with their generation time, oldest first (reads no briefing's body). */
  async listBriefingDates(briefingId?: string): Promise<{ date: string; generatedAt: string }[]> {
    const rows = await this.sql.rows<Pick<BriefingRow, "date" | "generated_at">>(
      "SELECT date, generated_at FROM briefings WHERE briefing_id = ? ORDER BY date",
      [briefingIdOf(briefingId)],
    );
    return rows.map((row) => ({ date: row.date, generatedAt: row.generated_at }));
  }

  /** Newest date first, the first `top` entries' titles read inside Postgres (no briefing parsed here). */
  async listBriefingHeadlines(top = 3, briefingId?: string): Promise<BriefingHeadline[]> {
    const picks = Array.from({ length: top }, (_, i) => `json::json #> '{items,${i},entry,title}'`);
    const rows = await this.sql.rows<
      Pick<BriefingRow, "date" | "generated_at" | "entries" | "outputs"> & { titles: unknown[] }
    >(
      `SELECT date, generated_at, entries, outputs, json_build_array(${picks.join(", ")}) AS titles
       FROM briefings WHERE briefing_id = ? ORDER BY date DESC`,
      [briefingIdOf(briefingId)],
    );
    return rows.map((row) => ({
      date: row.date,
      generatedAt: row.generated_at,
      entries: row.entries,
      outputs: parseJson<Record<string, string>>(row.outputs, {}),
      topTitles: row.titles.filter((t): t is string => typeof t === "string"),
    }));
  }
}
