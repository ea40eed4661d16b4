import type { Article } from "../model/article.ts";
import type { ArticleEvidence } from "./types.ts";

/**
 * What an entry is verified against, built in ONE place for the briefing build, the `repair` policy
 * and `daybrief verify`, so that the published counts and the counts `daybrief verify --date` prints
 * can never disagree: the article's text, links and title; the publisher is the page's account,
 * else the configured source's name; feed-only when the page itself was not read. Pure.
 */
export function articleEvidence(
  article: Pick<Article, "text" | "html" | "links" | "title" | "account" | "status">,
  sourceName?: string,
): ArticleEvidence {
  const publisher = article.account ?? sourceName;
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
