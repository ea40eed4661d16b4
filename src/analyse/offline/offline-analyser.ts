import { displayTitle } from "../../model/display-title.ts";
import { entrySchema } from "../../model/entry-schema.ts";
import type { Analyser, AnalyserInfo, AnalysisOutcome, Article, Entry } from "../../model/index.ts";
import { isCodeLink, isPaperLink } from "../../model/links.ts";
import { leadOf } from "../../model/news-actor.ts";
import { ORG_ALIASES } from "../../model/org-aliases.ts";
import { actorOf } from "../../model/org-line.ts";
import {
  detectCommentary,
  detectLeading,
  detectPromotion,
  detectRelease,
  scoreStars,
} from "../../model/star-rubric.ts";
import { benchmarkFigureCount } from "./benchmark-figures.ts";
import { isBoilerplate, isHeading, selectCandidates } from "./candidate-sentences.ts";
import { attributeAnswers, transcriptSpeakers } from "./dialogue.ts";
import { DEFAULT_USER_DICTIONARY } from "./domain-terms.ts";
import { addFinding } from "./finding.ts";
import { fitSummary } from "./fit-summary.ts";
import { addHeadlineFigure, headlineFigures } from "./headline-figure.ts";
import { extendSummary, formatSummary, frameWithSubject, pickNewsSentence } from "./news-sentence.ts";
import { oneSentence } from "./one-sentence.ts";
import { pickOrg } from "./pick-org.ts";
import { type RankedUnit, rankSentences } from "./rank-sentences.ts";
import { findPeople } from "./referents.ts";
import { extractResources } from "./resources.ts";
import { createSegmenter, type Segmenter } from "./segmenter.ts";
import { selectSections } from "./select-sections.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { buildUnits } from "./standalone-units.ts";
import { listTagTerms, pickTags } from "./tags.ts";
import { titleActors, titleSubject } from "./title-entities.ts";
import { trimLongSummary } from "./trim-summary.ts";
import { atMostTwoClauses } from "./two-clauses.ts";

export interface OfflineAnalyserOptions {
  /** Extra terms for jieba's dictionary, on top of the built-in AI vocabulary. */
  userDictionary?: string[];
  /** Bullets per section at most (1–8, default 5). */
  maxBulletsPerSection?: number;
}

export const OFFLINE_ANALYSER_INFO: AnalyserInfo = {
  kind: "offline",
  name: "offline-extractive",
  // v2: news-sentence summary, standalone bullets, sections by figure types, rubric ★ (issue 11).
  // v3: org = actor for …公司X/role+person/roundups, summaries carry their referent, no announcing bullets.
  // v4: a summary's back-reference it cannot carry is resolved (a question quoted in place) or cut; 他/她 → the actor.
  // v5: the headline figure in the summary, no figure-repeating bullets, list items with their frame, subjects for result bullets.
  // v6: news leads (datelines cut, experiments and 构建 as actions), people by role as actors, 他/她/它/其 named in bullets, no questions as bullets, plans not results, English summaries in English bounds.
  // v9: the summary is one sentence (figureless background after the news left out, a "是 X" referent for its anaphor, 当…时 cut, joined with ；).
  // v7: the summary names the article's subject (its framing lead sentence taken along), definitions frame and do not lead, feature counts are figures, no promotion links, English limits and metrics.
  // v10: a summary of two clauses at most; a summary that only says what was made (or answers with a slogan) takes the article's finding;
  // no bullet points at a thing only an unseen sentence names (这种核查的成本): joined to that sentence or no bullet.
  // v11: a stated limit goes to 独家洞察 (never 核心技术/实验数据), table rows are no bullets, a link is labelled by
  // what it is (报告原文, 官方博客, 文档 …; never 相关链接) and link words that only name its kind are no title;
  // a person named in Chinese (by role, or listed 等…学者) or an agency acts when no org does; 北航团队 is 北航;
  // a comparison's baseline ("而基线为 71%", "against 2.7% for …") is no second benchmark result for ★.
  // English: the product doing something now ("Ledger connects to…") is 核心技术; an incident (exposed, leaked) is news.
  // A verdict ("报告的核心判断是：…") is a key conclusion, never 核心技术, and not said again when the summary says it.
  // A long "news；finding" summary keeps the news part up to its action clause (≤ 80 characters where possible).
  // v12: past 80 characters (spaces counted) a Chinese summary drops its opening date and joins a second part
  // that names the subject again ("；在 B 上，M 取得" → "，在 B 上取得"); a title word before a number ("for 38
  // days") is no tag; a pointer sentence whose figure is an effort span ("需要 10 到 40 小时") is no bullet;
  // a security finding's org is the affected project; ★5 needs a claim to the top (SOTA, 刷新纪录, 第一).
  // A transcript's answers are bullets as reported speech ("许临表示，…"), not "许临：…" excerpts.
  // v13: still past 80, whole clauses go (drop-clauses.ts), never half of one; "…发现，X" is not cut at 发现.
  promptVersion: "offline-v13",
};

