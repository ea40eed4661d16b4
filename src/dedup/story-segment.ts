import { bandKeys, DEFAULT_EARLIER_INDEX, keysOf, pairKeysOf } from "./earlier-story-index.ts";
import { featuresOf } from "./match-earlier-stories.ts";
import { type Postings, packPostings, postingsOf, STORY_SPAN } from "./packed-postings.ts";
import { packScoringArrays, type ScoringArrays } from "./packed-scoring.ts";
import { packRecords } from "./segment-records.ts";
import { decodeSignature } from "./story-signature.ts";
import { type ActorArrays, packActors } from "./subject-gate.ts";

/**
 * One briefing date's stories as the earlier-story index reads them, built once when the date's
 * stories are saved and stored with them (as bytes), so a later day's run opens the window's
 * segments instead of decoding every stored signature and rebuilding one index over all of them
 * (that work grew with the window). A segment holds the day's posting lists (LSH bands; title,
 * entity and figure keys; versioned names) and the packed arrays `isClearlySeparate` is checked
 * over; the stories themselves (title, signature, URL) are loaded by id only for the candidates.
 * Stories are in store order (id ascending), so a window of segments in date order is the window
 * in the order `listStoriesSince` returns it.
 */
export interface StorySegment {
  date: string;
  /** Store ids of the stories, by their position in the segment. */
  ids: Float64Array;
  bands: Postings;
  keyed: Postings;
  /**
   * Each story's pair keys (earlier-story-index.ts), its rarest stop-keys judged over the window
   * the segment was built in: its own stories and the earlier segments given to the build.
   */
  pairs: Postings;
  /** Versioned title names (GPT-5.5) → positions, ascending. */
  versioned: Map<string, number[]>;
  scoring: ScoringArrays;
  /**
   * What scoring a candidate needs beyond `scoring` (format 2): each story's full MinHash slots
   * (at `scoring.slotStart`) and, per story, its title and the strings of its features (title
   * tokens and entities, the signature's entities, figures, phase and actors) as one UTF-8 JSON
   * record at `recordStart`. A candidate's features are read from here (`storedFeaturesOf`), not
   * re-derived from its title and decoded signature.
   */
  slots: Uint32Array;
  recordStart: Uint32Array;
  records: Uint8Array;
  /**
   * Each story's actors, hashed (format 3): a story whose actors never meet today's is no match
   * (subject-gate.ts), told before it is checked or its record decoded.
   */
  actors: ActorArrays;
}

/**
 * Bumped when what a segment holds, or how its keys are computed, changes: older ones are rebuilt
 * (from the date's stored stories, and saved again, on first use). 2: the candidates' features.
 * 3: the stories' actors.
 */
export const SEGMENT_FORMAT = 3;

/** A stored story as a segment is built from it. */
export interface SegmentStory {
  id: number;
  title: string;
  signature?: string;
}

/**
 * `earlier`: the segments of the days before `date` that the next day's window holds with it (their
 * posting sizes decide which keys are stop-keys, for the pair keys); none: the day alone.
 * `earlierSizeOf`: a key's size over those segments when the caller knows it (a run's merged window
 * index, `SegmentIndex.keyedSize`, less the day that leaves the window), instead of searching each.
 */
export function buildStorySegment(
  date: string,
  stories: readonly SegmentStory[],
  earlier: readonly StorySegment[] = [],
  earlierSizeOf?: (key: number) => number,
): StorySegment {
  if (stories.length >= STORY_SPAN)
    throw new RangeError(`a segment holds fewer than ${STORY_SPAN} stories, got ${stories.length}`);
  const sorted = [...stories].sort((a, b) => a.id - b.id);
  const signatures = sorted.map((s) => decodeSignature(s.signature));
  const features = sorted.map((s, i) => featuresOf(s.title, signatures[i]));
  const versioned = new Map<string, number[]>();
  features.forEach((f, story) => {
    for (const name of f.titleEntities.versioned) {
      const list = versioned.get(name);
      if (!list) versioned.set(name, [story]);
      else if (list[list.length - 1] !== story) list.push(story);
    }
  });
  const storyKeys = features.map(keysOf);
  const keyed = packPostings((post) =>
    storyKeys.forEach((keys, story) => {
      for (const key of keys) post(key, story);
    }),
  );
  // A key's size over the window, looked up once per key (stories share many keys; each look-up
  // searches every earlier segment).
  const sizes = new Map<number, number>();
  const sizeOf = (key: number) => {
    let size = sizes.get(key);
    if (size === undefined) {
      size =
        keyed.sizeOf(key) +
        (earlierSizeOf ? earlierSizeOf(key) : earlier.reduce((n, s) => n + s.keyed.sizeOf(key), 0));
      sizes.set(key, size);
    }
    return size;
  };
  return {
    date,
    ids: Float64Array.from(sorted, (s) => s.id),
    bands: packPostings((post) =>
      features.forEach((f, story) => {
        for (const key of bandKeys(f, DEFAULT_EARLIER_INDEX.rows)) post(key, story);
      }),
    ),
    keyed,
    pairs: packPostings((post) =>
      storyKeys.forEach((keys, story) => {
        for (const key of pairKeysOf(keys, sizeOf, DEFAULT_EARLIER_INDEX)) post(key, story);
      }),
    ),
    versioned,
    scoring: packScoringArrays(features),
    ...packRecords(sorted, features, signatures),
    actors: packActors(signatures),
  };
}

