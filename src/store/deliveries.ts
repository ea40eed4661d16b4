import type { Database } from "better-sqlite3";
import { briefingIdOf, briefingTag } from "../model/briefing-id.ts";
import { cachePreparedStatements, type Prepare } from "./database.ts";
import { compact, nullable, optional, toUtcIso } from "./values.ts";

/** "sending": written before a request leaves; left behind only by a run that was killed mid-request. */
export type DeliveryStatus = "sent" | "failed" | "sending";

export interface DeliveryKey {
  /** Which briefing of the install (config `briefings`); absent: the default one. */
  briefingId?: string;
  /** Briefing date, YYYY-MM-DD. */
  date: string;
  /** Channel instance name from the config, e.g. "feishu" or "team-slack". */
  channel: string;
  /** Identifies the message part: `${kind}:${index}:${digest of its entries}` (deliver/part-keys.ts). */
  partKey: string;
}

export interface RecordDeliveryInput extends DeliveryKey {
  status: DeliveryStatus;
  error?: string;
  /** Attempts made this time; the row keeps the running total. */
  attempts: number;
  /** Attempts this time whose outcome is unknown (timed out after sending); the row keeps the total. */
  unknownOutcomes?: number;
  /** URLs of the entries the part carries, kept when it is sent. */
  entries?: string[];
  at: string;
}

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  error?: string;
  /** Total attempts over all runs. */
  attempts: number;
  /** Attempts whose outcome is unknown, over all runs (an unfinished "sending" counts once more). */
  unknownOutcomes: number;
  entries: string[];
  firstAt: string;
  /** Time of the last recorded attempt. */
  at: string;
}

export interface DeliveryRow {
  briefing_id?: string;
  date: string;
  channel: string;
  part_key: string;
  status: string;
  error: string | null;
  attempts: number;
  unknown_outcomes: number;
  entries: string;
  first_at: string;
  at: string;
}

export function toDelivery(row: DeliveryRow): Delivery {
  return compact({
    ...briefingTag(row.briefing_id),
    date: row.date,
    channel: row.channel,
    partKey: row.part_key,
    status: row.status as DeliveryStatus,
    error: optional(row.error),
    attempts: row.attempts,
    unknownOutcomes: row.unknown_outcomes + (row.status === "sending" ? 1 : 0),
    entries: JSON.parse(row.entries) as string[],
    firstAt: row.first_at,
    at: row.at,
  });
}

/** recordDelivery's upsert (shared with postgres/). */
export const RECORD_DELIVERY = `INSERT INTO deliveries (briefing_id, date, channel, part_key, status, error, attempts, unknown_outcomes, entries, first_at, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(briefing_id, date, channel, part_key) DO UPDATE SET
         attempts = deliveries.attempts + excluded.attempts, at = excluded.at,
         unknown_outcomes = deliveries.unknown_outcomes + excluded.unknown_outcomes
           + CASE WHEN deliveries.status = 'sending' AND excluded.status = 'sending' THEN 1 ELSE 0 END,
         entries = CASE WHEN excluded.status = 'sent' THEN excluded.entries ELSE deliveries.entries END,
         status = CASE WHEN deliveries.status = 'sent' THEN 'sent' ELSE excluded.status END,
         error = CASE WHEN deliveries.status = 'sent' OR excluded.status = 'sending' THEN deliveries.error
                      ELSE excluded.error END`;

export const HAS_DELIVERED =
  "SELECT 1 FROM deliveries WHERE briefing_id = ? AND date = ? AND channel = ? AND part_key = ? AND status = 'sent'";
export const DELIVERY_STATE =
  "SELECT status, unknown_outcomes FROM deliveries WHERE briefing_id = ? AND date = ? AND channel = ? AND part_key = ?";
export const LIST_SENT_PARTS =
  "SELECT part_key, entries FROM deliveries WHERE briefing_id = ? AND date = ? AND channel = ? AND status = 'sent' ORDER BY id";
