import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnalyserInfo, Briefing } from "../model/index.ts";
import { parseSearchQuery } from "../model/search-text.ts";
import { openDatabase } from "./database.ts";
import { FacetFacts, RELOAD_MS } from "./facet-facts.ts";
import { makeArticle, makeEntry, makeSource } from "./fixtures.ts";
import { type SearchDocumentsInput, SearchIndexTable } from "./search-index.ts";
import { openTempStore } from "./testing.ts";

/**
 * The kept copy's search (FacetFacts.search: one FTS5 query, filters, grouping, order and facets
 * in memory) against the reference, searchDocuments and countSearchFacets in SQL alone, on a
 * generated store: every hit (order, score to the bit, matched and shown entry), total, capped and
 * every facet count must be the same, over many queries, filters, caps and limits.
 */

const NOW = "2026-02-10T00:00:00Z";
const llm: AnalyserInfo = { kind: "llm", name: "deepseek/deepseek-chat", promptVersion: "v1" };
const offline: AnalyserInfo = { kind: "offline", name: "offline-extractive", promptVersion: "v1" };

/** A small deterministic generator (mulberry32), so the store is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "模型",
  "智能体",
  "开源",
  "推理",
  "机器人",
  "世界模型",
  "GPT",
  "Claude",
  "多模态",
  "发布",
  "芯片",
  "代码",
];
const FILLER = ["今天", "团队", "表示", "数据", "用户", "产品", "研究", "方法", "能力", "成本"];
const ORGS = [
  "Meta",
  "Meta AI",
  "meta",
  "OpenAI",
  "腾讯",
  "腾讯混元",
  "阿里通义",
  "DeepSeek",
  "Ärzte AI",
  "",
];
const TAGS = ["AI Agent", "ai agent", "模型", "开源", "Robotics", "robotics", "芯片", "评测"];
const SOURCES = ["jiqizhixin", "qbitai", "xinzhiyuan"];

async function generatedStore() {
  const temp = openTempStore();
  const store = temp.store;
  for (const id of SOURCES) await store.upsertSource(makeSource({ id, name: id }));
  const rand = random(13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const phrase = (n: number) =>
    Array.from({ length: n }, () => (rand() < 0.4 ? pick(WORDS) : pick(FILLER))).join("");
  const items = new Map<string, unknown[]>();
  let previous:
    | { title: string; text: string; publishedAt: string; entry: ReturnType<typeof makeEntry> }
    | undefined;
  for (let i = 0; i < 400; i++) {
    const day = Math.floor(rand() * 120);
    const hash = (i + 1).toString(16).padStart(64, "0");
    // Some articles share a publication instant (ties in the recency boost), and every tenth is a
    // copy of the one before (the same score: ties broken by date, then the newer id).
    const fresh = {
      title: `${phrase(3)} ${rand() < 0.3 ? "GPT-5" : ""}`,
      text: `${phrase(30)}。${phrase(20)}。`,
      publishedAt: new Date(Date.parse(NOW) - day * 86_400_000 - (i % 3) * 3_600_000).toISOString(),
      entry: makeEntry({
        title: phrase(4),
        org: pick(ORGS),
        stars: (1 + Math.floor(rand() * 5)) as 1 | 2 | 3 | 4 | 5,
        tags: [pick(TAGS), ...(rand() < 0.5 ? [pick(TAGS)] : [])],
        summary: phrase(12),
      }),
    };
    const doc = i % 10 === 9 && previous ? previous : fresh;
    previous = doc;
    const { id } = await store.saveArticle(
      makeArticle({
        url: `https://example.com/g/${i}`,
        guid: `g${i}`,
        contentHash: hash,
        title: doc.title,
        text: doc.text,
        publishedAt: doc.publishedAt,
        sourceId: pick(SOURCES),
      }),
    );
    const analyses = rand() < 0.15 ? 0 : rand() < 0.2 ? 2 : 1;
    // An article's two entries are sometimes the same (the matched one: the newer analysis).
    const second = rand() < 0.5 ? doc.entry : { ...doc.entry, title: phrase(4), org: pick(ORGS) };
    for (let k = 0; k < analyses; k++)
      await store.saveAnalysis({
        articleId: id,
        contentHash: hash,
        status: "ok",
        entry: k === 0 ? doc.entry : second,
        analyser: k === 0 ? offline : llm,
      });
    // Published (published_entries, the readers' facts) in some briefings and days: as written or
    // edited, of an analyser it has or not, twice; or not at all (withheld, hidden, draft).
    for (const [briefingId, date] of [
      ["default", `2026-01-${10 + (i % 7)}`],
      ["default", "2026-01-20"],
      ["chips", "2026-01-21"],
    ] as const) {
      if (rand() < 0.45) continue;
      const edited = rand() < 0.4;
      const entry = edited
        ? { ...doc.entry, org: pick(ORGS), stars: pick([1, 3, 5]), tags: [pick(TAGS)] }
        : doc.entry;
      const analyser = rand() < 0.8 ? offline : llm;
      const key = `${briefingId} ${date}`;
      items.set(key, [...(items.get(key) ?? []), { articleId: id, entry, analyser }]);
    }
  }
  for (const [key, list] of items) {
    const [briefingId, date] = key.split(" ") as [string, string];
    const briefing = { date, items: list } as unknown as Briefing;
    await store.saveBriefing({ briefingId, date, generatedAt: NOW, briefing, outputs: {} });
  }
  return temp;
}

const QUERIES = [
  "模型",
  "智能体",
  "GPT",
  "开源 推理",
  "世界模型",
  "claude",
  "gpt 5",
  "机",
  "数据 模型",
  "发布",
  "没有的词",
];
/** Every third article of the generated store (ids 1…400). */
const HIDDEN = Array.from({ length: 133 }, (_, i) => 3 * i + 1);
const FILTERS: Partial<SearchDocumentsInput>[] = [
  {},
  { from: "2025-01-01T00:00:00Z" },
  { from: "2026-01-20T00:00:00Z" },
  { to: "2025-12-01T00:00:00Z" },
  { from: "2025-11-01T00:00:00Z", to: "2026-01-01T00:00:00Z" },
  { sourceId: "qbitai" },
  { org: "meta" },
  { org: "ärzte" },
  { org: "ÄRZTE" },
  { tag: "AI AGENT" },
  { tag: "robotics", minStars: 3 },
  { minStars: 5 },
  { analyser: llm.name },
  { org: "腾讯", sourceId: "jiqizhixin", from: "2025-12-15T00:00:00Z" },
  { minStars: 2, analyser: offline.name, to: "2026-02-01T00:00:00Z" },
  // Articles not public yet (a draft awaiting review): left out, as if not stored.
  { hideArticles: HIDDEN },
  { hideArticles: [...HIDDEN, 999_999] },
  { hideArticles: HIDDEN, org: "meta", from: "2025-12-01T00:00:00Z" },
  { hideArticles: [2, 3], sourceId: "qbitai" },
  // The readers' view: entries as published (published_entries).
  { publishedIn: "default" },
  { publishedIn: "default", org: "meta" },
  { publishedIn: "default", tag: "AI AGENT", minStars: 3 },
  { publishedIn: "default", minStars: 5, sourceId: "qbitai" },
  { publishedIn: "default", analyser: llm.name, from: "2025-12-01T00:00:00Z" },
  { publishedIn: "default", hideArticles: HIDDEN, org: "腾讯" },
  { publishedIn: "chips" },
  { publishedIn: "chips", minStars: 1 },
  { publishedIn: "nobody", to: "2026-01-01T00:00:00Z" },
];

