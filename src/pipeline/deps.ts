import type { Config } from "../config/index.ts";
import type { Http } from "../http/index.ts";
import type { Logger } from "../log.ts";
import type { Analyser, Usage } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import type { Redactor } from "../model/redact.ts";
import type { Store } from "../store/index.ts";
import type { Progress } from "./progress.ts";

/**
 * The analyse step's inputs, explicit: a run never tells the analysers apart by identity, and
 * never reaches into an analyser for its budget.
 */
export interface AnalysisInputs {
  /** The configured analyser: an LLM chain, or the offline analyser when none is configured. */
  primary: Analyser;
  /**
   * Stands in when the primary fails (a broken reply, an outage, the spent budget), marked as a
   * fallback: the offline analyser. Absent when the primary is the offline analyser itself.
   */
  fallback?: Analyser;
  /** The run's LLM budget, shared with the primary (which stops calling once it is spent). */
  budget?: RunBudget;
}

/** What the run reads of the LLM budget: whether it is spent (the footer says so). */
export interface RunBudget {
  readonly exhausted: boolean;
  readonly reason?: string;
}

/** Everything a run needs from the outside world, injected (tests pass their own). */
export interface PipelineDeps {
  config: Config;
  store: Store;
  http: Http;
  /** Who analyses the day's stories: the primary analyser, its fallback and the LLM budget. */
  analysis: AnalysisInputs;
  now: () => Date;
  logger: Logger;
  progress: Progress;
  /**
   * Applied once to each fresh analysis before it is stored (verify.online: links checked against
   * arXiv / GitHub / Hugging Face). Never throws; the build re-verifies offline every time anyway.
   */
  refineEntry?: (entry: Entry, article: Article) => Promise<Entry>;
  /** dedup.judge: the LLM's yes/no on an ambiguous pair of articles (absent when off). */
  judgeStories?: (
    a: { title: string; text: string },
    b: { title: string; text: string },
  ) => Promise<{ same: boolean; model: string; usage?: Usage; unclear?: boolean }>;
  /**
   * Removes configured secrets and credential shapes from any text the run stores, logs, shows or
   * publishes (built once from the config by the entry point). Default: patterns only.
   */
  redact?: Redactor;
  /** Waits between message parts and retries; default real timers. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
