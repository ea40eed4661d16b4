import assert from "node:assert/strict";
import { test } from "node:test";
import type { Briefing, BriefingItem } from "./briefing.ts";
import { type BriefingEdit, curateBriefing, moveWithinBand, ORDER_ENTRY } from "./curation.ts";
import type { Stars } from "./entry.ts";
import { describeItemNotes } from "./item-notes.ts";

function item(id: number, stars: Stars): BriefingItem {
  return {
    articleId: id,
    sourceId: "s",
    sourceName: "源",
    sourceOrder: 0,
    url: `https://example.com/${id}`,
    publishedAt: "2026-02-04T01:00:00Z",
    analyser: { kind: "offline", name: "offline", promptVersion: "1" },
    entry: {
      org: "Org",
      title: `标题 ${id}`,
      stars,
      tags: [],
      summary: `摘要 ${id}`,
      core: { bullets: [{ text: `要点 ${id}-0` }, { text: `要点 ${id}-1` }] },
      results: { bullets: [] },
      insights: { bullets: [] },
      resources: [],
    },
  };
}

const draft: Briefing = {
  date: "2026-02-04",
  timezone: "Asia/Shanghai",
  generatedAt: "2026-02-04T13:00:00Z",
  // Ranked: 5★ 1, 2; 4★ 3, 4; 3★ 5.
  items: [item(1, 5), item(2, 5), item(3, 4), item(4, 4), item(5, 3)],
  coverage: [],
  analysers: [],
  minStars: 3,
  notes: [],
};

let next = 1;
function edit(e: Partial<BriefingEdit> & Pick<BriefingEdit, "entryId" | "field" | "after">): BriefingEdit {
  const id = next++;
  return {
    id,
    date: "2026-02-04",
    before: false,
    user: "editor",
    at: `2026-02-04T14:${String(id).padStart(2, "0")}:00Z`,
    ...e,
  };
}

const ids = (b: Briefing) => b.items.map((i) => i.articleId);

test("no edits: the draft as it is, and the draft itself is never changed", () => {
  const copy = structuredClone(draft);
  const out = curateBriefing(draft, []);
  assert.deepEqual(ids(out.briefing), [1, 2, 3, 4, 5]);
  assert.deepEqual(out.briefing.items, draft.items);
  curateBriefing(draft, [
    edit({ entryId: "1", field: "summary", after: "改过" }),
    edit({ entryId: "1", field: "bullet", target: "core.0", after: "" }),
  ]);
  assert.deepEqual(draft, copy, "the analysis is an input, never written");
});

test("hide leaves the entry out of the published briefing but lists it; unhide brings it back", () => {
  const hidden = curateBriefing(draft, [edit({ entryId: "2", field: "hide", after: true })]);
  assert.deepEqual(ids(hidden.briefing), [1, 3, 4, 5]);
  assert.equal(hidden.entries.find((e) => e.entryId === "2")!.hidden, true);
  assert.equal(hidden.entries.length, 5);
  const back = curateBriefing(draft, [
    edit({ entryId: "2", field: "hide", after: true }),
    edit({ entryId: "2", field: "hide", before: true, after: false }),
  ]);
  assert.deepEqual(ids(back.briefing), [1, 2, 3, 4, 5]);
});

test("pin puts the entry at the top of the briefing, before every ★ band, and marks it", () => {
  const out = curateBriefing(draft, [edit({ entryId: "5", field: "pin", after: true })]);
  assert.deepEqual(ids(out.briefing), [5, 1, 2, 3, 4]);
  assert.deepEqual(out.briefing.items[0]!.curation, { pinned: true });
  assert.match(describeItemNotes(out.briefing.items[0]!).join(" "), /编辑置顶/);
  assert.equal(out.briefing.items[1]!.curation, undefined);
});

test("changing ★ moves the entry to that band; the order edit applies within bands", () => {
  const starred = curateBriefing(draft, [edit({ entryId: "5", field: "stars", before: 3, after: 5 })]);
  assert.deepEqual(ids(starred.briefing), [1, 2, 5, 3, 4]);
  assert.equal(starred.briefing.items[2]!.entry.stars, 5);
  assert.equal(starred.entries.find((e) => e.entryId === "5")!.originalStars, 3);
  // An order naming 4 before 3 swaps them inside the 4★ band only: ★ still comes first.
  const ordered = curateBriefing(draft, [
    edit({ entryId: ORDER_ENTRY, field: "order", before: [], after: ["4", "3", "5", "2", "1"] }),
  ]);
  assert.deepEqual(ids(ordered.briefing), [2, 1, 4, 3, 5]);
});

