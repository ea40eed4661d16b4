import { EMPTY_SECTION } from "../../model/briefing-wording.ts";
import type { Section } from "../../model/index.ts";
import { CUE_THRESHOLDS, type CueScores, countFigures, listFigures, scoreCues } from "./cues.ts";
import { describesWorkings } from "./english-workings.ts";
import { scoreHeading } from "./heading-cues.ts";
import { setsSceneOnly } from "./leaning.ts";
import { nestLists } from "./list-leads.ts";
import type { RankedUnit } from "./rank-sentences.ts";
import { ORDINAL_ITEM } from "./standalone-units.ts";
import { statesFinding, statesLimit } from "./stated-limit.ts";

/** What a section with nothing to say shows: the briefing's own wording. */
export const NOT_PROVIDED = EMPTY_SECTION;
/** How much each cue point adds to a sentence's rank inside its section. */
const CUE_BONUS = 0.08;

type SectionKey = keyof CueScores;
/** When a sentence qualifies for several sections, the most specific wins. */
const PRIORITY: SectionKey[] = ["results", "insights", "core"];

export interface Sections {
  core: Section;
  results: Section;
  insights: Section;
}

export interface SectionInput {
  /** Ranked units, the summary's included (it may join 实验数据 only). */
  units: readonly RankedUnit[];
  summary?: RankedUnit;
  /** The summary as published (it may carry the sentence after the news sentence): not said again in 核心技术/独家洞察. */
  summaryText?: string;
  /** The article heading each unit stands under (by unit index), if any. */
  headingOf: (unit: RankedUnit) => string | undefined;
  maxBullets: number;
  /** The article title: a figure it names (98篇, 8小时) is the news's key number, a result. */
  title?: string;
  /** The title's named thing (CL-bench): the owner of a bare heading shown as a list's lead-in. */
  subject?: string;
}

/** A figure with its unit in a title (8小时, 98篇, 3亿元, 23.7%); bare numbers are versions. */
const TITLE_FIGURE =
  /\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|亿|千)?\s*(?:%|％|倍|小时|分钟|秒|天|篇|道|份|个|张|台|家|人|名|次|笔|款|项|美元|元|星|tokens\/s)/g;

/** The title's figures, spaces squashed ("8 小时" and "8小时" are one). */
export function titleFigures(title: string): string[] {
  return [...title.matchAll(TITLE_FIGURE)].map((m) => m[0].replace(/\s+/g, ""));
}

/**
 * Routes each standalone unit to one section by an explainable score: cue words (cues.ts), figure
 * types (a percent, a multiple, money, a score; a count or a time beside a metric word) and the
 * article heading it stands under (+1 to the section the heading names). A unit goes to the
 * section whose threshold it clears by most; ties by PRIORITY. An empty 实验数据 or 独家洞察 takes its
 * best leftover unit at a lower bar (a result-type figure; one insight cue point), so 原文未提供
 * means the article has nothing for it. Bullets keep article order; no text appears twice, and no
 * bullet only repeats figures another bullet states (pickBullets).
 */
