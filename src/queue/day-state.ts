// The state the day queue's steps hand on, the day job's type and the helpers every day step shares.
import type { Job } from "bullmq";
import type { Article } from "../model/article.ts";
import type { Briefing } from "../model/briefing.ts";
import type { AnalyseResult } from "../pipeline/analyse-articles.ts";
import type { CollectedSource } from "../pipeline/collect-sources.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import type { Candidate } from "../pipeline/extract-article.ts";
import type { ReadCounts } from "../pipeline/read-articles.ts";
import type { DraftInfo } from "../pipeline/review-draft.ts";
import type { RunSummary } from "../pipeline/run-daily.ts";
import type { SourceHealthReport } from "../pipeline/source-health.ts";
import { articlesOfBriefing } from "../pipeline/steps/briefing-articles.ts";
import type { ReadDay } from "../pipeline/steps/read-step.ts";
import type { RunFailure } from "../pipeline/steps/run-context.ts";
import { dayRange } from "../time.ts";
import { childValues } from "./job-context.ts";
import type { JobData, RunRequest, SharedDay } from "./job-names.ts";
import type { WirePlan } from "./story-plan-wire.ts";

/** The run as far as it got: what runDaily holds in local variables between its steps. */
export interface DayState {
  /** The sources' outcomes, without their items (released once read, as runDaily does). */
  collected: CollectedSource[];
  allSourcesFailed: boolean;
  counts: [string, ReadCounts][];
  health: SourceHealthReport;
  pages: ReadDay["pages"];
  failures: RunFailure[];
  plan?: WirePlan;
  analyse?: AnalyseResult;
  briefing?: Briefing;
  outputs?: Record<string, string>;
  /** Set when the day stopped at a draft (publish.review): nothing was written or sent. */
  draft?: DraftInfo;
}

export interface DayValue {
  kind: "day";
  state: DayState;
  /** read-day of several briefings' day: the whole day, for the briefings after this one. */
  shared?: SharedDay;
}

export interface RunValue {
  kind: "run";
  summary: RunSummary;
}

export type DayJob = Job<JobData & { request: RunRequest; stage?: string; reads?: ReadPlan }>;

/** The day's stored articles, as the read step loads them (of a briefing's own sources, config `briefings`). */
export async function loadDay(deps: PipelineDeps, date: string): Promise<Article[]> {
  const { start, end } = dayRange(date, deps.config.timezone);
  return articlesOfBriefing(
    deps.config,
    await deps.store.listArticlesPublishedBetween(start.toISOString(), end.toISOString()),
  );
}

export async function stateOf(job: Job): Promise<DayState> {
  const [value] = await childValues<DayValue>(job, "day");
  if (!value) throw new Error(`${job.name}: the step before handed nothing on`);
  return value.state;
}

/** What read-day's first pass decided, kept in its job data for the pass after the pages. */
export interface ReadPlan {
  counts: [string, ReadCounts][];
  /** Each source's validators to record once its items are stored (forgotten for later-day items). */
  successes: (CollectedSource["success"] | null)[];
  /** The items to read; emptied once their read jobs are added (each read job holds its own). */
  candidates: Candidate[];
}
