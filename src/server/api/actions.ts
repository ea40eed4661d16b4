import type { Progress } from "../../pipeline/progress.ts";
import type { LockOwner } from "../../store/index.ts";

/**
 * What the server may do besides reading: run a day, re-send a day's missing deliveries. The entry
 * point that opens the pipeline (`daybrief serve`, `daybrief mcp`) provides them; a server built
 * without them answers writes with `not_available`.
 */
export interface ServerActions {
  runDay(request: RunDayRequest): Promise<RunDayOutcome>;
  retryDeliveries(date: string, options?: { command?: string }): Promise<DeliveryRetryOutcome>;
  /**
   * Publishes a reviewed draft (publish.review, docs/review.md): its edits applied, then the run's
   * publish and deliver steps. `by` is who (a login or token name). Throws DraftStateError.
   */
  publishDraft?(date: string, by: string): Promise<PublishDraftOutcome>;
}

export interface PublishDraftOutcome {
  runId: number;
  status: "ok" | "degraded" | "failed" | "cancelled";
  reason?: string;
  entries: number;
  /** Channel parts sent, per channel. */
  sent: { channel: string; parts: number }[];
  error?: string;
}

export interface RunDayRequest {
  date: string;
  /** A catch-up run: channels get only the entries the day's briefing did not have yet. */
  update: boolean;
  /** What the run is recorded as (runs.command and the run lock): default "api"; the web app's is `web:<user>`. */
  command?: string;
  /** Called once the run is recorded, with its id (before collecting starts). */
  onStart(runId: number): void;
  progress: Progress;
  signal?: AbortSignal;
}

export interface RunDayOutcome {
  runId: number;
  status: "ok" | "degraded" | "failed" | "cancelled";
  reason?: string;
  entries?: number;
}

export interface DeliveryRetryOutcome {
  runId: number;
  status: "ok" | "degraded" | "failed";
  sent: { channel: string; parts: number }[];
  missing: { channel: string; parts: number }[];
  undelivered: number;
}

/** An action refused because another run holds the store (the run lock): answered 409. */
export class RunBusyError extends Error {
  override name = "RunBusyError";
  /** Who holds the lock (this server's own run, or another process), for a front end's own wording. */
  readonly owner?: LockOwner;
  constructor(message: string, owner?: LockOwner) {
    super(message);
    this.owner = owner;
  }
}
