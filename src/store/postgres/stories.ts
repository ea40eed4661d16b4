import { type SaveStoryInput, type Story, type StoryRow, toStory } from "../stories.ts";
import { nullable } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Story clusters per briefing date (the Postgres form of ../stories.ts). */
export class PgStoryTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async saveStory(input: SaveStoryInput): Promise<number> {
    const row = await this.sql.row<{ id: number }>(
      `INSERT INTO stories (date, story_key, primary_article_id, member_article_ids, signature, created_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(date, story_key) DO UPDATE SET primary_article_id = excluded.primary_article_id,
         member_article_ids = excluded.member_article_ids, signature = excluded.signature
       RETURNING id`,
      [
        input.date,
        input.storyKey,
        input.primaryArticleId,
        JSON.stringify(input.memberArticleIds),
        nullable(input.signature),
        this.now().toISOString(),
      ],
    );
    return row!.id;
  }

  async listStoriesSince(date: string): Promise<Story[]> {
    const rows = await this.sql.rows<StoryRow>(
      `SELECT s.*, a.title, a.url FROM stories AS s JOIN articles AS a ON a.id = s.primary_article_id
       WHERE s.date >= ? ORDER BY s.date, s.id`,
      [date.slice(0, 10)],
    );
    return rows.map(toStory);
  }
}
