import { briefingIdOf } from "../../model/briefing-id.ts";
import type { BriefingEdit, NewBriefingEdit } from "../../model/curation.ts";
import {
  ADD_EDIT_SQL,
  DECIDE_DRAFT_SQL,
  type DraftRow,
  type DraftStatus,
  type DraftSummary,
  draftParams,
  type EditRow,
  editParams,
  LIST_DRAFTS_SQL,
  LIST_DUE_DRAFTS_SQL,
  LIST_EDITS_SQL,
  SAVE_DRAFT_SQL,
  type SaveDraftInput,
  type StoredDraft,
  toDraft,
  toDraftSummary,
  toEdit,
} from "../drafts.ts";
import { toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Drafts awaiting review and the editors' edits (the Postgres form of ../drafts.ts). */
export class PgDraftTable {
  constructor(private readonly sql: Sql) {}

  async saveDraft(input: SaveDraftInput): Promise<void> {
    await this.sql.run(SAVE_DRAFT_SQL, draftParams(input));
  }

  async getDraft(date: string, briefingId?: string): Promise<StoredDraft | undefined> {
    const row = await this.sql.row<DraftRow>(
      "SELECT * FROM briefing_drafts WHERE briefing_id = ? AND date = ?",
      [briefingIdOf(briefingId), date],
    );
    return row && toDraft(row);
  }

  async listDrafts(status?: DraftStatus, briefingId?: string): Promise<DraftSummary[]> {
    const id = briefingIdOf(briefingId);
    const rows = await this.sql.rows<Omit<DraftRow, "json">>(
      LIST_DRAFTS_SQL(status !== undefined),
      status === undefined ? [id] : [id, status],
    );
    return rows.map(toDraftSummary);
  }

  async listDueDrafts(): Promise<DraftSummary[]> {
    return (await this.sql.rows<Omit<DraftRow, "json">>(LIST_DUE_DRAFTS_SQL, ["draft"])).map(toDraftSummary);
  }

  async decideDraft(
    date: string,
    decision: { status: "published" | "discarded"; by: string; at: string },
    briefingId?: string,
  ): Promise<boolean> {
    const params = [decision.status, decision.by, toUtcIso(decision.at), briefingIdOf(briefingId), date];
    return (await this.sql.run(DECIDE_DRAFT_SQL, params)) > 0;
  }

  async addBriefingEdit(input: NewBriefingEdit): Promise<number> {
    const row = await this.sql.row<{ id: number }>(`${ADD_EDIT_SQL} RETURNING id`, editParams(input));
    return row!.id;
  }

  async listBriefingEdits(date: string, briefingId?: string): Promise<BriefingEdit[]> {
    const rows = await this.sql.rows<EditRow>(LIST_EDITS_SQL, [briefingIdOf(briefingId), date]);
    return rows.map(toEdit);
  }
}
