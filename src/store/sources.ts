import type { Database } from "better-sqlite3";
import type { Source, SourceFetchState } from "../model/index.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, toUtcIso } from "./values.ts";

export interface SourceRow {
  id: string;
  name: string;
  url: string;
  ord: number;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  last_status: number | null;
  last_error_code: string | null;
  consecutive_failures: number;
  items_seen: number;
  last_new_item_at: string | null;
}

export type SourceHealth = Source & SourceFetchState;

export interface FetchSuccess {
  etag?: string;
  lastModified?: string;
  at: string;
  /** Items never seen before in this fetch. */
  newItems: number;
}

export interface FetchFailure {
  at: string;
  /** The redacted error message, for people (never parsed). */
  error: string;
  /** The catalogue code of why it failed (model/reasons.ts), e.g. "E_SERVER". */
  code?: string;
  /** The HTTP status, when the feed answered with one. */
  status?: number;
}

export function toSource(row: SourceRow): Source {
  return { id: row.id, name: row.name, url: row.url, order: row.ord, enabled: row.enabled === 1 };
}

export function toFetchState(row: SourceRow): SourceFetchState {
  return compact({
    sourceId: row.id,
    etag: optional(row.etag),
    lastModified: optional(row.last_modified),
    lastSuccessAt: optional(row.last_success_at),
    lastErrorAt: optional(row.last_error_at),
    lastError: optional(row.last_error),
    lastErrorCode: optional(row.last_error_code),
    lastStatus: optional(row.last_status),
    consecutiveFailures: row.consecutive_failures,
    itemsSeen: row.items_seen,
    lastNewItemAt: optional(row.last_new_item_at),
  });
}

/** Configured sources and what fetching each one has taught us (validators, failures). */
export class SourceTable {
  private readonly sql: Prepare;
  constructor(
    db: Database,
    private readonly now: () => Date,
  ) {
    this.sql = cachePreparedStatements(db);
  }

  /** Inserts or updates the configured fields; the fetch state survives config edits. */
  upsertSource(source: Source): void {
    this.sql(
      `INSERT INTO sources (id, name, url, ord, enabled, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, url = excluded.url, ord = excluded.ord,
           enabled = excluded.enabled, updated_at = excluded.updated_at`,
    ).run(source.id, source.name, source.url, source.order, source.enabled ? 1 : 0, this.now().toISOString());
  }

  getFetchState(sourceId: string): SourceFetchState | undefined {
    const row = this.sql("SELECT * FROM sources WHERE id = ?").get(sourceId) as SourceRow | undefined;
    return row && toFetchState(row);
  }

  /** A 200: new validators (a missing one clears the old), failures reset, items counted. */
  recordFetchSuccess(sourceId: string, success: FetchSuccess): void {
    const at = toUtcIso(success.at);
    this.#update(
      sourceId,
      `etag = ?, last_modified = ?, last_success_at = ?, consecutive_failures = 0,
       items_seen = items_seen + ?, last_new_item_at = CASE WHEN ? > 0 THEN ? ELSE last_new_item_at END`,
      [nullable(success.etag), nullable(success.lastModified), at, success.newItems, success.newItems, at],
    );
  }

  /** A 304: the feed answered and has nothing new; validators stay. */
  recordFetchNotModified(sourceId: string, at: string): void {
    this.#update(sourceId, "last_success_at = ?, consecutive_failures = 0", [toUtcIso(at)]);
  }

  /** A failure: its message, code and status replace the last ones (absent ones are cleared). */
  recordFetchFailure(sourceId: string, failure: FetchFailure): void {
    this.#update(
      sourceId,
      `last_error_at = ?, last_error = ?, last_error_code = ?, last_status = ?,
       consecutive_failures = consecutive_failures + 1`,
      [toUtcIso(failure.at), failure.error, nullable(failure.code), nullable(failure.status)],
    );
  }

  /** Every source ever configured, in config order, with its fetch state (for `daybrief sources`). */
  listSourceHealth(): SourceHealth[] {
    const rows = this.sql("SELECT * FROM sources ORDER BY ord, id").all() as SourceRow[];
    return rows.map((row) => ({ ...toSource(row), ...toFetchState(row) }));
  }

  #update(sourceId: string, assignments: string, values: unknown[]): void {
    const result = this.sql(`UPDATE sources SET ${assignments} WHERE id = ?`).run(...values, sourceId);
    // Recording state for a source never upserted is a wiring bug; fail loudly rather than lose it.
    if (result.changes === 0) throw new RangeError(`unknown source: ${sourceId} (call upsertSource first)`);
  }
}
