import assert from "node:assert/strict";
import { test } from "node:test";
import { type KindKeys, packAnchorKeys, storiesHolding } from "./anchor-keys.ts";

/** A deterministic generator (no Math.random: a failure reproduces). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

/** `stories` stories' keys of three kinds, sorted per story as segments keep them; some repeated. */
function kindsOf(stories: number, next: () => number): KindKeys[] {
  return [0, 1, 2].map(() => {
    const start = new Uint32Array(stories + 1);
    const data: number[] = [];
    for (let s = 0; s < stories; s++) {
      const keys = Array.from({ length: next() % 12 }, () =>
        // Few distinct small keys (shared by many stories), large ones near 2^32, and a repeat.
        next() % 3 === 0 ? next() % 20 : next() % 2 === 0 ? 0xffffffff - (next() % 5) : next(),
      );
      if (keys.length > 0 && next() % 4 === 0) keys.push(keys[0]!);
      data.push(...keys.sort((a, b) => a - b));
      start[s + 1] = data.length;
    }
    return { start, data: Uint32Array.from(data) };
  });
}

test("an anchor's packed keys give each key's stories as a pass over every story would: ascending, once each, only up to the cap", () => {
  const next = lcg(17);
  for (let round = 0; round < 30; round++) {
    // Two segments' stories at window offsets 0 and 500.
    const segs = [kindsOf(200, next), kindsOf(150, next)];
    const offsets = [0, 500];
    const positions = Array.from({ length: 40 }, () => {
      const i = next() % 2;
      return offsets[i]! + (next() % (i === 0 ? 200 : 150));
    });
    const anchor = [...new Set(positions)].sort((a, b) => a - b);
    const keysAt = (position: number) => {
      const i = position >= 500 ? 1 : 0;
      return { kinds: segs[i]!, story: position - offsets[i]! };
    };
    const packed = packAnchorKeys(anchor, keysAt);
    for (let k = 0; k < 3; k++) {
      const asked = new Set<number>([0, 1, 5, 19, 0xffffffff, 0xfffffffb, next()]);
      for (const position of anchor) {
        const { kinds, story } = keysAt(position);
        for (let a = kinds[k]!.start[story]!; a < kinds[k]!.start[story + 1]!; a++)
          asked.add(kinds[k]!.data[a]!);
      }
      for (const key of asked) {
        const expected = anchor.filter((position) => {
          const { kinds, story } = keysAt(position);
          return kinds[k]!.data.subarray(kinds[k]!.start[story], kinds[k]!.start[story + 1]).includes(key);
        });
        for (const max of [0, 2, 50]) {
          const seen: number[] = [];
          const count = storiesHolding(packed[k]!, key, max, (p) => seen.push(p));
          assert.equal(count, expected.length);
          assert.deepEqual(seen, expected.length <= max ? expected : []);
        }
      }
    }
  }
});