test("moveWithinBand swaps neighbours of one band only and refuses to cross a band", () => {
  const { entries } = curateBriefing(draft, []);
  assert.deepEqual(moveWithinBand(entries, "2", -1), ["2", "1", "3", "4", "5"]);
  assert.equal(moveWithinBand(entries, "3", -1), undefined, "3 is the first of the 4★ band");
  assert.equal(moveWithinBand(entries, "5", 1), undefined, "the last entry");
  const moved = curateBriefing(draft, [
    edit({ entryId: ORDER_ENTRY, field: "order", before: [], after: moveWithinBand(entries, "4", -1)! }),
  ]);
  assert.deepEqual(ids(moved.briefing), [1, 2, 4, 3, 5]);
});

test("text edits: the latest is in force; back to the analysis's text is no edit; an empty bullet is removed", () => {
  const out = curateBriefing(draft, [
    edit({ entryId: "1", field: "title", before: "标题 1", after: "第一版" }),
    edit({ entryId: "1", field: "title", before: "第一版", after: "新标题" }),
    edit({ entryId: "1", field: "summary", before: "摘要 1", after: "摘要 1" }),
    edit({ entryId: "1", field: "bullet", target: "core.0", before: "要点 1-0", after: "" }),
    edit({ entryId: "1", field: "bullet", target: "core.1", before: "要点 1-1", after: "改写的要点" }),
  ]);
  const e = out.entries.find((x) => x.entryId === "1")!;
  assert.equal(e.item.entry.title, "新标题");
  assert.equal(e.item.entry.summary, "摘要 1");
  assert.deepEqual(e.item.entry.core.bullets, [{ text: "改写的要点" }]);
  assert.deepEqual(e.edited.sort(), ["core.0", "core.1", "title"]);
  assert.equal(e.texts["core.1"], "改写的要点");
  assert.equal(e.item.curation, undefined, "supported edits carry no mark");
  const reverted = curateBriefing(draft, [
    edit({ entryId: "1", field: "title", after: "新标题" }),
    edit({ entryId: "1", field: "title", after: "标题 1" }),
  ]);
  assert.deepEqual(reverted.entries.find((x) => x.entryId === "1")!.edited, []);
});

test("an edit the article does not support is kept, flagged and marked 编辑添加 (reverting it clears the mark)", () => {
  const out = curateBriefing(draft, [
    edit({
      entryId: "3",
      field: "summary",
      after: "准确率 99.7%",
      unsupported: ["summary: 99.7%（原文没有）"],
    }),
    edit({
      entryId: "3",
      field: "bullet",
      target: "core.1",
      after: "参数 987B",
      unsupported: ["core.bullets[1]: 987B"],
    }),
  ]);
  const e = out.entries.find((x) => x.entryId === "3")!;
  assert.equal(e.item.entry.summary, "准确率 99.7%");
  assert.deepEqual(e.item.curation, { editorAdded: ["摘要", "核心技术第 2 条"] });
  assert.equal(e.item.entry.core.bullets[1]!.flagged, true);
  assert.deepEqual(
    e.unsupported.map((u) => [u.where, u.claims]),
    [
      ["summary", ["summary: 99.7%（原文没有）"]],
      ["core.1", ["core.bullets[1]: 987B"]],
    ],
  );
  assert.match(describeItemNotes(e.item).join(" "), /编辑添加：摘要、核心技术第 2 条/);
  const reverted = curateBriefing(draft, [
    edit({ entryId: "3", field: "summary", after: "准确率 99.7%", unsupported: ["x"] }),
    edit({ entryId: "3", field: "summary", after: "摘要 3", unsupported: [] }),
  ]);
  assert.equal(reverted.entries.find((x) => x.entryId === "3")!.item.curation, undefined);
});

test("edits naming entries the draft lacks, and edits applied in time order whatever their list order", () => {
  const a = edit({ entryId: "9", field: "hide", after: true });
  const b = edit({ entryId: "1", field: "hide", after: true });
  const c = edit({ entryId: "1", field: "hide", before: true, after: false });
  const out = curateBriefing(draft, [c, a, b]);
  assert.deepEqual(ids(out.briefing), [1, 2, 3, 4, 5]);
});
