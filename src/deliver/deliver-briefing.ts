/**
 * Sends a briefing to every configured channel: parts in order, a pause between parts, retries with
 * backoff on transient failures, each part recorded in the delivery log so a re-run sends only what
 * is missing. One channel failing never stops the others; the report says what happened, secrets redacted.
 *
 * Exactly once, as far as the platforms allow:
 * - a part's key is its entries (part-keys.ts), so unchanged entries are never sent twice;
 * - "sending" is written before a request leaves and "sent" as soon as it is accepted, before the
 *   next part starts, so a killed or cancelled run leaves the log true and the next run sends only
 *   what is missing;
 * - an attempt whose outcome is unknown (timed out or cut off after the request left) is retried
 *   once, never twice, over all runs: a receiver that accepts but answers late gets at most one
 *   duplicate. Platforms that take an idempotency key get one derived from the part's key.
 */
import { sleep as defaultSleep } from "../async/sleep.ts";
import { type Backoff, DEFAULT_BACKOFF, withRetry } from "../async/with-retry.ts";
import { DeliveryError, errorMessage } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { BriefingBlocks } from "../model/briefing-blocks.ts";
import type { Briefing } from "../model/index.ts";
import type {
  Channel,
  ChannelReport,
  ConfiguredChannel,
  DeliveryKey,
  DeliveryLog,
  DeliveryReport,
  OutgoingPart,
  PartOutcome,
  RenderedBriefing,
} from "./channel.ts";
import { charCount, utf8Bytes } from "./measure.ts";
import { type DeliveryKind, deliveryIdOf, identifyParts } from "./part-keys.ts";
import { ChannelError } from "./post-json.ts";
import { recordAccepted, UnrecordedDeliveryError } from "./record-accepted.ts";
import { redactText } from "./redact.ts";
import { planParts } from "./split-parts.ts";

export interface DeliverInput {
  briefing: Briefing;
  /** The briefing worded as neutral blocks by render/ (briefingBlocks); channels only format them. */
  blocks: BriefingBlocks;
  rendered: RenderedBriefing;
  channels: ConfiguredChannel[];
  log: DeliveryLog;
  /** "update" for a catch-up of new entries (`run --update`); keys never collide with the briefing's. */
  kind?: DeliveryKind;
  /** Send again even the parts the log says were sent. */
  force?: boolean;
}

export interface DeliverContext {
  fetch: typeof fetch;
  now: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  logger?: Logger;
  signal?: AbortSignal;
  /** Attempts per part, first one included. */
  maxAttempts?: number;
  backoff?: Backoff;
  /** How long to wait for a platform's answer (default 30 s). */
  timeoutMs?: number;
}

/** Attempts with an unknown outcome a part may have over all runs: the first and one retry. */
export const MAX_UNKNOWN_OUTCOMES = 2;

/** The numbered parts a channel would send for this briefing (exported for previews and tests). */
export function buildParts(
  cc: ConfiguredChannel,
  briefing: Briefing,
  worded: BriefingBlocks,
  rendered: RenderedBriefing,
  kind: DeliveryKind = "briefing",
): OutgoingPart[] {
  const ch = cc.channel;
  const measure = ch.measure ?? (ch.limit.unit === "bytes" ? utf8Bytes : charCount);
  const blocks = ch.format({ blocks: worded.blocksFor(cc.options), rendered }, cc.options);
  const planned = planParts(blocks, { max: ch.limit.max, measure, atoms: ch.atoms, channel: cc.id });
  const ids = identifyParts(planned, briefing, kind, ch.layout ?? "blocks");
  return planned.map((p, i) => ({
    index: i + 1,
    total: planned.length,
    body: p.body,
    ...ids[i]!,
    deliveryId: deliveryIdOf(briefing.date, cc.id, ids[i]!.partKey),
    date: briefing.date,
    heading: worded.heading,
    rendered,
  }));
}

function isRetryable(error: unknown): boolean {
  return error instanceof DeliveryError ? error.retryable : true;
}

