import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { Briefing } from "../../src/model/index.ts";
import type { Store } from "../../src/store/index.ts";

import { backends } from "./backends.ts";

/**
 * Several briefings per install (config `briefings`): briefings, drafts, edits, deliveries and runs
 * are keyed by (briefing id, date). A call without an id means the default briefing, whose values
 * carry no `briefingId`, so a single-briefing install reads exactly as before.
 */
for (const backend of backends)
  describe(backend.name, () => {
    let store: Store;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      ({ store, remove } = await backend.open());
    });
    afterEach(async () => remove());

    const briefing = (title: string, items: number) =>
      ({
        date: "2026-02-04",
        title,
        items: Array.from({ length: items }, (_, i) => ({
          url: `${title}/${i}`,
          entry: { title: `${title}${i}` },
        })),
        coverage: [],
        notes: [],
      }) as unknown as Briefing;

    test("each briefing's digests (index lines, feed entries) are its own", async () => {
      for (const [briefingId, title, feedHtml] of [
        [undefined, "大模型", "<p>default</p>"],
        ["chips", "芯片", "<p>chips</p>"],
      ] as const)
        await store.saveBriefing({
          briefingId,
          date: "2026-02-04",
          generatedAt: "2026-02-04T10:00:00Z",
          briefing: briefing(title, 2),
          outputs: {},
          feedHtml,
        });
      assert.deepEqual(
        (await store.listBriefingHeadlines(1)).map((h) => h.topTitles),
        [["大模型0"]],
      );
      assert.deepEqual(
        (await store.listBriefingHeadlines(1, "chips")).map((h) => h.topTitles),
        [["芯片0"]],
      );
      assert.deepEqual(
        (await store.listFeedEntries(5, "chips")).map((e) => e.html),
        ["<p>chips</p>"],
      );
      assert.deepEqual(
        (await store.listFeedEntries(5)).map((e) => e.html),
        ["<p>default</p>"],
      );
      assert.deepEqual((await store.listBriefings("other")).length, 0);
    });

    test("two briefings of one date are stored side by side; no id means the default one", async () => {
      const save = (briefingId: string | undefined, title: string, items: number) =>
        store.saveBriefing({
          briefingId,
          date: "2026-02-04",
          generatedAt: "2026-02-04T10:00:00Z",
          briefing: briefing(title, items),
          outputs: { md: `${title}.md` },
        });
      await save(undefined, "main", 2);
      await save("chips", "chips", 1);
      await save("chips", "chips", 3); // a re-run replaces only its own briefing's row

      const main = await store.getBriefing("2026-02-04");
      assert.equal(main?.briefing.items.length, 2);
      assert.equal(main?.briefingId, undefined, "the default briefing's value carries no id");
      assert.deepEqual(await store.getBriefing("2026-02-04", "default"), main);
      const chips = await store.getBriefing("2026-02-04", "chips");
      assert.equal(chips?.briefingId, "chips");
      assert.equal(chips?.briefing.items.length, 3);
      assert.equal(await store.getBriefing("2026-02-04", "robots"), undefined);

      assert.deepEqual(
        (await store.listBriefings()).map((b) => b.entries),
        [2],
      );
      assert.deepEqual(
        (await store.listBriefings("chips")).map((b) => b.entries),
        [3],
      );
      assert.deepEqual(
        (await store.listBriefingDates("chips")).map((b) => b.date),
        ["2026-02-04"],
      );
      assert.deepEqual(await store.listBriefingDates("robots"), []);
      assert.deepEqual(
        (await store.listBriefingHeadlines(1, "chips")).map((h) => h.topTitles),
        [["chips0"]],
      );
      assert.deepEqual(
        (await store.listBriefingHeadlines(1)).map((h) => h.topTitles),
        [["main0"]],
      );
    });

    test("drafts, their decisions and edits belong to one briefing", async () => {
      for (const briefingId of [undefined, "chips"])
        await store.saveDraft({
          briefingId,
          date: "2026-02-04",
          createdAt: "2026-02-04T10:00:00Z",
          briefing: briefing(briefingId ?? "main", 2),
          kind: "briefing",
        });
      assert.equal((await store.getDraft("2026-02-04", "chips"))?.briefing.title, "chips");
      assert.equal((await store.getDraft("2026-02-04"))?.briefing.title, "main");
      assert.deepEqual(
        (await store.listDueDrafts()).map((d) => d.briefingId ?? "default"),
        ["chips", "default"],
      );
      const decision = { status: "published" as const, by: "editor", at: "2026-02-04T11:00:00Z" };
      assert.equal(await store.decideDraft("2026-02-04", decision, "chips"), true);
      assert.equal((await store.getDraft("2026-02-04", "chips"))?.status, "published");
      assert.equal((await store.getDraft("2026-02-04"))?.status, "draft", "the other briefing's draft waits");
      assert.deepEqual(
        (await store.listDrafts("draft")).map((d) => d.date),
        ["2026-02-04"],
      );
      assert.deepEqual(await store.listDrafts("draft", "chips"), []);
      assert.deepEqual(
        (await store.listDueDrafts()).map((d) => d.briefingId ?? "default"),
        ["default"],
      );

      const edit = {
        date: "2026-02-04",
        entryId: "1",
        field: "title" as const,
        before: "a",
        after: "b",
        user: "editor",
        at: "2026-02-04T11:00:00Z",
      };
      await store.addBriefingEdit({ ...edit, briefingId: "chips" });
      assert.deepEqual(await store.listBriefingEdits("2026-02-04"), []);
      const edits = await store.listBriefingEdits("2026-02-04", "chips");
      assert.equal(edits.length, 1);
      assert.equal(edits[0]!.briefingId, "chips");
    });

    test("a part sent for one briefing is not sent for another on the same channel", async () => {
      const part = { date: "2026-02-04", channel: "feishu", partKey: "briefing:0:abc" };
      await store.recordDelivery({
        ...part,
        briefingId: "chips",
        status: "sent",
        attempts: 1,
        entries: ["u"],
        at: "2026-02-04T10:00:00Z",
      });
      assert.equal(await store.hasDelivered({ ...part, briefingId: "chips" }), true);
      assert.equal(await store.hasDelivered(part), false, "the default briefing's same part key is its own");
      assert.equal(await store.deliveryState(part), undefined);
      await store.recordDelivery({
        ...part,
        status: "failed",
        error: "boom",
        attempts: 1,
        at: "2026-02-04T10:01:00Z",
      });
      assert.deepEqual(
        (await store.listDeliveries("2026-02-04")).map((d) => [d.briefingId, d.status]),
        [[undefined, "failed"]],
      );
      assert.deepEqual(
        (await store.listDeliveries("2026-02-04", "chips")).map((d) => [d.briefingId, d.status]),
        [["chips", "sent"]],
      );
      assert.deepEqual(await store.listSentParts("2026-02-04", "feishu"), []);
      assert.deepEqual(await store.listSentParts("2026-02-04", "feishu", "chips"), [
        { partKey: "briefing:0:abc", entries: ["u"] },
      ]);
    });

    test("a run records its briefing", async () => {
      const start = { date: "2026-02-04", startedAt: "2026-02-04T10:00:00Z", command: "run" };
      const main = await store.startRun(start);
      const chips = await store.startRun({ ...start, briefingId: "chips" });
      assert.equal((await store.getRun(main))?.briefingId, undefined);
      assert.equal((await store.getRun(chips))?.briefingId, "chips");
      assert.deepEqual(
        (await store.listRuns()).map((r) => r.briefingId ?? "default"),
        ["chips", "default"],
      );
    });
  });
