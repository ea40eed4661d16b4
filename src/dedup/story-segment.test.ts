import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterArticles } from "./cluster-articles.ts";
import { featuresOf } from "./match-earlier-stories.ts";
import { DEFAULT_THRESHOLDS } from "./score-pair.ts";
import { indexStorySegments } from "./segment-index.ts";
import { buildStorySegment, decodeStorySegment, encodeStorySegment } from "./story-segment.ts";
import { decodeSignature } from "./story-signature.ts";
import { generateWindow } from "./testdata/generate-window.ts";

/** A generated window: per date, its stories with store-like ids; today's clusters. */
function window() {
  const w = generateWindow({ days: 3, perDay: 200, today: 60, plantedPerDay: 6, seed: 5 });
  let id = 100;
  const days = w.days.map((d) => ({
    date: d.date,
    stories: clusterArticles(d.articles).map((c) => ({ id: id++, title: c.title, signature: c.signature })),
  }));
  return { days, today: clusterArticles(w.today) };
}

test("a segment read back from its bytes finds the same candidates as the segment built", () => {
  const { days, today } = window();
  const built = days.map((d) => buildStorySegment(d.date, d.stories));
  const read = built.map((s) => decodeStorySegment(encodeStorySegment(s))!);
  assert.deepEqual(
    read.map((s) => [s.date, [...s.ids]]),
    built.map((s) => [s.date, [...s.ids]]),
  );
  const a = indexStorySegments(built);
  const b = indexStorySegments(read);
  let found = 0;
  for (const c of today) {
    const f = featuresOf(c.title, decodeSignature(c.signature));
    const fromBuilt = a.candidatesOf(f, DEFAULT_THRESHOLDS).map((p) => a.idAt(p));
    assert.deepEqual(
      b.candidatesOf(f, DEFAULT_THRESHOLDS).map((p) => b.idAt(p)),
      fromBuilt,
    );
    found += fromBuilt.length;
  }
  // The planted repeats and follow-ups must be found, or the comparison says little.
  assert.ok(found >= 18, `candidates ${found}`);
  // Window order: positions map to ids ascending within a date, dates in order.
  assert.deepEqual(
    Array.from({ length: a.size }, (_, p) => a.idAt(p)),
    days.flatMap((d) => d.stories.map((s) => s.id)),
  );
});

test("bytes of another format, or none, are no segment (the caller rebuilds it)", () => {
  assert.equal(decodeStorySegment(undefined), undefined);
  assert.equal(decodeStorySegment(Uint8Array.from([1, 2])), undefined);
  const bytes = encodeStorySegment(buildStorySegment("2026-03-01", []));
  const header = new TextDecoder().decode(
    bytes.subarray(4, 4 + new DataView(bytes.buffer).getUint32(0, true)),
  );
  const older = new TextEncoder().encode(header.replace('"v":1', '"v":0'));
  const changed = new Uint8Array(bytes);
  changed.set(older, 4);
  assert.equal(decodeStorySegment(changed), undefined);
  assert.equal(decodeStorySegment(bytes)?.ids.length, 0);
});