export function selectSections(input: SectionInput): Sections {
  const buckets: Record<SectionKey, Array<{ unit: RankedUnit; rank: number }>> = {
    core: [],
    results: [],
    insights: [],
  };
  const figures = titleFigures(input.title ?? "");
  const scored = input.units
    // A bullet that only sets the scene is no bullet (the summary's sentence is judged as the summary).
    .filter((u) => u.standalone && (u === input.summary || !setsSceneOnly(u.text)))
    .map((unit) => {
      const cues = addScores(scoreCues(unit.original), scoreHeading(input.headingOf(unit), unit.original));
      if (describesWorkings(unit.original, input.title ?? "")) cues.core += CUE_THRESHOLDS.core;
      // The figure the headline is about (…98篇“假开源”) makes its sentence a result (+2).
      const squashed = unit.original.replace(/\s+/g, "");
      if (cues.results > 0 && figures.some((f) => squashed.includes(f))) cues.results += 2;
      return { unit, cues };
    });
  const leftovers: typeof scored = [];
  for (const s of scored) {
    // The summary's sentence is not a bullet, except in 实验数据: its figures belong there too.
    const key =
      s.unit === input.summary
        ? s.cues.results >= CUE_THRESHOLDS.results
          ? "results"
          : undefined
        : statesLimit(s.unit.original)
          ? "insights"
          : statesFinding(s.unit.original)
            ? "results"
            : chooseSection(s.cues);
    if (s.unit === input.summary && !key) continue;
    if (key) buckets[key].push({ unit: s.unit, rank: s.unit.score + CUE_BONUS * Math.min(s.cues[key], 6) });
    else leftovers.push(s);
  }
  // A labelled list ("领域知识推理：…；规则系统应用：…；经验发现：…") is one thing: its items without a
  // section of their own follow the section their siblings went to, so a list is never shown in part.
  for (const group of labelledLists(scored, input.headingOf)) {
    const placed = (["results", "insights", "core"] as const)
      .map((key) => ({ key, n: group.filter((g) => buckets[key].some((b) => b.unit === g.unit)).length }))
      .sort((a, b) => b.n - a.n)[0]!;
    if (placed.n === 0) continue;
    const rank = Math.max(
      ...buckets[placed.key].filter((b) => group.some((g) => g.unit === b.unit)).map((b) => b.rank),
    );
    for (const g of group) {
      const at = leftovers.indexOf(g);
      if (at < 0) continue;
      leftovers.splice(at, 1);
      buckets[placed.key].push({ unit: g.unit, rank });
    }
    // Siblings rank together: the list stays whole or goes whole.
    for (const b of buckets[placed.key]) if (group.some((g) => g.unit === b.unit)) b.rank = rank;
  }
  // A limit stated with a figure ("单台成本仍在 15 万元左右，距离大规模替代人工还有一段距离") or
  // with method words ("公司目前还没有实现盈利，今年的重点是把实施流程产品化") clears two bars: when
  // 独家洞察 has nothing else, it goes there, while its other section keeps another bullet.
  if (buckets.insights.length === 0) {
    const both = scored
      .filter(
        (s) =>
          s.unit !== input.summary &&
          // From 核心技术 it takes more than two weak words (需要…问题 is a method's wording too).
          (["results", "core"] as const).some(
            (k) =>
              s.cues.insights >= CUE_THRESHOLDS.insights + (k === "core" ? 1 : 0) &&
              buckets[k].length >= 2 &&
              buckets[k].some((b) => b.unit === s.unit),
          ),
      )
      .sort((a, b) => b.cues.insights - a.cues.insights || b.unit.score - a.unit.score)[0];
    if (both) {
      buckets.results = buckets.results.filter((b) => b.unit !== both.unit);
      buckets.core = buckets.core.filter((b) => b.unit !== both.unit);
      buckets.insights.push({ unit: both.unit, rank: both.unit.score });
    }
  }
  // A count of what the thing covers ("接入了 12 款大模型，用户可以按任务指定") is also how it works:
  // when 核心技术 has nothing else and 实验数据 has more, the one with most method words and no
  // result-type figure (score, percent, money) goes back to 核心技术.
  if (buckets.core.length === 0 && buckets.results.length >= 2) {
    const back = scored
      .filter(
        (s) =>
          s.unit !== input.summary &&
          s.cues.core >= 1 &&
          countFigures(s.unit.original).strong === 0 &&
          !statesFinding(s.unit.original) &&
          buckets.results.some((b) => b.unit === s.unit),
      )
      .sort((a, b) => b.cues.core - a.cues.core || b.unit.score - a.unit.score)[0];
    if (back) {
      buckets.results = buckets.results.filter((b) => b.unit !== back.unit);
      buckets.core.push({ unit: back.unit, rank: back.unit.score });
    }
  }
  // Method sentences need their cue words: a bare mention of 模型 is not a mechanism.
  for (const key of ["results", "insights"] as const) {
    if (buckets[key].length > 0) continue;
    const best = leftovers
      .filter((s) => qualifiesLoosely(key, s.unit.original, s.cues))
      .sort((a, b) => b.unit.score - a.unit.score)[0];
    if (!best) continue;
    buckets[key].push({ unit: best.unit, rank: best.unit.score });
    leftovers.splice(leftovers.indexOf(best), 1);
  }
  const seen = new Set<string>();
  const stated = new Set<string>();
  const lists = labelledLists(scored, input.headingOf).map((g) => g.map((s) => s.unit));
  const toSection = (key: SectionKey): Section => {
    const chosen = pickBullets(
      buckets[key].sort((a, b) => b.rank - a.rank || a.unit.index - b.unit.index),
      { seen, stated, max: input.maxBullets, lists },
    ).sort((a, b) => a.unit.index - b.unit.index);
    // Said before this section (another section, the summary): never a list's lead-in here.
    const said = new Set([...seen, ...(input.summaryText ? [input.summaryText] : [])]);
    for (const c of chosen) {
      seen.add(c.unit.text);
      for (const f of listFigures(c.unit.text)) stated.add(f);
    }
    if (chosen.length === 0) return { lead: NOT_PROVIDED, bullets: [] };
    const bullets = nestLists(
      chosen.map((c) => c.unit),
      { lists, units: input.units, headingOf: input.headingOf, said, subject: input.subject },
    );
    for (const b of bullets) seen.add(b.text);
    return { bullets };
  };
  // What the summary already says is not said again in 核心技术/独家洞察, unless it is all they have.
  // In 实验数据 only a figureless bullet (a finding in words) counts as said: figures belong there too.
  for (const key of ["core", "insights", "results"] as const) {
    const fresh = buckets[key].filter(
      (c) =>
        !input.summaryText?.includes(c.unit.text) ||
        (key === "results" && listFigures(c.unit.text).length > 0),
    );
    if (fresh.length > 0) buckets[key] = fresh;
  }
  const results = toSection("results");
  const insights = toSection("insights");
  const core = toSection("core");
  return { core, results, insights };
}

