import { entrySchema } from "../../model/entry-schema.ts";
import type { Analyser, AnalyserInfo, AnalysisOutcome, Article, Entry } from "../../model/index.ts";
import { ORG_ALIASES } from "../../model/org-aliases.ts";
import { selectCandidates } from "./candidate-sentences.ts";
import { cleanTitle } from "./clean-title.ts";
import { DEFAULT_USER_DICTIONARY } from "./domain-terms.ts";
import { pickOrg } from "./pick-org.ts";
import { rankSentences } from "./rank-sentences.ts";
import { extractResources } from "./resources.ts";
import { createSegmenter, type Segmenter } from "./segmenter.ts";
import { selectSections } from "./select-sections.ts";
import { splitSentences } from "./sentences.ts";
import { detectOpinion, detectPromotion, detectRelease, scoreStars } from "./stars.ts";
import { listTagTerms, pickTags } from "./tags.ts";

export interface OfflineAnalyserOptions {
  /** Extra terms for jieba's dictionary, on top of the built-in AI vocabulary. */
  userDictionary?: string[];
  /** Bullets per section at most (1–8, default 5). */
  maxBulletsPerSection?: number;
}

export const OFFLINE_ANALYSER_INFO: AnalyserInfo = {
  kind: "offline",
  name: "offline-extractive",
  promptVersion: "offline-v1",
};

const DEFAULT_MAX_BULLETS = 5;
/** Sentences that make up the lead, where the org and release words are looked for. */
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
  const candidates = selectCandidates(splitSentences(article.text));
  const ranked = rankSentences(candidates, segmenter);
  const selection = selectSections(ranked, context.maxBullets);
  if (!selection) return undefined;

  const title = cleanTitle(article.title);
  const lead = ranked
    .slice(0, LEAD_SIZE)
    .map((s) => s.text)
    .join("");
  const org = pickOrg({ title, lead, text: article.text, fallback: context.fallbackOrg });
  const resources = extractResources(article.text, article.links);
  const tags = pickTags({ title, text: article.text, words: segmenter.cut(article.text) }, segmenter);
  const stars = scoreStars({
    paper: resources.some((r) => r.url.startsWith("https://arxiv.org/")),
    code: resources.some((r) => /^https:\/\/(?:github\.com|huggingface\.co)\//.test(r.url)),
    benchmarks: selection.results.bullets.length >= 2,
    namedOrg: org.known,
    release: detectRelease(title, lead),
    opinion: detectOpinion(title),
    promotion: detectPromotion(article.title, article.text),
  });
  return {
    org: org.org,
    title,
    stars,
    tags,
    // An editor's tag such as 【新智元导读】 is not part of the sentence (what remains is still verbatim).
    summary: selection.summary.text.replace(/^【[^】]{1,12}】\s*/, ""),
    core: selection.core,
    results: selection.results,
    insights: selection.insights,
    resources,
  };
}
