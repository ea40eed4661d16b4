import type { Database } from "better-sqlite3";
import { briefingIdOf, briefingTag } from "../model/briefing-id.ts";
import type { Briefing } from "../model/index.ts";
import { upgradeStoredBriefing } from "../model/problem.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import {
  DELETE_PUBLISHED_ENTRIES_SQL,
  INSERT_PUBLISHED_ENTRY_SQL,
  publishedEntryParams,
} from "./published-entries.ts";
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

export interface SaveBriefingInput extends StoredBriefing {
  /**
   * The day's entry of the Atom feed as published (an HTML fragment, its entries capped), kept beside
   * the briefing so the feed is built from stored entries, never by parsing stored briefings. None:
   * the feed renders the day from its stored briefing (the latest days only, see listFeedEntries).
   */
  feedHtml?: string;
}

/** Titles kept per day for the archive index (listBriefingHeadlines' `top` is capped to this). */
export const HEADLINE_TITLES = 5;

/** A day's stored feed entry (listFeedEntries): `html` absent when the day was saved without one. */
export interface StoredFeedEntry {
  date: string;
  generatedAt: string;
  /** The briefing's time zone ("" for a day stored before digests when its JSON had none). */
  timezone: string;
  html?: string;
}

/** What a day's digest row holds, from the briefing (the store reads only model fields). */
export function digestOf(input: SaveBriefingInput): {
  timezone: string;
  entries: number;
  topTitles: string;
} {
  const items = Array.isArray(input.briefing.items) ? input.briefing.items : [];
  const titles = items.slice(0, HEADLINE_TITLES).map((item) => {
    const title = (item as { entry?: { title?: unknown } } | undefined)?.entry?.title;
    return typeof title === "string" ? title : null;
  });
  const timezone = input.briefing.timezone;
  return {
    timezone: typeof timezone === "string" ? timezone : "",
    entries: countEntries(input.briefing),
    topTitles: JSON.stringify(titles),
  };
}

export interface DigestRow {
  date: string;
  generated_at: string;
  timezone: string;
  entries: number;
  top_titles: string;
  outputs: string;
}

export function toHeadline(row: DigestRow, top: number): BriefingHeadline {
  return {
    date: row.date,
    generatedAt: row.generated_at,
    entries: row.entries,
    outputs: parseJson<Record<string, string>>(row.outputs, {}),
    topTitles: parseJson<unknown[]>(row.top_titles, [])
      .slice(0, top)
      .filter((t): t is string => typeof t === "string"),
  };
}

export function toFeedEntry(row: {
  date: string;
  generated_at: string;
  timezone: string;
  feed_html: string | null;
}): StoredFeedEntry {
  const entry: StoredFeedEntry = { date: row.date, generatedAt: row.generated_at, timezone: row.timezone };
  if (row.feed_html !== null) entry.html = row.feed_html;
  return entry;
}

/** The digest upsert, the same text for both backends. */
export const SAVE_DIGEST_SQL = `INSERT INTO briefing_digests (briefing_id, date, generated_at, timezone, entries, top_titles, outputs, feed_html)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(briefing_id, date) DO UPDATE SET generated_at = excluded.generated_at, timezone = excluded.timezone,
         entries = excluded.entries, top_titles = excluded.top_titles, outputs = excluded.outputs,
         feed_html = excluded.feed_html`;

/** The digest's values in SAVE_DIGEST_SQL's order. */
export function digestValues(input: SaveBriefingInput): unknown[] {
  const digest = digestOf(input);
  return [
    briefingIdOf(input.briefingId),
    input.date,
    toUtcIso(input.generatedAt),
    digest.timezone,
    digest.entries,
    digest.topTitles,
    JSON.stringify(input.outputs),
    nullable(input.feedHtml),
  ];
}

/** One briefing's digests (bound: its id). */
export const HEADLINES_SQL = `SELECT date, generated_at, timezone, entries, top_titles, outputs
       FROM briefing_digests WHERE briefing_id = ? ORDER BY date DESC`;

/** Bound: the briefing id, the limit. */
export const FEED_ENTRIES_SQL = `SELECT date, generated_at, timezone, feed_html FROM briefing_digests
       WHERE briefing_id = ? ORDER BY date DESC LIMIT ?`;

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
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  /** The briefing, its digest (index line, feed entry) and its published entries together. */
  saveBriefing(input: SaveBriefingInput): void {
    this.db.transaction(() => {
      this.saveBriefingRow(input);
      this.sql(SAVE_DIGEST_SQL).run(...digestValues(input));
      this.sql(DELETE_PUBLISHED_ENTRIES_SQL).run(briefingIdOf(input.briefingId), input.date);
      for (const params of publishedEntryParams(input)) this.sql(INSERT_PUBLISHED_ENTRY_SQL).run(...params);
    })();
  }

  private saveBriefingRow(input: SaveBriefingInput): void {
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

  /** Newest date first (from the digests: no briefing's JSON is walked). */
  listBriefings(briefingId?: string): BriefingSummary[] {
    const rows = this.sql(
      "SELECT date, generated_at, entries FROM briefing_digests WHERE briefing_id = ? ORDER BY date DESC",
    ).all(briefingIdOf(briefingId)) as Pick<BriefingRow, "date" | "generated_at" | "entries">[];
    return rows.map((row) => ({ date: row.date, generatedAt: row.generated_at, entries: row.entries }));
  }

  /**
   * Newest date first, with the first `top` (at most HEADLINE_TITLES) entries' titles, from the
   * digests written with each briefing: no briefing's JSON is read, however many days are stored.
   */
  listBriefingHeadlines(top = 3, briefingId?: string): BriefingHeadline[] {
    const rows = this.sql(HEADLINES_SQL).all(briefingIdOf(briefingId)) as DigestRow[];
    return rows.map((row) => toHeadline(row, top));
  }

  /** The latest `limit` days' feed entries, newest first: one indexed range, whatever is stored. */
  listFeedEntries(limit: number, briefingId?: string): StoredFeedEntry[] {
    const rows = this.sql(FEED_ENTRIES_SQL).all(
      briefingIdOf(briefingId),
      Math.max(0, Math.trunc(limit)),
    ) as Parameters<typeof toFeedEntry>[0][];
    return rows.map(toFeedEntry);
  }
}
