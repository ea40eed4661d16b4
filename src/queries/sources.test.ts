import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { parseConfig } from "../config/index.ts";
import type { Store } from "../store/index.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { listSources } from "./sources.ts";

const config = parseConfig(
  `timezone: Asia/Shanghai
sources:
  - { id: good, name: 好源, url: "http://127.0.0.1/good.xml" }
  - { id: bad, name: 坏源, url: "http://127.0.0.1/bad.xml" }
  - { id: new, name: 新源, url: "http://127.0.0.1/new.xml" }
  - { id: off, name: 停用, url: "http://127.0.0.1/off.xml", enabled: false }
`,
  { env: {}, baseDir: "/tmp" },
);
// 10:00 on Feb 6 in Shanghai.
const now = new Date("2026-02-06T02:00:00Z");

let store: Store;
let remove: () => void;
beforeEach(async () => {
  ({ store, remove } = openTempStore());
  for (const [i, s] of config.sources.entries()) await store.upsertSource(makeSource({ ...s, order: i }));
  await store.recordFetchSuccess("good", { at: "2026-02-06T01:00:00Z", newItems: 2 });
  await store.recordFetchSuccess("bad", { at: "2026-02-04T01:00:00Z", newItems: 1 });
  await store.recordFetchFailure("bad", { at: "2026-02-05T01:00:00Z", error: "HTTP 500" });
  await store.recordFetchFailure("bad", { at: "2026-02-06T01:00:00Z", error: "HTTP 503" });
  await store.raiseAlert({ sourceId: "bad", kind: "failing", at: now, message: "坏源：连续 2 次抓取失败" });
  // Two on Feb 6 in Shanghai (one of them still Feb 5 in UTC), one on Feb 4.
  const at = [
    ["g1", "2026-02-05T17:00:00Z"],
    ["g2", "2026-02-06T01:30:00Z"],
    ["g3", "2026-02-04T03:00:00Z"],
  ];
  for (const [guid, publishedAt] of at)
    await store.saveArticle(
      makeArticle({
        sourceId: "good",
        guid,
        url: `https://x.test/${guid}`,
        contentHash: guid!.repeat(32),
        publishedAt,
      }),
    );
});
afterEach(() => remove());

test("each configured source in order: its state, last success, failures and last error", async () => {
  const reports = await listSources({ store, config }, { now, days: 3 });
  assert.deepEqual(
    reports.map((r) => [r.id, r.state, r.consecutiveFailures]),
    [
      ["good", "ok", 0],
      ["bad", "failing", 2],
      ["new", "never-fetched", 0],
      ["off", "disabled", 0],
    ],
  );
  const bad = reports[1]!;
  assert.equal(bad.lastError, "HTTP 503");
  assert.equal(bad.lastSuccessAt, "2026-02-04T01:00:00.000Z");
  assert.deepEqual(
    bad.alerts.map((a) => [a.kind, a.message]),
    [["failing", "坏源：连续 2 次抓取失败"]],
  );
});

test("items per day over N days, by publication day in the config's zone, oldest first", async () => {
  const [good, bad] = await listSources({ store, config }, { now, days: 3 });
  assert.deepEqual(good!.itemsPerDay, [
    { date: "2026-02-04", items: 1 },
    { date: "2026-02-05", items: 0 },
    { date: "2026-02-06", items: 2 },
  ]);
  assert.deepEqual(
    bad!.itemsPerDay.map((d) => d.items),
    [0, 0, 0],
  );
  const week = await listSources({ store, config }, { now });
  assert.equal(week[0]!.itemsPerDay.length, 7);
});