export const LIST_DELIVERIES =
  "SELECT * FROM deliveries WHERE briefing_id = ? AND date = ? ORDER BY channel, part_key";

/** A delivery key's parameters, in the order of the statements above. */
export function deliveryKeyParams(key: DeliveryKey): unknown[] {
  return [briefingIdOf(key.briefingId), key.date, key.channel, key.partKey];
}

/** recordDelivery's parameters, in RECORD_DELIVERY's order. */
export function recordDeliveryParams(input: RecordDeliveryInput): unknown[] {
  const at = toUtcIso(input.at);
  return [
    ...deliveryKeyParams(input),
    input.status,
    input.status === "failed" ? nullable(input.error) : null,
    input.attempts,
    input.unknownOutcomes ?? 0,
    JSON.stringify(input.entries ?? []),
    at,
    at,
  ];
}

/**
 * Which message parts reached which channel, so a re-run sends only what has not gone out.
 * A failed part becomes sent on a later success; a sent part never goes back to failed or sending.
 * A "sending" row overwritten by another "sending" is an attempt that never came back (the run was
 * killed mid-request): it is counted as an unknown outcome.
 */
/** How many parts a briefing's channel has in one delivery status (all time). */
export interface DeliveryCount {
  briefingId: string;
  channel: string;
  status: string;
  count: number;
}

export const COUNT_DELIVERIES = `SELECT briefing_id, channel, status, CAST(count(*) AS INTEGER) AS n FROM deliveries
  GROUP BY briefing_id, channel, status ORDER BY briefing_id, channel, status`;

interface DeliveryCountRow {
  briefing_id: string;
  channel: string;
  status: string;
  n: number;
}

export function toDeliveryCount(r: DeliveryCountRow): DeliveryCount {
  return { briefingId: r.briefing_id, channel: r.channel, status: r.status, count: Number(r.n) };
}

export class DeliveryTable {
  private readonly sql: Prepare;
  constructor(db: Database) {
    this.sql = cachePreparedStatements(db);
  }

  hasDelivered(key: DeliveryKey): boolean {
    return this.sql(HAS_DELIVERED).get(...deliveryKeyParams(key)) !== undefined;
  }

  /** The row's status and unknown outcomes, for deciding whether to send a part again. */
  deliveryState(key: DeliveryKey): { status: DeliveryStatus; unknownOutcomes: number } | undefined {
    const row = this.sql(DELIVERY_STATE).get(...deliveryKeyParams(key)) as
      | { status: DeliveryStatus; unknown_outcomes: number }
      | undefined;
    if (!row) return undefined;
    return { status: row.status, unknownOutcomes: row.unknown_outcomes + (row.status === "sending" ? 1 : 0) };
  }

  recordDelivery(input: RecordDeliveryInput): void {
    this.sql(RECORD_DELIVERY).run(...recordDeliveryParams(input));
  }

  /** Parts accepted for a date and channel, with the entries each carried. */
  listSentParts(
    date: string,
    channel: string,
    briefingId?: string,
  ): { partKey: string; entries: string[] }[] {
    const rows = this.sql(LIST_SENT_PARTS).all(briefingIdOf(briefingId), date, channel) as {
      part_key: string;
      entries: string;
    }[];
    return rows.map((r) => ({ partKey: r.part_key, entries: JSON.parse(r.entries) as string[] }));
  }

  /** Delivered parts per briefing, channel and status, for `/metrics`. */
  countDeliveries(): DeliveryCount[] {
    return (this.sql(COUNT_DELIVERIES).all() as DeliveryCountRow[]).map(toDeliveryCount);
  }

  listDeliveries(date: string, briefingId?: string): Delivery[] {
    const rows = this.sql(LIST_DELIVERIES).all(briefingIdOf(briefingId), date) as DeliveryRow[];
    return rows.map(toDelivery);
  }
}
