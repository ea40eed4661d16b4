import type { Database } from "better-sqlite3";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, toUtcIso } from "./values.ts";

export type DeliveryStatus = "sent" | "failed";

export interface DeliveryKey {
  /** Briefing date, YYYY-MM-DD. */
  date: string;
  /** Channel instance name from the config, e.g. "feishu" or "team-slack". */
  channel: string;
  /** Identifies the message part, e.g. `${index}/${total}:${sha256 of content}`. */
  partKey: string;
}

export interface RecordDeliveryInput extends DeliveryKey {
  status: DeliveryStatus;
  error?: string;
  /** Attempts made this time; the row keeps the running total. */
  attempts: number;
  at: string;
}

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  error?: string;
  /** Total attempts over all runs. */
  attempts: number;
  firstAt: string;
  /** Time of the last recorded attempt. */
  at: string;
}

interface DeliveryRow {
  date: string;
  channel: string;
  part_key: string;
  status: string;
  error: string | null;
  attempts: number;
  first_at: string;
  at: string;
}

function toDelivery(row: DeliveryRow): Delivery {
  return compact({
    date: row.date,
    channel: row.channel,
    partKey: row.part_key,
    status: row.status as DeliveryStatus,
    error: optional(row.error),
    attempts: row.attempts,
    firstAt: row.first_at,
    at: row.at,
  });
}

/**
 * Which message parts reached which channel, so a re-run sends only what has not gone out.
 * A failed part becomes sent on a later success; a sent part never goes back to failed.
 */
export class DeliveryTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  hasDelivered(key: DeliveryKey): boolean {
    return (
      this.sql(
        "SELECT 1 FROM deliveries WHERE date = ? AND channel = ? AND part_key = ? AND status = 'sent'",
      ).get(key.date, key.channel, key.partKey) !== undefined
    );
  }

  recordDelivery(input: RecordDeliveryInput): void {
    const at = toUtcIso(input.at);
    this.sql(
      `INSERT INTO deliveries (date, channel, part_key, status, error, attempts, first_at, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(date, channel, part_key) DO UPDATE SET
         attempts = deliveries.attempts + excluded.attempts, at = excluded.at,
         status = CASE WHEN deliveries.status = 'sent' THEN 'sent' ELSE excluded.status END,
         error = CASE WHEN deliveries.status = 'sent' THEN deliveries.error ELSE excluded.error END`,
    ).run(
      input.date,
      input.channel,
      input.partKey,
      input.status,
      input.status === "sent" ? null : nullable(input.error),
      input.attempts,
      at,
      at,
    );
  }

  listDeliveries(date: string): Delivery[] {
    const rows = this.sql("SELECT * FROM deliveries WHERE date = ? ORDER BY channel, part_key").all(
      date,
    ) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  /** Parts still not delivered, for one date or all dates (newest date first). */
  listFailedDeliveries(date?: string): Delivery[] {
    const rows = (
      date === undefined
        ? this.sql(
            "SELECT * FROM deliveries WHERE status = 'failed' ORDER BY date DESC, channel, part_key",
          ).all()
        : this.sql(
            "SELECT * FROM deliveries WHERE status = 'failed' AND date = ? ORDER BY channel, part_key",
          ).all(date)
    ) as DeliveryRow[];
    return rows.map(toDelivery);
  }
}
