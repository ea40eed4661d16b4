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

    const briefing = (items: number, date = "2026-02-04") =>
      ({
        date,
        items: Array.from({ length: items }, (_, i) => ({ url: `u${i}`, entry: { title: `t${i}` } })),
        coverage: [],
        notes: [],
      }) as unknown as Briefing;

    test("a draft is stored beside the published briefing, never in it; a re-run makes it undecided again", async () => {
      await store.saveDraft({
        date: "2026-02-04",
        createdAt: "2026-02-04T13:00:00Z",
        briefing: briefing(3),
        kind: "briefing",
        deadline: "2026-02-05T01:30:00Z",
      });
      assert.equal(await store.getBriefing("2026-02-04"), undefined, "no published briefing");
      assert.deepEqual(await store.listBriefings(), []);
      const draft = (await store.getDraft("2026-02-04"))!;
      assert.equal(draft.status, "draft");
      assert.equal(draft.entries, 3);
      assert.equal(draft.kind, "briefing");
      assert.equal(draft.deadline, "2026-02-05T01:30:00.000Z");
      assert.deepEqual(draft.briefing, briefing(3));
      assert.equal(draft.decidedBy, undefined);

      assert.equal(
        await store.decideDraft("2026-02-04", {
          status: "published",
          by: "editor",
          at: "2026-02-04T14:00:00Z",
        }),
        true,
      );
      assert.equal(
        await store.decideDraft("2026-02-04", {
          status: "discarded",
          by: "other",
          at: "2026-02-04T15:00:00Z",
        }),
        false,
        "a decided draft stays decided",
      );
      const decided = (await store.getDraft("2026-02-04"))!;
      assert.equal(decided.status, "published");
      assert.equal(decided.decidedBy, "editor");
      assert.equal(decided.decidedAt, "2026-02-04T14:00:00.000Z");

      await store.saveDraft({
        date: "2026-02-04",
        createdAt: "2026-02-04T16:00:00Z",
        briefing: briefing(4),
        kind: "update",
      });
      const again = (await store.getDraft("2026-02-04"))!;
      assert.equal(again.status, "draft");
      assert.equal(again.kind, "update");
      assert.equal(again.entries, 4);
      assert.equal(again.deadline, undefined);
      assert.equal(again.decidedBy, undefined);
      assert.equal(
        await store.decideDraft("2099-01-01", { status: "discarded", by: "x", at: "2026-02-04T15:00:00Z" }),
        false,
      );
    });

    test("drafts are listed newest first, by status when asked", async () => {
      for (const date of ["2026-02-03", "2026-02-05", "2026-02-04"])
        await store.saveDraft({
          date,
          createdAt: `${date}T13:00:00Z`,
          briefing: briefing(1, date),
          kind: "briefing",
        });
      await store.decideDraft("2026-02-04", {
        status: "discarded",
        by: "editor",
        at: "2026-02-04T14:00:00Z",
      });
      assert.deepEqual(
        (await store.listDrafts()).map((d) => [d.date, d.status]),
        [
          ["2026-02-05", "draft"],
          ["2026-02-04", "discarded"],
          ["2026-02-03", "draft"],
        ],
      );
      assert.deepEqual(
        (await store.listDrafts("draft")).map((d) => d.date),
        ["2026-02-05", "2026-02-03"],
      );
      assert.equal((await store.listDrafts("draft"))[0]!.entries, 1);
    });

    test("edits are an append-only audit trail per day, oldest first, values kept as typed", async () => {
      const first = await store.addBriefingEdit({
        date: "2026-02-04",
        entryId: "42",
        field: "summary",
        before: "旧摘要",
        after: "新摘要，提到 97%",
        user: "editor",
        at: "2026-02-04T14:00:00Z",
        unsupported: ["summary: 97%（原文没有这个数字）"],
      });
      const second = await store.addBriefingEdit({
        date: "2026-02-04",
        entryId: "*",
        field: "order",
        before: ["1", "2"],
        after: ["2", "1"],
        user: "editor",
        at: "2026-02-04T14:01:00Z",
      });
      await store.addBriefingEdit({
        date: "2026-02-04",
        entryId: "42",
        field: "bullet",
        target: "core.1",
        before: "a",
        after: "b",
        user: "另一位",
        at: "2026-02-04T13:59:00Z",
        unsupported: [],
      });
      await store.addBriefingEdit({
        date: "2026-02-05",
        entryId: "7",
        field: "stars",
        before: 3,
        after: 5,
        user: "editor",
        at: "2026-02-05T14:00:00Z",
      });
      assert.ok(second > first);
      const edits = await store.listBriefingEdits("2026-02-04");
      assert.deepEqual(
        edits.map((e) => [e.field, e.user]),
        [
          ["bullet", "另一位"],
          ["summary", "editor"],
          ["order", "editor"],
        ],
      );
      const summary = edits[1]!;
      assert.deepEqual(summary, {
        id: first,
        date: "2026-02-04",
        entryId: "42",
        field: "summary",
        before: "旧摘要",
        after: "新摘要，提到 97%",
        user: "editor",
        at: "2026-02-04T14:00:00.000Z",
        unsupported: ["summary: 97%（原文没有这个数字）"],
      });
      assert.equal(edits[0]!.target, "core.1");
      assert.deepEqual(edits[0]!.unsupported, []);
      assert.deepEqual(edits[2]!.after, ["2", "1"]);
      assert.equal(edits[2]!.unsupported, undefined);
      assert.equal((await store.listBriefingEdits("2026-02-05"))[0]!.after, 5);
      assert.deepEqual(await store.listBriefingEdits("2026-02-06"), []);
    });

    test("an edit written in a transaction that throws is not kept", async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.addBriefingEdit({
            date: "2026-02-04",
            entryId: "1",
            field: "hide",
            before: false,
            after: true,
            user: "editor",
            at: "2026-02-04T14:00:00Z",
          });
          throw new Error("boom");
        }),
      );
      assert.deepEqual(await store.listBriefingEdits("2026-02-04"), []);
    });
  });
