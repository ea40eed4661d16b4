// Days of stories stored before a run-scale child's day 1 (--history), written through the store.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ClusterInput } from "../src/dedup/index.ts";
import type { Store } from "../src/store/index.ts";
import { RUN_SCALE_HOST, storedBenchArticle } from "./run-scale-corpus.ts";
import { SOURCES, seconds, shiftDate } from "./run-scale-figures.ts";

/**
 * `days` days of stories before `firstDate`, `perDay` a day, as a run would have stored them:
 * an article per story (the run-scale corpus's text, so they share what real days share), each
 * day clustered and its stories saved with their signatures, and (where the code has them) the
 * day's index segment. Written through the store of the code under test.
 */
export async function storeHistory(
  store: Store,
  src: string,
  firstDate: string,
  days: number,
  perDay: number,
): Promise<void> {
  const started = performance.now();
  const dedup = await import(pathToFileURL(join(src, "dedup/index.ts")).href);
  for (let s = 0; s < SOURCES; s++)
    await store.upsertSource({
      id: `s${s}`,
      name: `号${s}`,
      url: `https://${RUN_SCALE_HOST}/s${s}`,
      order: s,
      enabled: true,
    });
  for (let d = days; d >= 1; d--) {
    const date = shiftDate(firstDate, -d);
    const inputs: ClusterInput[] = [];
    await store.transaction(async (tx) => {
      for (let i = 0; i < perDay; i++) {
        const article = storedBenchArticle(date, i, `https://${RUN_SCALE_HOST}/history`, SOURCES);
        const { id } = await tx.saveArticle(article);
        const { title, text, url, sourceId, publishedAt } = article;
        inputs.push({ id, title, text, url, sourceId, publishedAt });
      }
    });
    const clusters = dedup.clusterArticles(inputs) as {
      key: string;
      primary: number;
      signature: string;
      members: { id: number }[];
    }[];
    const saved: { id: number; title: string; signature: string }[] = [];
    const titleOf = new Map(inputs.map((a) => [a.id, a.title]));
    await store.transaction(async (tx) => {
      for (const c of clusters) {
        const id = await tx.saveStory({
          date,
          storyKey: c.key,
          primaryArticleId: c.primary,
          memberArticleIds: c.members.map((m) => m.id),
          signature: c.signature,
        });
        saved.push({ id, title: titleOf.get(c.primary)!, signature: c.signature });
      }
    });
    if (dedup.buildStorySegment && "saveStorySegment" in store)
      await store.saveStorySegment(date, dedup.encodeStorySegment(dedup.buildStorySegment(date, saved)));
  }
  process.stderr.write(
    `  ${days} days × ${perDay} stories stored before ${firstDate} in ${seconds(performance.now() - started)} s\n`,
  );
}
