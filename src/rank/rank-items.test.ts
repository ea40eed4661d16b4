import assert from "node:assert/strict";
import { test } from "node:test";
import type { BriefingItem, Stars } from "../model/index.ts";
import { rankItems } from "./rank-items.ts";

function item(id: string, stars: Stars, sourceOrder: number, publishedAt: string, url = `https://e.x/${id}`) {
  const it: BriefingItem = {
    entry: {
      org: "Org",
      title: id,
      stars,
      tags: [],
      summary: "s",
      core: { bullets: [] },
      results: { bullets: [] },
      insights: { bullets: [] },
      resources: [],
    },
    sourceId: `s${sourceOrder}`,
    sourceName: `source ${sourceOrder}`,
    sourceOrder,
    url,
    publishedAt,
    analyser: { kind: "offline", name: "offline-extractive", promptVersion: "1" },
  };
  return it;
}

const titles = (items: BriefingItem[]) => items.map((i) => i.entry.title);

test("orders by stars, then source order, then time, then URL", () => {
  const items = [
    item("b-late", 4, 0, "2026-02-04T11:18:00Z"),
    item("c-source1", 4, 1, "2026-02-04T00:45:00Z"),
    item("a-five", 5, 2, "2026-02-04T12:00:00Z"),
    item("b-early", 4, 0, "2026-02-04T01:03:00Z"),
    item("tie-z", 4, 1, "2026-02-04T07:50:00Z", "https://mp.weixin.qq.com/s/Hjbd"),
    item("tie-a", 4, 1, "2026-02-04T07:50:00Z", "https://mp.weixin.qq.com/s/63Io"),
    item("three", 3, 0, "2026-02-04T00:00:00Z"),
  ];
  const { kept, belowThreshold } = rankItems(items, { minStars: 1 });
  assert.deepEqual(titles(kept), ["a-five", "b-early", "b-late", "c-source1", "tie-a", "tie-z", "three"]);
  assert.deepEqual(belowThreshold, []);
});

test("the result does not depend on the input order", () => {
  const items = [
    item("x", 3, 2, "2026-02-04T01:00:00Z"),
    item("y", 3, 2, "2026-02-04T01:00:00Z"),
    item("z", 4, 5, "2026-02-04T09:00:00Z"),
    item("w", 3, 0, "2026-02-04T23:00:00Z"),
  ];
  const forward = titles(rankItems(items, { minStars: 1 }).kept);
  const backward = titles(rankItems([...items].reverse(), { minStars: 1 }).kept);
  assert.deepEqual(forward, ["z", "w", "x", "y"]);
  assert.deepEqual(backward, forward);
});

test("splits off items under the threshold, both halves ranked, input untouched", () => {
  const items = [
    item("two-late", 2, 0, "2026-02-04T10:00:00Z"),
    item("four", 4, 0, "2026-02-04T10:00:00Z"),
    item("two-early", 2, 0, "2026-02-04T01:00:00Z"),
    item("three", 3, 1, "2026-02-04T10:00:00Z"),
  ];
  const before = titles(items);
  const { kept, belowThreshold } = rankItems(items, { minStars: 3 });
  assert.deepEqual(titles(kept), ["four", "three"]);
  assert.deepEqual(titles(belowThreshold), ["two-early", "two-late"]);
  assert.deepEqual(titles(items), before);
});

test("an unreadable date sorts after readable ones of the same rank", () => {
  const items = [item("bad", 4, 0, "not a date"), item("good", 4, 0, "2026-02-04T10:00:00Z")];
  assert.deepEqual(titles(rankItems(items, { minStars: 1 }).kept), ["good", "bad"]);
});
