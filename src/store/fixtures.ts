/** Plain model values for tests: a source and an article, with overrides. No store, no driver. */
import type { AnalyserInfo, Article, Entry, Source } from "../model/index.ts";
import { parseSearchQuery } from "../model/search-text.ts";
import type { SearchDocumentsInput } from "./search-index.ts";
import type { Store } from "./store.ts";

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: "jiqizhixin",
    name: "机器之心",
    url: "http://127.0.0.1/feed.xml",
    order: 0,
    enabled: true,
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    sourceId: "jiqizhixin",
    url: "https://mp.weixin.qq.com/s/star-architecture",
    originalUrl: "https://mp.weixin.qq.com/s/star-architecture?from=rss",
    guid: "star-1",
    title: "美团提出 STAR：堆叠自回归架构",
    publishedAt: "2026-02-04T02:30:00.000Z",
    firstSeenAt: "2026-02-04T03:00:00.000Z",
    contentHash: "a".repeat(64),
    text: "美团提出 STAR 框架，复用顶层参数。",
    html: "<p>美团提出 STAR 框架，复用顶层参数。</p>",
    links: [{ text: "论文", href: "https://arxiv.org/abs/2512.13752" }],
    status: "ok",
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    org: "某机构",
    title: "标题",
    stars: 3,
    tags: [],
    summary: "",
    core: { bullets: [] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [],
    ...overrides,
  };
}

const offlineAnalyser: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };

/**
 * Documents for search tests, written and searched through the Store interface: `add` stores an
 * article (and, with `entry`, an ok analysis of it) and returns its id; `search` returns the ids
 * a query finds, best first. `store` is read on each call (a test may reopen it).
 */
export function searchCorpus(store: () => Store, now = "2026-02-10T00:00:00Z") {
  let serial = 0;
  return {
    async add(
      text: { title?: string; text?: string; publishedAt?: string; sourceId?: string },
      entry?: Partial<Entry>,
      analyser: AnalyserInfo = offlineAnalyser,
    ): Promise<number> {
      serial++;
      const hash = serial.toString(16).padStart(64, "0");
      const article = makeArticle({
        url: `https://example.com/a/${serial}`,
        guid: `g${serial}`,
        contentHash: hash,
        title: text.title ?? `无关标题 ${serial}`,
        text: text.text ?? "正文。",
        publishedAt: text.publishedAt ?? "2026-02-04T02:30:00.000Z",
        sourceId: text.sourceId ?? "jiqizhixin",
      });
      const { id } = await store().saveArticle(article);
      if (entry)
        await store().saveAnalysis({
          articleId: id,
          contentHash: hash,
          status: "ok",
          entry: makeEntry(entry),
          analyser,
        });
      return id;
    },
    async search(query: string, filters: Partial<SearchDocumentsInput> = {}): Promise<number[]> {
      const { matches } = await store().searchDocuments({
        terms: parseSearchQuery(query),
        limit: 50,
        now,
        ...filters,
      });
      return matches.map((m) => m.articleId);
    },
  };
}
