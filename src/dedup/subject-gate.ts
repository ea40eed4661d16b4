// Which earlier stories can still be the same subject as today's (best-earlier-match.ts:
// `sameSubject`), told from the stories' actors alone, before a story is checked or its features
// decoded. A match is only ever returned for the same subject, and a candidate that is not the
// same subject never changes which one is picked (the same subject wins first), so leaving those
// out changes no match: it only saves their check and their decoding.
import { hashString } from "./hash32.ts";
import type { StorySignature } from "./story-signature.ts";

/** Each story's actors as sorted, distinct 32-bit hashes, and whether its signature kept actors. */
export interface ActorArrays {
  start: Uint32Array;
  data: Uint32Array;
  /** 1: the story's signature kept its actors (possibly none); 0: no signature, or one from before actors. */
  known: Uint8Array;
}

/** A set of actor keys as sorted, distinct hashes. */
export function hashActors(actors: ReadonlySet<string>): Uint32Array {
  const out = Uint32Array.from(actors, (a) => hashString(a)).sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

export function packActors(signatures: readonly (StorySignature | undefined)[]): ActorArrays {
  const hashed = signatures.map((sig) => (sig?.actors ? hashActors(sig.actors) : new Uint32Array(0)));
  const start = new Uint32Array(signatures.length + 1);
  hashed.forEach((h, i) => {
    start[i + 1] = start[i]! + h.length;
  });
  const data = new Uint32Array(start[signatures.length]!);
  hashed.forEach((h, i) => {
    data.set(h, start[i]);
  });
  const known = Uint8Array.from(signatures, (sig) => (sig?.actors ? 1 : 0));
  return { start, data, known };
}

/**
 * Whether story `story` may be the same subject as today's story, whose actors are `today`
 * (hashed; undefined when its signature kept none, which tells nothing). As `sameSubject`: when
 * both sides kept actors, one side without any and the other with some are different subjects,
 * and so are two sides whose actors never meet. A hash shared by chance only lets a story through.
 */
export function maySameSubject(arrays: ActorArrays, story: number, today: Uint32Array | undefined): boolean {
  if (today === undefined || arrays.known[story] !== 1) return true;
  const from = arrays.start[story]!;
  const to = arrays.start[story + 1]!;
  if (today.length === 0 || to === from) return today.length === 0 && to === from;
  // Both short and sorted: a merge.
  let i = 0;
  let j = from;
  while (i < today.length && j < to) {
    const a = today[i]!;
    const b = arrays.data[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}
