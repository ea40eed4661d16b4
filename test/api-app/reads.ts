/** The HTTP API's suite (test/api-app/suite.ts), in order: the reads: briefings and their pages, a day's briefing and its ETag, an entry, search and its facets, sources, runs and trends. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { BRIEFING_SCHEMA_VERSION } from "../../src/render/index.ts";
import { openStore } from "../../src/store/index.ts";
import { DEMO_DAY } from "../support/cli-harness.ts";
import { call, day } from "./suite.ts";

export function apiReadTests() {
  test("briefings: newest first, from/to, and cursor pages that end", async () => {
    const all = await call("/briefings");
    assert.deepEqual(
      all.body.items.map((i: { date: string }) => i.date),
      [DEMO_DAY, "2026-02-03", "2026-02-02"],
    );
    assert.equal(all.body.nextCursor, undefined);
    assert.equal(all.body.items[0].entries, day.published.entries.length);
    assert.equal(all.body.items[0].top.id, String(day.published.entries[0]!.articleId));
    const dates: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(`/briefings?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      dates.push(...page.body.items.map((i: { date: string }) => i.date));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(dates, [DEMO_DAY, "2026-02-03", "2026-02-02"]);
    const ranged = await call("/briefings?from=2026-02-03&to=2026-02-03");
    assert.deepEqual(
      ranged.body.items.map((i: { date: string }) => i.date),
      ["2026-02-03"],
    );
    // A cursor belongs to its query.
    const first = await call("/briefings?limit=1");
    const misused = await call(`/briefings?from=2026-02-01&limit=1&cursor=${first.body.nextCursor}`);
    assert.equal(misused.res.status, 400);
    assert.ok(misused.body.errors.some((e: { path: string }) => e.path === "cursor"));
  });

  test("a day's briefing is the published JSON (current schema); its ETag answers 304 and changes with the content", async () => {
    const { res, body } = await call(`/briefings/${DEMO_DAY}`);
    assert.equal(res.status, 200);
    assert.equal(body.schemaVersion, BRIEFING_SCHEMA_VERSION);
    assert.deepEqual(
      body.entries.map((e: { title: string }) => e.title),
      day.published.entries.map((e) => e.title),
    );
    assert.deepEqual(body.verification, day.published.verification);
    const etag = res.headers.get("etag");
    assert.ok(etag);
    assert.equal(res.headers.get("cache-control"), "private, no-cache");
    const again = await call(`/briefings/${DEMO_DAY}`, { headers: { "if-none-match": etag } });
    assert.equal(again.res.status, 304);
    assert.equal(again.body, undefined);
    const list = await call("/briefings");
    const listTag = list.res.headers.get("etag")!;
    assert.equal((await call("/briefings", { headers: { "if-none-match": listTag } })).res.status, 304);
    const stored = (await day.store.getBriefing(DEMO_DAY))!;
    await day.store.saveBriefing({
      date: "2026-02-01",
      generatedAt: "2026-02-01T13:30:00.000Z",
      briefing: { ...stored.briefing, date: "2026-02-01" },
      outputs: {},
    });
    const changed = await call("/briefings", { headers: { "if-none-match": listTag } });
    assert.equal(changed.res.status, 200, "a new day changes the list's ETag");
    assert.notEqual(changed.res.headers.get("etag"), listTag);
  });

  test("an entry: claims with status and evidence, counts as published, story; no article text", async () => {
    const top = day.published.entries[0]!;
    const { res, body } = await call(`/entries/${top.articleId}`);
    assert.equal(res.status, 200);
    assert.equal(body.id, String(top.articleId));
    assert.equal(body.entry.title, top.title);
    assert.equal(body.verification.counts.supported, top.verification.supported);
    assert.equal(body.verification.claims.length, top.verification.checked);
    const supported = body.verification.claims.filter((c: { status: string }) => c.status === "supported");
    assert.ok(
      supported.length > 0 &&
        supported.every((c: { evidence?: string; why?: string }) => c.evidence || c.why),
    );
    assert.equal(body.article.text, undefined);
    assert.ok(body.article.textChars > 0);
    assert.ok(Array.isArray(body.story.related));
  });

  test("search: hits with ids and highlights; cursor pages do not repeat and end", async () => {
    const star = await call("/search?q=STAR");
    assert.equal(star.res.status, 200);
    assert.ok(
      star.body.hits[0].title.some((p: { hit: boolean; text: string }) => p.hit && p.text === "STAR"),
    );
    const whole = await call("/search?q=模型&limit=20");
    assert.ok(whole.body.hits.length >= 3, "enough hits to page");
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await call(`/search?q=模型&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      ids.push(...page.body.hits.map((h: { id: string }) => h.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    assert.deepEqual(ids, whole.body.hits.map((h: { id: string }) => h.id).slice(0, ids.length));
    assert.equal(ids.length, Math.min(whole.body.total, 100));
    assert.equal(new Set(ids).size, ids.length);
    const filtered = await call(`/search?q=模型&minStars=5&from=${DEMO_DAY}&to=${DEMO_DAY}`);
    assert.ok(filtered.body.hits.every((h: { entry?: { stars: number } }) => h.entry && h.entry.stars === 5));
  });

  test("search facets: counts per source, org, tag, ★ and analyser; each ignores its own filter", async () => {
    const plain = await call("/search?q=模型&limit=100");
    assert.equal(plain.body.facets, undefined, "only when asked for");
    const all = await call("/search?q=模型&facets=true");
    const { facets } = all.body;
    assert.ok(facets.source.length > 0 && facets.org.length > 0 && facets.analyser.length > 0);
    const sum = (counts: { count: number }[]) => counts.reduce((n, f) => n + f.count, 0);
    assert.equal(sum(facets.source), all.body.total, "every matching article has one source");
    // A count is what choosing that value finds.
    for (const f of facets.source.slice(0, 3)) {
      const chosen = await call(`/search?q=模型&source=${encodeURIComponent(f.value)}&facets=true`);
      assert.equal(chosen.body.total, f.count, `source ${f.value}`);
      // The source facet ignores its own choice: still every source, same counts.
      assert.deepEqual(chosen.body.facets.source, facets.source);
    }
    for (const f of facets.stars.filter((s: { count: number }) => s.count > 0)) {
      const chosen = await call(`/search?q=模型&minStars=${f.value}`);
      assert.equal(chosen.body.total, f.count, `★ ≥ ${f.value}`);
    }
    const org = facets.org[0];
    const byOrg = await call(`/search?q=模型&org=${encodeURIComponent(org.value)}&facets=true`);
    assert.equal(byOrg.body.total, org.count);
    // Other facets follow the chosen org.
    assert.equal(sum(byOrg.body.facets.source), org.count);
    const analyser = facets.analyser[0];
    const byAnalyser = await call(`/search?q=模型&analyser=${encodeURIComponent(analyser.value)}`);
    assert.equal(byAnalyser.body.total, analyser.count);
  });

  test("reads are kept under the store's content version: a write by another connection shows at once", async () => {
    const path = `/briefings/${DEMO_DAY}`;
    const first = await call(path);
    const etag = first.res.headers.get("etag")!;
    const other = openStore(day.store.path);
    const stored = (await day.store.getBriefing(DEMO_DAY))!;
    try {
      const [top, ...rest] = stored.briefing.items;
      const items = [{ ...top!, entry: { ...top!.entry, title: "另一个连接改的" } }, ...rest];
      await other.saveBriefing({ ...stored, briefing: { ...stored.briefing, items } });
      const changed = await call(path, { headers: { "if-none-match": etag } });
      assert.equal(changed.res.status, 200);
      assert.equal(changed.body.entries[0].title, "另一个连接改的");
    } finally {
      await other.saveBriefing(stored);
      await other.close();
    }
    assert.equal((await call(path)).body.entries[0].title, first.body.entries[0].title);
  });

  test("sources, runs and trends", async () => {
    const sources = await call("/sources?days=3");
    assert.deepEqual(
      sources.body.items.map((s: { id: string }) => s.id),
      day.config.sources.map((s) => s.id),
    );
    assert.equal(sources.body.items[0].itemsPerDay.length, 3);
    const runs = await call("/runs");
    assert.ok(runs.body.items.length >= 1);
    const one = await call(`/runs/${runs.body.items[0].id}`);
    assert.equal(one.body.id, runs.body.items[0].id);
    const trends = await call(`/trends?by=org&from=${DEMO_DAY}&to=${DEMO_DAY}`);
    assert.equal(trends.body.entries, day.published.entries.length);
    assert.deepEqual(trends.body.previous, { from: "2026-02-03", to: "2026-02-03" });
    assert.equal(
      trends.body.items.reduce((n: number, i: { entries: number }) => n + i.entries, 0) >= 1,
      true,
    );
    const byDefault = await call("/trends");
    assert.equal(byDefault.body.to, DEMO_DAY, "default period ends today (in the config's zone)");
    assert.equal(byDefault.body.from, "2026-01-29");
  });
}
