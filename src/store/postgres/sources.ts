import type { Source, SourceFetchState } from "../../model/index.ts";
import {
  type FetchFailure,
  type FetchSuccess,
  type SourceHealth,
  type SourceRow,
  toFetchState,
  toSource,
} from "../sources.ts";
import { nullable, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Configured sources and their fetch state (the Postgres form of ../sources.ts). */
export class PgSourceTable {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  async upsertSource(source: Source): Promise<void> {
    await this.sql.run(
      `INSERT INTO sources (id, name, url, ord, enabled, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, url = excluded.url, ord = excluded.ord,
           enabled = excluded.enabled, updated_at = excluded.updated_at`,
      [source.id, source.name, source.url, source.order, source.enabled ? 1 : 0, this.now().toISOString()],
    );
  }

  async getFetchState(sourceId: string): Promise<SourceFetchState | undefined> {
    const row = await this.sql.row<SourceRow>("SELECT * FROM sources WHERE id = ?", [sourceId]);
    return row && toFetchState(row);
  }

  async recordFetchSuccess(sourceId: string, success: FetchSuccess): Promise<void> {
    const at = toUtcIso(success.at);
    await this.#update(
      sourceId,
      `etag = ?, last_modified = ?, last_success_at = ?, consecutive_failures = 0,
       items_seen = items_seen + ?, last_new_item_at = CASE WHEN ? > 0 THEN ? ELSE last_new_item_at END`,
      [nullable(success.etag), nullable(success.lastModified), at, success.newItems, success.newItems, at],
    );
  }

  async recordFetchNotModified(sourceId: string, at: string): Promise<void> {
    await this.#update(sourceId, "last_success_at = ?, consecutive_failures = 0", [toUtcIso(at)]);
  }

  async recordFetchFailure(sourceId: string, failure: FetchFailure): Promise<void> {
    await this.#update(
      sourceId,
      `last_error_at = ?, last_error = ?, last_error_code = ?, last_status = ?,
       consecutive_failures = consecutive_failures + 1`,
      [toUtcIso(failure.at), failure.error, nullable(failure.code), nullable(failure.status)],
    );
  }

  async listSourceHealth(): Promise<SourceHealth[]> {
    const rows = await this.sql.rows<SourceRow>("SELECT * FROM sources ORDER BY ord, id");
    return rows.map((row) => ({ ...toSource(row), ...toFetchState(row) }));
  }

  async #update(sourceId: string, assignments: string, values: unknown[]): Promise<void> {
    const changed = await this.sql.run(`UPDATE sources SET ${assignments} WHERE id = ?`, [
      ...values,
      sourceId,
    ]);
    if (changed === 0) throw new RangeError(`unknown source: ${sourceId} (call upsertSource first)`);
  }
}
