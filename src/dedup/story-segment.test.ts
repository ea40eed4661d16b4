import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { clusterArticles } from "./cluster-articles.ts";
import { featuresOf } from "./match-earlier-stories.ts";
import { DEFAULT_THRESHOLDS } from "./score-pair.ts";
import { findEarlierCandidates, matchLoadedCandidates } from "./segment-candidates.ts";
import { indexStorySegments } from "./segment-index.ts";
import { storedFeaturesIn } from "./segment-records.ts";
import {
  buildStorySegment,
  decodeStorySegment,
  encodeStorySegment,
  SEGMENT_FORMAT,
} from "./story-segment.ts";
import { decodeSignature } from "./story-signature.ts";
import { generateWindow } from "./testdata/generate-window.ts";
import { storedWeek } from "./testdata/stored-week.ts";

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
  // Format 1 (before the candidates' features were stored): rebuilt, never read with missing arrays.
  assert.match(header, new RegExp(`"v":${SEGMENT_FORMAT}`));
  const older = new TextEncoder().encode(header.replace(`"v":${SEGMENT_FORMAT}`, '"v":1'));
  const changed = new Uint8Array(bytes);
  changed.set(older, 4);
  assert.equal(decodeStorySegment(changed), undefined);
  assert.equal(decodeStorySegment(bytes)?.ids.length, 0);
});

test("a look-up checks at most maxChecked stories however many the window's keys reach, and still finds the planted ones", () => {
  const w = generateWindow({ days: 7, perDay: 400, today: 120, plantedPerDay: 6, seed: 11 });
  let id = 1;
  const storyOf = new Map<number, number>();
  const segments = w.days.map((d) =>
    buildStorySegment(
      d.date,
      clusterArticles(d.articles).map((c) => {
        const story = id++;
        for (const a of [c.primary, ...c.members.map((m) => m.id)]) storyOf.set(a, story);
        return { id: story, title: c.title, signature: c.signature };
      }),
    ),
  );
  // A cap below what the window's keys reach (the default, MAX_CHECKED, is sized for 1,000 a day).
  const cap = 48;
  const capped = indexStorySegments(segments, { maxChecked: cap });
  const every = indexStorySegments(segments, { maxChecked: Number.POSITIVE_INFINITY });
  const today = clusterArticles(w.today);
  let over = 0;
  let lost = 0;
  let found = 0;
  const candidatesOf = new Map<number, Set<number>>();
  for (const c of today) {
    const f = featuresOf(c.title, decodeSignature(c.signature));
    const all = every.candidatesOf(f, DEFAULT_THRESHOLDS).map((p) => every.idAt(p));
    const some = new Set(capped.candidatesOf(f, DEFAULT_THRESHOLDS).map((p) => capped.idAt(p)));
    assert.ok(capped.lastChecked() <= cap, `checked ${capped.lastChecked()}`);
    if (capped.lastReached() > cap) over++;
    found += all.length;
    lost += all.filter((s) => !some.has(s)).length;
    for (const a of [c.primary, ...c.members.map((m) => m.id)]) candidatesOf.set(a, some);
  }
  // The window is big enough for the cap to bind.
  assert.ok(over > 0, "no look-up reached more than the cap");
  // Every planted repeat and follow-up is still a candidate of its story of today.
  assert.ok(w.planted.length >= 42);
  for (const p of w.planted)
    assert.ok(candidatesOf.get(p.todayId)?.has(storyOf.get(p.earlierId)!), `planted ${p.kind} lost`);
  // The cap leaves out the least-reached candidates only: most of what every check finds is kept.
  assert.ok(lost <= found * 0.25, `lost ${lost} of ${found}`);
});