const DEFAULT_MAX_BULLETS = 5;
/** Units that make up the lead (the news sentence first), where the org and release words are looked for. */
const LEAD_SIZE = 3;

/**
 * The built-in analyser: extractive, deterministic, no network. Every summary and bullet sentence
 * is a verbatim sentence of the article, so it cannot invent; the title is the article's own,
 * cleaned of clickbait decoration. Jieba is loaded once per analyser, on first use.
 */
export function createOfflineAnalyser(options: OfflineAnalyserOptions = {}): Analyser {
  const maxBullets = Math.min(
    8,
    Math.max(1, Math.trunc(options.maxBulletsPerSection ?? DEFAULT_MAX_BULLETS)),
  );
  const segmenter = createSegmenter([
    ...DEFAULT_USER_DICTIONARY,
    ...listTagTerms(),
    ...Object.entries(ORG_ALIASES).flat(2),
    ...(options.userDictionary ?? []),
  ]);
  const info = { ...OFFLINE_ANALYSER_INFO };
  return {
    info,
    async analyse(article, analyseOptions): Promise<AnalysisOutcome> {
      analyseOptions.signal?.throwIfAborted();
      const fallbackOrg = article.account?.trim() || analyseOptions.sourceName;
      const entry = analyseArticle(article, { segmenter, maxBullets, fallbackOrg });
      if (!entry) return { status: "failed", error: "article has no usable sentences", analyser: info };
      const parsed = entrySchema.safeParse(entry);
      if (!parsed.success) return { status: "failed", error: parsed.error.message, analyser: info };
      return { status: "ok", entry, analyser: info };
    },
  };
}

interface AnalyseContext {
  segmenter: Segmenter;
  maxBullets: number;
  fallbackOrg: string;
}

