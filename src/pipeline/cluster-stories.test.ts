import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import type { ClusterInput } from "../dedup/index.ts";
import { decodeStorySegment, SEGMENT_FORMAT } from "../dedup/story-segment.ts";
import { generateWindow } from "../dedup/testdata/generate-window.ts";
import { dayOne, glmFollowUp, glmRepeat } from "../dedup/testdata/stories.ts";
import { createLogger } from "../log.ts";
import type { Article } from "../model/article.ts";
import { countStoreCalls, makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { clusterStories } from "./cluster-stories.ts";
import type { PipelineDeps } from "./deps.ts";

const CONFIG = `
sources:
  - { id: jiqizhixin, name: 机器之心, url: "http://127.0.0.1/a.xml" }
  - { id: xinzhiyuan, name: 新智元, url: "http://127.0.0.1/b.xml" }
  - { id: qbitai, name: 量子位, url: "http://127.0.0.1/c.xml" }
  - { id: aggregator, name: AI 文摘, url: "http://127.0.0.1/d.xml" }
  - { id: bridge, name: 机器之心镜像, url: "http://127.0.0.1/e.xml" }
  - { id: aibase, name: AIbase, url: "http://127.0.0.1/f.xml" }
`;

async function depsWith(store: PipelineDeps["store"]): Promise<PipelineDeps> {
  const config = parseConfig(CONFIG, { env: {}, baseDir: "/tmp" });
  for (const [order, s] of config.sources.entries())
    await store.upsertSource(makeSource({ id: s.id, name: s.name, order }));
  return {
    config,
    store,
    now: () => new Date("2026-02-05T12:00:00Z"),
    logger: createLogger({ level: "silent" }),
  } as unknown as PipelineDeps;
}

/** Stores a fixture article and returns it with its new id (fixture ids are not store ids). */
async function saveAll(store: PipelineDeps["store"], inputs: ClusterInput[]): Promise<Map<number, Article>> {
  const out = new Map<number, Article>();
  for (const input of inputs) {
    const article = makeArticle({
      sourceId: input.sourceId,
      url: input.url,
      originalUrl: input.url,
      guid: undefined,
      title: input.title,
      text: input.text,
      contentHash: String(input.id).padStart(64, "0"),
      publishedAt: input.publishedAt,
    });
    out.set(input.id, { ...article, id: (await store.saveArticle(article)).id });
  }
  return out;
}

/** Saves generated articles, their sources spread over the config's, and returns them with store ids. */
function storeWith(store: PipelineDeps["store"], deps: PipelineDeps) {
  const sources = deps.config.sources.map((s) => s.id);
  return async (articles: ClusterInput[]) => [
    ...(
      await saveAll(
        store,
        articles.map((a, i) => ({ ...a, sourceId: sources[i % sources.length]! })),
      )
    ).values(),
  ];
}

test("day one: copies attach to one primary; day two: a repeat is dropped, a follow-up is linked", async () => {
  const temp = openTempStore();
  try {
    const deps = await depsWith(temp.store);
    const one = await saveAll(
      temp.store,
      dayOne.filter((a) => a.id !== 41 && a.id !== 42),
    );
    const plan = await clusterStories(deps, [...one.values()], "2026-02-04");
    const glm = one.get(11)!;
    assert.equal(plan.primaries.length, 4);
    assert.ok(plan.primaries.some((a) => a.id === glm.id));
    const related = plan.related.get(glm.id!) ?? [];
    assert.deepEqual(related.map((c) => c.sourceName).sort(), ["AI 文摘", "新智元", "量子位"].sort());
    assert.equal(plan.duplicatesBySource.get("xinzhiyuan"), 2);
    assert.equal((await temp.store.listStoriesSince("2026-02-04")).length, 4);

    const two = await saveAll(temp.store, [glmFollowUp, glmRepeat]);
    const next = await clusterStories(deps, [two.get(51)!], "2026-02-05");
    assert.equal(next.followUps.get(two.get(51)!.id!)?.url, glm.url);
    const repeat = await clusterStories(deps, [two.get(52)!], "2026-02-05");
    assert.deepEqual([...repeat.repeats], [two.get(52)!.id]);
    assert.equal(repeat.primaries.length, 0);
    assert.equal(repeat.clusters[0]?.earlier?.kind, "repeat");
  } finally {
    await temp.remove();
  }
});

test("matching earlier days costs the same store calls with 1 or 7 days in the window: one read of the segments, the candidates by id in chunks", async () => {
  const temp = openTempStore();
  try {
    const deps = await depsWith(temp.store);
    const w = generateWindow({
      days: 7,
      perDay: 40,
      today: 40,
      plantedPerDay: 3,
      seed: 3,
      date: "2026-03-09",
    });
    const stored = storeWith(temp.store, deps);
    const { store: counting, calls } = countStoreCalls(temp.store);
    const counted = { ...deps, store: counting };
    const perDay: Record<string, number>[] = [];
    let linked = 0;
    for (const [i, day] of [...w.days, { date: w.date, articles: w.today }].entries()) {
      const articles = await stored(day.articles);
      calls.clear();
      const plan = await clusterStories(counted, articles, day.date);
      if (i > 0) perDay.push(Object.fromEntries(calls));
      linked += plan.followUps.size + plan.repeats.size;
    }
    // The same calls on the second day (one earlier day) as on the eighth (seven).
    for (const day of perDay) assert.deepEqual(day, perDay[0]);
    assert.equal(perDay[0]!.listStorySegments, 1);
    assert.ok((perDay[0]!.listStoriesByIds ?? 0) <= 1);
    // The window is matched, not skipped: planted repeats and follow-ups are found.
    assert.ok(linked >= 10, `linked ${linked}`);
  } finally {
    await temp.remove();
  }
});

test("segments of an older format are rebuilt on first use and saved again: the same plan as with current ones", async () => {
  const w = generateWindow({
    days: 7,
    perDay: 40,
    today: 40,
    plantedPerDay: 3,
    seed: 13,
    date: "2026-03-09",
  });
  const planOf = async (downgrade: boolean) => {
    const temp = openTempStore();
    try {
      const deps = await depsWith(temp.store);
      const stored = storeWith(temp.store, deps);
      for (const day of w.days) await clusterStories(deps, await stored(day.articles), day.date);
      const before = await temp.store.listStorySegments("2026-03-01", w.date);
      assert.equal(before.length, 7);
      if (downgrade)
        for (const row of before) {
          // The header's format as format 1 wrote it: the segment cannot be read as it is.
          const bytes = new Uint8Array(row.data!);
          const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
          const header = new TextDecoder().decode(bytes.subarray(4, 4 + length));
          bytes.set(new TextEncoder().encode(header.replace(`"v":${SEGMENT_FORMAT}`, '"v":1')), 4);
          assert.equal(decodeStorySegment(bytes), undefined);
          await temp.store.saveStorySegment(row.date, bytes);
        }
      const plan = await clusterStories(deps, await stored(w.today), w.date);
      const after = await temp.store.listStorySegments("2026-03-01", w.date);
      assert.ok(
        after.every((row) => decodeStorySegment(row.data) !== undefined),
        "saved in the current format",
      );
      return JSON.stringify([plan.clusters, [...plan.followUps], [...plan.repeats]]);
    } finally {
      await temp.remove();
    }
  };
  const current = await planOf(false);
  assert.equal(await planOf(true), current);
  assert.match(current, /"kind":"(repeat|follow-up)"/);
});

test("only the matched earlier stories are loaded; one gone from the store is left out and its story matched again", async () => {
  const w = generateWindow({ days: 7, perDay: 40, today: 40, plantedPerDay: 3, seed: 7, date: "2026-03-09" });
  const planOf = async (lose: boolean) => {
    const temp = openTempStore();
    try {
      const deps = await depsWith(temp.store);
      const stored = storeWith(temp.store, deps);
      for (const day of w.days) await clusterStories(deps, await stored(day.articles), day.date);
      const requests: number[][] = [];
      let gone: number | undefined;
      // The store as a run sees it; with `lose`, the first story asked for is gone (deleted since
      // its date's segment was built).
      const store = new Proxy(temp.store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (key !== "listStoriesByIds") return typeof value === "function" ? value.bind(target) : value;
          return async (ids: number[]) => {
            requests.push([...ids]);
            if (lose && gone === undefined) gone = ids[0];
            return (await temp.store.listStoriesByIds(ids)).filter((s) => s.id !== gone);
          };
        },
      });
      const plan = await clusterStories({ ...deps, store }, await stored(w.today), w.date);
      const linked = plan.clusters.filter((c) => c.earlier);
      return {
        plan,
        linked,
        requests,
        gone,
        goneStory: gone === undefined ? undefined : (await temp.store.listStoriesByIds([gone]))[0],
      };
    } finally {
      await temp.remove();
    }
  };
  const kept = await planOf(false);
  assert.ok(kept.linked.length >= 5, `linked ${kept.linked.length}`);
  // One load, of the matched stories only (not every candidate the index found).
  assert.equal(kept.requests.length, 1);
  assert.equal(kept.requests[0]!.length, new Set(kept.linked.map((c) => c.earlier!.url)).size);
  const lost = await planOf(true);
  assert.equal(lost.requests.length, 2);
  assert.ok(!lost.requests[1]!.includes(lost.gone!));
  assert.ok(lost.goneStory);
  assert.ok(
    !lost.linked.some(
      (c) => c.earlier!.url === lost.goneStory!.primaryUrl && c.earlier!.date === lost.goneStory!.date,
    ),
  );
});