/** The position of store id `id` in a segment (its ids ascend), or -1. */
export function positionOf(segment: StorySegment, id: number): number {
  const { ids } = segment;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === id ? lo : -1;
}

/** The arrays of a segment in a fixed order (the bytes' layout after the JSON header). */
function arraysOf(s: StorySegment) {
  const { scoring } = s;
  return [
    s.ids,
    s.bands.entries,
    s.keyed.entries,
    s.pairs.entries,
    scoring.lengths,
    scoring.slotStart,
    ...scoring.kinds.flatMap((k) => [k.start, k.data]),
    scoring.slotBytes,
    scoring.withText,
    s.slots,
    s.recordStart,
    s.records,
    s.actors.start,
    s.actors.data,
    s.actors.known,
  ];
}

const ARRAY_TYPES = [
  Float64Array,
  Float64Array,
  Float64Array,
  Float64Array,
  Float64Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint32Array,
  Uint8Array,
  Uint8Array,
  Uint32Array,
  Uint32Array,
  Uint8Array,
  Uint32Array,
  Uint32Array,
  Uint8Array,
] as const;

/** Bytes: a 4-byte header length, the header (JSON: format, date, lengths, versioned), then the arrays, 8-aligned. */
export function encodeStorySegment(segment: StorySegment): Uint8Array {
  const arrays = arraysOf(segment);
  const header = new TextEncoder().encode(
    JSON.stringify({
      v: SEGMENT_FORMAT,
      date: segment.date,
      lengths: arrays.map((a) => a.length),
      versioned: [...segment.versioned],
    }),
  );
  const align = (n: number) => Math.ceil(n / 8) * 8;
  let size = align(4 + header.length);
  for (const a of arrays) size = align(size + a.byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = align(4 + header.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = align(at + a.byteLength);
  }
  return out;
}

/** Undefined for bytes of another format (or none): the caller rebuilds the segment from its stories. */
export function decodeStorySegment(bytes: Uint8Array | undefined): StorySegment | undefined {
  if (!bytes || bytes.length < 4) return undefined;
  try {
    // The typed arrays are views into the bytes where they start on a multiple of 8 (a stored
    // segment read back is a buffer of its own); otherwise into a copy that does. Not copying every
    // segment of the window each run keeps its size off the run's peak memory.
    const own = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
    const base = own.byteOffset;
    const headerLength = new DataView(own.buffer, base).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(own.subarray(4, 4 + headerLength))) as {
      v: number;
      date: string;
      lengths: number[];
      versioned: [string, number[]][];
    };
    if (header.v !== SEGMENT_FORMAT || header.lengths.length !== ARRAY_TYPES.length) return undefined;
    const align = (n: number) => Math.ceil(n / 8) * 8;
    let at = align(4 + headerLength);
    const arrays = ARRAY_TYPES.map((Type, i) => {
      const length = header.lengths[i]!;
      const view = new Type(own.buffer as ArrayBuffer, base + at, length);
      at = align(at + length * Type.BYTES_PER_ELEMENT);
      return view;
    });
    const [
      ids,
      bands,
      keyed,
      pairs,
      lengths,
      slotStart,
      ts,
      td,
      es,
      ed,
      fs,
      fd,
      slotBytes,
      withText,
      slots,
      recordStart,
      records,
      actorStart,
      actorData,
      actorsKnown,
    ] = arrays;
    return {
      date: header.date,
      ids: ids as Float64Array,
      bands: postingsOf(bands as Float64Array),
      keyed: postingsOf(keyed as Float64Array),
      pairs: postingsOf(pairs as Float64Array),
      versioned: new Map(header.versioned),
      scoring: {
        lengths: lengths as Float64Array,
        slotStart: slotStart as Uint32Array,
        kinds: [
          { start: ts as Uint32Array, data: td as Uint32Array },
          { start: es as Uint32Array, data: ed as Uint32Array },
          { start: fs as Uint32Array, data: fd as Uint32Array },
        ],
        slotBytes: slotBytes as Uint8Array,
        withText: withText as Uint8Array,
      },
      slots: slots as Uint32Array,
      recordStart: recordStart as Uint32Array,
      records: records as Uint8Array,
      actors: {
        start: actorStart as Uint32Array,
        data: actorData as Uint32Array,
        known: actorsKnown as Uint8Array,
      },
    };
  } catch {
    return undefined;
  }
}
