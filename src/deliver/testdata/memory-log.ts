/** An in-memory DeliveryLog, as the store would keep it. */
import type { DeliveryKey, DeliveryLog, DeliveryRecord, DeliveryState } from "../channel.ts";

export function createMemoryLog(): DeliveryLog & { records: DeliveryRecord[] } {
  const records: DeliveryRecord[] = [];
  const k = (x: DeliveryKey) => `${x.date}|${x.channel}|${x.partKey}`;
  const state = (key: DeliveryKey): DeliveryState | undefined => {
    const rows = records.filter((r) => k(r) === k(key));
    if (rows.length === 0) return undefined;
    const sent = rows.some((r) => r.status === "sent");
    const last = rows.at(-1)!;
    // A "sending" followed by another "sending" is an attempt that never came back (a killed run).
    const unknown = rows.reduce(
      (n, r, i) => n + (r.unknownOutcomes ?? 0) + (r.status === "sending" && rows[i - 1]?.status === "sending" ? 1 : 0),
      0,
    );
    return {
      status: sent ? "sent" : last.status,
      unknownOutcomes: unknown + (!sent && last.status === "sending" ? 1 : 0),
    };
  };
  return {
    records,
    hasDelivered: async (key) => state(key)?.status === "sent",
    deliveryState: async (key) => state(key),
    recordDelivery: async (rec) => {
      records.push(rec);
    },
    listSentParts: async (date, channel) =>
      records
        .filter((r) => r.date === date && r.channel === channel && r.status === "sent")
        .map((r) => ({ partKey: r.partKey, entries: r.entries ?? [] })),
  };
}

/** A sleep that only remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
