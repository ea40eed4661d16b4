import { createHash } from "node:crypto";
import type { SourceCoverage } from "../model/briefing.ts";
import type { CollectedSource } from "../pipeline/collect-sources.ts";
import type { ReadCounts } from "../pipeline/read-articles.ts";
import type { SourceHealthReport } from "../pipeline/source-health.ts";
import type { RunFailure } from "../pipeline/steps/run-context.ts";

/**
 * The queues a day's work goes through, one per kind of job, so each can be watched (metrics) and
 * sized on its own. `day` carries the run's steps in order (read-day → dedup → analyse-day →
 * publish → deliver-day); the others carry one item each.
 */
export const QUEUES = {
  /** The run's own steps, one job each, chained parent over child. */
  day: "day",
  /** One source's feed, fetched (collectSource). */
  collect: "collect",
  /** One new item of the day, read and stored (readCandidate). */
  read: "read",
  /** One story's primary article, analysed (analyseArticle). */
  analyse: "analyse",
  /** One channel's parts, sent in order (deliverStep for that channel). */
  deliver: "deliver",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QUEUES);

/** The run's steps on the `day` queue, in flow order. */
export type DayStep = "read-day" | "dedup" | "analyse-day" | "publish" | "deliver-day";

/**
 * The briefing a run builds. One per install today (`default`); job ids and job data carry it so
 * several briefings (profiles) can share the queues later without their jobs colliding.
 */
export const DEFAULT_BRIEFING = "default";

/** Which run a job belongs to. */
export interface RunRef {
  runId: number;
  /** YYYY-MM-DD in the configured time zone. */
  date: string;
  briefing: string;
  /**
   * Several briefings' day (config `briefings`): this run's flow collects and reads the sources of
   * all these briefings (the union) once, for them all, and hands the whole day on (SharedDay).
   */
  shared?: string[];
}

/** A day collected and read once for several briefings: every source's outcome (items released). */
export interface SharedDay {
  sources: CollectedSource[];
  counts: [string, ReadCounts][];
  health: SourceHealthReport;
  failures: RunFailure[];
}

/** What `daybrief run` asked for, carried by every step that needs it. */
export interface RunRequest {
  command: string;
  reanalyse?: boolean;
  deliver?: boolean;
  kind: "briefing" | "update";
  forceDeliver?: boolean;
  /** Stop at a draft for review (publish.review, docs/review.md), as runDaily does. */
  review?: boolean;
  /** The day's earlier briefing (a re-run, an update): its coverage and its entries' links. */
  earlier?: { coverage: SourceCoverage[]; urls: string[] };
  /**
   * The run whose flow collected and read the day for several briefings: this flow fetches nothing
   * and takes its own part of that run's read-day value (SharedDay, kept a day in Redis), so the
   * day's source outcomes are not copied into this flow's job data.
   */
  sharedFrom?: RunRef;
}

/** Every job's data starts with its run. */
export interface JobData {
  run: RunRef;
}

/**
 * A job's id: briefing, date, run and what it works on. BullMQ adds a job whose id exists only
 * once, so enqueueing a step twice (a retried parent adding its children again) makes no second
 * job. Free text (URLs, source ids) is hashed: ids stay short and never hold BullMQ's ':' separator.
 */
export function jobIdOf(run: RunRef, kind: string, key?: string): string {
  const base = `${safe(run.briefing)}.${run.date}.r${run.runId}.${kind}`;
  return key === undefined ? base : `${base}.${digest(key)}`;
}

function safe(text: string): string {
  return /^[A-Za-z0-9_-]{1,40}$/.test(text) ? text : digest(text);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
