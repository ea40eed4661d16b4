/**
 * Sends a briefing to every configured channel: parts in order, a pause between parts, retries with
 * backoff on transient failures, each part recorded in the delivery log so a re-run sends only what
 * is missing. One channel failing never stops the others; the report says what happened, secrets redacted.
 */
import { createHash } from "node:crypto";
import { DeliveryError, errorMessage } from "../errors.ts";
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF, sleep as defaultSleep } from "../http/retry.ts";
import type { Logger } from "../log.ts";
import type { Briefing } from "../model/index.ts";
import type {
  Channel,
  ChannelReport,
  ConfiguredChannel,
  DeliveryLog,
  DeliveryReport,
  OutgoingPart,
  PartOutcome,
  RenderedBriefing,
} from "./channel.ts";
import { charCount, utf8Bytes } from "./measure.ts";
import { ChannelError } from "./post-json.ts";
import { redactText } from "./redact.ts";
import { splitIntoParts } from "./split-parts.ts";

export interface DeliverInput {
  briefing: Briefing;
  rendered: RenderedBriefing;
  channels: ConfiguredChannel[];
  log: DeliveryLog;
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
  backoff?: BackoffOptions;
}

export function partKeyOf(index: number, total: number, body: string): string {
  return `${index}/${total}:${createHash("sha256").update(body).digest("hex").slice(0, 16)}`;
}

/** The numbered parts a channel would send for this briefing (exported for previews and tests). */
export function buildParts(
  cc: ConfiguredChannel,
  briefing: Briefing,
  rendered: RenderedBriefing,
): OutgoingPart[] {
  const ch = cc.channel;
  const measure = ch.measure ?? (ch.limit.unit === "bytes" ? utf8Bytes : charCount);
  const blocks = ch.format({ briefing, rendered }, cc.options);
  const bodies = splitIntoParts(blocks, { max: ch.limit.max, measure, atoms: ch.atoms, channel: cc.id });
  return bodies.map((body, i) => ({
    index: i + 1,
    total: bodies.length,
    body,
    partKey: partKeyOf(i + 1, bodies.length, body),
    date: briefing.date,
    title: briefing.title ?? "AI 每日情报",
    rendered,
  }));
}

function isRetryable(error: unknown): boolean {
  return error instanceof DeliveryError ? error.retryable : true;
}

async function sendWithRetry(
  ch: Channel,
  part: OutgoingPart,
  ctx: DeliverContext,
): Promise<{ attempts: number; error?: string }> {
  const max = ctx.maxAttempts ?? 4;
  const wait = ctx.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      await ch.send(part, { fetch: ctx.fetch, now: ctx.now, signal: ctx.signal });
      return { attempts: attempt };
    } catch (error) {
      if (ctx.signal?.aborted) throw error;
      const message = redactText(errorMessage(error), ch.secrets);
      if (!isRetryable(error) || attempt >= max) return { attempts: attempt, error: message };
      const retryAfter = error instanceof ChannelError ? error.retryAfterMs : undefined;
      const delay = backoffDelay(attempt, ctx.backoff ?? DEFAULT_BACKOFF, retryAfter);
      ctx.logger?.warn(
        { channel: ch.type, part: part.partKey, attempt, delay_ms: delay, error: message },
        "delivery retry",
      );
      await wait(delay, ctx.signal);
    }
  }
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
  let parts: OutgoingPart[];
  try {
    parts = buildParts(cc, briefing, input.rendered);
  } catch (error) {
    report.error = redactText(errorMessage(error), cc.channel.secrets);
    return report;
  }
  const wait = ctx.sleep ?? defaultSleep;
  let sentBefore = false;
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
    if (!input.force && log.hasDelivered(key)) {
      outcome.status = "skipped";
      outcome.reason = "already delivered";
      continue;
    }
    if (blockedBy !== undefined) {
      // Parts go out in order: after a failure the rest waits for the next run.
      outcome.status = "failed";
      outcome.reason = `not sent: part ${blockedBy} failed`;
      continue;
    }
    if (sentBefore && cc.channel.minIntervalMs > 0) await wait(cc.channel.minIntervalMs, ctx.signal);
    const result = await sendWithRetry(cc.channel, part, ctx);
    sentBefore = true;
    outcome.attempts = result.attempts;
    const at = ctx.now().toISOString();
    if (result.error === undefined) {
      log.recordDelivery({ ...key, status: "sent", attempts: result.attempts, at });
      ctx.logger?.info({ channel: cc.id, part: part.partKey, attempts: result.attempts }, "part delivered");
    } else {
      outcome.status = "failed";
      outcome.reason = result.error;
      blockedBy = part.index;
      log.recordDelivery({ ...key, status: "failed", error: result.error, attempts: result.attempts, at });
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
  // Channels run side by side; each keeps its own order and pace.
  const channels = await Promise.all(
    active.map((cc) =>
      deliverChannel(cc, input, ctx).catch(
        (error): ChannelReport => ({
          id: cc.id,
          type: cc.channel.type,
          parts: [],
          sent: 0,
          skipped: 0,
          failed: 0,
          error: redactText(errorMessage(error), cc.channel.secrets),
        }),
      ),
    ),
  );
  return { date: input.briefing.date, channels, ok: channels.every((c) => c.failed === 0 && !c.error) };
}
