import type { Config } from "../config/index.ts";
import type { Logger } from "../log.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import {
  type ArticleEvidence,
  alternativeSummaries,
  type EvidenceArticle,
  evidenceOf,
  type OnlineCheckOptions,
  type OnlineVerdict,
  type VerifyResult,
  verifyEntry,
  verifyEntryAsync,
} from "../verify/index.ts";

/**
 * The one verification wiring (issue 12): the briefing build, the LLM repair turn, the online link
 * check and `daybrief verify` (queries/verify.ts) all take the evidence, the publisher and the
 * policy from here, so the published 核验 counts, the claims a repair turn is paid for and what
 * `daybrief verify --date` prints can never disagree.
 *
 * Policy: `drop` and `mark` are applied as such; `repair` is one repair turn inside the LLM analyser
 * (unsupportedClaims below), after which what is still unsupported is dropped (as `drop`).
 */

/** The policy the build applies to an entry: `repair` has had its turn in the analyser. */
export function appliedPolicy(config: Pick<Config, "verify">): "drop" | "mark" {
  return config.verify.policy === "mark" ? "mark" : "drop";
}

/** The configured source of an article, whose name is the publisher when the page names none. */
function sourceOf(config: Pick<Config, "sources">, article: { sourceId: string }) {
  return config.sources.find((s) => s.id === article.sourceId);
}

/** What an article's entries are verified against (verify/article-evidence.ts), for this config. */
export function evidenceFor(
  config: Pick<Config, "sources">,
  article: EvidenceArticle & { sourceId: string },
): ArticleEvidence {
  return evidenceOf(article, sourceOf(config, article));
}

/**
 * An analysis of an article checked as the build checks it: the applied policy, and the other
 * analyses' summaries as stand-ins for a summary that fell. Pure.
 */
export function checkAnalysis<T extends { status: string; entry?: Entry }>(
  config: Pick<Config, "sources" | "verify">,
  article: EvidenceArticle & { sourceId: string },
  chosen: T & { entry: Entry },
  outcomes: readonly T[] = [],
): VerifyResult {
  return verifyEntry(chosen.entry, evidenceFor(config, article), {
    policy: appliedPolicy(config),
    fallbackSummaries: alternativeSummaries(outcomes, chosen),
  });
}

/** verify.policy "repair": the claims the article does not support, one line each, for the LLM. */
export function unsupportedClaims(
  config: Pick<Config, "sources">,
  entry: Entry,
  article: EvidenceArticle & { sourceId: string },
): string[] {
  return unsupportedClaimsAt(config, entry, article).map((c) => c.line);
}

/**
 * The claims of an entry the article does not support, with where each sits ("title", "summary",
 * "core.bullets[1]" …): the repair turn's list, and an editor's edited text checked again
 * (queries/review.ts) — the same checks, evidence and publisher as the build.
 */
export function unsupportedClaimsAt(
  config: Pick<Config, "sources">,
  entry: Entry,
  article: EvidenceArticle & { sourceId: string },
): { where: string; line: string }[] {
  return verifyEntry(entry, evidenceFor(config, article), { policy: "mark" })
    .claims.filter((c) => c.status !== "supported" && c.status !== "unchecked" && c.kind !== "evidence")
    .map((c) => ({ where: c.where, line: `${c.where}: ${c.value}（${c.reason}）` }));
}

/** The analyser's fact check: set only under verify.policy "repair". */
export function repairCheckOf(config: Pick<Config, "sources" | "verify">) {
  return config.verify.policy === "repair"
    ? (entry: Entry, article: Article) => unsupportedClaims(config, entry, article)
    : undefined;
}

/**
 * verify.online: links that resolve nowhere (404/410) are removed; anything unclear is kept. The
 * cache holds the answers of this process (one per link), so a link is probed once per run.
 */
export function createOnlineCheck(
  config: Pick<Config, "sources" | "verify">,
  options: { fetch: OnlineCheckOptions["fetch"]; logger: Logger; cache?: Map<string, OnlineVerdict> },
): (entry: Entry, article: Article) => Promise<Entry> {
  const cache = options.cache ?? new Map<string, OnlineVerdict>();
  return async (entry, article) => {
    try {
      const result = await verifyEntryAsync(entry, evidenceFor(config, article), {
        policy: appliedPolicy(config),
        online: { fetch: options.fetch, cache, timeoutMs: config.verify.onlineTimeoutMs },
      });
      return result.entry;
    } catch (error) {
      options.logger.warn({ url: article.url, err: String(error) }, "online link check failed; entry kept");
      return entry;
    }
  };
}
