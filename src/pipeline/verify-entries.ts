import type { VerifyConfig } from "../config/verify-schema.ts";
import type { AnalysisOutcome } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { VerificationCounts } from "../model/briefing.ts";
import type { Entry } from "../model/entry.ts";
import {
  addCounts,
  type ClaimReport,
  type OnlineVerdict,
  type RepairEntry,
  verifyEntryAsync,
} from "../verify/index.ts";
import type { PipelineDeps } from "./deps.ts";

type OkOutcome = Extract<AnalysisOutcome, { status: "ok" }>;

export interface VerifyEntriesOptions {
  /** Default: deps.config.verify when the integrator adds it, else policy drop, offline. */
  verify?: VerifyConfig;
  repair?: RepairEntry;
  /** Online answers shared across a run (and runs, if the caller keeps it). */
  cache?: Map<string, OnlineVerdict>;
  signal?: AbortSignal;
}

export interface VerifiedItem {
  article: Article;
  outcome: OkOutcome;
  /** The entry as it may be published. */
  entry: Entry;
  counts: VerificationCounts;
  claims: ClaimReport[];
}

/**
 * Verifies each ok entry against its article. One entry's failure never sinks the run: a check
 * that throws keeps the entry unverified and logs it. The caller stores `entry` (see report).
 */
export async function verifyEntries(
  deps: PipelineDeps,
  items: { article: Article; outcome: OkOutcome }[],
  options: VerifyEntriesOptions = {},
): Promise<{ items: VerifiedItem[]; counts: VerificationCounts }> {
  const config = options.verify ??
    (deps.config as { verify?: VerifyConfig }).verify ?? {
      policy: "drop",
      online: false,
      onlineTimeoutMs: 5000,
    };
  const cache = options.cache ?? new Map<string, OnlineVerdict>();
  const out: VerifiedItem[] = [];
  let total: VerificationCounts = { checked: 0, supported: 0, dropped: 0, marked: 0 };
  for (const { article, outcome } of items) {
    try {
      const result = await verifyEntryAsync(
        outcome.entry,
        {
          text: article.text,
          html: article.html,
          links: article.links,
          title: article.title,
          publisher: article.account,
        },
        {
          policy: config.policy,
          repair: options.repair,
          online: config.online
            ? { fetch: deps.http.fetch, cache, timeoutMs: config.onlineTimeoutMs, signal: options.signal }
            : undefined,
        },
      );
      total = addCounts(total, result.counts);
      out.push({ article, outcome, entry: result.entry, counts: result.counts, claims: result.claims });
    } catch (error) {
      deps.logger.warn(
        { article_id: article.id, err: String(error) },
        "verification failed; entry kept unverified",
      );
      out.push({
        article,
        outcome,
        entry: outcome.entry,
        counts: { checked: 0, supported: 0, dropped: 0, marked: 0 },
        claims: [],
      });
    }
  }
  return { items: out, counts: total };
}
