import type { Config } from "../config/index.ts";
import type { Briefing } from "../model/briefing.ts";
import { addDays, dayOf, zonedToUtc } from "../time.ts";
import type { PipelineDeps } from "./deps.ts";

/**
 * publish.reviewDeadline ("HH:MM", local time in the config's zone): the first such time after the
 * draft was made. A 21:00 run with "09:30" is due at 09:30 the next morning; a 07:00 run the same
 * morning. Pure.
 */
export function draftDeadline(createdAt: Date, hhmm: string, timeZone: string): Date {
  const [hour, minute] = hhmm.split(":").map(Number) as [number, number];
  const today = dayOf(createdAt, timeZone);
  for (const day of [today, addDays(today, 1), addDays(today, 2)]) {
    const [year, month, d] = day.split("-").map(Number) as [number, number, number];
    const at = zonedToUtc({ year, month, day: d, hour, minute }, timeZone);
    if (at.getTime() > createdAt.getTime()) return at;
  }
  // Unreachable: a day later is always after; kept for the type checker.
  return new Date(createdAt.getTime() + 86_400_000);
}

/** Whether runs stop at a draft (publish.review). */
export function reviewsDrafts(config: Pick<Config, "publish">): boolean {
  return config.publish.review;
}

export interface DraftInfo {
  date: string;
  /** ISO 8601 UTC, when publish.reviewDeadline is set. */
  deadline?: string;
  /** What happens at the deadline (publish.onDeadline). */
  onDeadline: "publish" | "wait";
}

/**
 * The step a run ends with under publish.review: the ranked briefing stored as the day's draft
 * (no files, no channels). A re-run replaces the draft; the day's edits still apply to it.
 */
export async function saveDraftStep(
  deps: PipelineDeps,
  input: { briefing: Briefing; runId: number; kind: "briefing" | "update" },
): Promise<DraftInfo> {
  const { config, store } = deps;
  const createdAt = deps.now();
  const hhmm = config.publish.reviewDeadline;
  const deadline = hhmm ? draftDeadline(createdAt, hhmm, config.timezone).toISOString() : undefined;
  await store.saveDraft({
    briefingId: config.briefing.id,
    date: input.briefing.date,
    createdAt: createdAt.toISOString(),
    briefing: input.briefing,
    runId: input.runId,
    kind: input.kind,
    deadline,
  });
  deps.logger.info(
    { stage: "publish", date: input.briefing.date, deadline },
    `draft stored: awaiting review at /review/${input.briefing.date} or \`daybrief review --date ${input.briefing.date}\``,
  );
  const info: DraftInfo = { date: input.briefing.date, onDeadline: config.publish.onDeadline };
  if (deadline) info.deadline = deadline;
  return info;
}
