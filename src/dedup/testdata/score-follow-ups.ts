// Scores cross-day matching on the labelled fixture week: precision and recall of follow-up links
// (and of repeats), the way the pipeline runs it — day by day, repeats not kept as stories.
import { clusterArticles } from "../cluster-articles.ts";
import { type EarlierStory, type MatchOptions, matchEarlierStories } from "../match-earlier-stories.ts";
import { LABELS, weekInputs } from "./follow-up-week.ts";

export interface FollowUpScore {
  pairs: number;
  labelledFollowUps: number;
  predictedFollowUps: number;
  correctFollowUps: number;
  /** Correct follow-up links / follow-up links made (1 when none were made). */
  precision: number;
  /** Labelled follow-ups linked to a right earlier story / labelled follow-ups. */
  recall: number;
  labelledRepeats: number;
  correctRepeats: number;
  predictedRepeats: number;
  /** Every link made, with the verdict against the labels. */
  links: Array<{ later: string; earlier: string; kind: string; newFacts: string[]; right: boolean }>;
}

export function scoreFollowUps(match: Partial<MatchOptions> = {}): FollowUpScore {
  const inputs = weekInputs();
  const dates = [...new Set(inputs.map((a) => a.date))].sort();
  const stories: Array<EarlierStory & { key: string }> = [];
  const links: FollowUpScore["links"] = [];
  for (const date of dates) {
    const today = inputs.filter((a) => a.date === date);
    const clusters = today.map((a) => ({ article: a, cluster: clusterArticles([a])[0]! }));
    const matches = matchEarlierStories(
      clusters.map((c) => c.cluster),
      stories,
      { ...match, date },
    );
    for (const { article, cluster } of clusters) {
      const match = matches.get(cluster.key);
      if (match) {
        const earlier = stories.find((s) => s.storyKey === match.earlier.storyKey)!.key;
        const label = LABELS.find((l) => l.later === article.key && l.earlier.includes(earlier));
        links.push({
          later: article.key,
          earlier,
          kind: match.kind,
          newFacts: match.newFacts,
          right: label?.label === match.kind,
        });
        if (match.kind === "repeat") continue;
      }
      stories.push({
        key: article.key,
        date,
        storyKey: cluster.key,
        signature: cluster.signature,
        title: cluster.title,
        url: article.url,
      });
    }
  }
  const count = (kind: string, pred: (l: FollowUpScore["links"][number]) => boolean) =>
    links.filter((l) => l.kind === kind && pred(l)).length;
  const labelled = (kind: string) => LABELS.filter((l) => l.label === kind);
  const found = (kind: string) =>
    labelled(kind).filter((l) => links.some((x) => x.kind === kind && x.later === l.later && l.earlier.includes(x.earlier)))
      .length;
  const predictedFollowUps = count("follow-up", () => true);
  const correctFollowUps = count("follow-up", (l) => l.right);
  return {
    pairs: LABELS.length,
    labelledFollowUps: labelled("follow-up").length,
    predictedFollowUps,
    correctFollowUps,
    precision: predictedFollowUps ? correctFollowUps / predictedFollowUps : 1,
    recall: labelled("follow-up").length ? found("follow-up") / labelled("follow-up").length : 1,
    labelledRepeats: labelled("repeat").length,
    predictedRepeats: count("repeat", () => true),
    correctRepeats: count("repeat", (l) => l.right),
    links,
  };
}
