import type { Article, Briefing, BriefingItem, Stars } from "../model/index.ts";
import type { Store, StoredAnalysis } from "../store/index.ts";
import { addDays } from "../time.ts";

export interface HistoryOptions {
  /** The published day the history is made from (its articles and entries); must be stored. */
  baseDate: string;
  /** How many earlier days to write (baseDate − 1 … baseDate − days). */
  days: number;
  /** Entries per generated day (default: as many as the base day has); the base entries repeat to fill it. */
  entriesPerDay?: number;
}

type OkAnalysis = Extract<StoredAnalysis, { status: "ok" }>;

const DAY_MS = 86_400_000;

/** A deterministic spread of `i` over `n` choices (no clock, no Math.random: the same history every time). */
function spread(i: number, salt: number, n: number): number {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return ((h ^ (h >>> 15)) >>> 0) % n;
}

function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * DAY_MS).toISOString();
}

function markedUrl(url: string, mark: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}daybrief-history=${mark}`;
}

/**
 * Writes `days` earlier briefings made from a stored day (the demo's): each day a rotating choice
 * of the base day's articles, stored again as new articles dated back (new URLs, so each is its own
 * entry with its own id), their entries stored as analyses (so search finds them), ★ varied, and
 * one story carried over several days as follow-ups (so trends show a multi-day story). For
 * `daybrief demo --serve`, the web tests and the web bench: archive, search and trends need days.
 */
export async function writeDemoHistory(store: Store, options: HistoryOptions): Promise<string[]> {
  const stored = await store.getBriefing(options.baseDate);
  if (!stored) throw new Error(`no briefing stored for ${options.baseDate} to make a history from`);
  const base = structuredClone(stored.briefing);
  const ids = base.items.map((i) => i.articleId).filter((id): id is number => id !== undefined);
  const articles = new Map((await store.listArticlesByIds(ids)).map((a) => [a.id!, a]));
  const analyses = new Map<number, OkAnalysis>();
  for (const a of await store.listAnalysesForArticles(ids))
    if (a.status === "ok" && !analyses.has(a.articleId)) analyses.set(a.articleId, a as OkAnalysis);
  const pool = base.items.filter((i) => i.articleId !== undefined && articles.has(i.articleId));
  if (pool.length === 0) throw new Error(`the briefing of ${options.baseDate} has no stored entries`);
  const perDay = options.entriesPerDay ?? pool.length;
  const written: string[] = [];
  const batch = await store.batchWrites({ size: 500 });
  // The running story: the same base item every day of a 4-day stretch, each a follow-up of the day before.
  let story: { date: string; title: string; url: string } | undefined;
  try {
    for (let back = options.days; back >= 1; back--) {
      const date = addDays(options.baseDate, -back);
      const items: BriefingItem[] = [];
      for (let k = 0; k < perDay; k++) {
        const running = k === 0 && back % 7 < 4;
        const from = pool[running ? 0 : (spread(back, k, pool.length) + k) % pool.length]!;
        const article = articles.get(from.articleId!)!;
        const url = markedUrl(article.url, `${date}.${k}`);
        const copy: Article = {
          ...article,
          id: undefined,
          url,
          guid: article.guid ? `${article.guid}#${date}.${k}` : undefined,
          publishedAt: shiftIso(article.publishedAt, back),
          firstSeenAt: shiftIso(article.firstSeenAt, back),
          originalUrl: url,
          contentHash: `${article.contentHash.slice(0, 40)}${date}.${k}`,
        };
        const { id } = await batch.run((tx) => tx.saveArticle(copy));
        const analysis = analyses.get(from.articleId!);
        const stars = Math.max(1, Math.min(5, from.entry.stars + (spread(back, k + 99, 3) - 1))) as Stars;
        const entry = { ...from.entry, stars };
        if (analysis)
          await batch.run((tx) =>
            tx.saveAnalysis({
              status: "ok",
              entry,
              analyser: analysis.analyser,
              usage: analysis.usage,
              articleId: id,
              contentHash: copy.contentHash,
              createdAt: shiftIso(analysis.createdAt, back),
            }),
          );
        items.push({
          ...from,
          entry,
          articleId: id,
          url,
          publishedAt: copy.publishedAt,
          related: [],
          followUpOf: running && story ? story : undefined,
        });
        if (running) story = { date, title: from.entry.title, url };
      }
      if (back % 7 >= 4) story = undefined;
      items.sort((a, b) => b.entry.stars - a.entry.stars);
      const briefing: Briefing = { ...base, date, generatedAt: shiftIso(base.generatedAt, back), items };
      await batch.run((tx) =>
        tx.saveBriefing({
          date,
          generatedAt: briefing.generatedAt,
          briefing,
          outputs: {},
        }),
      );
      written.push(date);
    }
  } finally {
    await batch.commit();
  }
  return written;
}
