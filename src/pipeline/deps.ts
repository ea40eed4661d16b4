import type { Config } from "../config/index.ts";
import type { Http } from "../http/index.ts";
import type { Logger } from "../log.ts";
import type { Analyser, Usage } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import type { Redactor } from "../model/redact.ts";
import type { Store } from "../store/index.ts";
import type { Progress } from "./progress.ts";

/** Everything a run needs from the outside world, injected (tests pass their own). */
export interface PipelineDeps {
  config: Config;
  store: Store;
  http: Http;
  /** The configured analyser: an LLM chain, or the offline analyser when none is configured. */
  analyser: Analyser;
  /** The offline analyser, the fallback when the LLM fails or the budget is spent. */
  offline: Analyser;
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
