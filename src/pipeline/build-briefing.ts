import type { Config } from "../config/index.ts";
import type { AnalysisOutcome } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { Briefing, BriefingItem, SourceCoverage } from "../model/briefing.ts";
import type { Entry, Section } from "../model/entry.ts";
import { rankItems } from "../rank/index.ts";
import { addCounts } from "../verify/index.ts";
import type { StoryPlan } from "./cluster-stories.ts";
import type { ReadCounts } from "./read-articles.ts";
import { checkAnalysis } from "./verification.ts";

export type StoredOutcome = AnalysisOutcome & { articleId: number };

export interface BuildInput {
  config: Config;
  date: string;
  generatedAt: string;
  /** Articles of the day, from the store. */
  articles: Article[];
  /** Every stored analysis of those articles. */
  analyses: StoredOutcome[];
  /** Names of the configured analyser (Analyser.cacheNames); its entries win over the offline fallback. */
  primary: readonly string[];
  /** This run's per-source counts (absent when re-rendering). */
  counts?: Map<string, ReadCounts>;
  /** The coverage stored with an earlier build of this date, carried over where this run saw less. */
  previous?: SourceCoverage[];
  notes?: string[];
  /** The day's stories: only primaries become entries; the copies are attached as 同题报道. */
  stories?: Pick<StoryPlan, "primaries" | "related" | "followUps" | "duplicatesBySource">;
}

/** Pure: the day's stored articles and analyses → a ranked briefing with its coverage footer. */
export function buildBriefing(input: BuildInput): Briefing {
  const { config } = input;
  const sources = new Map(config.sources.map((s) => [s.id, s]));
  const coverage = new Map<string, Working>(
    config.sources
      .filter((s) => s.enabled)
      .map((s) => [s.id, emptyCoverage(s.id, s.name, input.counts?.get(s.id), prev(input.previous, s.id))]),
  );
  const items: BriefingItem[] = [];
  const primaries = input.stories && new Set(input.stories.primaries.map((a) => a.id));
  for (const [sourceId, n] of input.stories?.duplicatesBySource ?? []) {
    const c = coverage.get(sourceId);
    if (c) c.duplicates += n;
  }
  // Each article's analyses by its id: one pass over them, not one filter per article.
  const analysesOf = new Map<number, StoredOutcome[]>();
  for (const a of input.analyses) {
    const list = analysesOf.get(a.articleId);
    if (list) list.push(a);
    else analysesOf.set(a.articleId, [a]);
  }
  for (const article of input.articles) {
    const c = coverage.get(article.sourceId);
    const source = sources.get(article.sourceId);
    if (!c || !source) continue;
    c.inWindowStored++;
    if (article.status === "deleted" || article.status === "blocked" || article.status === "failed") {
      c.failed++;
      c.problems.push(`《${article.title}》${article.statusReason ?? article.status}`);
      continue;
    }
    // Copies of another article's story (and repeats of earlier days) are counted as duplicates.
    if (primaries && !primaries.has(article.id)) continue;
    const outcomes = (article.id !== undefined && analysesOf.get(article.id)) || [];
    const chosen = chooseOutcome(outcomes, input.primary);
    if (!chosen) {
      c.failed++;
      c.problems.push(`《${article.title}》分析失败`);
      continue;
    }
    if (chosen.status === "rejected") {
      // The relevance gate is an analysis too: counted like a ★ below the threshold.
      c.analysed++;
      c.belowThreshold++;
      continue;
    }
    if (chosen.status !== "ok") continue;
    c.analysed++;
    // Every entry is checked against its article at build time, so a re-render re-checks too.
    // Another analysis of the article (the offline one) may stand in for a summary that fell.
    const checked = checkAnalysis(config, article, chosen, outcomes);
    // Why only the feed's text was read, whether or not the entry is published.
    if (article.status === "feed-only")
      c.problems.push(`《${article.title}》${article.statusReason ?? "仅有订阅源内容"}`);
    if (checked.withheld) {
      // Under drop nothing unsupported is published: no summary survived and none could stand in.
      c.problems.push(`《${article.title}》摘要无法被原文证实，未收录`);
      continue;
    }
    // Nothing in any of the four sections: a headline with a summary is not an entry.
    if (hasNoContent(checked.entry)) {
      c.failed++;
      c.problems.push(`《${article.title}》四个部分均无内容（原文未提供），未发布`);
      continue;
    }
    items.push({
      entry: checked.entry,
      verification: checked.counts,
      articleId: article.id,
      sourceId: source.id,
      sourceName: source.name,
      sourceOrder: source.order,
      url: article.url,
      publishedAt: article.publishedAt,
      analyser: chosen.analyser,
      articleStatus: article.status === "ok" ? undefined : article.status,
      articleTitle: article.title,
      textFrom: article.textFrom,
      related: input.stories?.related.get(article.id!),
      followUpOf: input.stories?.followUps.get(article.id!),
    });
  }
  const { kept, belowThreshold } = rankItems(items, { minStars: config.briefing.minStars });
  for (const item of belowThreshold) coverage.get(item.sourceId)!.belowThreshold++;
  return {
    title: config.briefing.title,
    date: input.date,
    timezone: config.timezone,
    generatedAt: input.generatedAt,
    items: kept,
    coverage: [...coverage.values()].map(finishCoverage),
    analysers: summariseAnalysers(kept),
    minStars: config.briefing.minStars,
    verification: kept.reduce((sum, i) => addCounts(sum, i.verification ?? ZERO), ZERO),
    notes: input.notes ?? [],
  };
}

