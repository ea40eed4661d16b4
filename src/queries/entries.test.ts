import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { stubLlmConfig } from "../cli/commands/demo.ts";
import { type LlmStub, startLlmStub } from "../demo/llm-stub.ts";
import { findDupes } from "./dupes.ts";
import { getEntry } from "./entries.ts";

let stub: LlmStub;
let day: DemoDay;
before(async () => {
  stub = await startLlmStub();
  day = await runDemoDay({ llm: stubLlmConfig(stub.baseUrl) }, { allowOrigins: [stub.baseUrl] });
});
after(async () => {
  await day?.close();
  await stub?.close();
});

test("every published entry by its id: the article, the analyser and cost, the published counts", async () => {
  for (const published of day.published.entries) {
    const detail = await getEntry(day, String(published.articleId));
    assert.ok(detail, `entry ${published.articleId}`);
    assert.equal(detail.published, true);
    assert.equal(detail.date, "2026-02-04");
    assert.equal(detail.entry.title, published.title);
    assert.equal(detail.article.id, published.articleId);
    assert.ok(detail.article.sourceName && detail.article.url);
    assert.deepEqual(detail.analyser, published.analyser);
    assert.deepEqual(detail.verification.counts, published.verification);
    if (detail.analyser.kind === "llm") assert.ok(detail.usage && detail.usage.cost! > 0);
    for (const c of detail.verification.claims.filter((x) => x.claim.status === "supported"))
      assert.ok(c.evidence || c.why);
  }
});

test("the story: 同题报道 of a merged story, no later follow-ups on a one-day store", async () => {
  const dupes = await findDupes(day, "2026-02-04");
  const merged = dupes.merged.find((s) => s.members.length > 0)!;
  const detail = await getEntry(day, String(merged.primaryArticleId));
  assert.ok(detail);
  assert.deepEqual(detail.story.related.map((r) => r.url).sort(), merged.members.map((m) => m.url).sort());
  assert.deepEqual(detail.story.laterFollowUps, []);
});

test("ids that name no entry", async () => {
  for (const id of ["0", "-1", "12a", "", "999999", "1e3"])
    assert.equal(await getEntry(day, id), undefined, id);
});