/** True when the request may have reached the platform although no answer came back. */
function isUnknownOutcome(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return error instanceof ChannelError ? error.unknownOutcome : false;
}

interface PartResult {
  attempts: number;
  error?: string;
}

/** Sends one part with retries, writing each attempt to the log as it happens. */
async function sendPart(
  ch: Channel,
  part: OutgoingPart,
  key: DeliveryKey,
  priorUnknown: number,
  log: DeliveryLog,
  ctx: DeliverContext,
): Promise<PartResult> {
  let unknown = priorUnknown;
  let attempts = 0;
  let last: { error?: unknown; message: string; uncertain: boolean } = { message: "", uncertain: false };
  const sendOnce = async (attempt: number) => {
    attempts = attempt;
    await log.recordDelivery({ ...key, status: "sending", attempts: 0, at: ctx.now().toISOString() });
    try {
      await ch.send(part, { fetch: ctx.fetch, now: ctx.now, signal: ctx.signal, timeoutMs: ctx.timeoutMs });
    } catch (error) {
      const message = redactText(errorMessage(error), ch.secrets);
      last = { error, message, uncertain: isUnknownOutcome(error, ctx.signal) };
      if (last.uncertain) unknown++;
      await log.recordDelivery({
        ...key,
        status: "failed",
        error: last.message,
        attempts: 1,
        unknownOutcomes: last.uncertain ? 1 : 0,
        at: ctx.now().toISOString(),
      });
      throw error;
    }
    // Accepted: from here on nothing may send this part again in this run. A failing log write is
    // not a failed send (which would be retried, posting the part once per attempt).
    await recordAccepted(part, key, log, ctx);
  };
  const tooManyUnknown = () => last.uncertain && unknown >= MAX_UNKNOWN_OUTCOMES;
  try {
    await withRetry(sendOnce, {
      ...(ctx.backoff ?? DEFAULT_BACKOFF),
      attempts: ctx.maxAttempts ?? 4,
      signal: ctx.signal,
      sleep: ctx.sleep,
      // Only a failed send is retried; a failure to log "sending" goes up as it came.
      retryIf: (error) => error === last.error && !tooManyUnknown() && isRetryable(error),
      onRetry: ({ attempt, delayMs }) =>
        ctx.logger?.warn(
          { channel: ch.type, part: part.partKey, attempt, delay_ms: delayMs, error: last.message },
          "delivery retry",
        ),
    });
    return { attempts };
  } catch (error) {
    if (error instanceof UnrecordedDeliveryError) return { attempts, error: error.message };
    if (ctx.signal?.aborted || error !== last.error) throw error;
    if (tooManyUnknown()) return { attempts, error: `${last.message} (${unknownOutcomeReason(unknown)})` };
    return { attempts, error: last.message };
  }
}

function unknownOutcomeReason(n: number): string {
  return `outcome unknown ${n} times: the platform may have shown it; not sent again to avoid another duplicate (--force-deliver sends it)`;
}

/** Which entries of a part the channel already got for this date and kind, and which are new. */
function explainResend(
  part: OutgoingPart,
  sentBefore: { partKey: string; entries: string[] }[],
  kind: DeliveryKind,
  titles: Map<string, string>,
): PartOutcome["resent"] {
  const earlier = sentBefore.filter((s) => s.partKey.startsWith(`${kind}:`));
  if (earlier.length === 0 || part.entries.length === 0) return undefined;
  const known = new Set(earlier.flatMap((s) => s.entries));
  const name = (url: string) => titles.get(url) ?? url;
  return {
    added: part.entries.filter((u) => !known.has(u)).map(name),
    changed: part.entries.filter((u) => known.has(u)).map(name),
  };
}

