import type { Database } from "better-sqlite3";
import type { Briefing } from "../model/briefing.ts";
import { briefingIdOf, briefingTag } from "../model/briefing-id.ts";
import type { BriefingEdit, EditField, EditValue, NewBriefingEdit } from "../model/curation.ts";
import { upgradeStoredBriefing } from "../model/problem.ts";
import { countEntries } from "./briefings.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { nullable, optional, parseJson, toUtcIso } from "./values.ts";

/** draft: awaiting review; published / discarded: decided (by whom, when). */
export type DraftStatus = "draft" | "published" | "discarded";

export interface SaveDraftInput {
  /** Which briefing of the install; absent: the default one. */
  briefingId?: string;
  /** YYYY-MM-DD. */
  date: string;
  createdAt: string;
  /** The briefing as the run built it (before any edit). */
  briefing: Briefing;
  runId?: number;
  /** "update": publishing sends the channels only the entries they did not have. */
  kind: "briefing" | "update";
  /** When the draft is due (publish.reviewDeadline), ISO 8601 UTC. */
  deadline?: string;
}

export interface DraftSummary {
  /** Absent: the default briefing. */
  briefingId?: string;
  date: string;
  createdAt: string;
  entries: number;
  kind: "briefing" | "update";
  deadline?: string;
  status: DraftStatus;
  decidedBy?: string;
  decidedAt?: string;
  runId?: number;
}

export interface StoredDraft extends DraftSummary {
  briefing: Briefing;
}

