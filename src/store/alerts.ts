import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, toUtcIso } from "./values.ts";

/** failing: K fetches in a row failed; stale: the feed answers but brought nothing new for N days. */
/** summaries: a bridge that used to carry the full text now sends summaries only. */
export type SourceAlertKind = "failing" | "stale" | "summaries";

export interface StoredAlert {
  id: number;
  sourceId: string;
  kind: SourceAlertKind;
  /** The line that was sent, e.g. "量子位：连续 3 次抓取失败（HTTP 500）". */
  message: string;
  /** The same without the source's name, e.g. "连续 3 次抓取失败（HTTP 500）". */
  detail?: string;
  raisedAt: string;
  recoveredAt?: string;
}

export interface RaiseAlertInput {
  sourceId: string;
  kind: SourceAlertKind;
  at: string | Date;
  message: string;
  /** The message without the source's name (said again when the alert recovers). */
  detail?: string;
}

export interface RecoverAlertInput {
  sourceId: string;
  kind: SourceAlertKind;
  at: string | Date;
}

export interface AlertRow {
  id: number;
  source_id: string;
  kind: string;
  message: string;
  detail: string | null;
  raised_at: string;
  recovered_at: string | null;
}

export function toAlert(row: AlertRow): StoredAlert {
  return compact({
    id: row.id,
    sourceId: row.source_id,
    kind: row.kind as SourceAlertKind,
    message: row.message,
    detail: optional(row.detail),
    raisedAt: row.raised_at,
    recoveredAt: optional(row.recovered_at),
  });
}

/** Source alerts: at most one open alert per (source, kind), so each is raised once until it recovers. */
export class AlertTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  /** Alerts raised and not yet recovered, oldest first. */
  openAlerts(): StoredAlert[] {
    const rows = this.sql(
      "SELECT * FROM source_alerts WHERE recovered_at IS NULL ORDER BY raised_at, id",
    ).all() as AlertRow[];
    return rows.map(toAlert);
  }

  /** Opens an alert; false when one of this kind is already open for the source. */
  raiseAlert(input: RaiseAlertInput): boolean {
    const result = this.sql(
      `INSERT INTO source_alerts (source_id, kind, message, detail, raised_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (source_id, kind) WHERE recovered_at IS NULL DO NOTHING`,
    ).run(input.sourceId, input.kind, input.message, nullable(input.detail), toUtcIso(input.at));
    return result.changes > 0;
  }

  /** Closes the open alert; false when there was none. */
  recoverAlert(input: RecoverAlertInput): boolean {
    const result = this.sql(
      "UPDATE source_alerts SET recovered_at = ? WHERE source_id = ? AND kind = ? AND recovered_at IS NULL",
    ).run(toUtcIso(input.at), input.sourceId, input.kind);
    return result.changes > 0;
  }

  /** Every alert of a source, newest first (for `daybrief sources`). */
  listAlerts(sourceId: string, limit = 20): StoredAlert[] {
    const rows = this.sql(
      "SELECT * FROM source_alerts WHERE source_id = ? ORDER BY raised_at DESC, id DESC LIMIT ?",
    ).all(sourceId, limit) as AlertRow[];
    return rows.map(toAlert);
  }
}
