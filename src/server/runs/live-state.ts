import { hostname } from "node:os";
import { getRun, getRunActivity, type QueryContext } from "../../queries/index.ts";
import type { Run } from "../../store/index.ts";
import type { RunJob, RunJobs } from "../api/run-jobs.ts";
import type { LiveRunsState, LiveRunView } from "../pages/live-runs.ts";

export interface LiveRunsSource {
  ctx: QueryContext;
  /** The runs this server started (shared with the API and MCP): their progress is live. */
  runs?: RunJobs;
  pollSeconds: number;
  isAlive?: (pid: number) => boolean;
}

function viewOf(run: Run, job: RunJob | undefined, orphaned: boolean): LiveRunView {
  // The store has the last word on status; a job that ended without recording (it crashed) is failed.
  const status = run.status === "running" && job && job.state !== "running" ? "failed" : run.status;
  return {
    id: run.id,
    date: run.date,
    command: run.command,
    startedAt: run.startedAt,
    source: job ? "live" : "polled",
    status,
    // Another process's run: its progress as that process writes it to the store (stored-progress.ts).
    stage: job ? job.stage : run.progress?.stage,
    detail: job ? job.detail : run.progress?.detail,
    steps: job?.steps ?? run.progress?.steps ?? {},
    counts: run.counts ?? {},
    reason: run.reason ?? job?.error,
    pid: run.pid,
    host: run.host,
    orphaned: status === "running" && orphaned,
    thisProcess: !job && run.pid === process.pid && run.host === hostname(),
  };
}

/**
 * What the "running now" panel shows: every run the store records as running (this server's own
 * with their live progress, other processes' as polled), plus the runs in `watched` (those the
 * page showed or started, so their final state stays in view). Adds the running ones to `watched`.
 */
export async function readLiveRuns(source: LiveRunsSource, watched: Set<number>): Promise<LiveRunsState> {
  const { ctx, runs } = source;
  const activity = await getRunActivity(ctx, { isAlive: source.isAlive });
  for (const r of activity.running) watched.add(r.id);
  const lock = activity.lock;
  const views: LiveRunView[] = [];
  for (const id of [...watched].sort((a, b) => b - a)) {
    const run = activity.running.find((r) => r.id === id) ?? (await getRun(ctx, id));
    if (!run) {
      watched.delete(id);
      continue;
    }
    const job = runs?.get(id);
    // A run of another process is alive while a live holder of the lock is that process.
    const held =
      lock?.alive === true && (run.pid === undefined || (lock.pid === run.pid && lock.host === run.host));
    views.push(viewOf(run, job, !job && !held));
  }
  const accounted = views.some((v) => v.status === "running" && !v.orphaned);
  return {
    runs: views,
    otherHolder: lock && !accounted ? { ...lock } : undefined,
    pollSeconds: source.pollSeconds,
  };
}
