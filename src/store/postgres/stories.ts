import {
  byDateAndId,
  IDS_PER_QUERY,
  type SaveStoryInput,
  SEGMENTS_SQL,
  type Story,
  type StoryRow,
  type StorySegmentRow,
  storiesByIdsSql,
  toStory,
} from "../stories.ts";
import { compact, nullable } from "../values.ts";
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

  async listStoriesSince(date: string, before?: string): Promise<Story[]> {
    const rows = await this.sql.rows<StoryRow>(
      `SELECT s.*, a.title, a.url FROM stories AS s JOIN articles AS a ON a.id = s.primary_article_id
       WHERE s.date >= ? AND s.date < ? ORDER BY s.date, s.id`,
      [date.slice(0, 10), before?.slice(0, 10) ?? "9999"],
    );
    return rows.map(toStory);
  }

  async listStoriesByIds(ids: readonly number[]): Promise<Story[]> {
    const out: StoryRow[] = [];
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const chunk = ids.slice(i, i + IDS_PER_QUERY);
      out.push(...(await this.sql.rows<StoryRow>(storiesByIdsSql(chunk.length), chunk)));
    }
    return out.sort(byDateAndId).map(toStory);
  }

  async saveStorySegment(date: string, data: Uint8Array): Promise<void> {
    await this.sql.run(
      `INSERT INTO story_segments (date, data, created_at) VALUES (?, ?, ?)
       ON CONFLICT(date) DO UPDATE SET data = excluded.data, created_at = excluded.created_at`,
      [date, Buffer.from(data.buffer, data.byteOffset, data.byteLength), this.now().toISOString()],
    );
  }

  async listStorySegments(from: string, before: string): Promise<StorySegmentRow[]> {
    const rows = await this.sql.rows<{ date: string; data: Buffer | null }>(SEGMENTS_SQL, [
      from.slice(0, 10),
      before.slice(0, 10),
    ]);
    return rows.map((r) => compact({ date: r.date, data: r.data ? new Uint8Array(r.data) : undefined }));
  }
}
