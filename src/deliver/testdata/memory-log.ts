/** An in-memory DeliveryLog, as the store would keep it. */
import type { DeliveryKey, DeliveryLog, DeliveryRecord } from "../channel.ts";

export function createMemoryLog(): DeliveryLog & { records: DeliveryRecord[] } {
  const records: DeliveryRecord[] = [];
  const k = (x: DeliveryKey) => `${x.date}|${x.channel}|${x.partKey}`;
  return {
    records,
    hasDelivered: (key) => records.some((r) => r.status === "sent" && k(r) === k(key)),
    recordDelivery: (rec) => {
      records.push(rec);
    },
  };
}

/** A sleep that only remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
