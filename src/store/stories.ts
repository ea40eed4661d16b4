import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, parseJson } from "./values.ts";

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

/** Story clusters per briefing date, so a later day can tell a follow-up from a new story. */
export class StoryTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  /** Saves or replaces the story (date, storyKey); returns its id. */
  saveStory(input: SaveStoryInput): number {
    return this.sql(
      `INSERT INTO stories (date, story_key, primary_article_id, member_article_ids, signature, created_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(date, story_key) DO UPDATE SET primary_article_id = excluded.primary_article_id,
         member_article_ids = excluded.member_article_ids, signature = excluded.signature
       RETURNING id`,
    )
      .pluck()
      .get(
        input.date,
        input.storyKey,
        input.primaryArticleId,
        JSON.stringify(input.memberArticleIds),
        nullable(input.signature),
        this.now().toISOString(),
      ) as number;
  }

  /** Stories of briefing dates on or after `date` (YYYY-MM-DD; a full ISO time counts by its date). */
  listStoriesSince(date: string): Story[] {
    const rows = this.sql(
      `SELECT s.*, a.title, a.url FROM stories AS s JOIN articles AS a ON a.id = s.primary_article_id
       WHERE s.date >= ? ORDER BY s.date, s.id`,
    ).all(date.slice(0, 10)) as StoryRow[];
    return rows.map(toStory);
  }
}