test("a segment's arrays are views into its bytes where they are 8-aligned, into a copy where not", () => {
  const w = generateWindow({ days: 1, perDay: 40, today: 5, plantedPerDay: 2, seed: 3 });
  const stories = clusterArticles(w.days[0]!.articles).map((c, i) => ({
    id: i + 1,
    title: c.title,
    signature: c.signature,
  }));
  const bytes = encodeStorySegment(buildStorySegment(w.days[0]!.date, stories));
  const aligned = decodeStorySegment(bytes)!;
  // No copy: the window's segments are not held twice by a run.
  assert.equal(aligned.ids.buffer, bytes.buffer);
  // The same bytes 3 bytes into a larger buffer (a driver's pooled slice): read through a copy.
  const shifted = new Uint8Array(bytes.length + 3);
  shifted.set(bytes, 3);
  const copied = decodeStorySegment(shifted.subarray(3))!;
  assert.notEqual(copied.ids.buffer, shifted.buffer);
  assert.deepEqual(copied.ids, aligned.ids);
  assert.deepEqual(copied.scoring, aligned.scoring);
  assert.deepEqual(copied.keyed.entries, aligned.keyed.entries);
});

test("a stored story's features and signature equal those derived from its title and signature (format 2)", () => {
  const w = generateWindow({ days: 3, perDay: 120, today: 5, plantedPerDay: 4, seed: 23 });
  let id = 1;
  const stories = w.days.flatMap((d) =>
    clusterArticles(d.articles).map((c) => ({ id: id++, title: c.title, signature: c.signature })),
  );
  // Also a story with no signature and one whose signature predates actors (no "a").
  const old = JSON.parse(stories[1]!.signature) as Record<string, unknown>;
  delete old.a;
  const stored: { id: number; title: string; signature?: string }[] = [
    { id: id++, title: "星河智能发布 Nova-3 模型" },
    { ...stories[1]!, id: id++, signature: JSON.stringify(old) },
    ...stories,
  ];
  const read = decodeStorySegment(encodeStorySegment(buildStorySegment(w.date, stored)))!;
  const asIterated = (f: ReturnType<typeof featuresOf>) => ({
    ...f,
    titleTokens: [...f.titleTokens],
    titleEntities: [[...f.titleEntities.all], [...f.titleEntities.versioned]],
    entities: [[...f.entities.all], [...f.entities.versioned]],
    figures: [...f.figures],
    actors: [...f.actors],
    minhash: [...f.minhash],
    keys: [[...f.keys.title], [...f.keys.entities], [...f.keys.figures]],
  });
  const sigAsIterated = (s: ReturnType<typeof decodeSignature>) =>
    s && {
      ...s,
      minhash: [...s.minhash],
      entities: [...s.entities],
      figures: [...s.figures],
      actors: s.actors && [...s.actors],
    };
  let withActors = 0;
  for (const story of stored) {
    const kept = storedFeaturesIn([read])(story.id)!;
    const sig = decodeSignature(story.signature);
    assert.equal(kept.title, story.title);
    // Same values, and the same iteration order (ties in scoring resolve by it).
    assert.deepStrictEqual(asIterated(kept.features), asIterated(featuresOf(story.title, sig)));
    assert.deepStrictEqual(sigAsIterated(kept.sig), sigAsIterated(sig));
    if (sig?.actors?.size) withActors++;
  }
  assert.equal(storedFeaturesIn([read])(id + 10), undefined);
  assert.equal(storedFeaturesIn([read])(stored[1]!.id)!.sig?.actors, undefined);
  assert.ok(withActors > 50, `stories with actors ${withActors}`);
});

test("matches scored from the stored features equal those scored from decoded signatures, on a stored week", () => {
  const w = storedWeek({ days: 7, perDay: 200, today: 150, plantedPerDay: 6, seed: 29 });
  const { today, segments, stories: earlier } = w;
  const candidates = findEarlierCandidates(today, indexStorySegments(segments), {});
  const options = { date: w.date, windowDays: 7 };
  const decoded = matchLoadedCandidates(today, candidates, earlier, options);
  const stored = matchLoadedCandidates(
    today,
    candidates,
    earlier,
    options,
    undefined,
    storedFeaturesIn(segments),
  );
  const hash = (matches: typeof decoded) =>
    createHash("sha256")
      .update(JSON.stringify([...matches].sort(([a], [b]) => (a < b ? -1 : 1))))
      .digest("hex");
  assert.equal(hash(stored), hash(decoded));
  assert.ok(decoded.size >= 30, `matches ${decoded.size}`);
  assert.ok(new Set([...decoded.values()].map((m) => m.kind)).size === 2, "repeats and follow-ups");
});
