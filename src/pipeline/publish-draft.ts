import type { DeliveryReport } from "../deliver/index.ts";
import { DaybriefError } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import { briefingIdOf } from "../model/briefing-id.ts";
import { type BriefingEdit, curateBriefing } from "../model/curation.ts";
import { formatDateTime } from "../time.ts";
import type { PipelineDeps } from "./deps.ts";
import { depsForBriefing } from "./run-briefings.ts";
import { earlierOf, endRun, failRun, publishAndDeliver, startRun } from "./run-daily.ts";
import { decideRunStatus, type RunReason, type RunStatus } from "./run-status.ts";
import type { RunContext, RunFailure } from "./steps/run-context.ts";
import { withStoredProgress } from "./stored-progress.ts";

/** Why a draft cannot be published or discarded: none for the date, or already decided. */
export class DraftStateError extends DaybriefError {
  override name = "DraftStateError";
  constructor(
    readonly date: string,
    readonly state: "missing" | "published" | "discarded",
  ) {
    super(state === "missing" ? `no draft for ${date}` : `the draft of ${date} is already ${state}`);
  }
}

export interface PublishDraftSummary {
  runId: number;
  date: string;
  status: RunStatus;
  reason?: string;
  reasons?: RunReason[];
  /** The curated briefing as published. */
  briefing?: Briefing;
  outputs: Record<string, string>;
  delivery?: DeliveryReport;
  failures: RunFailure[];
  error?: string;
}

/** The footer's line about the review (plain text; each renderer escapes it). Pure. */
export function reviewNote(edits: readonly BriefingEdit[], by: string, hidden: number): string {
  if (by === "deadline") return "审阅期限已到，本期按草稿自动发布";
  const editors = [...new Set(edits.map((e) => e.user))];
  const who = editors.length > 0 ? editors.join("、") : by;
  const changes = edits.filter((e) => e.field !== "order").length;
  return `本期经编辑审阅后发布（审阅：${who}；修改 ${changes} 处${hidden > 0 ? `，隐藏 ${hidden} 条` : ""}）`;
}

/**
 * The briefing a reviewed draft publishes: its edits folded over it, and the footer's line about
 * the review. `daybrief render` rebuilds a published draft's day through the same function. Pure.
 */
export function curateForPublish(draft: Briefing, edits: readonly BriefingEdit[], by: string): Briefing {
  const curated = curateBriefing(draft, edits);
  const hidden = curated.entries.filter((e) => e.hidden).length;
  return { ...curated.briefing, notes: [...curated.briefing.notes, reviewNote(edits, by, hidden)] };
}

/**
 * Publishes a day's draft (publish.review): the day's edits folded over it (model/curation.ts), then
 * the same publish and deliver steps as a run (run-daily.ts publishAndDeliver), recorded as a run
 * of command "publish". `by` is who published: a login name, a token name, "cli" or "deadline".
 */
export async function publishDraft(
  given: PipelineDeps,
  options: { date: string; by: string; signal?: AbortSignal; deliver?: boolean },
): Promise<PublishDraftSummary> {
  const { store } = given;
  let deps = given;
  const briefingId = deps.config.briefing.id;
  const draft = await store.getDraft(options.date, briefingId);
  if (!draft) throw new DraftStateError(options.date, "missing");
  if (draft.status !== "draft") throw new DraftStateError(options.date, draft.status);
  const runId = await startRun(deps, { date: options.date, command: "publish" });
  // Its stage and steps go to the run record too, as a run's do (/runs of any process shows them).
  deps = withStoredProgress(given, runId);
  const summary: PublishDraftSummary = { runId, date: options.date, status: "ok", outputs: {}, failures: [] };
  const run: RunContext = { runId, date: options.date, signal: options.signal, failures: summary.failures };
  try {
    const before = earlierOf((await store.getBriefing(options.date, briefingId))?.briefing);
    const edits = await store.listBriefingEdits(options.date, briefingId);
    deps.progress.stage("publish");
    const briefing = curateForPublish(draft.briefing, edits, options.by);
    summary.briefing = briefing;
    const out = await publishAndDeliver(deps, run, {
      briefing,
      kind: draft.kind,
      earlierUrls: before?.urls,
      deliver: options.deliver !== false,
    });
    summary.outputs = out.outputs;
    summary.delivery = out.delivery;
    await store.decideDraft(
      options.date,
      { status: "published", by: options.by, at: deps.now().toISOString() },
      briefingId,
    );
    Object.assign(
      summary,
      decideRunStatus({ collected: [], failures: summary.failures, delivery: summary.delivery }),
    );
  } catch (error) {
    failRun(summary, error, options.signal);
  } finally {
    await endRun(deps, runId, summary);
  }
  return summary;
}

export interface DeadlineOutcome {
  /** Drafts published now (by "deadline"), with how their publication went. */
  published: { date: string; status: RunStatus }[];
  /** Drafts past their deadline left waiting (publish.onDeadline: wait). */
  waiting: string[];
  /** When the next undecided draft falls due (onDeadline: publish), if any. */
  next?: Date;
}

/**
 * The scheduler's check of drafts nobody reviewed in time: under publish.onDeadline "publish" each
 * undecided draft past its deadline is published as "deadline"; under "wait" it is left (and listed).
 */
export async function publishDueDrafts(deps: PipelineDeps): Promise<DeadlineOutcome> {
  const { config, store, logger } = deps;
  const outcome: DeadlineOutcome = { published: [], waiting: [] };
  const now = deps.now();
  // Every briefing's drafts (config `briefings`), each published as its own briefing.
  for (const draft of await store.listDueDrafts()) {
    if (!draft.deadline) continue;
    const own = draftDeps(deps, draft.briefingId);
    if (!own) continue;
    const due = new Date(draft.deadline);
    if (due.getTime() > now.getTime()) {
      if (config.publish.onDeadline === "publish" && (!outcome.next || due < outcome.next))
        outcome.next = due;
      continue;
    }
    if (config.publish.onDeadline !== "publish") {
      outcome.waiting.push(draft.date);
      continue;
    }
    const deadline = formatDateTime(due, config.timezone);
    logger.info({ date: draft.date, deadline }, "review deadline passed: publishing the draft");
    const result = await publishDraft(own, { date: draft.date, by: "deadline" });
    outcome.published.push({ date: draft.date, status: result.status });
  }
  return outcome;
}

/** The deps a draft of this briefing is published with; undefined when this config has no such briefing. */
function draftDeps(deps: PipelineDeps, briefingId: string | undefined): PipelineDeps | undefined {
  try {
    return depsForBriefing(deps, briefingIdOf(briefingId));
  } catch {
    return undefined;
  }
}
