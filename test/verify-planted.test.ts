import assert from "node:assert/strict";
import { test } from "node:test";
import { scorePlanted } from "../bench/verify-planted.ts";

test("planted set: ≥ 40 articles; no wrong org, repo or arXiv id is published; ≤ 2% supported claims flagged", async () => {
  const score = await scorePlanted();
  assert.ok(score.articles >= 40, `${score.articles} articles`);
  for (const kind of ["wrong-org", "wrong-repo", "wrong-arxiv"] as const) {
    const s = score.perKind[kind];
    assert.ok(s.planted >= 10, `${kind}: ${s.planted} planted`);
    assert.equal(s.published, 0, `${kind}: ${score.published.filter((p) => p.includes(kind)).join("; ")}`);
  }
  // Figure, unit and stars kinds are reported by the bench (their checks are other work).
  assert.ok(score.wronglyFlaggedShare <= 0.02, score.flaggedExamples.join("\n"));
});