/** A list item's label ("规则系统应用：", "Stage 2："): a short name before a colon. */
const ITEM_LABEL = /^[^，,。；;：:\d]{2,12}[：:]/;

/**
 * Runs of two or more consecutive labelled items (by unit index, under one heading): the labelled
 * lists of the article, each in article order.
 */
function labelledLists<T extends { unit: RankedUnit }>(
  scored: readonly T[],
  headingOf: (unit: RankedUnit) => string | undefined,
): T[][] {
  const items = scored
    .filter((s) => s.unit.standalone && (ITEM_LABEL.test(s.unit.text) || ORDINAL_ITEM.test(s.unit.text)))
    .sort((a, b) => a.unit.index - b.unit.index);
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups.at(-1)?.at(-1);
    if (last && item.unit.index - last.unit.index === 1 && headingOf(item.unit) === headingOf(last.unit))
      groups.at(-1)!.push(item);
    else groups.push([item]);
  }
  return groups.filter((g) => g.length >= 2);
}

/**
 * Takes candidates best first, up to `max`: none whose text is already out, and none whose figures
 * all stand in bullets already taken ("平均解决率也只有 17.2%" after "…平均只解决了 17.2% 的任务，最好的
 * 也只有 23.7%"); a taken bullet whose figures a later, fuller one states is replaced by it.
 */
function pickBullets<T extends { unit: RankedUnit }>(
  ranked: readonly T[],
  context: {
    seen: ReadonlySet<string>;
    stated: ReadonlySet<string>;
    max: number;
    /** The lists a unit may belong to: a list shown under its lead-in counts as one bullet. */
    lists?: readonly (readonly RankedUnit[])[];
  },
): T[] {
  const chosen: T[] = [];
  const bullets = () => {
    const lists = new Set(chosen.map((c) => context.lists?.findIndex((l) => l.includes(c.unit)) ?? -1));
    return (
      chosen.filter((c) => !context.lists?.some((l) => l.includes(c.unit))).length +
      lists.size -
      (lists.has(-1) ? 1 : 0)
    );
  };
  for (const c of ranked) {
    // A list counts once, but no section runs past twice its bullets in lines.
    if (bullets() >= context.max || chosen.length >= context.max * 2) break;
    if (context.seen.has(c.unit.text)) continue;
    const figures = listFigures(c.unit.text);
    const taken = new Set([...context.stated, ...chosen.flatMap((d) => listFigures(d.unit.text))]);
    if (figures.length > 0 && figures.every((f) => taken.has(f))) continue;
    for (let i = chosen.length - 1; i >= 0; i--) {
      const earlier = listFigures(chosen[i]!.unit.text);
      if (earlier.length > 0 && earlier.every((f) => figures.includes(f))) chosen.splice(i, 1);
    }
    chosen.push(c);
  }
  return chosen;
}

function qualifiesLoosely(key: "results" | "insights", text: string, cues: CueScores): boolean {
  if (key === "insights") return cues.insights >= 1;
  const f = countFigures(text);
  return f.strong > 0 || (f.weak > 0 && cues.results >= 2);
}

function addScores(a: CueScores, b: CueScores): CueScores {
  return {
    core: a.core + b.core,
    results: a.results > 0 ? a.results + b.results : 0,
    insights: a.insights + b.insights,
  };
}

/**
 * 实验数据 when the sentence clears its bar (figures beside metric words are what that section is
 * for); otherwise the section whose threshold the scores clear by most (relative), ties by PRIORITY.
 */
function chooseSection(cues: CueScores): SectionKey | undefined {
  if (cues.results >= CUE_THRESHOLDS.results) return "results";
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
