import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { stubLlmConfig } from "../cli/commands/demo.ts";
import { parseConfig } from "../config/index.ts";
import { type LlmStub, startLlmStub } from "../demo/llm-stub.ts";
import type { Entry } from "../model/entry.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { findDupes } from "./dupes.ts";
import { getEntry } from "./entries.ts";

let stub: LlmStub;
let day: DemoDay;
before(async () => {
  stub = await startLlmStub();
  day = await runDemoDay({ llm: stubLlmConfig(stub.baseUrl) }, { allowOrigins: [stub.baseUrl] });
});
after(async () => {
  await day?.close();
  await stub?.close();
});

test("every published entry by its id: the article, the analyser and cost, the published counts", async () => {
  for (const published of day.published.entries) {
    const detail = await getEntry(day, String(published.articleId));
    assert.ok(detail, `entry ${published.articleId}`);
    assert.equal(detail.published, true);
    assert.equal(detail.date, "2026-02-04");
    assert.equal(detail.entry.title, published.title);
    assert.equal(detail.article.id, published.articleId);
    assert.ok(detail.article.sourceName && detail.article.url);
    assert.deepEqual(detail.analyser, published.analyser);
    assert.deepEqual(detail.verification.counts, published.verification);
    if (detail.analyser.kind === "llm") assert.ok(detail.usage && detail.usage.cost! > 0);
    for (const c of detail.verification.claims.filter((x) => x.claim.status === "supported"))
      assert.ok(c.evidence || c.why);
  }
});

test("the story: 同题报道 of a merged story, no later follow-ups on a one-day store", async () => {
  const dupes = await findDupes(day, "2026-02-04");
  const merged = dupes.merged.find((s) => s.members.length > 0)!;
  const detail = await getEntry(day, String(merged.primaryArticleId));
  assert.ok(detail);
  assert.deepEqual(detail.story.related.map((r) => r.url).sort(), merged.members.map((m) => m.url).sort());
  assert.deepEqual(detail.story.laterFollowUps, []);
});

test("ids that name no entry", async () => {
  for (const id of ["0", "-1", "12a", "", "999999", "1e3"])
    assert.equal(await getEntry(day, id), undefined, id);
});

test("later days' entries that follow the story up are listed with their ids", async () => {
  const { store, remove } = openTempStore();
  try {
    await store.upsertSource(makeSource());
    const first = makeArticle();
    const { id } = await store.saveArticle(first);
    await store.saveAnalysis({
      articleId: id,
      contentHash: first.contentHash!,
      status: "ok",
      entry: ENTRY,
      analyser: OFFLINE,
    });
    const itemOf = (articleId: number, url: string, extra = {}) => ({
      entry: ENTRY,
      articleId,
      sourceId: "jiqizhixin",
      sourceName: "机器之心",
      sourceOrder: 0,
      url,
      publishedAt: first.publishedAt,
      analyser: OFFLINE,
      ...extra,
    });
    const save = (date: string, items: object[]) =>
      store.saveBriefing({
        date,
        generatedAt: `${date}T12:00:00Z`,
        json: JSON.stringify({ date, items }),
        outputs: {},
      });
    await save("2026-02-04", [itemOf(id, first.url)]);
    const followUp = { date: "2026-02-04", title: first.title, url: first.url };
    await save("2026-02-06", [itemOf(77, "https://x.test/later", { followUpOf: followUp })]);
    // Past dedup.windowDays (7): not a follow-up of this story any more.
    await save("2026-02-20", [itemOf(78, "https://x.test/much-later", { followUpOf: followUp })]);
    const config = parseConfig(
      `timezone: Asia/Shanghai\nsources:\n  - { id: jiqizhixin, name: 机器之心, url: "http://127.0.0.1/f.xml" }\n`,
      { env: {}, baseDir: "/tmp" },
    );
    const detail = await getEntry({ store, config }, String(id));
    assert.deepEqual(detail?.story.laterFollowUps, [
      { date: "2026-02-06", id: "77", title: ENTRY.title, url: "https://x.test/later" },
    ]);
  } finally {
    remove();
  }
});

const OFFLINE = { kind: "offline" as const, name: "offline-extractive", promptVersion: "v1" };
const ENTRY: Entry = {
  org: "美团",
  title: "美团提出 STAR",
  stars: 3,
  tags: [],
  summary: "美团提出 STAR 框架，复用顶层参数。",
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
};
