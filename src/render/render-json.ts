import type { Briefing, BriefingItem, Problem } from "../model/index.ts";
import { linkFields } from "../model/links.ts";
import { describeProblem } from "../model/problem.ts";
import { formatDateTime } from "../time.ts";
import {
  BRIEFING_SCHEMA_URL,
  BRIEFING_SCHEMA_VERSION,
  type BriefingOutput,
  type EntryOutput,
  type ProblemOutput,
} from "./briefing-json-schema.ts";
import { describeItemBadges, describeItemNotes, formatEntryTitle } from "./briefing-text.ts";

/**
 * The briefing as JSON (schema v2, docs/json-output.md). Keys come in a fixed order and absent
 * optional top-level parts are `null`, so the same briefing always gives the same bytes.
 */
export function renderJson(briefing: Briefing): string {
  return `${JSON.stringify(toBriefingOutput(briefing), null, 2)}\n`;
}

export function toBriefingOutput(briefing: Briefing): BriefingOutput {
  return {
    $schema: BRIEFING_SCHEMA_URL,
    schemaVersion: BRIEFING_SCHEMA_VERSION,
    date: briefing.date,
    timezone: briefing.timezone,
    generatedAt: briefing.generatedAt,
    minStars: briefing.minStars,
    entries: briefing.items.map((item, i) => toEntryOutput(item, i + 1, briefing.timezone)),
    coverage: briefing.coverage.map((c) => ({
      sourceId: c.sourceId,
      sourceName: c.sourceName,
      found: c.found,
      inWindow: c.inWindow,
      analysed: c.analysed,
      duplicates: c.duplicates,
      belowThreshold: c.belowThreshold,
      failed: c.failed,
      problems: c.problems.map(toProblemOutput),
    })),
    analysers: briefing.analysers.map((a) => ({
      name: a.name,
      kind: a.kind,
      entries: a.entries,
      fallback: a.fallback,
    })),
    usage: briefing.usage ? { ...briefing.usage } : null,
    verification: briefing.verification ? { ...briefing.verification } : null,
    notes: [...briefing.notes],
  };
}

/** A problem's data and its Chinese wording (`message`), so readers need no catalogue. */
function toProblemOutput(problem: Problem): ProblemOutput {
  return {
    code: problem.code,
    stage: problem.stage,
    ...(problem.articleId !== undefined && { articleId: problem.articleId }),
    // A feed's URL is the operator's own (configured, internal or not); an article's is the feed's.
    ...(problem.url !== undefined &&
      (problem.stage === "collect" ? { url: problem.url } : omitNull(linkFields(problem.url)))),
    ...(problem.httpStatus !== undefined && { httpStatus: problem.httpStatus }),
    ...(problem.title !== undefined && { title: problem.title }),
    message: describeProblem(problem),
  };
}

function toEntryOutput(item: BriefingItem, rank: number, timeZone: string): EntryOutput {
  const { entry } = item;
  const out: EntryOutput = {
    rank,
    stars: entry.stars,
    org: entry.org,
    title: entry.title,
    displayTitle: formatEntryTitle(entry),
    badges: describeItemBadges(item),
    tags: [...entry.tags],
    summary: entry.summary,
    core: entry.core,
    results: entry.results,
    insights: entry.insights,
    resources: entry.resources.map((r) => ({ ...r, ...linkFields(r.url) })),
    ...linkFields(item.url),
    publishedAt: item.publishedAt,
    publishedAtLocal: Number.isNaN(Date.parse(item.publishedAt))
      ? ""
      : formatDateTime(item.publishedAt, timeZone),
    source: { id: item.sourceId, name: item.sourceName, order: item.sourceOrder },
    analyser: { ...item.analyser },
    related: (item.related ?? []).map((r) => ({ ...r, ...linkFields(r.url) })),
  };
  // Optional fields are left out rather than written as undefined/null: absent means "not known".
  if (item.articleId !== undefined) out.articleId = item.articleId;
  if (item.articleStatus !== undefined) out.articleStatus = item.articleStatus;
  const notes = describeItemNotes(item);
  if (notes.length > 0) out.notes = notes;
  if (item.articleTitle !== undefined) out.articleTitle = item.articleTitle;
  if (item.textFrom !== undefined) out.textFrom = item.textFrom;
  if (item.followUpOf) out.followUpOf = { ...item.followUpOf, ...linkFields(item.followUpOf.url) };
  if (item.verification) out.verification = { ...item.verification };
  if (item.curation) out.curation = structuredClone(item.curation);
  return out;
}

/** A problem's url is optional: absent rather than null when it may not be linked. */
function omitNull(fields: { url: string | null; rawUrl?: string }): { url?: string; rawUrl?: string } {
  return fields.url === null ? { rawUrl: fields.rawUrl } : { url: fields.url };
}
