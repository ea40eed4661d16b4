import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { Briefing } from "../../src/model/index.ts";
import type { Store } from "../../src/store/index.ts";

import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
    });
    afterEach(async () => remove());

    // Only the fields the store reads: it keeps the rest as given.
    const briefing = (items: number, date = "2026-02-04") =>
      ({
        date,
        title: "AI 日报",
        items: Array.from({ length: items }, (_, i) => ({ url: `u${i}` })),
      }) as unknown as Briefing;

    test("one briefing per date: a re-run replaces it", async () => {
      const runId = await store.startRun({
        date: "2026-02-04",
        startedAt: "2026-02-04T00:00:00Z",
        command: "run",
      });
      await store.saveBriefing({
        date: "2026-02-04",
        generatedAt: "2026-02-04T00:10:00Z",
        briefing: briefing(3),
        outputs: { markdown: "out/2026-02-04.md" },
        runId,
      });
      await store.saveBriefing({
        date: "2026-02-04",
        generatedAt: "2026-02-04T02:00:00Z",
        briefing: briefing(5),
        outputs: { markdown: "out/2026-02-04.md", html: "out/2026-02-04.html" },
      });
      assert.deepEqual(await store.getBriefing("2026-02-04"), {
        date: "2026-02-04",
        generatedAt: "2026-02-04T02:00:00.000Z",
        briefing: briefing(5),
        outputs: { markdown: "out/2026-02-04.md", html: "out/2026-02-04.html" },
      });
      assert.deepEqual(await store.listBriefings(), [
        { date: "2026-02-04", generatedAt: "2026-02-04T02:00:00.000Z", entries: 5 },
      ]);
      assert.equal(await store.getBriefing("2026-02-05"), undefined);
    });

    test("the published dates with their generation time, oldest first", async () => {
      for (const date of ["2026-02-04", "2026-02-03"])
        await store.saveBriefing({
          date,
          generatedAt: `${date}T00:10:00Z`,
          briefing: briefing(1, date),
          outputs: {},
        });
      assert.deepEqual(await store.listBriefingDates(), [
        { date: "2026-02-03", generatedAt: "2026-02-03T00:10:00.000Z" },
        { date: "2026-02-04", generatedAt: "2026-02-04T00:10:00.000Z" },
      ]);
    });

    test("a briefing stored with text problems (before problems were data) reads back as records", async () => {
      const legacy = {
        ...briefing(0),
        coverage: [
          { sourceId: "a", problems: ["《旧标题》该内容已被发布者删除"] },
          { sourceId: "b", problems: [{ code: "E_SERVER", stage: "collect", httpStatus: 503 }] },
        ],
      } as unknown as Briefing;
      await store.saveBriefing({
        date: "2026-02-04",
        generatedAt: "2026-02-04T00:10:00Z",
        briefing: legacy,
        outputs: {},
      });
      const read = (await store.getBriefing("2026-02-04"))?.briefing;
      assert.deepEqual(
        read?.coverage.map((c) => c.problems),
        [
          [{ code: "E_NOTE", stage: "unknown", detail: "《旧标题》该内容已被发布者删除" }],
          [{ code: "E_SERVER", stage: "collect", httpStatus: 503 }],
        ],
      );
    });

    test("briefings list newest date first; one without an items list counts 0", async () => {
      await store.saveBriefing({
        date: "2026-02-03",
        generatedAt: "2026-02-03T00:10:00Z",
        briefing: briefing(1, "2026-02-03"),
        outputs: {},
      });
      await store.saveBriefing({
        date: "2026-02-04",
        generatedAt: "2026-02-04T00:10:00Z",
        briefing: {} as Briefing,
        outputs: {},
      });
      assert.deepEqual(
        (await store.listBriefings()).map((b) => [b.date, b.entries]),
        [
          ["2026-02-04", 0],
          ["2026-02-03", 1],
        ],
      );
    });

    test("headlines: newest first, with the first entries' titles and the outputs", async () => {
      const titled = {
        date: "2026-02-04",
        items: ["甲", "乙", "丙", "丁"].map((title) => ({ url: title, entry: { title } })),
      } as unknown as Briefing;
      await store.saveBriefing({
        date: "2026-02-04",
        generatedAt: "2026-02-04T00:10:00Z",
        briefing: titled,
        outputs: { html: "out/2026-02-04.html" },
      });
      await store.saveBriefing({
        date: "2026-02-03",
        generatedAt: "2026-02-03T00:10:00Z",
        briefing: briefing(0, "2026-02-03"),
        outputs: {},
      });
      assert.deepEqual(await store.listBriefingHeadlines(3), [
        {
          date: "2026-02-04",
          generatedAt: "2026-02-04T00:10:00.000Z",
          entries: 4,
          outputs: { html: "out/2026-02-04.html" },
          topTitles: ["甲", "乙", "丙"],
        },
        {
          date: "2026-02-03",
          generatedAt: "2026-02-03T00:10:00.000Z",
          entries: 0,
          outputs: {},
          topTitles: [],
        },
      ]);
      assert.deepEqual((await store.getBriefing("2026-02-04"))?.briefing, titled);
    });

    test("feed entries: the latest `limit` days as published, newest first; a re-save replaces the entry", async () => {
      for (const date of ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"])
        await store.saveBriefing({
          date,
          generatedAt: `${date}T00:10:00Z`,
          briefing: { ...briefing(2, date), timezone: "Asia/Shanghai" } as Briefing,
          outputs: {},
          feedHtml: `<p>${date}</p>`,
        });
      // A day saved without its entry (other code, or before digests): listed without html.
      await store.saveBriefing({
        date: "2026-02-03",
        generatedAt: "2026-02-03T05:00:00Z",
        briefing: briefing(1, "2026-02-03"),
        outputs: {},
      });
      assert.deepEqual(await store.listFeedEntries(3), [
        {
          date: "2026-02-04",
          generatedAt: "2026-02-04T00:10:00.000Z",
          timezone: "Asia/Shanghai",
          html: "<p>2026-02-04</p>",
        },
        { date: "2026-02-03", generatedAt: "2026-02-03T05:00:00.000Z", timezone: "" },
        {
          date: "2026-02-02",
          generatedAt: "2026-02-02T00:10:00.000Z",
          timezone: "Asia/Shanghai",
          html: "<p>2026-02-02</p>",
        },
      ]);
      assert.deepEqual(await store.listFeedEntries(0), []);
      // The entry is no part of the stored briefing.
      assert.equal("feedHtml" in ((await store.getBriefing("2026-02-04")) ?? {}), false);
      assert.deepEqual(
        (await store.listBriefingHeadlines(1)).map((h) => [h.date, h.entries]),
        [
          ["2026-02-04", 2],
          ["2026-02-03", 1],
          ["2026-02-02", 2],
          ["2026-02-01", 2],
        ],
      );
    });
  });
