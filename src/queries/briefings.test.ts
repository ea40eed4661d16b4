import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { getBriefing, getLatestBriefing, listBriefings } from "./briefings.ts";
import { parseEntryId } from "./entry-id.ts";

let day: DemoDay;
before(async () => {
  day = await runDemoDay();
});
after(async () => {
  await day?.close();
});

test("the briefing of a date is the one published, typed", async () => {
  const briefing = await getBriefing(day, DEMO_DAY);
  assert.ok(briefing);
  assert.equal(briefing.date, DEMO_DAY);
  assert.deepEqual(
    briefing.items.map((i) => i.articleId),
    day.published.entries.map((e) => e.articleId),
  );
  assert.deepEqual(briefing.verification, day.published.verification);
  assert.equal(await getBriefing(day, "2026-01-01"), undefined);
});

test("latest and the list: entries per day and the top entry, whose id opens the entry", async () => {
  assert.equal((await getLatestBriefing(day))?.date, DEMO_DAY);
  const list = await listBriefings(day);
  assert.equal(list.length, 1);
  const [only] = list;
  assert.equal(only!.entries, day.published.entries.length);
  const top = day.published.entries[0]!;
  assert.equal(only!.top?.title, top.title);
  assert.equal(parseEntryId(only!.top!.id!), top.articleId);
  assert.ok(only!.outputs.md?.endsWith(`${DEMO_DAY}.md`));
  assert.deepEqual(await listBriefings(day, { limit: 0 }), []);
});
