import { errorMessage } from "../../errors.ts";
import type { RunDayOutcome, ServerActions } from "./actions.ts";

/** A run this server started, as it goes. */
export interface RunJob {
  runId: number;
  date: string;
  /** What the run is recorded as (e.g. "api", `web:<user>`). */
  command: string;
  state: "running" | "done" | "failed";
  stage?: string;
  detail?: string;
  steps: Record<string, { done: number; total: number }>;
  outcome?: RunDayOutcome;
  error?: string;
}

export type RunJobListener = (job: RunJob) => void;

export interface RunJobs {
  /**
   * Starts a run; resolves with its job once the run is recorded (rejects when it cannot start).
   * `command` is what the run is recorded as (default "api").
   */
  start(date: string, update: boolean, options?: { command?: string }): Promise<RunJob>;
  /** A copy of the run's state, or undefined when this server did not start it. */
  get(runId: number): RunJob | undefined;
  /** Calls `listener` with every change of the run until it ends; returns the unsubscribe. */
  subscribe(runId: number, listener: RunJobListener): () => void;
  /** Resolves when the run ends (at once for an ended run). */
  finished(runId: number): Promise<RunJob>;
}

const copy = (job: RunJob): RunJob => ({ ...job, steps: { ...job.steps } });

/**
 * The runs one server started, in memory (the store keeps every run; this keeps their live
 * progress, for `GET /runs/:id`, its event stream and the MCP tool).
 */
export function createRunJobs(actions: ServerActions): RunJobs {
  const jobs = new Map<number, RunJob>();
  const listeners = new Map<number, Set<RunJobListener>>();
  const endings = new Map<number, Promise<RunJob>>();
  const notify = (job: RunJob) => {
    for (const listener of listeners.get(job.runId) ?? []) listener(copy(job));
  };
  return {
    start(date, update, options = {}) {
      const command = options.command ?? "api";
      return new Promise<RunJob>((resolve, reject) => {
        let job: RunJob | undefined;
        let end!: (job: RunJob) => void;
        const ended = new Promise<RunJob>((r) => {
          end = r;
        });
        const finish = (patch: Partial<RunJob>) => {
          if (!job) return;
          Object.assign(job, patch);
          notify(job);
          listeners.delete(job.runId);
          end(copy(job));
        };
        actions
          .runDay({
            date,
            update,
            command,
            onStart(runId) {
              job = { runId, date, command, state: "running", steps: {} };
              jobs.set(runId, job);
              endings.set(runId, ended);
              resolve(copy(job));
            },
            progress: {
              stage(name, detail) {
                if (!job) return;
                job.stage = name;
                job.detail = detail;
                notify(job);
              },
              step(name, done, total) {
                if (!job) return;
                job.steps[name] = { done, total };
                notify(job);
              },
              done() {},
            },
          })
          .then(
            (outcome) => {
              const failed = outcome.status === "failed" || outcome.status === "cancelled";
              finish({ outcome, state: failed ? "failed" : "done", error: outcome.reason });
              if (!job) reject(new Error("the run ended without being recorded"));
            },
            (error: unknown) => {
              finish({ state: "failed", error: errorMessage(error) });
              if (!job) reject(error);
            },
          );
      });
    },
    get(runId) {
      const job = jobs.get(runId);
      return job && copy(job);
    },
    subscribe(runId, listener) {
      const set = listeners.get(runId) ?? new Set();
      set.add(listener);
      listeners.set(runId, set);
      return () => set.delete(listener);
    },
    finished(runId) {
      return endings.get(runId) ?? Promise.reject(new Error(`no run ${runId} was started here`));
    },
  };
}
