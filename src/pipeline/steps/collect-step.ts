import { type CollectedSource, collectSources } from "../collect-sources.ts";
import type { PipelineDeps } from "../deps.ts";
import type { RunContext } from "./run-context.ts";

/** What the collect step hands on: each enabled source's items (or failure). */
export interface Collected {
  sources: CollectedSource[];
  /** No source answered: the footer and the health alert say so at once. */
  allSourcesFailed: boolean;
}

/** collect: every enabled source fetched (conditional GET); a failed or lossy feed is recorded. */
export async function collectStep(deps: PipelineDeps, run: RunContext): Promise<Collected> {
  deps.progress.stage("collect");
  const sources = await collectSources(deps, run.signal);
  run.signal?.throwIfAborted();
  return noteCollected(run, sources);
}

/** The sources' outcomes as the step hands them on (in process, or from queue jobs): failures noted. */
export function noteCollected(run: Pick<RunContext, "failures">, sources: CollectedSource[]): Collected {
  for (const c of sources) {
    if (c.status === "failed")
      run.failures.push({ stage: "collect", sourceId: c.source.id, message: c.error ?? "failed" });
    else if (c.lost) run.failures.push({ stage: "collect", sourceId: c.source.id, message: c.lost });
  }
  // Nothing answered: say so at once (the health alert does not wait for failAfter runs).
  const allSourcesFailed = sources.length > 0 && sources.every((c) => c.status === "failed");
  return { sources, allSourcesFailed };
}

/**
 * Once the read step has stored them, the feeds' items are not needed again: dropped, so a feed
 * that carries whole articles does not hold the day a second time beside the stored articles.
 * The rest of each source's outcome (status, reason, losses) stays for the footer and the status.
 */
export function releaseItems(collected: Collected): void {
  for (const c of collected.sources) c.items = [];
}
