import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { verifyDay, verifyEntryById } from "./verify.ts";

// The demo day run for real; `daybrief verify --date` (this query) must give, for every published
// entry, exactly the 核验 counts the briefing published — under the config's policy, whatever it is.
let drop: DemoDay;
let mark: DemoDay;
before(async () => {
  drop = await runDemoDay();
  mark = await runDemoDay({ verify: { policy: "mark" } });
});
after(async () => {
  await drop?.close();
  await mark?.close();
});

for (const policy of ["drop", "mark"] as const) {
  test(`verify --date equals the published counts of every demo entry (verify.policy ${policy})`, async () => {
    const day = policy === "drop" ? drop : mark;
    const verified = await verifyDay(day, DEMO_DAY);
    assert.ok(day.published.entries.length >= 12);
    for (const published of day.published.entries) {
      const mine = verified.find(
        (v) => v.articleId === published.articleId && v.analyser.name === published.analyser.name,
      );
      assert.ok(mine, `no verification for entry ${published.articleId}`);
      assert.deepEqual(mine.counts, published.verification, published.title);
      assert.equal(mine.withheld, false);
    }
  });
}

test("verify one entry by id: its analyses, each claim with its evidence sentence", async () => {
  const first = drop.published.entries[0]!;
  const results = await verifyEntryById(drop, String(first.articleId));
  assert.ok(results && results.length >= 1);
  const published = results.find((r) => r.analyser.name === first.analyser.name)!;
  assert.deepEqual(published.counts, first.verification);
  const supported = published.claims.filter((c) => c.claim.status === "supported");
  assert.ok(supported.length > 0);
  for (const c of supported) assert.ok(c.evidence || c.why, `${c.claim.kind} ${c.claim.value}`);
  assert.equal(await verifyEntryById(drop, "999999"), undefined);
  assert.equal(await verifyEntryById(drop, "abc"), undefined);
});
