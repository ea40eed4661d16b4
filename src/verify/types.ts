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

export type ClaimKind = "link" | "figure" | "name" | "org" | "evidence";

/**
 * supported: found in the article. dropped: removed from the entry. marked: kept, flagged (⚠️).
 * unchecked: could not be decided (online check unreachable) and kept. unsupported: recorded only
 * (evidence quotes: the bullet is judged by its figures, the quote is kept as given).
 */
export type ClaimStatus = "supported" | "dropped" | "marked" | "unchecked" | "unsupported";

/** Where in the entry a claim sits, e.g. "summary", "results.bullets[2]", "resources[0]". */
export interface ClaimReport {
  kind: ClaimKind;
  value: string;
  status: ClaimStatus;
  where: string;
  reason: string;
}

export interface VerifyOptions {
  /** Default "drop". Without a repair function (pure verifyEntry) "repair" acts as "drop". */
  policy?: VerifyPolicy;
}

export interface VerifyResult {
  entry: Entry;
  counts: import("../model/briefing.ts").VerificationCounts;
  claims: ClaimReport[];
}

/** One unsupported claim, as handed to a repair turn. */
export interface VerifyProblem {
  kind: ClaimKind;
  value: string;
  where: string;
  reason: string;
}
