import { type DupeStory, findDupes } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf, type Translate } from "../i18n.ts";
import { loadBriefingConfig, resolveStoredDate } from "../load.ts";

/**
 * `daybrief dupes [--date D]` (default: the latest stored day): which articles of the day were merged into one story and why (the
 * similarity scores), and which stories repeat or follow up an earlier briefing. The run's own
 * clustering over the stored articles (queries/dupes.ts); writes nothing.
 */
export async function dupesCommand(
  ctx: CliContext,
  options: { config?: string; date?: string; briefing?: string },
): Promise<number> {
  const t = messagesOf(ctx);
  const config = loadBriefingConfig(ctx, options);
  if (!storeMayExist(config.store)) {
    print(ctx.stdout, t("dupes.noArticles"));
    return 0;
  }
  const store = await openConfiguredStore(config.store);
  try {
    const date = await resolveStoredDate(ctx, config, store, options.date);
    const report = await findDupes({ store, config }, date);
    print(
      ctx.stdout,
      t("dupes.header", {
        date,
        articles: report.articles,
        stories: report.stories,
        copies: report.copiesMerged,
        repeats: report.repeats,
        followUps: report.followUps,
      }),
    );
    for (const story of report.merged) printStory(ctx, t, story);
    return 0;
  } finally {
    await store.close();
  }
}

function printStory(ctx: CliContext, t: Translate, story: DupeStory): void {
  print(ctx.stdout);
  const p = story.primary;
  print(
    ctx.stdout,
    `● 《${story.title}》 ${p.sourceName ?? p.sourceId ?? ""} #${story.primaryArticleId}${textFromLabel(t, p.textFrom)}`,
  );
  if (story.earlier) {
    const label = t(story.earlier.kind === "repeat" ? "dupes.repeatOf" : "dupes.followUpOf");
    const facts =
      story.earlier.newFacts.length > 0
        ? t("dupes.newFacts", { facts: story.earlier.newFacts.join(", ") })
        : "";
    print(ctx.stdout, `    ${label} ${story.earlier.date} 《${story.earlier.title}》${facts}`);
  }
  for (const m of story.members) {
    const s = m.scores;
    const detail =
      m.reason === "exact"
        ? t("dupes.exact")
        : t("dupes.scores", {
            text: fmt(s.text),
            title: fmt(s.title),
            entity: fmt(s.entity),
            story: fmt(s.story),
          });
    print(
      ctx.stdout,
      `    ├ ${m.sourceName ?? m.sourceId} 《${m.title}》 #${m.articleId}${textFromLabel(t, m.textFrom)} ${m.reason} ${fmt(m.similarity)} (${detail})`,
    );
  }
}

function fmt(x: number): string {
  return x.toFixed(2);
}

/** " (text: feed)" / " (text: page)": where the article's text came from (feed-first or the page). */
export function textFromLabel(t: Translate, textFrom: string | undefined): string {
  return textFrom ? t("dupes.textFrom", { from: textFrom }) : "";
}