async function deliverChannel(
  cc: ConfiguredChannel,
  input: DeliverInput,
  ctx: DeliverContext,
): Promise<ChannelReport> {
  const report: ChannelReport = {
    id: cc.id,
    type: cc.channel.type,
    parts: [],
    sent: 0,
    skipped: 0,
    failed: 0,
  };
  const { briefing, log } = input;
  const kind = input.kind ?? "briefing";
  let parts: OutgoingPart[];
  try {
    parts = buildParts(cc, briefing, input.blocks, input.rendered, kind);
  } catch (error) {
    report.error = redactText(errorMessage(error), cc.channel.secrets);
    return report;
  }
  const sentBefore = await log.listSentParts(briefing.date, cc.id);
  const titles = new Map(briefing.items.map((i) => [i.url, i.entry.title]));
  const wait = ctx.sleep ?? defaultSleep;
  let sentThisRun = false;
  let blockedBy: number | undefined;
  for (const part of parts) {
    const key = { date: briefing.date, channel: cc.id, partKey: part.partKey };
    const outcome: PartOutcome = {
      index: part.index,
      total: part.total,
      partKey: part.partKey,
      status: "sent",
      attempts: 0,
    };
    report.parts.push(outcome);
    const state = await log.deliveryState(key);
    if (!input.force && state?.status === "sent") {
      outcome.status = "skipped";
      outcome.reason = "already delivered";
      continue;
    }
    const priorUnknown = input.force ? 0 : (state?.unknownOutcomes ?? 0);
    if (priorUnknown >= MAX_UNKNOWN_OUTCOMES) {
      outcome.status = "failed";
      outcome.reason = unknownOutcomeReason(priorUnknown);
      blockedBy ??= part.index;
      continue;
    }
    if (blockedBy !== undefined) {
      // Parts go out in order: after a failure the rest waits for the next run.
      outcome.status = "failed";
      outcome.reason = `not sent: part ${blockedBy} failed`;
      continue;
    }
    outcome.resent = explainResend(part, sentBefore, kind, titles);
    if (outcome.resent) {
      ctx.logger?.info(
        { channel: cc.id, part: part.partKey, added: outcome.resent.added, changed: outcome.resent.changed },
        "entries changed since the last delivery: sending this part again",
      );
    }
    if (sentThisRun && cc.channel.minIntervalMs > 0) await wait(cc.channel.minIntervalMs, ctx.signal);
    const result = await sendPart(cc.channel, part, key, priorUnknown, log, ctx);
    sentThisRun = true;
    outcome.attempts = result.attempts;
    if (result.error === undefined) {
      ctx.logger?.info({ channel: cc.id, part: part.partKey, attempts: result.attempts }, "part delivered");
    } else {
      outcome.status = "failed";
      outcome.reason = result.error;
      blockedBy = part.index;
      ctx.logger?.error(
        { channel: cc.id, part: part.partKey, attempts: result.attempts, error: result.error },
        "part failed",
      );
    }
  }
  for (const p of report.parts)
    report[p.status === "sent" ? "sent" : p.status === "skipped" ? "skipped" : "failed"]++;
  return report;
}

export async function deliverBriefing(input: DeliverInput, ctx: DeliverContext): Promise<DeliveryReport> {
  const active = input.channels.filter((c) => c.enabled !== false);
  // Channels run side by side; each keeps its own order and pace. All of them settle (and write
  // their logs) before a cancellation reaches the caller: a cancelled run is not a channel failure.
  const settled = await Promise.allSettled(active.map((cc) => deliverChannel(cc, input, ctx)));
  if (ctx.signal?.aborted) throw ctx.signal.reason ?? new Error("delivery cancelled");
  const channels = settled.map(
    (r, i): ChannelReport =>
      r.status === "fulfilled"
        ? r.value
        : {
            id: active[i]!.id,
            type: active[i]!.channel.type,
            parts: [],
            sent: 0,
            skipped: 0,
            failed: 0,
            error: redactText(errorMessage(r.reason), active[i]!.channel.secrets),
          },
  );
  return { date: input.briefing.date, channels, ok: channels.every((c) => c.failed === 0 && !c.error) };
}
