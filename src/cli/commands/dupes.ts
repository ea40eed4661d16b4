import { type DupeStory, findDupes } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig, resolveDate } from "../load.ts";

/**
 * `daybrief dupes --date D`: which articles of the day were merged into one story and why (the
 * similarity scores), and which stories repeat or follow up an earlier briefing. The run's own
 * clustering over the stored articles (queries/dupes.ts); writes nothing.
 */
export async function dupesCommand(
  ctx: CliContext,
  options: { config?: string; date?: string },
): Promise<number> {
  const config = loadCliConfig(ctx, options.config);
  const date = resolveDate(ctx, config, options.date);
  if (!storeMayExist(config.store)) {
    print(ctx.stdout, "no articles stored yet");
    return 0;
  }
  const store = await openConfiguredStore(config.store);
  try {
    const report = await findDupes({ store, config }, date);
    print(
      ctx.stdout,
      `${date}: ${report.articles} articles → ${report.stories} stories ` +
        `(${report.copiesMerged} copies merged, ${report.repeats} repeats, ${report.followUps} follow-ups)`,
    );
    for (const story of report.merged) printStory(ctx, story);
    return 0;
  } finally {
    await store.close();
  }
}

function printStory(ctx: CliContext, story: DupeStory): void {
  print(ctx.stdout);
  const p = story.primary;
  print(
    ctx.stdout,
    `● 《${story.title}》 ${p.sourceName ?? p.sourceId ?? ""} #${story.primaryArticleId}${textFromLabel(p.textFrom)}`,
  );
  if (story.earlier) {
    const label = story.earlier.kind === "repeat" ? "repeat of (not shown)" : "follow-up of";
    const facts = story.earlier.newFacts.length > 0 ? ` — new: ${story.earlier.newFacts.join(", ")}` : "";
    print(ctx.stdout, `    ${label} ${story.earlier.date} 《${story.earlier.title}》${facts}`);
  }
  for (const m of story.members) {
    const s = m.scores;
    const detail =
      m.reason === "exact"
        ? "same link, GUID or text"
        : `text ${fmt(s.text)} · title ${fmt(s.title)} · entities ${fmt(s.entity)} · story ${fmt(s.story)}`;
    print(
      ctx.stdout,
      `    ├ ${m.sourceName ?? m.sourceId} 《${m.title}》 #${m.articleId}${textFromLabel(m.textFrom)} ${m.reason} ${fmt(m.similarity)} (${detail})`,
    );
  }
}

function fmt(x: number): string {
  return x.toFixed(2);
}

/** " (text: feed)" / " (text: page)": where the article's text came from (feed-first or the page). */
export function textFromLabel(textFrom: string | undefined): string {
  return textFrom ? ` (text: ${textFrom})` : "";
}
