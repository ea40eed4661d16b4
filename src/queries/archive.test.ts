import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { writeDemoHistory } from "../demo/demo-history.ts";
import { createDayLocator, listArchiveDays, locateDay } from "./archive.ts";
import { getBriefing } from "./briefings.ts";
import { getEntry } from "./entries.ts";
import { searchEntries } from "./search.ts";
import { getWeeklyTrends } from "./weekly-trends.ts";

let day: DemoDay;
let history: string[];
before(async () => {
  day = await runDemoDay();
  history = await writeDemoHistory(day.store, { baseDate: DEMO_DAY, days: 9, entriesPerDay: 5 });
});
after(async () => {
  await day?.close();
});

test("the generated history: earlier days, each with its own entries that open, search finds them", async () => {
  assert.deepEqual(history, [
    "2026-01-26",
    "2026-01-27",
    "2026-01-28",
    "2026-01-29",
    "2026-01-30",
    "2026-01-31",
    "2026-02-01",
    "2026-02-02",
    "2026-02-03",
  ]);
  const first = (await getBriefing(day, history[0]!))!;
  assert.equal(first.items.length, 5);
  const ids = new Set(first.items.map((i) => i.articleId));
  assert.equal(ids.size, 5, "each entry its own article");
  const entry = (await getEntry(day, String(first.items[0]!.articleId)))!;
  assert.equal(entry.date, history[0]);
  assert.equal(entry.published, true);
  const word = first.items[0]!.entry.org;
  const found = await searchEntries(
    day.store,
    { query: word, from: history[0], to: history[0], limit: 100 },
    { timeZone: "Asia/Shanghai", now: new Date("2026-02-05T00:00:00Z") },
  );
  assert.ok(
    found.hits.some((h) => ids.has(h.articleId)),
    `search "${word}" finds the history day's entry`,
  );
});

test("the archive lists every day newest first with its count and top title; a day knows its neighbours", async () => {
  const days = await listArchiveDays(day);
  assert.deepEqual(
    days.map((d) => d.date),
    [DEMO_DAY, ...[...history].reverse()],
  );
  const top = (await getBriefing(day, history[3]!))!.items[0]!;
  const listed = days.find((d) => d.date === history[3])!;
  assert.equal(listed.entries, 5);
  assert.equal(listed.topTitle, top.entry.title);
  assert.deepEqual(await locateDay(day, history[3]), {
    date: history[3],
    generatedAt: listed && (await day.store.getBriefing(history[3]!))!.generatedAt,
    previous: history[2],
    next: history[4],
  });
  assert.equal((await locateDay(day))?.date, DEMO_DAY);
  assert.equal((await locateDay(day))?.next, undefined);
  assert.equal((await locateDay(day, history[0]))?.previous, undefined);
  assert.equal(await locateDay(day, "2020-01-01"), undefined);
});

test("trends over the stored days: the running story spans several days", async () => {
  const trends = await getWeeklyTrends(day);
  assert.equal(trends.until, DEMO_DAY);
  assert.ok(trends.tags.length > 0 && trends.orgs.length > 0);
  assert.ok(
    trends.stories.some((s) => s.days.length >= 3),
    JSON.stringify(trends.stories.map((s) => s.days.length)),
  );
});

test("the day locator reads the published days once per store version, and sees a day published after", async () => {
  let reads = 0;
  const counted = new Proxy(day.store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key === "listBriefingDates") reads++;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const locate = createDayLocator({ ...day, store: counted });
  for (const date of [history[3], history[0], undefined, "2020-01-01"])
    assert.deepEqual(await locate(date), await locateDay(day, date));
  assert.equal(reads, 1, "one read for four pages of one version");
  // A day published later (last in this file: the days stay so) (a new version): the locator's latest day and neighbours follow.
  const stored = (await day.store.getBriefing(DEMO_DAY))!;
  await day.store.saveBriefing({ ...stored, date: "2026-02-05", outputs: {} });
  assert.equal((await locate())?.date, "2026-02-05");
  assert.equal((await locate(DEMO_DAY))?.next, "2026-02-05");
  assert.equal(reads, 2);
});
