// The write that follows a part the platform accepted: "sent" in the delivery log, retried on its
// own. It is never part of the send's retries, which would post the part again (deliver-briefing.ts).
import { DEFAULT_BACKOFF, withRetry } from "../async/with-retry.ts";
import { DeliveryError, errorMessage } from "../errors.ts";
import type { DeliveryKey, DeliveryLog, OutgoingPart } from "./channel.ts";

/** Tries to write "sent" for an accepted part before giving up on the log. */
const RECORD_ATTEMPTS = 3;

/**
 * A part the platform accepted whose "sent" the delivery log could not take (a locked or full
 * store). Its row stays "sending": the next run counts it as one unknown outcome and sends it at
 * most once more, as for a run killed mid-request. The channel stops here, because every later
 * part would be unrecorded too.
 */
export class UnrecordedDeliveryError extends DeliveryError {
  override name = "UnrecordedDeliveryError";
}

/** Writes "sent" for an accepted part (and the keys it also covers), retrying a failing log. */
export async function recordAccepted(
  part: Pick<OutgoingPart, "entries" | "alsoRecords">,
  key: DeliveryKey,
  log: DeliveryLog,
  ctx: { now: () => Date; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> },
): Promise<void> {
  const at = ctx.now().toISOString();
  try {
    await withRetry(
      async () => {
        await log.recordDelivery({ ...key, status: "sent", attempts: 1, entries: part.entries, at });
        for (const also of part.alsoRecords)
          await log.recordDelivery({ ...key, partKey: also, status: "sent", attempts: 1, at });
      },
      { ...DEFAULT_BACKOFF, attempts: RECORD_ATTEMPTS, sleep: ctx.sleep, retryIf: () => true },
    );
  } catch (error) {
    throw new UnrecordedDeliveryError(
      `accepted by the platform but not recorded in the delivery log (${errorMessage(error)}): ` +
        "counted as an unknown outcome, the next run sends it at most once more; later parts wait",
      key.channel,
      false,
      { cause: error },
    );
  }
}