export interface DraftRow {
  briefing_id?: string;
  date: string;
  created_at: string;
  json: string;
  entries: number;
  run_id: number | null;
  kind: string;
  deadline: string | null;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface EditRow {
  id: number;
  briefing_id?: string;
  date: string;
  entry_id: string;
  field: string;
  target: string | null;
  value_before: string;
  value_after: string;
  user_name: string;
  at: string;
  unsupported: string | null;
}

const SUMMARY_COLUMNS =
  "briefing_id, date, created_at, entries, run_id, kind, deadline, status, decided_by, decided_at";

export function toDraftSummary(row: Omit<DraftRow, "json">): DraftSummary {
  const out: DraftSummary = {
    ...briefingTag(row.briefing_id),
    date: row.date,
    createdAt: row.created_at,
    entries: row.entries,
    kind: row.kind === "update" ? "update" : "briefing",
    status: row.status as DraftStatus,
  };
  const optionalFields = {
    deadline: optional(row.deadline),
    decidedBy: optional(row.decided_by),
    decidedAt: optional(row.decided_at),
    runId: optional(row.run_id),
  };
  for (const [k, v] of Object.entries(optionalFields))
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

export function toDraft(row: DraftRow): StoredDraft {
  return { ...toDraftSummary(row), briefing: upgradeStoredBriefing(JSON.parse(row.json) as Briefing) };
}

export function draftParams(input: SaveDraftInput): unknown[] {
  return [
    briefingIdOf(input.briefingId),
    input.date,
    toUtcIso(input.createdAt),
    JSON.stringify(input.briefing),
    countEntries(input.briefing),
    nullable(input.runId),
    input.kind,
    input.deadline === undefined ? null : toUtcIso(input.deadline),
  ];
}

/** A re-run's draft replaces the day's draft and is undecided again; the day's edits stay. */
export const SAVE_DRAFT_SQL = `INSERT INTO briefing_drafts (briefing_id, date, created_at, json, entries, run_id, kind, deadline, status)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft')
  ON CONFLICT(briefing_id, date) DO UPDATE SET created_at = excluded.created_at, json = excluded.json,
    entries = excluded.entries, run_id = excluded.run_id, kind = excluded.kind,
    deadline = excluded.deadline, status = 'draft', decided_by = NULL, decided_at = NULL`;

export const DECIDE_DRAFT_SQL =
  "UPDATE briefing_drafts SET status = ?, decided_by = ?, decided_at = ? WHERE briefing_id = ? AND date = ? AND status = 'draft'";

export const LIST_DRAFTS_SQL = (withStatus: boolean) =>
  `SELECT ${SUMMARY_COLUMNS} FROM briefing_drafts WHERE briefing_id = ? ${withStatus ? "AND status = ? " : ""}ORDER BY date DESC`;

/** Every briefing's drafts with this status, oldest first (the deadline publishes them all). */
export const LIST_DUE_DRAFTS_SQL = `SELECT ${SUMMARY_COLUMNS} FROM briefing_drafts WHERE status = ? ORDER BY date, briefing_id`;

export const ADD_EDIT_SQL = `INSERT INTO briefing_edits
  (briefing_id, date, entry_id, field, target, value_before, value_after, user_name, at, unsupported)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const LIST_EDITS_SQL =
  "SELECT * FROM briefing_edits WHERE briefing_id = ? AND date = ? ORDER BY at, id";

export function editParams(input: NewBriefingEdit): unknown[] {
  return [
    briefingIdOf(input.briefingId),
    input.date,
    input.entryId,
    input.field,
    nullable(input.target),
    JSON.stringify(input.before),
    JSON.stringify(input.after),
    input.user,
    toUtcIso(input.at),
    input.unsupported === undefined ? null : JSON.stringify(input.unsupported),
  ];
}

export function toEdit(row: EditRow): BriefingEdit {
  const edit: BriefingEdit = {
    id: row.id,
    ...briefingTag(row.briefing_id),
    date: row.date,
    entryId: row.entry_id,
    field: row.field as EditField,
    before: JSON.parse(row.value_before) as EditValue,
    after: JSON.parse(row.value_after) as EditValue,
    user: row.user_name,
    at: row.at,
  };
  const target = optional(row.target);
  if (target !== undefined) edit.target = target;
  if (row.unsupported !== null) edit.unsupported = parseJson<string[]>(row.unsupported, []);
  return edit;
}

/** Drafts awaiting review and the editors' edits (docs/review.md). */
export class DraftTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  saveDraft(input: SaveDraftInput): void {
    this.sql(SAVE_DRAFT_SQL).run(...draftParams(input));
  }

  getDraft(date: string, briefingId?: string): StoredDraft | undefined {
    const row = this.sql("SELECT * FROM briefing_drafts WHERE briefing_id = ? AND date = ?").get(
      briefingIdOf(briefingId),
      date,
    ) as DraftRow | undefined;
    return row && toDraft(row);
  }

  /** Newest date first; only those with `status` when given. */
  listDrafts(status?: DraftStatus, briefingId?: string): DraftSummary[] {
    const statement = this.sql(LIST_DRAFTS_SQL(status !== undefined));
    const id = briefingIdOf(briefingId);
    const rows = (status === undefined ? statement.all(id) : statement.all(id, status)) as Omit<
      DraftRow,
      "json"
    >[];
    return rows.map(toDraftSummary);
  }

  listDueDrafts(): DraftSummary[] {
    return (this.sql(LIST_DUE_DRAFTS_SQL).all("draft") as Omit<DraftRow, "json">[]).map(toDraftSummary);
  }

  /** Publishes or discards an undecided draft; false when there is none (already decided, unknown). */
  decideDraft(
    date: string,
    decision: { status: "published" | "discarded"; by: string; at: string },
    briefingId?: string,
  ): boolean {
    const params = [decision.status, decision.by, toUtcIso(decision.at), briefingIdOf(briefingId), date];
    return this.sql(DECIDE_DRAFT_SQL).run(...params).changes > 0;
  }

  addBriefingEdit(input: NewBriefingEdit): number {
    return Number(this.sql(ADD_EDIT_SQL).run(...editParams(input)).lastInsertRowid);
  }

  /** The day's edits, oldest first. */
  listBriefingEdits(date: string, briefingId?: string): BriefingEdit[] {
    const rows = this.sql(LIST_EDITS_SQL).all(briefingIdOf(briefingId), date) as EditRow[];
    return rows.map(toEdit);
  }
}
