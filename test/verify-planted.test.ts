import assert from "node:assert/strict";
import { test } from "node:test";
import { KINDS, scorePlanted } from "../bench/verify-planted.ts";

test("planted set: ≥ 40 articles; no planted error of any kind is published under drop; ≤ 2% supported claims flagged", async () => {
  const score = await scorePlanted();
  assert.ok(score.articles >= 40, `${score.articles} articles`);
  for (const kind of KINDS) {
    const s = score.perKind[kind];
    assert.ok(s.planted >= 4, `${kind}: ${s.planted} planted`);
    assert.equal(s.published, 0, `${kind}: ${score.published.filter((p) => p.includes(kind)).join("; ")}`);
  }
  assert.ok(score.wronglyFlaggedShare <= 0.02, score.flaggedExamples.join("\n"));
});