/** The pure core: article in, entry out (undefined when the text has no usable sentence). */
export function analyseArticle(article: Article, context: AnalyseContext): Entry | undefined {
  const { segmenter } = context;
  const sentences = splitSentences(article.text);
  const subject = titleSubject(article.title, article.text);
  const units = buildUnits(selectCandidates(sentences), {
    subject,
    title: article.title,
    text: article.text,
    people: findPeople(article.text),
    actor: actorOf(article.title, leadOf(article.text), article.text)?.org,
  });
  const ranked = rankSentences(units, segmenter);
  if (ranked.length === 0) return undefined;

  const title = displayTitle(article.title);
  // The news sentence names the actor: it leads what pickOrg reads, then the opening sentences.
  const summary = pickNewsSentence(ranked, { title, actors: titleActors(title), subject, actor: "" })!;
  const lead = [summary, ...ranked.slice(0, LEAD_SIZE).filter((u) => u !== summary)]
    .slice(0, LEAD_SIZE)
    .map((s) => s.original)
    .join("");
  const org = pickOrg({ title, lead, text: article.text, fallback: context.fallbackOrg });
  const news = { title, actors: titleActors(title), subject, actor: org.org };
  const content = ranked.filter((u) => !isBoilerplate(u.text));
  const headingLines = headingSentences(sentences);
  // A summary that names neither the subject nor an actor takes the lead sentence that names it.
  const bare = formatSummary(summary.text, news);
  const framed = (text: string) => frameWithSubject(text, summary, ranked, news, bare);
  const alone = framed(bare);
  const extended = addHeadlineFigure(
    [framed(formatSummary(extendSummary(summary, ranked, headingLines), news)), alone],
    title,
    content,
  );
  const headings = headingIndex(sentences, headingLines);
  const sectionsFor = (summaryText: string) =>
    selectSections({
      units: content,
      summary,
      summaryText,
      headingOf: (u) => headings.get(u.index),
      maxBullets: context.maxBullets,
      title,
      subject,
    });
  let summaryText = extended;
  let sections = sectionsFor(extended);
  // The sentence the summary took along is all 核心技术/独家洞察 has to say: it stays there, and the
  // summary is the news sentence alone (with the headline's figure), so nothing is said twice.
  const echoed = [...sections.core.bullets, ...sections.insights.bullets].some((b) =>
    extended.includes(b.text),
  );
  if (echoed) {
    const shorter = addHeadlineFigure([alone], title, content);
    // Only a sentence taken after the news one: one taken before carries a referent the news needs.
    if (shorter !== extended && extended.startsWith(shorter.slice(0, 12))) {
      summaryText = shorter;
      sections = sectionsFor(shorter);
    }
  }
  // Published as one sentence: what it leaves out of the summary may be a bullet again.
  const one = oneSentence(summaryText, bare);
  // A summary that only says a thing was made, or answers with a slogan, takes the article's finding.
  const two = atMostTwoClauses(one.text, { subject, headlineFigures: headlineFigures(title) });
  const found = addFinding(two, content, title);
  // What the summary keeps of the article: the finding joins it (a detail it replaced may be a bullet).
  const kept = found === one.text ? one.kept : found;
  if (kept !== summaryText) sections = sectionsFor(kept);
  // One sentence, one finding: a long "news；finding" summary drops the news part's description.
  summaryText = trimLongSummary(found, { subject, headlineFigures: headlineFigures(title) });
  // At a glance: a Chinese summary past 80 characters loses its opening date or a repeated subject
  // (nothing of substance: the sections stay as they are).
  summaryText = fitSummary(summaryText, { subject, headlineFigures: headlineFigures(title) });
  const resources = extractResources(article.text, article.links);
  // A transcript's answers read as reported speech ("许临表示，…"), not as labelled excerpts.
  const speakers = transcriptSpeakers(article.text);
  const tags = pickTags({ title, text: article.text });
  // Benchmark figures: scores, percents, multiples beside a metric; money and counts are not.
  const benchmarkFigures = sections.results.bullets.reduce((n, b) => n + benchmarkFigureCount(b.text), 0);
  const stars = scoreStars({
    // The same link forms verification reads (model/links.ts), so both see one signal.
    paper: resources.some((r) => isPaperLink(r.url)),
    code: resources.some((r) => isCodeLink(r.url)),
    benchmarks: benchmarkFigures >= 2,
    namedLab: org.known && org.org !== context.fallbackOrg,
    release: detectRelease(title, lead),
    commentary: detectCommentary(article.title),
    promotion: detectPromotion(article.title, article.text),
    feedOnly: article.status === "feed-only",
    leading: detectLeading(title, lead, ...sections.results.bullets.map((b) => b.text)),
  });
  return {
    org: org.org,
    title,
    stars,
    tags,
    summary: summaryText,
    core: attributeAnswers(sections.core, speakers),
    results: attributeAnswers(sections.results, speakers),
    insights: attributeAnswers(sections.insights, speakers),
    resources,
  };
}

/** The indices of the article's heading lines: short lines alone in their paragraph (实验结果, 局限与展望 …). */
function headingSentences(sentences: readonly Sentence[]): Set<number> {
  const perParagraph = new Map<number, number>();
  for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  return new Set(
    sentences.filter((s) => isHeading(s, perParagraph.get(s.paragraph) ?? 0)).map((s) => s.index),
  );
}

/** The heading each sentence stands under (by sentence index), if any. */
function headingIndex(sentences: readonly Sentence[], headings: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let current: string | undefined;
  for (const s of sentences) {
    if (headings.has(s.index)) current = s.text;
    else if (current) out.set(s.index, current);
  }
  return out;
}

export type { RankedUnit };
