import { clusterArticles } from "../cluster-articles.ts";
import { type EarlierStory, shiftDay } from "../match-earlier-stories.ts";
import { buildStorySegment, decodeStorySegment, encodeStorySegment, type StorySegment } from "../story-segment.ts";
import { generateWindow } from "./generate-window.ts";

/**
 * A generated window stored as runs store it: per date its stories (store-like ids from `firstId`)
 * and its segment, built over the days before it that the next day's window holds and read back
 * from its bytes; today's clusters.
 */
export function storedWeek(options: Parameters<typeof generateWindow>[0], firstId = 1) {
  const w = generateWindow(options);
  let id = firstId;
  const stories = new Map<number, EarlierStory>();
  const segments: StorySegment[] = [];
  for (const d of w.days) {
    const day = clusterArticles(d.articles).map((c) => {
      const story = { id: id++, title: c.title, signature: c.signature };
      stories.set(story.id, { date: d.date, storyKey: c.key, signature: c.signature, title: c.title, url: "" });
      return story;
    });
    const next = shiftDay(d.date, -6);
    const built = buildStorySegment(
      d.date,
      day,
      segments.filter((s) => s.date >= next),
    );
    segments.push(decodeStorySegment(encodeStorySegment(built))!);
  }
  return { date: w.date, stories, segments, today: clusterArticles(w.today) };
}
