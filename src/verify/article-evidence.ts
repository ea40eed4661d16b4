import type { Article } from "../model/article.ts";
import type { ArticleEvidence } from "./types.ts";

/** The fields of an article that evidence is built from. */
export type EvidenceArticle = Pick<Article, "text" | "links" | "title" | "account" | "status"> & {
  html?: string;
};

/**
 * What an entry is verified against, built in ONE place for the briefing build, the repair turn,
 * the online link check and `daybrief verify` (all through pipeline/verification.ts), so that the
 * published counts and the counts `daybrief verify --date` prints can never disagree: the article's
 * text, links and title; the publisher is the page's account, else the configured source's name
 * (the only place the publisher is decided); feed-only when the page itself was not read. Pure.
 */
export function evidenceOf(article: EvidenceArticle, source?: { name: string }): ArticleEvidence {
  const publisher = article.account ?? source?.name;
  return {
    text: article.text,
    html: article.html,
    links: article.links,
    title: article.title,
    ...(publisher ? { publisher } : {}),
    ...(article.status === "feed-only" ? { feedOnly: true } : {}),
  };
}

/**
 * The other analyses' summaries of the same article, in order: under `drop` they may stand in for
 * a summary none of whose sentences is supported (verify-entry.ts).
 */
export function alternativeSummaries<T extends { status: string; entry?: { summary: string } }>(
  outcomes: readonly T[],
  chosen: T,
): string[] {
  return outcomes.flatMap((o) => (o !== chosen && o.status === "ok" && o.entry ? [o.entry.summary] : []));
}
