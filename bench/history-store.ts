// A generated archive of many days (default 365 days × 30 entries, ending on the demo day
// 2026-02-04) for the benches of the API, the MCP server and the web app: articles, their offline
// entries (search index kept in step by the store's triggers) and one published briefing per day,
// with follow-ups across days. Varied from the demo day's own stored entries (orgs, model names,
// topics that rise and fall over the year), deterministic for a given size.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, parseConfig } from "../src/config/index.ts";
import type { Briefing, BriefingItem } from "../src/model/briefing.ts";
import type { Article, Entry, Stars } from "../src/model/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import { addDays, dayRange } from "../src/time.ts";
import { demoCorpus, NAMES, ORGS, spread } from "./search.ts";

/** Topics whose weight moves over the year, so trends and movers have something to find. */
export const TOPICS = [
  "Agent",
  "多模态",
  "开源",
  "推理",
  "具身智能",
  "世界模型",
  "端侧",
  "评测",
  "代码",
  "长上下文",
];
const TIME_ZONE = "Asia/Shanghai";

export interface HistoryStoreOptions {
  days?: number;
  perDay?: number;
  /** The last day (default the demo day, 2026-02-04). */
  lastDay?: string;
}

export interface HistoryStore {
  path: string;
  config: Config;
  store: Store;
  firstDay: string;
  lastDay: string;
  entries: number;
  /** Closes the store and deletes the folder. */
  remove(): Promise<void>;
}

/** The demo day's stored articles with their offline entries (bench/search.ts runs the demo). */
async function demoPairs(): Promise<{ article: Article; entry: Entry }[]> {
  const { articles, entries } = await demoCorpus();
  return articles.flatMap((article) => {
    const entry = entries.get(article.id!);
    return entry ? [{ article, entry }] : [];
  });
}

/** A topic's weight on day `d` of the year: each rises and falls once, at its own time. */
function topicOn(d: number, i: number): string {
  const weights = TOPICS.map(
    (_, t) => 1 + Math.max(0, Math.cos(((d / 365) * 2 - t / TOPICS.length) * Math.PI * 2)) * 4,
  );
  let r = (spread(i, 7, 1000) / 1000) * weights.reduce((a, b) => a + b, 0);
  for (const [t, w] of weights.entries()) {
    r -= w;
    if (r <= 0) return TOPICS[t]!;
  }
  return TOPICS[0]!;
}

export async function buildHistoryStore(options: HistoryStoreOptions = {}): Promise<HistoryStore> {
  const days = options.days ?? 365;
  const perDay = options.perDay ?? 30;
  const lastDay = options.lastDay ?? "2026-02-04";
  const firstDay = addDays(lastDay, -(days - 1));
  const corpus = await demoPairs();
  const dir = mkdtempSync(join(tmpdir(), "daybrief-history-"));
  const path = join(dir, "daybrief.db");
  const sourceIds = [...new Set(corpus.map((c) => c.article.sourceId))];
  const config = parseConfig(
    [
      `timezone: ${TIME_ZONE}`,
      "sources:",
      ...sourceIds.map((id) => `  - { id: ${id}, name: ${id}, url: "https://example.com/${id}.xml" }`),
      `store: { path: "${path}" }`,
    ].join("\n"),
    { env: {}, baseDir: dir },
  );
  const store = openStore(path, { now: () => new Date(`${lastDay}T13:00:00Z`) });
  for (const [order, id] of sourceIds.entries())
    await store.upsertSource({ id, name: id, url: `https://example.com/${id}.xml`, order, enabled: true });
  let n = 0;
  const recent: BriefingItem[][] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(firstDay, d);
    const { start } = dayRange(date, TIME_ZONE);
    const items: BriefingItem[] = [];
    for (let k = 0; k < perDay; k++, n++) {
      const base = corpus[spread(n, 1, corpus.length)]!;
      const org = ORGS[spread(n, 2, ORGS.length)]!;
      const name = NAMES[spread(n, 3, NAMES.length)]!;
      const topic = topicOn(d, n);
      const hash = n.toString(16).padStart(64, "0");
      const publishedAt = new Date(start.getTime() + (1 + spread(n, 4, 22)) * 3_600_000).toISOString();
      const url = `${base.article.url}-h${n}`;
      const { id } = await store.saveArticle({
        ...base.article,
        id: undefined,
        url,
        originalUrl: url,
        guid: `h${n}`,
        title: `${org}：${base.article.title}（${name}）`,
        text: `${org}发布${name}，聚焦${topic}。${base.article.text}`,
        html: "",
        contentHash: hash,
        publishedAt,
        firstSeenAt: publishedAt,
      });
      const entry: Entry = {
        ...base.entry,
        org,
        title: `${org}发布${name}：${base.entry.title.slice(0, 40)}`,
        stars: (1 + spread(n, 5, 5)) as Stars,
        tags: [topic, name, ...base.entry.tags.slice(0, 2)],
        summary: `${org}发布${name}，聚焦${topic}。${base.entry.summary}`,
      };
      const analyser = { kind: "offline" as const, name: "offline-extractive", promptVersion: "history" };
      await store.saveAnalysis({ articleId: id, contentHash: hash, status: "ok", entry, analyser });
      // Every tenth entry follows up one of the last three days' entries.
      const earlier = k % 10 === 0 ? recent.at(-1 - spread(n, 6, Math.max(1, recent.length))) : undefined;
      const followed = earlier?.[spread(n, 8, earlier.length)];
      items.push({
        entry,
        articleId: id,
        sourceId: base.article.sourceId,
        sourceName: base.article.sourceId,
        sourceOrder: sourceIds.indexOf(base.article.sourceId),
        url,
        publishedAt,
        analyser,
        followUpOf: followed && { date: addDays(date, -1), title: followed.entry.title, url: followed.url },
        verification: { checked: 4, supported: 3 + spread(n, 9, 2), dropped: 0, marked: 0 },
      });
    }
    // followUpOf.date: the day the followed entry was published.
    for (const item of items)
      if (item.followUpOf)
        for (const [back, day] of [...recent].reverse().entries())
          if (day.some((i) => i.url === item.followUpOf!.url))
            item.followUpOf.date = addDays(date, -1 - back);
    items.sort((a, b) => b.entry.stars - a.entry.stars);
    recent.push(items);
    if (recent.length > 3) recent.shift();
    const briefing: Briefing = {
      title: "AI 每日情报",
      date,
      timezone: TIME_ZONE,
      generatedAt: `${date}T13:00:00.000Z`,
      items,
      coverage: [],
      analysers: [{ name: "offline-extractive", kind: "offline", entries: items.length, fallback: 0 }],
      minStars: 1,
      notes: [],
    };
    await store.saveBriefing({
      date,
      generatedAt: briefing.generatedAt,
      briefing,
      outputs: {},
    });
  }
  return {
    path,
    config,
    store,
    firstDay,
    lastDay,
    entries: n,
    async remove() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
