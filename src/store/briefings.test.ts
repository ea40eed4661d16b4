import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import type { Store } from "./store.ts";
import { openTempStore } from "./testing.ts";

let store: Store;
let remove: () => void;
beforeEach(() => {
  ({ store, remove } = openTempStore());
});
afterEach(() => remove());

const json = (items: number) =>
  JSON.stringify({ date: "2026-02-04", items: Array.from({ length: items }, () => ({})) });

test("one briefing per date: a re-run replaces it", () => {
  const runId = store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T00:00:00Z", command: "run" });
  store.saveBriefing({
    date: "2026-02-04",
    generatedAt: "2026-02-04T00:10:00Z",
    json: json(3),
    outputs: { markdown: "out/2026-02-04.md" },
    runId,
  });
  store.saveBriefing({
    date: "2026-02-04",
    generatedAt: "2026-02-04T02:00:00Z",
    json: json(5),
    outputs: { markdown: "out/2026-02-04.md", html: "out/2026-02-04.html" },
  });
  assert.deepEqual(store.getBriefing("2026-02-04"), {
    date: "2026-02-04",
    generatedAt: "2026-02-04T02:00:00.000Z",
    json: json(5),
    outputs: { markdown: "out/2026-02-04.md", html: "out/2026-02-04.html" },
  });
  assert.deepEqual(store.listBriefings(), [
    { date: "2026-02-04", generatedAt: "2026-02-04T02:00:00.000Z", entries: 5 },
  ]);
  assert.equal(store.getBriefing("2026-02-05"), undefined);
});

test("briefings list newest date first; invalid JSON is refused", () => {
  store.saveBriefing({ date: "2026-02-03", generatedAt: "2026-02-03T00:10:00Z", json: json(1), outputs: {} });
  store.saveBriefing({ date: "2026-02-04", generatedAt: "2026-02-04T00:10:00Z", json: "{}", outputs: {} });
  assert.deepEqual(
    store.listBriefings().map((b) => [b.date, b.entries]),
    [
      ["2026-02-04", 0],
      ["2026-02-03", 1],
    ],
  );
  assert.deepEqual(store.listBriefingDates(), [
    { date: "2026-02-03", generatedAt: "2026-02-03T00:10:00.000Z" },
    { date: "2026-02-04", generatedAt: "2026-02-04T00:10:00.000Z" },
  ]);
  assert.throws(() =>
    store.saveBriefing({ date: "2026-02-05", generatedAt: "2026-02-05T00:10:00Z", json: "{", outputs: {} }),
  );
});
