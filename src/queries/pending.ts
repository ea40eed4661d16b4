import { briefingIdsOf } from "../config/index.ts";
import { briefingOf, type QueryContext } from "./context.ts";

/**
 * The articles not public yet (docs/review.md, publish.review): carried by a draft awaiting the
 * editors' decision, of any briefing of the install, and by no briefing published for that day.
 * Their entries answer "not found" (`getEntry`) and search leaves them out (`searchEntries`), for
 * every reader, until their day is published. Reads the undecided drafts only (a few a day).
 */
export async function listUnpublishedDraftArticles(ctx: QueryContext): Promise<Set<number>> {
  const briefingIds = briefingIdsOf(ctx.config);
  const pending = new Map<number, string>();
  for (const briefingId of briefingIds)
    for (const summary of await ctx.store.listDrafts("draft", briefingId)) {
      const draft = await ctx.store.getDraft(summary.date, briefingId);
      if (draft?.status !== "draft") continue;
      for (const item of draft.briefing.items)
        if (item.articleId !== undefined) pending.set(item.articleId, summary.date);
    }
  if (pending.size === 0) return new Set();
  // A briefing published that day carries some of them: those are public (on its pages).
  const published = new Set<number>();
  for (const date of new Set(pending.values()))
    for (const briefingId of briefingIds) {
      const stored = await ctx.store.getBriefing(date, briefingId);
      if (stored)
        for (const item of briefingOf(stored).items)
          if (item.articleId !== undefined) published.add(item.articleId);
    }
  return new Set([...pending.keys()].filter((id) => !published.has(id)));
}
