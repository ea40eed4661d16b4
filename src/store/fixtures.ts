/** Plain model values for tests: a source and an article, with overrides. No store, no driver. */
import type { Article, Source } from "../model/index.ts";

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
