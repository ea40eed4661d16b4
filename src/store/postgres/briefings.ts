import { briefingIdOf } from "../../model/briefing-id.ts";
import {
  type BriefingHeadline,
  type BriefingRow,
  type BriefingSummary,
  countEntries,
  type DigestRow,
  digestValues,
  FEED_ENTRIES_SQL,
  HEADLINES_SQL,
  SAVE_DIGEST_SQL,
  type SaveBriefingInput,
  type StoredBriefing,
  type StoredFeedEntry,
  toBriefing,
  toFeedEntry,
  toHeadline,
} from "../briefings.ts";
import {
  DELETE_PUBLISHED_ENTRIES_SQL,
  INSERT_PUBLISHED_ENTRY_SQL,
  publishedEntryParams,
} from "../published-entries.ts";
import { nullable, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** One briefing per (briefing id, date); a re-run replaces it (the Postgres form of ../briefings.ts). */
export class PgBriefingTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  /** The briefing, its digest (index line, feed entry) and its published entries together. */
  async saveBriefing(input: SaveBriefingInput): Promise<void> {
    await this.sql.atomic(async (tx) => {
      await this.saveBriefingRow(tx, input);
      await tx.run(SAVE_DIGEST_SQL, digestValues(input));
      await tx.run(DELETE_PUBLISHED_ENTRIES_SQL, [briefingIdOf(input.briefingId), input.date]);
      for (const params of publishedEntryParams(input)) await tx.run(INSERT_PUBLISHED_ENTRY_SQL, params);
    });
  }

  private async saveBriefingRow(sql: Sql, input: SaveBriefingInput): Promise<void> {
    await sql.run(
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
      "SELECT date, generated_at, entries FROM briefing_digests WHERE briefing_id = ? ORDER BY date DESC",
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

  /** Newest date first, the first `top` entries' titles, from the digests (no briefing read). */
  async listBriefingHeadlines(top = 3, briefingId?: string): Promise<BriefingHeadline[]> {
    const rows = await this.sql.rows<DigestRow>(HEADLINES_SQL, [briefingIdOf(briefingId)]);
    return rows.map((row) => toHeadline(row, top));
  }

  /** The latest `limit` days' feed entries, newest first. */
  async listFeedEntries(limit: number, briefingId?: string): Promise<StoredFeedEntry[]> {
    const rows = await this.sql.rows<Parameters<typeof toFeedEntry>[0]>(FEED_ENTRIES_SQL, [
      briefingIdOf(briefingId),
      Math.max(0, Math.trunc(limit)),
    ]);
    return rows.map(toFeedEntry);
  }
}
