import { briefingIdOf } from "../../model/briefing-id.ts";
import {
  byDateAndId,
  IDS_PER_QUERY,
  SAVE_SEGMENT_SQL,
  SAVE_STORY_SQL,
  type SaveStoryInput,
  SEGMENTS_SQL,
  STORIES_SINCE_SQL,
  type Story,
  type StoryRow,
  type StorySegmentRow,
  saveStoryParams,
  storiesByIdsSql,
  toStory,
} from "../stories.ts";
import { bytesOf, compact } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Story clusters per briefing and date (the Postgres form of ../stories.ts). */
export class PgStoryTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async saveStory(input: SaveStoryInput, briefingId?: string): Promise<number> {
    const row = await this.sql.row<{ id: number }>(
      SAVE_STORY_SQL,
      saveStoryParams(input, briefingId, this.now()),
    );
    return row!.id;
  }

  async listStoriesSince(date: string, before?: string, briefingId?: string): Promise<Story[]> {
    const rows = await this.sql.rows<StoryRow>(STORIES_SINCE_SQL, [
      briefingIdOf(briefingId),
      date.slice(0, 10),
      before?.slice(0, 10) ?? "9999",
    ]);
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

  async saveStorySegment(date: string, data: Uint8Array, briefingId?: string): Promise<void> {
    await this.sql.run(SAVE_SEGMENT_SQL, [
      briefingIdOf(briefingId),
      date,
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      this.now().toISOString(),
    ]);
  }

  async listStorySegments(from: string, before: string, briefingId?: string): Promise<StorySegmentRow[]> {
    const id = briefingIdOf(briefingId);
    const rows = await this.sql.rows<{ date: string; data: Buffer | null }>(SEGMENTS_SQL, [
      id,
      from.slice(0, 10),
      before.slice(0, 10),
      id,
    ]);
    return rows.map((r) => compact({ date: r.date, data: r.data ? bytesOf(r.data) : undefined }));
  }
}