test("the kept copy's search equals SQL's (hits, scores, totals, facets) over queries, filters, caps and limits", async () => {
  const temp = await generatedStore();
  const db = openDatabase(temp.path, { readonly: true });
  try {
    const reference = new SearchIndexTable(db);
    const facts = new FacetFacts(db);
    const kept = new SearchIndexTable(db, { facetFacts: facts });
    let compared = 0;
    let fromCopy = 0;
    for (const query of QUERIES)
      for (const filters of FILTERS)
        for (const [cap, limit] of [
          [undefined, 10],
          [40, 100],
          [7, 3],
        ] as const) {
          const input: SearchDocumentsInput = {
            terms: parseSearchQuery(query),
            limit,
            now: NOW,
            ...(cap === undefined ? {} : { scoreAtMost: cap }),
            ...filters,
          };
          const label = `${query} ${JSON.stringify(filters)} cap ${cap} limit ${limit}`;
          const withFacets = { ...input, facets: true };
          const expected = reference.searchDocuments(input);
          assert.deepEqual(kept.searchDocuments(input), expected, label);
          assert.deepEqual(
            kept.searchDocuments(withFacets),
            { ...expected, facets: reference.countSearchFacets(input) },
            `${label} (facets)`,
          );
          // The copy itself (not only searchDocuments, which may step aside to SQL) answers alike.
          const fromFacts = facts.search(withFacets, cap ?? 3000);
          if (fromFacts) {
            assert.deepEqual(
              fromFacts,
              { ...expected, facets: reference.countSearchFacets(input) },
              `${label} (copy)`,
            );
            assert.deepEqual(
              facts.count(input, cap ?? 3000),
              reference.countSearchFacets(input),
              `${label} (count)`,
            );
            fromCopy++;
          }
          compared++;
        }
    // Not a comparison of SQL with itself: the copy answered every one.
    assert.equal(fromCopy, compared);
    // Hiding left something out (not a filter that filters nothing).
    const all = { terms: parseSearchQuery("模型"), limit: 100, now: NOW, facets: true };
    const shown = kept.searchDocuments({ ...all, hideArticles: HIDDEN });
    assert.ok(shown.total < reference.searchDocuments(all).total);
    assert.ok(shown.matches.length > 0);
    assert.ok(shown.matches.every((m) => !HIDDEN.includes(m.articleId)));
    // The readers' view differs from the analyses as written (not a filter that changes nothing).
    const readers = kept.searchDocuments({ ...all, publishedIn: "default" });
    assert.ok(readers.total < reference.searchDocuments(all).total && readers.total > 0);
    assert.notDeepEqual(readers.facets!.org, reference.countSearchFacets(all).org);
    assert.ok(compared >= 400);
  } finally {
    db.close();
    await temp.remove();
  }
});