const ZERO = { checked: 0, supported: 0, dropped: 0, marked: 0 };

function hasNoContent(entry: Entry): boolean {
  const empty = (s: Section) => s.bullets.length === 0 && (!s.lead || s.lead.trim() === "原文未提供");
  return empty(entry.core) && empty(entry.results) && empty(entry.insights) && entry.resources.length === 0;
}

type Working = SourceCoverage & { inWindowStored: number; linkRepeats: number };

function emptyCoverage(id: string, name: string, counts?: ReadCounts, previous?: SourceCoverage): Working {
  return {
    sourceId: id,
    sourceName: name,
    found: Math.max(counts?.found ?? 0, previous?.found ?? 0),
    inWindow: Math.max(counts?.inWindow ?? 0, previous?.inWindow ?? 0),
    analysed: 0,
    // This run's exact repeats of a link; story copies are added from the plan (recomputed each build).
    duplicates: counts?.duplicates ?? 0,
    belowThreshold: 0,
    failed: 0,
    problems: [...(counts?.problems ?? [])],
    inWindowStored: 0,
    linkRepeats: counts?.duplicates ?? 0,
  };
}

/** On the day = what this run saw, or more: stored articles plus links repeated within the run. */
function finishCoverage({ inWindowStored, linkRepeats, ...c }: Working): SourceCoverage {
  return { ...c, inWindow: Math.max(c.inWindow, inWindowStored + linkRepeats) };
}

function prev(list: SourceCoverage[] | undefined, id: string): SourceCoverage | undefined {
  return list?.find((c) => c.sourceId === id);
}

/** The configured analyser's answer when it has one; else an offline fallback; else anything. */
function chooseOutcome(outcomes: StoredOutcome[], primary: readonly string[]): StoredOutcome | undefined {
  const usable = outcomes.filter((o) => o.status !== "failed");
  return (
    usable.find((o) => primary.includes(o.analyser.name)) ??
    usable.find((o) => o.analyser.kind === "offline" && o.status === "ok") ??
    usable[0]
  );
}

function summariseAnalysers(items: BriefingItem[]): Briefing["analysers"] {
  const byName = new Map<string, Briefing["analysers"][number]>();
  for (const { analyser } of items) {
    const row = byName.get(analyser.name) ?? {
      name: analyser.name,
      kind: analyser.kind,
      entries: 0,
      fallback: 0,
    };
    row.entries++;
    if (analyser.fallback) row.fallback++;
    byName.set(analyser.name, row);
  }
  return [...byName.values()];
}
