import {
  type Delivery,
  type DeliveryKey,
  type DeliveryRow,
  type DeliveryStatus,
  RECORD_DELIVERY,
  type RecordDeliveryInput,
  toDelivery,
} from "../deliveries.ts";
import { nullable, toUtcIso } from "../values.ts";
import type { Sql } from "./sql.ts";

/** Which message parts reached which channel (the Postgres form of ../deliveries.ts). */
export class PgDeliveryTable {
  constructor(private readonly sql: Sql) {}

  async hasDelivered(key: DeliveryKey): Promise<boolean> {
    const row = await this.sql.row(
      "SELECT 1 FROM deliveries WHERE date = ? AND channel = ? AND part_key = ? AND status = 'sent'",
      [key.date, key.channel, key.partKey],
    );
    return row !== undefined;
  }

  async deliveryState(
    key: DeliveryKey,
  ): Promise<{ status: DeliveryStatus; unknownOutcomes: number } | undefined> {
    const row = await this.sql.row<{ status: DeliveryStatus; unknown_outcomes: number }>(
      "SELECT status, unknown_outcomes FROM deliveries WHERE date = ? AND channel = ? AND part_key = ?",
      [key.date, key.channel, key.partKey],
    );
    if (!row) return undefined;
    return { status: row.status, unknownOutcomes: row.unknown_outcomes + (row.status === "sending" ? 1 : 0) };
  }

  async recordDelivery(input: RecordDeliveryInput): Promise<void> {
    const at = toUtcIso(input.at);
    await this.sql.run(RECORD_DELIVERY, [
      input.date,
      input.channel,
      input.partKey,
      input.status,
      input.status === "failed" ? nullable(input.error) : null,
      input.attempts,
      input.unknownOutcomes ?? 0,
      JSON.stringify(input.entries ?? []),
      at,
      at,
    ]);
  }

  async listSentParts(date: string, channel: string): Promise<{ partKey: string; entries: string[] }[]> {
    const rows = await this.sql.rows<{ part_key: string; entries: string }>(
      "SELECT part_key, entries FROM deliveries WHERE date = ? AND channel = ? AND status = 'sent' ORDER BY id",
      [date, channel],
    );
    return rows.map((r) => ({ partKey: r.part_key, entries: JSON.parse(r.entries) as string[] }));
  }

  async listDeliveries(date: string): Promise<Delivery[]> {
    const rows = await this.sql.rows<DeliveryRow>(
      "SELECT * FROM deliveries WHERE date = ? ORDER BY channel, part_key",
      [date],
    );
    return rows.map(toDelivery);
  }
}
