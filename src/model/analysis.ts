import type { Article } from "./article.ts";
import type { AnalyserInfo } from "./briefing.ts";
import type { Entry } from "./entry.ts";
import type { Reason } from "./reasons.ts";

/** Token use of one or more LLM calls. */
export interface Usage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** True when the API gave no usage and the counts were estimated. */
  estimated?: boolean;
  cost?: number;
  currency?: string;
}

export type AnalysisOutcome =
  | { status: "ok"; entry: Entry; analyser: AnalyserInfo; usage?: Usage }
  /** The relevance gate decided the article is not for the briefing (ad, recruiting, not AI …). */
  | { status: "rejected"; reason: string; analyser: AnalyserInfo; usage?: Usage }
  /** No valid entry could be had; `rawReply` keeps what the model said. */
  | {
      status: "failed";
      error: string;
      /** Why, as data (for the briefing's short note); `error` keeps the detail for the store. */
      reason?: Reason;
      rawReply?: string;
      analyser: AnalyserInfo;
      usage?: Usage;
    };

export interface AnalyseOptions {
  /** Display name of the article's source (机器之心 …). */
  sourceName: string;
  signal?: AbortSignal;
}

/** Turns an article into an entry. The offline analyser and the LLM analyser both implement it. */
export interface Analyser {
  readonly info: AnalyserInfo;
  /**
   * Every analyser name whose stored analyses count as this analyser's own (an LLM chain: each
   * provider/model in it, since a fallback provider may have answered). Default: [info.name].
   */
  readonly cacheNames?: readonly string[];
  analyse(article: Article, options: AnalyseOptions): Promise<AnalysisOutcome>;
}
