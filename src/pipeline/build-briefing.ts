import type { Config } from "../config/index.ts";
import type { AnalysisOutcome } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { Briefing, BriefingItem, SourceCoverage } from "../model/briefing.ts";
import type { Entry, Section } from "../model/entry.ts";
import { articleProblem } from "../model/problem.ts";
import type { StoryPlan } from "./cluster-stories.ts";
import { rankBriefing } from "./rank-briefing.ts";
import type { ReadCounts } from "./read-articles.ts";
import { checkAnalysis } from "./verification.ts";

export type StoredOutcome = AnalysisOutcome & { articleId: number };

/** What the verify step checks: the day's articles, their analyses and the story plan. */
export interface VerifyInput {
  config: Config;
  /** Articles of the day, from the store. */
  articles: Article[];
  /** Every stored analysis of those articles (of the story primaries, when `stories` is given). */
  analyses: StoredOutcome[];
  /** Names of the configured analyser (Analyser.cacheNames); its entries win over the offline fallback. */
  primary: readonly string[];
  /**
   * The configured analyser's prompt version: of its analyses, the one made with these prompts wins
   * (two briefings with their own rubrics analyse one article twice, each showing its own).
   */
  promptVersion?: string;
  /** This run's per-source counts (absent when re-rendering). */
  counts?: Map<string, ReadCounts>;
  /** The coverage stored with an earlier build of this date, carried over where this run saw less. */
  previous?: SourceCoverage[];
  /** The day's stories: only primaries become entries; the copies are attached as 同题报道. */
  stories?: Pick<StoryPlan, "primaries" | "related" | "followUps" | "duplicatesBySource">;
}

/** What the verify step leaves to ranking: the entries that stand, unranked, and the coverage so far. */
export interface VerifiedDay {
  items: BriefingItem[];
  /** Per enabled source; `belowThreshold` counts only the relevance gate's rejections so far. */
  coverage: SourceCoverage[];
}

export interface BuildInput extends VerifyInput {
  date: string;
  generatedAt: string;
  notes?: string[];
}

/** Pure: the day's stored articles and analyses → a ranked briefing (verify, then rank). */
export function buildBriefing(input: BuildInput): Briefing {
  return rankBriefing(verifyEntries(input), input);
}

/**
 * The verify step, pure: each story's chosen analysis checked against its article (drop / mark,
 * another analysis standing in for a summary that fell); what stands becomes an entry. Counts each
 * source's coverage on the way.
 */
export function verifyEntries(input: VerifyInput): VerifiedDay {
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
      const key = article.status === "failed" ? "article_failed" : (`article_${article.status}` as const);
      c.problems.push(articleProblem(key, "read", article, article.statusReason));
      continue;
    }
    // Copies of another article's story (and repeats of earlier days) are counted as duplicates.
    if (primaries && !primaries.has(article.id)) continue;
    const outcomes = (article.id !== undefined && analysesOf.get(article.id)) || [];
    const chosen = chooseOutcome(outcomes, input.primary, input.promptVersion);
    if (!chosen) {
      c.failed++;
      c.problems.push(articleProblem("analysis_failed", "analyse", article));
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
      c.problems.push(articleProblem("feed_only", "read", article, article.statusReason));
    if (checked.withheld) {
      // Under drop nothing unsupported is published: no summary survived and none could stand in.
      c.problems.push(articleProblem("unsupported", "verify", article));
      continue;
    }
    // Nothing in any of the four sections: a headline with a summary is not an entry.
    if (hasNoContent(checked.entry)) {
      c.failed++;
      c.problems.push(articleProblem("no_content", "analyse", article));
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
  return { items, coverage: [...coverage.values()].map(finishCoverage) };
}

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
function chooseOutcome(
  outcomes: StoredOutcome[],
  primary: readonly string[],
  promptVersion?: string,
): StoredOutcome | undefined {
  const usable = outcomes.filter((o) => o.status !== "failed");
  return (
    (promptVersion
      ? usable.find((o) => primary.includes(o.analyser.name) && o.analyser.promptVersion === promptVersion)
      : undefined) ??
    usable.find((o) => primary.includes(o.analyser.name)) ??
    usable.find((o) => o.analyser.kind === "offline" && o.status === "ok") ??
    usable[0]
  );
}
