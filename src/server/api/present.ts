/**
 * Query results as the API sends them: what a caller needs, never the stored article text or
 * a secret in a feed URL. Every article address is `url` as a client may link it, or null with the
 * address as written in `rawUrl` (`linkFields`): a client that links `url` never links into the
 * reader's own network nor runs `javascript:`.
 */
import type { z } from "@hono/zod-openapi";
import { linkFields } from "../../model/links.ts";
import type {
  BriefingListItem,
  EntryDetail,
  EntryRef,
  RunReport,
  SearchHit,
  SourceReport,
  TrendsReport,
} from "../../queries/index.ts";
import { entryIdOf } from "../../queries/index.ts";
import type { RunJob } from "./run-jobs.ts";
import type {
  briefingListItemSchema,
  entryDetailSchema,
  runProgressSchema,
  runSchema,
  searchResultSchema,
  sourceSchema,
  trendsSchema,
} from "./schemas.ts";

/** `url` safe to link or null, `rawUrl` only when it is null (no `rawUrl: undefined` key). */
export function linkOf(url: string): { url: string | null; rawUrl?: string } {
  const fields = linkFields(url);
  return fields.rawUrl === undefined ? { url: fields.url } : fields;
}

export function presentBriefingItem(item: BriefingListItem): z.infer<typeof briefingListItemSchema> {
  return { date: item.date, generatedAt: item.generatedAt, entries: item.entries, top: item.top };
}

export function presentEntry(detail: EntryDetail): z.infer<typeof entryDetailSchema> {
  const { text, ...article } = detail.article;
  const { story, entry } = detail;
  return {
    ...detail,
    entry: { ...entry, resources: entry.resources.map((r) => ({ ...r, ...linkOf(r.url) })) },
    article: {
      ...article,
      ...linkOf(article.url),
      status: String(article.status),
      textChars: text?.length ?? 0,
    },
    story: {
      ...story,
      related: story.related.map((r) => ({ ...r, ...linkOf(r.url) })),
      followUpOf: story.followUpOf && { ...story.followUpOf, ...linkOf(story.followUpOf.url) },
      laterFollowUps: story.laterFollowUps.map((r) => ({ ...r, ...linkOf(r.url) })),
    },
    verification: {
      ...detail.verification,
      claims: detail.verification.claims.map((c) => ({
        ...c.claim,
        evidence: c.evidence ?? c.claim.evidence,
        why: c.why,
      })),
    },
  };
}

export function presentHit(hit: SearchHit): z.infer<typeof searchResultSchema>["hits"][number] {
  return {
    id: entryIdOf(hit.articleId),
    matchedIn: hit.matchedIn,
    date: hit.date,
    publishedAt: hit.publishedAt,
    sourceId: hit.sourceId,
    ...linkOf(hit.url),
    title: hit.title,
    entry: hit.entry && {
      org: hit.entry.org,
      stars: hit.entry.stars,
      tags: hit.entry.tags,
      analyser: hit.entry.analyser,
    },
    snippet: hit.snippet,
  };
}

export function presentSource(
  source: SourceReport,
  redact: (text: string) => string,
): z.infer<typeof sourceSchema> {
  return {
    ...source,
    url: redact(source.url),
    lastError: source.lastError === undefined ? undefined : redact(source.lastError),
    alerts: source.alerts.map((a) => ({ ...a, kind: String(a.kind), message: redact(a.message) })),
  };
}

export function presentProgress(job: RunJob): z.infer<typeof runProgressSchema> {
  return { state: job.state, stage: job.stage, detail: job.detail, steps: job.steps, error: job.error };
}

export function presentRun(run: RunReport, job?: RunJob): z.infer<typeof runSchema> {
  return {
    id: run.id,
    date: run.date,
    command: run.command,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    status: run.status,
    reason: run.reason,
    counts: run.counts,
    // A feed's URL is the operator's own (as configured); an article's is the feed's.
    failures: run.failures.map((f) =>
      f.url === undefined || f.stage === "collect" ? f : { ...f, ...omitNullUrl(linkOf(f.url)) },
    ),
    spend: run.spend,
    progress: job && presentProgress(job),
  };
}

function omitNullUrl(fields: { url: string | null; rawUrl?: string }): { url?: string; rawUrl?: string } {
  return fields.url === null ? { url: undefined, rawUrl: fields.rawUrl } : { url: fields.url };
}

function presentRef(ref: EntryRef): z.infer<typeof trendsSchema>["items"][number]["top"][number] {
  return { ...ref, ...linkOf(ref.url) };
}

export function presentTrends(report: TrendsReport): z.infer<typeof trendsSchema> {
  const item = (t: TrendsReport["items"][number]) => ({ ...t, top: t.top.map(presentRef) });
  return { ...report, items: report.items.map(item), movers: report.movers.map(item) };
}
