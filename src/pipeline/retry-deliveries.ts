/**
 * Delivery retries: a run whose briefing reached only some channel parts is not done. A pure plan
 * (when is the next retry due, when to give up) and the step that re-sends only the missing parts
 * of the stored briefing, through the delivery log (parts already sent are skipped there).
 */
import { hostname } from "node:os";
import { redactDeep, redactPatterns } from "../model/redact.ts";
import { renderHtml, renderJson, renderMarkdown } from "../render/index.ts";
import type { Run } from "../store/index.ts";
import { dayOf } from "../time.ts";
import { deliverToChannels } from "./deliver-channels.ts";
import type { PipelineDeps } from "./deps.ts";
import { withRedactedDeliveryLog } from "./steps/deliver-step.ts";
import { withStoredProgress } from "./stored-progress.ts";

export interface RetryPolicy {
  /** Wait before retry n (1-based: delaysMs[0] before the first); its length is the number of retries. */
  delaysMs: readonly number[];
}

/** 5 min, 15 min, 45 min: three retries, then an alert. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { delaysMs: [5 * 60_000, 15 * 60_000, 45 * 60_000] };

/** What the store says about one day's delivery: the run that sent it and the retries since. */
export interface DeliveryHistory {
  /** When the last attempt (the run or a retry) started. */
  lastAttemptAt: Date;
  /** When the run that built the briefing started (retries stay within its local day). */
  firstAttemptAt: Date;
  retries: number;
  /** Parts still not delivered after the last attempt. */
  undelivered: number;
  gaveUp: boolean;
}

export type RetryPlan =
  | { action: "none" }
  | { action: "wait"; at: Date }
  | { action: "retry"; attempt: number }
  | { action: "give-up"; retries: number };

/** Pure: what to do now about a day's undelivered parts. */
export function planDeliveryRetry(
  history: DeliveryHistory | undefined,
  policy: RetryPolicy,
  now: Date,
  timeZone: string,
): RetryPlan {
  if (!history || history.undelivered === 0 || history.gaveUp) return { action: "none" };
  if (history.retries >= policy.delaysMs.length) return { action: "give-up", retries: history.retries };
  const at = new Date(history.lastAttemptAt.getTime() + (policy.delaysMs[history.retries] ?? 0));
  // Within the day only: tomorrow's run brings tomorrow's briefing.
  if (dayOf(at, timeZone) !== dayOf(history.firstAttemptAt, timeZone))
    return { action: "give-up", retries: history.retries };
  if (now.getTime() < at.getTime()) return { action: "wait", at };
  return { action: "retry", attempt: history.retries + 1 };
}

/** The command name of a retry run (and how the history recognises it). */
export const retryCommandOf = (command: string) => `retry:${command}`;

/**
 * The history of `date`'s delivery by runs named `commands` (the newest that delivered), with the
 * retries recorded after it. Pure over the run rows (newest first, as listRuns gives them).
 */
export function deliveryHistoryOf(
  runs: readonly Run[],
  date: string,
  commands: readonly string[],
): DeliveryHistory | undefined {
  const mine = runs.filter((r) => r.date === date);
  const original = mine.find(
    (r) => commands.includes(r.command) && r.status !== "running" && r.status !== "interrupted",
  );
  if (!original || (original.counts.undelivered ?? 0) === 0) return undefined;
  const retryNames = new Set(commands.map(retryCommandOf));
  const retries = mine.filter((r) => retryNames.has(r.command) && r.startedAt >= original.startedAt);
  const last = retries[0] ?? original;
  return {
    firstAttemptAt: new Date(original.startedAt),
    lastAttemptAt: new Date(last.startedAt),
    retries: retries.filter((r) => !r.counts.gaveUp).length,
    undelivered: last.counts.undelivered ?? 0,
    gaveUp: retries.some((r) => (r.counts.gaveUp ?? 0) > 0),
  };
}

