import type { ArticleLink } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";

/** What verification reads of an article: the extracted text, body HTML and links. */
export interface ArticleEvidence {
  text: string;
  html?: string;
  links: ArticleLink[];
  title: string;
  /** Account or source name (量子位 …): an entry may name its publisher as org. */
  publisher?: string;
  /** True when the page was not read and the feed's own text stands in (caps the ★, see star-rubric). */
  feedOnly?: boolean;
}

/** What to do with a claim (a bullet's figure or name) the article does not support. */
export type VerifyPolicy = "drop" | "mark" | "repair";

export type ClaimKind = "link" | "figure" | "name" | "org" | "qualifier" | "quote" | "evidence";

/**
 * supported: found in the article. dropped: removed from the entry. marked: kept, flagged (⚠️).
 * unchecked: could not be decided (online check unreachable) and kept. unsupported: recorded only
 * (evidence quotes: the bullet is judged by its figures; the quote is recorded here but not
 * published, and a supported quote is published as the article's own passage).
 */
export type ClaimStatus = "supported" | "dropped" | "marked" | "unchecked" | "unsupported";

/** Where in the entry a claim sits, e.g. "summary", "results.bullets[2]", "resources[0]". */
export interface ClaimReport {
  kind: ClaimKind;
  value: string;
  status: ClaimStatus;
  where: string;
  reason: string;
  /** The article sentence the claim was accepted on (org claims; `daybrief verify` locates the rest). */
  evidence?: string;
  /** Org claims: "publisher" when the org is the account itself, named for its own piece. */
  role?: "actor" | "publisher";
}

export interface VerifyOptions {
  /** Default "drop". Without a repair function (pure verifyEntry) "repair" acts as "drop". */
  policy?: VerifyPolicy;
  /**
   * Other summaries of the same article (e.g. the offline analyser's), tried in order when no
   * sentence of the entry's own summary survives under drop: the first fully supported one is used.
   */
  fallbackSummaries?: readonly string[];
}

export interface VerifyResult {
  entry: Entry;
  counts: import("../model/briefing.ts").VerificationCounts;
  claims: ClaimReport[];
  /**
   * Under drop, when nothing of the summary survived: "bullet" (a supported bullet became the
   * summary) or "alternative" (a fallback summary did).
   */
  summaryFallback?: "bullet" | "alternative";
  /** Under drop, nothing of the summary survived and no fallback was supported: leave the entry out. */
  withheld?: boolean;
}

/** One unsupported claim, as handed to a repair turn. */
export interface VerifyProblem {
  kind: ClaimKind;
  value: string;
  where: string;
  reason: string;
}
