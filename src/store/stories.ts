import type { Database } from "better-sqlite3";
import { briefingIdOf } from "../model/briefing-id.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { bytesOf, compact, nullable, optional, parseJson } from "./values.ts";

export interface SaveStoryInput {
  /** Briefing date the story was published in (YYYY-MM-DD). */
  date: string;
  /** The cluster's stable key within the date (dedup decides what it is). */
  storyKey: string;
  primaryArticleId: number;
  memberArticleIds: number[];
  /** A similarity signature (simhash, keyword set …) a later day can compare against. */
  signature?: string;
}

/** A published story, with its primary article's title and URL for 「后续报道」 links. */
export interface Story extends SaveStoryInput {
  id: number;
  primaryTitle: string;
  primaryUrl: string;
}

export interface StoryRow {
  id: number;
  date: string;
  story_key: string;
  primary_article_id: number;
  member_article_ids: string;
  signature: string | null;
  title: string;
  url: string;
}

export function byDateAndId(a: { date: string; id: number }, b: { date: string; id: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

export function toStory(row: StoryRow): Story {
  return compact({
    id: row.id,
    date: row.date,
    storyKey: row.story_key,
    primaryArticleId: row.primary_article_id,
    memberArticleIds: parseJson<number[]>(row.member_article_ids, []),
    signature: optional(row.signature),
    primaryTitle: row.title,
    primaryUrl: row.url,
  });
}

/** A date of stored stories and its earlier-story index segment (undefined: none stored yet). */
export interface StorySegmentRow {
  date: string;
  data?: Uint8Array;
}

/** At most this many ids per `IN (…)` (SQLite's variable limit is 32766; Postgres has none this low). */
export const IDS_PER_QUERY = 500;

/** Parameters: briefing id, from, before, briefing id. */
export const SEGMENTS_SQL = `SELECT d.date, g.data
       FROM (SELECT DISTINCT date FROM stories WHERE briefing_id = ? AND date >= ? AND date < ?) AS d
       LEFT JOIN story_segments AS g ON g.briefing_id = ? AND g.date = d.date ORDER BY d.date`;

/** Saves or replaces a story; parameters: briefing id, date, key, primary, members, signature, created. */
export const SAVE_STORY_SQL = `INSERT INTO stories (briefing_id, date, story_key, primary_article_id, member_article_ids, signature, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(briefing_id, date, story_key) DO UPDATE SET primary_article_id = excluded.primary_article_id,
         member_article_ids = excluded.member_article_ids, signature = excluded.signature
       RETURNING id`;

/** A briefing's stories of dates in a span; parameters: briefing id, from, before. */
export const STORIES_SINCE_SQL = `SELECT s.*, a.title, a.url FROM stories AS s JOIN articles AS a ON a.id = s.primary_article_id
       WHERE s.briefing_id = ? AND s.date >= ? AND s.date < ? ORDER BY s.date, s.id`;

/** Saves or replaces a briefing date's segment; parameters: briefing id, date, data, created. */
export const SAVE_SEGMENT_SQL = `INSERT INTO story_segments (briefing_id, date, data, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(briefing_id, date) DO UPDATE SET data = excluded.data, created_at = excluded.created_at`;

/** The parameters of SAVE_STORY_SQL. */
export function saveStoryParams(input: SaveStoryInput, briefingId: string | undefined, at: Date): unknown[] {
  return [
    briefingIdOf(briefingId),
    input.date,
    input.storyKey,
    input.primaryArticleId,
    JSON.stringify(input.memberArticleIds),
    nullable(input.signature),
    at.toISOString(),
  ];
}

export function storiesByIdsSql(count: number): string {
  return `SELECT s.*, a.title, a.url FROM stories AS s JOIN articles AS a ON a.id = s.primary_article_id
       WHERE s.id IN (${Array(count).fill("?").join(", ")}) ORDER BY s.date, s.id`;
}

/** Story clusters per briefing date, so a later day can tell a follow-up from a new story. */
export class StoryTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  /** Saves or replaces the story (briefing, date, storyKey); returns its id. */
  saveStory(input: SaveStoryInput, briefingId?: string): number {
    return this.sql(SAVE_STORY_SQL)
      .pluck()
      .get(...saveStoryParams(input, briefingId, this.now())) as number;
  }

  /** A briefing's stories of dates on or after `date` (YYYY-MM-DD; a full ISO time counts by its date), before `before` if given. */
  listStoriesSince(date: string, before?: string, briefingId?: string): Story[] {
    const rows = this.sql(STORIES_SINCE_SQL).all(
      briefingIdOf(briefingId),
      date.slice(0, 10),
      before?.slice(0, 10) ?? "9999",
    ) as StoryRow[];
    return rows.map(toStory);
  }

  /** The stories with these ids (those that still exist), in date and id order. */
  listStoriesByIds(ids: readonly number[]): Story[] {
    const out: StoryRow[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const chunk = ids.slice(i, i + IDS_PER_QUERY);
      out.push(...(this.sql(storiesByIdsSql(chunk.length)).all(...chunk) as StoryRow[]));
    }
    return out.sort(byDateAndId).map(toStory);
  }

  /** Saves or replaces a briefing date's earlier-story index segment. */
  saveStorySegment(date: string, data: Uint8Array, briefingId?: string): void {
    this.sql(SAVE_SEGMENT_SQL).run(
      briefingIdOf(briefingId),
      date,
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      this.now().toISOString(),
    );
  }

  /** Every date in [from, before) with stories stored for the briefing, with its segment when one is stored. */
  listStorySegments(from: string, before: string, briefingId?: string): StorySegmentRow[] {
    const id = briefingIdOf(briefingId);
    const rows = this.sql(SEGMENTS_SQL).all(id, from.slice(0, 10), before.slice(0, 10), id) as {
      date: string;
      data: Buffer | null;
    }[];
    return rows.map((r) => compact({ date: r.date, data: r.data ? bytesOf(r.data) : undefined }));
  }
}
