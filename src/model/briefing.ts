import type { ItemCuration } from "./curation.ts";
import type { Entry, Stars } from "./entry.ts";
import type { Problem } from "./problem.ts";

/** Who wrote an entry: the offline analyser, or an LLM (provider + model). */
export interface AnalyserInfo {
  kind: "offline" | "llm";
  /** e.g. "offline-extractive" or "deepseek/deepseek-chat". */
  name: string;
  promptVersion: string;
  /** True when an LLM was configured but this entry fell back to the offline analyser. */
  fallback?: boolean;
  fallbackReason?: string;
}

/** Another article covering the same story (同题报道). */
export interface Coverage {
  sourceName: string;
  title: string;
  url: string;
  publishedAt: string;
  similarity?: number;
}

/** Counts of what verification checked in one entry (or a whole briefing). */
export interface VerificationCounts {
  checked: number;
  supported: number;
  dropped: number;
  marked: number;
  /** One entry: "publisher" when its org is the account itself, named for its own piece. */
  orgRole?: "publisher";
  /** One entry's ★ as the analyser gave it and as published after the rubric check (docs/stars.md). */
  stars?: StarCheck;
}

/** The ★ check of one entry: the analyser's ★, the band verified signals allow, the ★ published. */
export interface StarCheck {
  model: Stars;
  final: Stars;
  min: Stars;
  max: Stars;
  /** The article asks for its own rating or rank: no upward tolerance was given. */
  ratingRequest?: boolean;
}

/** An entry as it stands in a briefing: the analysis plus where it came from. */
export interface BriefingItem {
  entry: Entry;
  articleId?: number;
  sourceId: string;
  sourceName: string;
  /** Position of the source in the config (ranking tie-break). */
  sourceOrder: number;
  url: string;
  /** ISO 8601 UTC. */
  publishedAt: string;
  analyser: AnalyserInfo;
  /** The article's own title, as published (the entry's title may be cleaned or rewritten). */
  articleTitle?: string;
  /** Article status when it was not fully read ("feed-only"), shown to the reader. */
  articleStatus?: string;
  /** Where the article's text came from: the page, or the feed (a full-text bridge, or a stand-in). */
  textFrom?: "feed" | "page";
  related?: Coverage[];
  /** Set when this entry follows up an earlier briefing's story. */
  followUpOf?: { date: string; title: string; url: string };
  verification?: VerificationCounts;
  /** Set when an editor pinned the entry or kept an edit the article does not support (docs/review.md). */
  curation?: ItemCuration;
}

/** Per-source coverage for the footer. */
export interface SourceCoverage {
  sourceId: string;
  sourceName: string;
  /** Items in the feed this run. */
  found: number;
  /** Items whose publish time falls on the briefing date. */
  inWindow: number;
  analysed: number;
  duplicates: number;
  belowThreshold: number;
  failed: number;
  /** Failures and gaps (feed errors, deleted pages, …) as data; `describeProblem` words them. */
  problems: Problem[];
}

export interface UsageTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  cost: number;
  currency: string;
}

export interface Briefing {
  /** Heading of the briefing (config briefing.title); absent, outputs show briefingTitle()'s default. */
  title?: string;
  /** YYYY-MM-DD in the configured timezone. */
  date: string;
  timezone: string;
  /** ISO 8601 UTC. */
  generatedAt: string;
  /** Ranked, thresholded entries. */
  items: BriefingItem[];
  coverage: SourceCoverage[];
  /** Analysers that wrote the entries, with counts. */
  analysers: { name: string; kind: "offline" | "llm"; entries: number; fallback: number }[];
  minStars: number;
  usage?: UsageTotals;
  verification?: VerificationCounts;
  /** Run-level notes for the footer ("LLM budget reached after 12 articles", …). */
  notes: string[];
}
