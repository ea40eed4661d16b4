import type { Usage } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { AnalyserInfo, Coverage, VerificationCounts } from "../model/briefing.ts";
import type { Entry } from "../model/entry.ts";
import { checkAnalysis, evidenceFor } from "../pipeline/verification.ts";
import { addDays, dayOf } from "../time.ts";
import { type ClaimExplanation, explainClaims } from "../verify/index.ts";
import { briefingOf, type QueryContext } from "./context.ts";
import { type EntryId, entryIdOf, parseEntryId } from "./entry-id.ts";
import { listUnpublishedDraftArticles } from "./pending.ts";

/** A briefing that followed this entry's story up on a later day. */
export interface LaterFollowUp {
  date: string;
  id?: EntryId;
  title: string;
  url: string;
}

/** One entry with everything behind it (for `/e/:id`, the API and MCP). */
export interface EntryDetail {
  id: EntryId;
  /** The publication day in the config's zone (the briefing it belongs to). */
  date: string;
  /** Whether the day's stored briefing carries it (else: an analysis that was not published). */
  published: boolean;
  /** As published (when published), else the analysis's entry after verification. */
  entry: Entry;
  article: Pick<
    Article,
    "title" | "url" | "sourceId" | "publishedAt" | "status" | "statusReason" | "textFrom" | "account" | "text"
  > & { id: number; sourceName?: string };
  analyser: AnalyserInfo;
  /** What the analysis cost (tokens, price), when it was an LLM's. */
  usage?: Usage;
  verification: {
    counts: VerificationCounts;
    /** Each claim with its status and the article sentence it was accepted on (or why not). */
    claims: ClaimExplanation[];
    withheld: boolean;
  };
  story: {
    /** Other coverage of the same story that day (同题报道). */
    related: Coverage[];
    /** The earlier briefing's story this entry follows up. */
    followUpOf?: { date: string; title: string; url: string };
    /** Later days' entries that follow this story up (within dedup.windowDays). */
    laterFollowUps: LaterFollowUp[];
  };
}

/** An entry by its id (entry-id.ts), or undefined when there is no such article or no ok analysis. */
export async function getEntry(ctx: QueryContext, id: EntryId): Promise<EntryDetail | undefined> {
  const { config, store } = ctx;
  const articleId = parseEntryId(id);
  if (articleId === undefined) return undefined;
  const article = await store.getArticle(articleId);
  if (!article) return undefined;
  const date = dayOf(article.publishedAt, config.timezone);
  const stored = await store.getBriefing(date, config.briefing.id);
  const item = stored ? briefingOf(stored).items.find((i) => i.articleId === articleId) : undefined;
  // A draft awaiting review (publish.review, of any briefing) is not public: its entries show once
  // published (a briefing published that day carries them).
  if (!item && (await listUnpublishedDraftArticles(ctx)).has(articleId)) return undefined;
  const analyses = await store.listAnalysesForArticles([articleId]);
  const ok = analyses.filter((a) => a.status === "ok");
  const chosen =
    (item && ok.find((a) => a.analyser.name === item.analyser.name)) ??
    ok.find((a) => !a.analyser.fallback && a.analyser.kind === "llm") ??
    ok.at(-1);
  if (chosen?.status !== "ok") return undefined;
  const result = checkAnalysis(config, article, chosen, analyses);
  return {
    id: entryIdOf(articleId),
    date,
    published: item !== undefined,
    entry: item?.entry ?? result.entry,
    article: {
      id: articleId,
      title: article.title,
      url: article.url,
      sourceId: article.sourceId,
      sourceName: config.sources.find((s) => s.id === article.sourceId)?.name,
      publishedAt: article.publishedAt,
      status: article.status,
      statusReason: article.statusReason,
      textFrom: article.textFrom,
      account: article.account,
      text: article.text,
    },
    analyser: item?.analyser ?? chosen.analyser,
    usage: chosen.usage,
    verification: {
      counts: result.counts,
      claims: explainClaims(chosen.entry, evidenceFor(config, article), result.claims),
      withheld: result.withheld === true,
    },
    story: {
      related: item?.related ?? [],
      followUpOf: item?.followUpOf,
      laterFollowUps: await findLaterFollowUps(ctx, date, article.url),
    },
  };
}

async function findLaterFollowUps(ctx: QueryContext, date: string, url: string): Promise<LaterFollowUp[]> {
  const last = addDays(date, ctx.config.dedup.windowDays);
  const out: LaterFollowUp[] = [];
  const days = (await ctx.store.listBriefingDates(ctx.config.briefing.id))
    .map((b) => b.date)
    .filter((d) => d > date && d <= last);
  for (const day of days.sort()) {
    const stored = await ctx.store.getBriefing(day, ctx.config.briefing.id);
    if (!stored) continue;
    for (const i of briefingOf(stored).items)
      if (i.followUpOf?.url === url)
        out.push({
          date: day,
          id: i.articleId === undefined ? undefined : entryIdOf(i.articleId),
          title: i.entry.title,
          url: i.url,
        });
  }
  return out;
}
