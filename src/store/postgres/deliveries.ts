import { briefingIdOf } from "../../model/briefing-id.ts";
import {
  COUNT_DELIVERIES,
  DELIVERY_STATE,
  type Delivery,
  type DeliveryCount,
  type DeliveryKey,
  type DeliveryRow,
  type DeliveryStatus,
  deliveryKeyParams,
  HAS_DELIVERED,
  LIST_DELIVERIES,
  LIST_SENT_PARTS,
  RECORD_DELIVERY,
  type RecordDeliveryInput,
  recordDeliveryParams,
  toDelivery,
  toDeliveryCount,
} from "../deliveries.ts";
import type { Sql } from "./sql.ts";

/** Which message parts reached which channel (the Postgres form of ../deliveries.ts). */
export class PgDeliveryTable {
  constructor(private readonly sql: Sql) {}

  async hasDelivered(key: DeliveryKey): Promise<boolean> {
    const row = await this.sql.row(HAS_DELIVERED, deliveryKeyParams(key));
    return row !== undefined;
  }

  async deliveryState(
    key: DeliveryKey,
  ): Promise<{ status: DeliveryStatus; unknownOutcomes: number } | undefined> {
    const row = await this.sql.row<{ status: DeliveryStatus; unknown_outcomes: number }>(
      DELIVERY_STATE,
      deliveryKeyParams(key),
    );
    if (!row) return undefined;
    return { status: row.status, unknownOutcomes: row.unknown_outcomes + (row.status === "sending" ? 1 : 0) };
  }

  async recordDelivery(input: RecordDeliveryInput): Promise<void> {
    await this.sql.run(RECORD_DELIVERY, recordDeliveryParams(input));
  }

  async listSentParts(
    date: string,
    channel: string,
    briefingId?: string,
  ): Promise<{ partKey: string; entries: string[] }[]> {
    const rows = await this.sql.rows<{ part_key: string; entries: string }>(LIST_SENT_PARTS, [
      briefingIdOf(briefingId),
      date,
      channel,
    ]);
    return rows.map((r) => ({ partKey: r.part_key, entries: JSON.parse(r.entries) as string[] }));
  }

  async countDeliveries(): Promise<DeliveryCount[]> {
    return (await this.sql.rows<Parameters<typeof toDeliveryCount>[0]>(COUNT_DELIVERIES)).map(
      toDeliveryCount,
    );
  }

  async listDeliveries(date: string, briefingId?: string): Promise<Delivery[]> {
    const rows = await this.sql.rows<DeliveryRow>(LIST_DELIVERIES, [briefingIdOf(briefingId), date]);
    return rows.map(toDelivery);
  }
}
