import type { PipelineDeps } from "../deps.ts";

/** Something the run could not do, recorded in the `runs` table and the CLI's report. */
export interface RunFailure {
  stage: string;
  sourceId?: string;
  url?: string;
  message: string;
}

/** What every step of one run shares: the run's id and date, its cancellation, its failure list. */
export interface RunContext {
  runId: number;
  /** YYYY-MM-DD in the configured time zone. */
  date: string;
  signal?: AbortSignal;
  /** Each step appends what it could not do, in the order it happened. */
  failures: RunFailure[];
}

/** The deps of one stage: its log lines carry `stage`, so a reader sees where a warning came from. */
export function atStage(deps: PipelineDeps, stage: string): PipelineDeps {
  return { ...deps, logger: deps.logger.child({ stage }) };
}
