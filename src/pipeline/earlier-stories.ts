// The earlier days' side of clustering (cluster-stories.ts): the briefing's window read as its
// dates' stored segments, today's stories matched against it, and a date's segment built and saved.
import {
  buildStorySegment,
  type Cluster,
  DEFAULT_THRESHOLDS,
  decodeStorySegment,
  type EarlierMatch,
  type EarlierStory,
  encodeStorySegment,
  findEarlierCandidates,
  indexStorySegments,
  type MatchOptions,
  matchEarlierStories,
  matchStoredCandidates,
  type StorySegment,
  scansEveryStory,
  shiftDay,
  storedFeaturesIn,
  todayFeaturesOf,
} from "../dedup/index.ts";
import type { Story } from "../store/index.ts";
import type { StoryDeps } from "./cluster-stories.ts";

/**
 * Today's clusters matched against the stories of the briefing's window. The window is read as its dates'
 * stored segments (story-segment.ts: built once per date, when its stories are saved; a date
 * stored before segments existed gets one here), and only the stories the segments' index finds
 * are loaded: the work per run does not grow with the stories in the window. A threshold of 0
 * (every pair a candidate) reads every story, as before.
 */
export async function matchEarlier(
  deps: StoryDeps,
  clusters: Cluster[],
  options: MatchOptions & { windowDays: number },
  save: boolean,
): Promise<{
  matches: Map<string, EarlierMatch>;
  segments: StorySegment[];
  /** A key's size over the next day's window before today (for today's segment), when indexed. */
  windowSizeOf?: (key: number) => number;
}> {
  const { store } = deps;
  // The window is the briefing's own: a story another briefing published is no repeat here.
  const briefingId = deps.config.briefing.id;
  const from = shiftDay(options.date, -options.windowDays);
  const segments: StorySegment[] = [];
  for (const row of await store.listStorySegments(from, options.date, briefingId)) {
    segments.push(
      decodeStorySegment(row.data) ??
        (await buildSegmentOf(deps, row.date, options.windowDays, segments, save)),
    );
  }
  if (scansEveryStory({ ...DEFAULT_THRESHOLDS, ...options.thresholds })) {
    const earlier = (await store.listStoriesSince(from, options.date, briefingId)).map(toEarlierStory);
    return { matches: matchEarlierStories(clusters, earlier, options), segments };
  }
  // The merged index is dropped once it has answered (an async function keeps its locals alive across
  // awaits): the candidates are loaded without it.
  const today = todayFeaturesOf(clusters);
  const index = indexStorySegments(segments);
  const candidates = findEarlierCandidates(clusters, index, options, today);
  // Today's segment judges its pair keys over the next day's window: this one less its oldest day.
  const next = shiftDay(options.date, 1 - options.windowDays);
  const leaving = segments.filter((s) => s.date < next);
  const windowSizeOf = (key: number) =>
    leaving.reduce((n, s) => n - s.keyed.sizeOf(key), index.keyedSize(key));
  // Scored from the segments; only the stories matched are loaded (not every candidate). A story
  // deleted since its segment was built is left out and its today's story matched again.
  const stored = storedFeaturesIn(segments);
  const skip = new Set<number>();
  const loaded = new Map<number, EarlierStory>();
  let picked = matchStoredCandidates(clusters, candidates, stored, options, today, skip);
  for (;;) {
    const wanted = [...new Set([...picked.values()].map((p) => p.id))].filter((id) => !loaded.has(id));
    for (const s of await store.listStoriesByIds(wanted)) loaded.set(s.id, toEarlierStory(s));
    const gone = wanted.filter((id) => !loaded.has(id));
    if (gone.length === 0) break;
    for (const id of gone) skip.add(id);
    picked = matchStoredCandidates(clusters, candidates, stored, options, today, skip);
  }
  const matches = new Map<string, EarlierMatch>();
  for (const [key, { id, match }] of picked) matches.set(key, { ...match, earlier: loaded.get(id)! });
  return { matches, segments, windowSizeOf };
}

/**
 * A date's segment from every story stored for it (an earlier run's too: one day's work), its pair
 * keys judged over the window the next day will see (`before`: the segments of the days before).
 */
export async function buildSegmentOf(
  deps: StoryDeps,
  date: string,
  windowDays: number,
  before: readonly StorySegment[],
  save: boolean,
  earlierSizeOf?: (key: number) => number,
): Promise<StorySegment> {
  const briefingId = deps.config.briefing.id;
  const stories = await deps.store.listStoriesSince(date, shiftDay(date, 1), briefingId);
  const next = shiftDay(date, 1 - windowDays);
  const segment = buildStorySegment(
    date,
    stories.map((s) => ({ id: s.id, title: s.primaryTitle, signature: s.signature })),
    before.filter((s) => s.date >= next && s.date < date),
    earlierSizeOf,
  );
  if (save) await deps.store.saveStorySegment(date, encodeStorySegment(segment), briefingId);
  return segment;
}

function toEarlierStory(s: Story): EarlierStory {
  return {
    date: s.date,
    storyKey: s.storyKey,
    signature: s.signature,
    title: s.primaryTitle,
    url: s.primaryUrl,
  };
}
