/**
 * Query results as the API sends them: what a caller needs, never the stored article text or
 * a secret in a feed URL.
 */
import type { z } from "@hono/zod-openapi";
import type {
  BriefingListItem,
  EntryDetail,
  RunReport,
  SearchHit,
  SourceReport,
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
} from "./schemas.ts";

export function presentBriefingItem(item: BriefingListItem): z.infer<typeof briefingListItemSchema> {
  return { date: item.date, generatedAt: item.generatedAt, entries: item.entries, top: item.top };
}

export function presentEntry(detail: EntryDetail): z.infer<typeof entryDetailSchema> {
  const { text, ...article } = detail.article;
  return {
    ...detail,
    article: { ...article, status: String(article.status), textChars: text?.length ?? 0 },
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
    url: hit.url,
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
    failures: run.failures,
    spend: run.spend,
    progress: job && presentProgress(job),
  };
}
