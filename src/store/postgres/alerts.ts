import {
  type AlertRow,
  type RaiseAlertInput,
  type RecoverAlertInput,
  type StoredAlert,
  toAlert,
} from "../alerts.ts";
import { nullable, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Source alerts, at most one open per (source, kind) (the Postgres form of ../alerts.ts). */
export class PgAlertTable {
  constructor(private readonly sql: Sql) {}

  async openAlerts(): Promise<StoredAlert[]> {
    const rows = await this.sql.rows<AlertRow>(
      "SELECT * FROM source_alerts WHERE recovered_at IS NULL ORDER BY raised_at, id",
    );
    return rows.map(toAlert);
  }

  async raiseAlert(input: RaiseAlertInput): Promise<boolean> {
    const changed = await this.sql.run(
      `INSERT INTO source_alerts (source_id, kind, message, detail, raised_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (source_id, kind) WHERE recovered_at IS NULL DO NOTHING`,
      [input.sourceId, input.kind, input.message, nullable(input.detail), toUtcIso(input.at)],
    );
    return changed > 0;
  }

  async recoverAlert(input: RecoverAlertInput): Promise<boolean> {
    const changed = await this.sql.run(
      "UPDATE source_alerts SET recovered_at = ? WHERE source_id = ? AND kind = ? AND recovered_at IS NULL",
      [toUtcIso(input.at), input.sourceId, input.kind],
    );
    return changed > 0;
  }

  async listAlerts(sourceId: string, limit = 20): Promise<StoredAlert[]> {
    const rows = await this.sql.rows<AlertRow>(
      "SELECT * FROM source_alerts WHERE source_id = ? ORDER BY raised_at DESC, id DESC LIMIT ?",
      [sourceId, limit],
    );
    return rows.map(toAlert);
  }
}