async function startRetryRun(
  deps: PipelineDeps,
  options: { date: string; command: string },
): Promise<number> {
  return await deps.store.startRun({
    briefingId: deps.config.briefing.id,
    date: options.date,
    startedAt: deps.now().toISOString(),
    command: retryCommandOf(options.command),
    pid: process.pid,
    host: hostname(),
  });
}

export interface RetryResult {
  runId: number;
  /** Parts sent by this retry, per channel. */
  sent: { channel: string; parts: number }[];
  /**
   * Parts that were missing when this retry started, per channel (sent now or failed again) — read
   * from the delivery itself, so parts a run never reached (its channel stopped) count too.
   */
  missing: { channel: string; parts: number }[];
  /** Parts still not delivered. */
  undelivered: number;
  status: "ok" | "degraded" | "failed";
}

/**
 * Re-sends the stored briefing of `date`; the delivery log skips every part already sent, so only
 * the missing ones go out. Recorded as a run (`retry:<command>`) with counts.undelivered.
 */
export async function retryDeliveries(
  given: PipelineDeps,
  options: { date: string; command: string; attempt: number; signal?: AbortSignal },
): Promise<RetryResult> {
  const redact = given.redact ?? redactPatterns;
  const runId = await startRetryRun(given, options);
  // Its stage and steps go to the run record too, as a run's do (/runs of any process shows them).
  const deps = withStoredProgress(given, runId);
  const result: RetryResult = { runId, sent: [], missing: [], undelivered: 0, status: "ok" };
  const failures: { stage: string; message: string }[] = [];
  try {
    const stored = await deps.store.getBriefing(options.date, deps.config.briefing.id);
    if (!stored) throw new Error(`no stored briefing for ${options.date}`);
    const { briefing } = stored;
    const rendered = {
      markdown: renderMarkdown(briefing),
      html: renderHtml(briefing),
      json: renderJson(briefing),
    };
    const report = await deliverToChannels(withRedactedDeliveryLog(deps), briefing, rendered, {
      signal: options.signal,
    });
    for (const ch of report?.channels ?? []) {
      if (ch.sent > 0) result.sent.push({ channel: ch.id, parts: ch.sent });
      if (ch.sent + ch.failed > 0) result.missing.push({ channel: ch.id, parts: ch.sent + ch.failed });
      const missing = ch.failed + (ch.error ? 1 : 0);
      result.undelivered += missing;
      if (missing > 0)
        failures.push({
          stage: "deliver",
          message: redact(`${ch.id}: ${ch.error ?? `${ch.failed} part(s) failed`}`),
        });
    }
  } catch (error) {
    result.undelivered = Math.max(result.undelivered, 1);
    failures.push({ stage: "run", message: redact(error instanceof Error ? error.message : String(error)) });
    result.status = "failed";
  }
  if (result.status !== "failed") result.status = result.undelivered > 0 ? "degraded" : "ok";
  await deps.store.finishRun(runId, {
    endedAt: deps.now().toISOString(),
    status: result.status,
    reason:
      result.undelivered > 0
        ? `retry ${options.attempt}: ${result.undelivered} part(s) still not delivered`
        : undefined,
    counts: { undelivered: result.undelivered, attempt: options.attempt },
    failures: redactDeep(failures, redact),
  });
  return result;
}

/** Records that retries stopped for `date` (so the alert goes out once) and says why. */
export async function recordGiveUp(
  deps: PipelineDeps,
  options: { date: string; command: string; retries: number; undelivered: number },
): Promise<string> {
  const text = `【daybrief 投递失败】${options.date} 的简报仍有 ${options.undelivered} 个消息分段未送达，已重试 ${options.retries} 次，不再自动重试（运行 daybrief runs 查看原因）`;
  const runId = await startRetryRun(deps, options);
  await deps.store.finishRun(runId, {
    endedAt: deps.now().toISOString(),
    status: "failed",
    reason: `gave up after ${options.retries} retries; ${options.undelivered} part(s) not delivered`,
    counts: { undelivered: options.undelivered, gaveUp: 1 },
    failures: [],
  });
  return text;
}
