import type { Briefing } from "../model/briefing.ts";
import type { Stars } from "../model/entry.ts";
import { assembleBriefing } from "../pipeline/assemble-briefing.ts";
import type { PipelineDeps } from "../pipeline/deps.ts";
import { curateForPublish } from "../pipeline/publish-draft.ts";
import { briefingOf, type QueryContext } from "./context.ts";
import { type EntryId, entryIdOf } from "./entry-id.ts";

/** A day of the archive: how many entries, and its first (highest ranked) entry. */
export interface BriefingListItem {
  date: string;
  generatedAt: string;
  entries: number;
  /** The briefing's first entry, as ranked (absent on an empty day). */
  top?: { id?: EntryId; title: string; org: string; stars: Stars };
  /** Output format → file path, as written when it was published. */
  outputs: Record<string, string>;
}

/** The briefing published for a day, as stored (typed), or undefined when none was published. */
export async function getBriefing(ctx: QueryContext, date: string): Promise<Briefing | undefined> {
  const stored = await ctx.store.getBriefing(date, ctx.config.briefing.id);
  return stored ? briefingOf(stored) : undefined;
}

/** The most recent day's briefing, or undefined when none was published yet. */
export async function getLatestBriefing(ctx: QueryContext): Promise<Briefing | undefined> {
  const latest = (await listBriefingDates(ctx))[0];
  return latest ? getBriefing(ctx, latest) : undefined;
}

/** The latest day a briefing was stored for (what `render` and `dupes` show by default), or undefined. */
export async function latestBriefingDate(ctx: QueryContext): Promise<string | undefined> {
  return (await listBriefingDates(ctx))[0];
}

async function listBriefingDates(ctx: QueryContext): Promise<string[]> {
  return (await ctx.store.listBriefingDates(ctx.config.briefing.id)).map((b) => b.date).reverse();
}

/**
 * The archive, newest day first (at most `limit` days, default 30), with counts and top entry;
 * `from`/`to` bound the days (inclusive), `before` starts after a day already shown (a page cursor).
 */
export async function listBriefings(
  ctx: QueryContext,
  options: { limit?: number; from?: string; to?: string; before?: string } = {},
): Promise<BriefingListItem[]> {
  const { from, to, before } = options;
  const summaries = (await ctx.store.listBriefings(ctx.config.briefing.id))
    .filter((b) => (!from || b.date >= from) && (!to || b.date <= to) && (!before || b.date < before))
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, options.limit ?? 30);
  const out: BriefingListItem[] = [];
  for (const summary of summaries) {
    const stored = await ctx.store.getBriefing(summary.date, ctx.config.briefing.id);
    if (!stored) continue;
    const briefing = briefingOf(stored);
    const first = briefing.items[0];
    out.push({
      date: summary.date,
      generatedAt: summary.generatedAt,
      entries: briefing.items.length,
      top: first && {
        id: first.articleId === undefined ? undefined : entryIdOf(first.articleId),
        title: first.entry.title,
        org: first.entry.org,
        stars: first.entry.stars,
      },
      outputs: stored.outputs,
    });
  }
  return out;
}

/**
 * A day's briefing rebuilt from stored analyses (`daybrief render`): the build's own assembly, no
 * fetching and no analysis. A day published from a reviewed draft gets its editors' edits again
 * (docs/review.md). Undefined when nothing of the day is stored.
 */
export async function rebuildBriefing(deps: PipelineDeps, date: string): Promise<Briefing | undefined> {
  const briefing = await assembleBriefing(deps, date);
  const empty = briefing.coverage.every((c) => c.inWindow === 0) && briefing.items.length === 0;
  if (empty) return undefined;
  const draft = await deps.store.getDraft(date, deps.config.briefing.id);
  if (draft?.status !== "published") return briefing;
  return curateForPublish(
    briefing,
    await deps.store.listBriefingEdits(date, deps.config.briefing.id),
    draft.decidedBy ?? "",
  );
}
