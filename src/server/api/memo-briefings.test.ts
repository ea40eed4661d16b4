import assert from "node:assert/strict";
import { test } from "node:test";
import { briefingOf } from "../../queries/index.ts";
import { openTempStore } from "../../store/testing.ts";
import { memoBriefings } from "./memo-briefings.ts";

test("memoBriefings hands back the same stored briefing (parsed once) until the day is saved again", async () => {
  const { store, remove } = openTempStore();
  try {
    const save = (title: string, generatedAt = "2026-02-04T13:00:00Z") =>
      store.saveBriefing({
        date: "2026-02-04",
        generatedAt,
        json: JSON.stringify({ title, items: [] }),
        outputs: {},
      });
    await save("first");
    const memo = memoBriefings(store);
    const a = (await memo.getBriefing("2026-02-04"))!;
    const b = (await memo.getBriefing("2026-02-04"))!;
    assert.equal(a, b, "unchanged day: the same object");
    assert.equal(briefingOf(a), briefingOf(b), "so the query layer parses it once");
    // Re-saved with new content (even at the same generatedAt): the new text at once.
    await save("second");
    const c = (await memo.getBriefing("2026-02-04"))!;
    assert.notEqual(c, a);
    assert.equal(briefingOf(c).title, "second");
    assert.equal(await memo.getBriefing("2026-01-01"), undefined);
    // Everything else is the store's own.
    assert.deepEqual(await memo.listBriefings(), await store.listBriefings());
  } finally {
    remove();
  }
});
