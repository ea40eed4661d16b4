import type { Config } from "../config/index.ts";
import type { Briefing, BriefingItem } from "../model/briefing.ts";
import { rankItems } from "../rank/index.ts";
import { addCounts } from "../verify/index.ts";
import type { VerifiedDay } from "./build-briefing.ts";

/**
 * The rank step, pure: the verified entries ranked (★, then source, then time), those below
 * briefing.minStars counted in their source's coverage, and the briefing put together.
 */
export function rankBriefing(
  verified: VerifiedDay,
  input: { config: Config; date: string; generatedAt: string; notes?: string[] },
): Briefing {
  const { config } = input;
  const { kept, belowThreshold } = rankItems(verified.items, { minStars: config.briefing.minStars });
  const coverage = new Map(verified.coverage.map((c) => [c.sourceId, { ...c }]));
  for (const item of belowThreshold) coverage.get(item.sourceId)!.belowThreshold++;
  return {
    title: config.briefing.title,
    date: input.date,
    timezone: config.timezone,
    generatedAt: input.generatedAt,
    items: kept,
    coverage: [...coverage.values()],
    analysers: summariseAnalysers(kept),
    minStars: config.briefing.minStars,
    verification: kept.reduce((sum, i) => addCounts(sum, i.verification ?? ZERO), ZERO),
    notes: input.notes ?? [],
  };
}

const ZERO = { checked: 0, supported: 0, dropped: 0, marked: 0 };

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
