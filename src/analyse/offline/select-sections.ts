import type { Section } from "../../model/index.ts";
import { CUE_THRESHOLDS, type CueScores, scoreCues } from "./cues.ts";
import type { RankedSentence } from "./rank-sentences.ts";

export const NOT_PROVIDED = "原文未提供";
/** The summary is chosen among the first few content sentences. */
const LEAD_SENTENCES = 4;
/** Below this a lead sentence is a fragment, not a summary, unless nothing longer exists. */
const MIN_SUMMARY_CHARS = 15;
/** How much each cue point adds to a sentence's rank inside its section. */
const CUE_BONUS = 0.08;
/** News states its point first: the opening sentence gets this much extra as a summary. */
const OPENING_BONUS = 0.15;
/** A sentence that reports the news (who released, proposed, found what) makes the better summary… */
const NEWS_VERBS = /提出|发布|推出|开源|上线|宣布|发表|揭示|发现|披露|打造|研发|亮相/;
/** …and a hook (a question, a "you", a teaser) the worse one, wherever it stands. */
const HOOK = /[？?]|你|大概|想象一下|有没有|是不是/;
const NEWS_BONUS = 0.2;
const HOOK_PENALTY = 0.25;

type SectionKey = keyof CueScores;
/** When a sentence qualifies for several sections, the most specific wins. */
const PRIORITY: SectionKey[] = ["results", "insights", "core"];

export interface Selection {
  summary: RankedSentence;
  core: Section;
  results: Section;
  insights: Section;
}

/**
 * Picks the summary (best-ranked lead sentence) and up to `maxBullets` sentences per section.
 * Every sentence lands in at most one place; a section with no qualifying sentence gets no bullets
 * and the lead 原文未提供. Bullets keep article order.
 */
export function selectSections(ranked: readonly RankedSentence[], maxBullets: number): Selection | undefined {
  const lead = ranked.slice(0, LEAD_SENTENCES);
  const pool = lead.filter((s) => s.text.length >= MIN_SUMMARY_CHARS);
  const summaryScore = (s: RankedSentence) =>
    s.score +
    (s === ranked[0] ? OPENING_BONUS : 0) +
    (NEWS_VERBS.test(s.text) ? NEWS_BONUS : 0) -
    (HOOK.test(s.text) ? HOOK_PENALTY : 0);
  const summary = [...(pool.length > 0 ? pool : lead)].sort(
    (a, b) => summaryScore(b) - summaryScore(a) || a.index - b.index,
  )[0];
  if (!summary) return undefined;

  const buckets: Record<SectionKey, Array<{ sentence: RankedSentence; rank: number }>> = {
    core: [],
    results: [],
    insights: [],
  };
  for (const sentence of ranked) {
    if (sentence === summary) continue;
    const cues = scoreCues(sentence.text);
    const key = chooseSection(cues);
    if (key) buckets[key].push({ sentence, rank: sentence.score + CUE_BONUS * Math.min(cues[key], 6) });
  }
  const toSection = (key: SectionKey): Section => {
    const chosen = buckets[key]
      .sort((a, b) => b.rank - a.rank || a.sentence.index - b.sentence.index)
      .slice(0, maxBullets)
      .sort((a, b) => a.sentence.index - b.sentence.index);
    if (chosen.length === 0) return { lead: NOT_PROVIDED, bullets: [] };
    return { bullets: chosen.map((c) => ({ text: c.sentence.text })) };
  };
  return { summary, core: toSection("core"), results: toSection("results"), insights: toSection("insights") };
}

/** The section whose threshold the sentence clears by most (relative), ties by PRIORITY. */
function chooseSection(cues: CueScores): SectionKey | undefined {
  let best: SectionKey | undefined;
  let bestRatio = 0;
  for (const key of PRIORITY) {
    const ratio = cues[key] / CUE_THRESHOLDS[key];
    if (ratio >= 1 && ratio > bestRatio) {
      best = key;
      bestRatio = ratio;
    }
  }
  return best;
}
