import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { makeArticle, makeSource } from "../../src/store/fixtures.ts";
import type { Store } from "../../src/store/index.ts";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    let a: number;
    let b: number;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
      await store.upsertSource(makeSource());
      a = (await store.saveArticle(makeArticle({ url: "https://example.com/a", title: "STAR 发布" }))).id;
      b = (await store.saveArticle(makeArticle({ url: "https://example.com/b", title: "STAR 解读" }))).id;
    });
    afterEach(async () => remove());

    test("stories saved on a day are listed for later days with the primary article", async () => {
      const id = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: a,
        memberArticleIds: [a, b],
        signature: "simhash:0f0f",
      });
      await store.saveStory({
        date: "2026-02-01",
        storyKey: "old",
        primaryArticleId: b,
        memberArticleIds: [b],
      });
      assert.deepEqual(await store.listStoriesSince("2026-02-03T00:00:00Z"), [
        {
          id,
          date: "2026-02-03",
          storyKey: "star",
          primaryArticleId: a,
          memberArticleIds: [a, b],
          signature: "simhash:0f0f",
          primaryTitle: "STAR 发布",
          primaryUrl: "https://example.com/a",
        },
      ]);
      assert.equal((await store.listStoriesSince("2026-02-01")).length, 2);
      assert.deepEqual(await store.listStoriesSince("2026-02-04"), []);
    });

    test("saving the same story key again on a date updates it in place", async () => {
      const first = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: a,
        memberArticleIds: [a],
      });
      const second = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: b,
        memberArticleIds: [a, b],
      });
      assert.equal(second, first);
      const [story] = await store.listStoriesSince("2026-02-03");
      assert.equal(story?.primaryArticleId, b);
      assert.deepEqual(story?.memberArticleIds, [a, b]);
      await assert.rejects(
        async () =>
          await store.saveStory({
            date: "2026-02-03",
            storyKey: "x",
            primaryArticleId: 999,
            memberArticleIds: [],
          }),
      );
    });

    test("stories of a span of dates, and by id: only those that exist, in date and id order", async () => {
      const later = await store.saveStory({
        date: "2026-02-03",
        storyKey: "l",
        primaryArticleId: a,
        memberArticleIds: [],
      });
      const earlier = await store.saveStory({
        date: "2026-02-01",
        storyKey: "e",
        primaryArticleId: b,
        memberArticleIds: [],
      });
      const today = await store.saveStory({
        date: "2026-02-04",
        storyKey: "t",
        primaryArticleId: a,
        memberArticleIds: [],
      });
      const ids = (list: { id: number }[]) => list.map((s) => s.id);
      assert.deepEqual(ids(await store.listStoriesSince("2026-02-01", "2026-02-04")), [earlier, later]);
      assert.deepEqual(ids(await store.listStoriesSince("2026-02-02")), [later, today]);
      const found = await store.listStoriesByIds([today, 987_654, earlier, later]);
      assert.deepEqual(ids(found), [earlier, later, today]);
      assert.equal(found[0]?.primaryTitle, "STAR 解读");
      assert.deepEqual(await store.listStoriesByIds([]), []);
    });

    test("a date's index segment is stored as bytes, listed with every date of stories in the span", async () => {
      await store.saveStory({ date: "2026-02-01", storyKey: "e", primaryArticleId: b, memberArticleIds: [] });
      await store.saveStory({ date: "2026-02-03", storyKey: "l", primaryArticleId: a, memberArticleIds: [] });
      await store.saveStory({ date: "2026-02-04", storyKey: "t", primaryArticleId: a, memberArticleIds: [] });
      const bytes = Uint8Array.from([0, 1, 2, 250, 255, 0, 7]);
      await store.saveStorySegment("2026-02-03", Uint8Array.from([9]));
      await store.saveStorySegment("2026-02-03", bytes);
      const rows = await store.listStorySegments("2026-02-01", "2026-02-04");
      assert.deepEqual(
        rows
          .map((r) => ({ date: r.date, data: r.data && [...r.data] }))
          .map((r) => (r.data ? r : { date: r.date })),
        [{ date: "2026-02-01" }, { date: "2026-02-03", data: [...bytes] }],
      );
    });

    test("a window's segments are read once into memory: the bytes handed back are the driver's, not a copy of them", async () => {
      const days = ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"];
      const size = 2 * 1024 * 1024;
      for (const [d, date] of days.entries()) {
        await store.saveStory({ date, storyKey: `k${d}`, primaryArticleId: a, memberArticleIds: [] });
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 4096) bytes[i] = (i / 4096 + d) % 251;
        await store.saveStorySegment(date, bytes);
      }
      const before = process.memoryUsage().arrayBuffers;
      const rows = await store.listStorySegments("2026-02-01", "2026-02-05");
      const grown = process.memoryUsage().arrayBuffers - before;
      assert.deepEqual(
        rows.map((r) => [r.date, r.data?.length, r.data?.[4096]]),
        days.map((date, d) => [date, size, (1 + d) % 251]),
      );
      // A copy of each driver buffer doubled what the window's segments take while both are alive
      // (until the next collection): 16 MB here for 8 MB of segments.
      assert.ok(grown < 1.5 * days.length * size, `${(grown / 1048576).toFixed(1)} MB for 8 MB of segments`);
    });

    test("stories and segments are a briefing's own: the same key on a date per briefing, each listed only for its briefing", async () => {
      const mine = await store.saveStory({
        date: "2026-02-03",
        storyKey: "star",
        primaryArticleId: a,
        memberArticleIds: [a],
      });
      const theirs = await store.saveStory(
        { date: "2026-02-03", storyKey: "star", primaryArticleId: b, memberArticleIds: [b] },
        "chips",
      );
      assert.notEqual(theirs, mine, "the same key on the same date is another briefing's own story");
      await store.saveStory(
        { date: "2026-02-02", storyKey: "old", primaryArticleId: b, memberArticleIds: [] },
        "chips",
      );
      const ids = (list: { id: number }[]) => list.map((s) => s.id);
      assert.deepEqual(ids(await store.listStoriesSince("2026-02-01")), [mine]);
      assert.deepEqual(ids(await store.listStoriesSince("2026-02-01", undefined, "default")), [mine]);
      assert.equal((await store.listStoriesSince("2026-02-01", "2026-02-04", "chips")).length, 2);
      assert.deepEqual(await store.listStoriesSince("2026-02-01", undefined, "robots"), []);
      // Saving again updates the briefing's own row, not the other briefing's.
      assert.equal(
        await store.saveStory(
          { date: "2026-02-03", storyKey: "star", primaryArticleId: a, memberArticleIds: [a, b] },
          "chips",
        ),
        theirs,
      );
      assert.deepEqual((await store.listStoriesSince("2026-02-03"))[0]?.memberArticleIds, [a]);
      await store.saveStorySegment("2026-02-03", Uint8Array.from([1]));
      await store.saveStorySegment("2026-02-03", Uint8Array.from([2, 2]), "chips");
      const listed = async (briefingId?: string) =>
        (await store.listStorySegments("2026-02-01", "2026-02-04", briefingId)).map((r) => [
          r.date,
          r.data && [...r.data],
        ]);
      assert.deepEqual(await listed(), [["2026-02-03", [1]]]);
      assert.deepEqual(await listed("chips"), [
        ["2026-02-02", undefined],
        ["2026-02-03", [2, 2]],
      ]);
      assert.deepEqual(await listed("robots"), []);
    });
  });
