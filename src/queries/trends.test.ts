import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import type { Briefing } from "../model/briefing.ts";
import type { Entry, Stars } from "../model/entry.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { comparePeriods, getStoryTimeline, getTrends, previousPeriod } from "./trends.ts";

const CONFIG = parseConfig(
  `timezone: Asia/Shanghai\nsources:\n  - { id: jiqizhixin, name: 机器之心, url: "http://127.0.0.1/f.xml" }\n`,
  { env: {}, baseDir: "/tmp" },
);
const OFFLINE = { kind: "offline" as const, name: "offline-extractive", promptVersion: "v1" };

function entryOf(org: string, tags: string[], stars: Stars): Entry {
  return {
    org,
    title: `${org} ${tags.join(" ")}`,
    stars,
    tags,
    summary: `${org} 发布。`,
    core: { bullets: [] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [],
  };
}

/** A week of briefings (Feb 1–7) after a week before it (Jan 25–31): Agent rises, 多模态 falls. */
async function withHistory(
  body: (ctx: { store: ReturnType<typeof openTempStore>["store"]; config: typeof CONFIG }) => Promise<void>,
) {
  const { store, remove } = openTempStore();
  try {
    await store.upsertSource(makeSource());
    let n = 0;
    const save = async (
      date: string,
      items: { org: string; tags: string[]; stars: Stars; followUpOf?: object }[],
    ) => {
      const rows = [];
      for (const i of items) {
        n++;
        const url = `https://x.test/${date}/${n}`;
        const { id } = await store.saveArticle(
          makeArticle({
            url,
            originalUrl: url,
            guid: `g${n}`,
            contentHash: String(n).padStart(64, "0"),
            publishedAt: `${date}T02:00:00.000Z`,
          }),
        );
        rows.push({
          entry: entryOf(i.org, i.tags, i.stars),
          articleId: id,
          sourceId: "jiqizhixin",
          sourceName: "机器之心",
          sourceOrder: 0,
          url,
          publishedAt: `${date}T02:00:00.000Z`,
          analyser: OFFLINE,
          followUpOf: i.followUpOf,
        });
      }
      await store.saveBriefing({
        date,
        generatedAt: `${date}T12:00:00Z`,
        briefing: { date, items: rows } as unknown as Briefing,
        outputs: {},
      });
      return rows;
    };
    await save("2026-01-26", [
      { org: "智谱", tags: ["多模态"], stars: 3 },
      { org: "智谱", tags: ["多模态", "agent"], stars: 2 },
    ]);
    await save("2026-01-30", [{ org: "月之暗面", tags: ["多模态"], stars: 4 }]);
    const first = await save("2026-02-02", [{ org: "Qwen", tags: ["Agent", "开源"], stars: 4 }]);
    const second = await save("2026-02-04", [
      {
        org: "Qwen",
        tags: ["Agent"],
        stars: 5,
        followUpOf: { date: "2026-02-02", title: "x", url: first[0]!.url },
      },
      { org: "智谱", tags: ["多模态"], stars: 3 },
    ]);
    await save("2026-02-07", [
      {
        org: "qwen",
        tags: ["agent"],
        stars: 3,
        followUpOf: { date: "2026-02-04", title: "x", url: second[0]!.url },
      },
    ]);
    // Outside the window of the last step (Feb 7 + 7 days): not part of the story.
    await save("2026-02-20", [
      {
        org: "Qwen",
        tags: ["Agent"],
        stars: 3,
        followUpOf: { date: "2026-02-07", title: "x", url: "https://x.test/2026-02-07/6" },
      },
    ]);
    await body({ store, config: CONFIG });
  } finally {
    remove();
  }
}

test("the previous period has the same length and ends the day before", () => {
  assert.deepEqual(previousPeriod({ from: "2026-02-01", to: "2026-02-07" }), {
    from: "2026-01-25",
    to: "2026-01-31",
  });
  assert.deepEqual(previousPeriod({ from: "2026-03-01", to: "2026-03-01" }), {
    from: "2026-02-28",
    to: "2026-02-28",
  });
});

test("trends by tag: counts over the period (any case), the previous week's counts, the movers", async () => {
  await withHistory(async (ctx) => {
    const report = await getTrends(ctx, { by: "tag", from: "2026-02-01", to: "2026-02-07" });
    assert.equal(report.entries, 4);
    assert.deepEqual(
      report.items.map((i) => [i.key, i.entries, i.previous, i.delta]),
      [
        ["Agent", 3, 1, 2],
        ["开源", 1, 0, 1],
        ["多模态", 1, 3, -2],
      ],
    );
    assert.deepEqual(
      report.movers.map((m) => m.key),
      ["Agent", "开源"],
    );
    // The top entries of a tag: highest ★ first, citing id and URL.
    const agent = report.items[0]!;
    assert.deepEqual(
      agent.top.map((t) => t.stars),
      [5, 4, 3],
    );
    assert.ok(agent.top.every((t) => t.id && t.url.startsWith("https://x.test/")));
  });
});

test("trends by org fold case; bad periods are refused with the field named", async () => {
  await withHistory(async (ctx) => {
    const report = await getTrends(ctx, { by: "org", from: "2026-02-01", to: "2026-02-07", limit: 1 });
    assert.deepEqual(
      report.items.map((i) => [i.key, i.entries]),
      [["Qwen", 3]],
    );
    await assert.rejects(
      getTrends(ctx, { by: "org", from: "2026-02-08", to: "2026-02-01" }),
      /from is after to/,
    );
    await assert.rejects(getTrends(ctx, { by: "org", from: "2026-02-30", to: "2026-03-01" }), /period\.from/);
  });
});

test("compare two weeks: entries, mean ★, and the largest changes either way", async () => {
  await withHistory(async (ctx) => {
    const c = await comparePeriods(ctx, {
      by: "tag",
      a: { from: "2026-01-25", to: "2026-01-31" },
      b: { from: "2026-02-01", to: "2026-02-07" },
    });
    assert.equal(c.a.entries, 3);
    assert.equal(c.b.entries, 4);
    assert.equal(c.a.meanStars, 3);
    assert.equal(c.b.meanStars, 3.75);
    assert.deepEqual(c.changes.slice(0, 2), [
      { key: "Agent", a: 1, b: 3, delta: 2 },
      { key: "多模态", a: 3, b: 1, delta: -2 },
    ]);
  });
});

test("a story's timeline runs back and forward from any of its entries, within the dedup window", async () => {
  await withHistory(async (ctx) => {
    const trends = await getTrends(ctx, { by: "org", from: "2026-02-04", to: "2026-02-04" });
    const middle = trends.items.find((i) => i.key === "Qwen")!.top[0]!;
    const timeline = await getStoryTimeline(ctx, middle.id!);
    assert.deepEqual(
      timeline?.steps.map((s) => [s.date, s.stars]),
      [
        ["2026-02-02", 4],
        ["2026-02-04", 5],
        ["2026-02-07", 3],
      ],
    );
    assert.equal(await getStoryTimeline(ctx, "999999"), undefined);
    assert.equal(await getStoryTimeline(ctx, "x"), undefined);
  });
});