test("the kept copy's search while the store changes: another connection's commit is searched in SQL until the copy is reloaded, then found", async () => {
  const temp = await generatedStore();
  const db = openDatabase(temp.path, { readonly: true });
  try {
    let clock = 0;
    const facts = new FacetFacts(db, () => clock);
    const kept = new SearchIndexTable(db, { facetFacts: facts });
    const reference = new SearchIndexTable(db);
    const input: SearchDocumentsInput = {
      terms: parseSearchQuery("量子计算"),
      limit: 10,
      now: NOW,
      facets: true,
    };
    assert.equal(kept.searchDocuments(input).total, 0);
    // A run writes a new day (as `daybrief run` beside `serve`, through another connection).
    const hash = "f".repeat(64);
    const { id } = await temp.store.saveArticle(
      makeArticle({
        url: "https://example.com/new",
        contentHash: hash,
        title: "量子计算新突破",
        publishedAt: "2026-02-09T08:00:00.000Z",
      }),
    );
    await temp.store.saveAnalysis({
      articleId: id,
      contentHash: hash,
      status: "ok",
      entry: makeEntry({ title: "量子计算新突破", org: "中科院", tags: ["量子"] }),
      analyser: offline,
    });
    const expected = { ...reference.searchDocuments(input), facets: reference.countSearchFacets(input) };
    assert.equal(expected.total, 1);
    assert.equal(facts.search(input, 3000), undefined, "changed too recently: the copy declines");
    assert.deepEqual(kept.searchDocuments(input), expected, "answered in SQL meanwhile");
    clock += RELOAD_MS;
    assert.deepEqual(facts.search(input, 3000), expected, "reloaded: the copy finds the new day");
  } finally {
    db.close();
    await temp.remove();
  }
});
