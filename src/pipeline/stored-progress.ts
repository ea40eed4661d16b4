import type { RunProgress } from "../store/index.ts";
import type { PipelineDeps } from "./deps.ts";
import type { Progress } from "./progress.ts";

/** Steps are written at most this often (a stage change, or a stage's last step, at once). */
export const PROGRESS_WRITE_MS = 1000;

/**
 * The run's progress, told to `deps.progress` as before and also written to the store
 * (recordRunProgress) as it goes, so a front end of another process (`daybrief serve` beside a CLI
 * or scheduler run) shows the stage and the steps of a run it only polls. Writes are chained (one at
 * a time, in order) and a failed write is only logged: progress never fails a run.
 */
export function withStoredProgress(deps: PipelineDeps, runId: number): PipelineDeps {
  const shown = deps.progress;
  const state: RunProgress = { steps: {} };
  let chain: Promise<void> = Promise.resolve();
  let lastWrite = Number.NEGATIVE_INFINITY;
  const write = () => {
    lastWrite = deps.now().getTime();
    const snapshot: RunProgress = structuredClone(state);
    chain = chain
      .then(() => deps.store.recordRunProgress(runId, snapshot))
      .catch((error: unknown) =>
        deps.logger.debug({ run_id: runId, err: String(error) }, "run progress not recorded"),
      );
  };
  const progress: Progress = {
    stage(name, detail) {
      shown.stage(name, detail);
      state.stage = name;
      if (detail === undefined) delete state.detail;
      else state.detail = detail;
      write();
    },
    step(name, done, total) {
      shown.step(name, done, total);
      state.steps[name] = { done, total };
      if (done >= total || deps.now().getTime() - lastWrite >= PROGRESS_WRITE_MS) write();
    },
    done() {
      shown.done();
    },
  };
  return { ...deps, progress };
}
