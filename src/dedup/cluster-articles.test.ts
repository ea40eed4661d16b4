import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClusterInput } from "./article-features.ts";
import { type Cluster, clusterArticles, clusterArticlesJudged } from "./cluster-articles.ts";
import {
  claudePlugins,
  claudeRefactor,
  dayOne,
  glmJiqizhixin,
  glmRepost,
  qwenOmni,
  wechatLong,
  wechatShort,
} from "./testdata/stories.ts";

function clusterOf(clusters: Cluster[], id: number): Cluster {
  const found = clusters.find((c) => c.primary === id || c.members.some((m) => m.id === id));
  assert.ok(found, `article ${id} is in no cluster`);
  return found;
}

function idsOf(cluster: Cluster): number[] {
  return [cluster.primary, ...cluster.members.map((m) => m.id)].sort((a, b) => a - b);
}

test("one story in three wordings plus a repost is one cluster, led by the earliest original", () => {
  const clusters = clusterArticles(dayOne);
  const glm = clusterOf(clusters, 11);
  assert.deepEqual(idsOf(glm), [11, 12, 13, 14]);
  assert.equal(glm.primary, 11);
  assert.equal(glm.title, glmJiqizhixin.title);
  for (const m of glm.members) assert.ok(m.similarity >= 0.45, `member ${m.id} similarity ${m.similarity}`);
});

test("a repost with another title joins by its text", () => {
  const clusters = clusterArticles([glmJiqizhixin, glmRepost]);
  assert.equal(clusters.length, 1);
  const [member] = clusters[0]!.members;
  assert.equal(member?.id, 14);
  assert.ok(member?.reason === "text" || member?.reason === "both");
  assert.ok(member.scores.text > 0.8);
});

test("a repost is never primary, even when its body is longer", () => {
  const clusters = clusterArticles([glmRepost, glmJiqizhixin]);
  assert.equal(clusters[0]?.primary, 11);
});

test("the short and the long link of one WeChat article meet through the page's declared URL", () => {
  const clusters = clusterArticles([wechatShort, wechatLong]);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.members[0]?.reason, "exact");
  // Even with unrelated texts the link decides.
  const other: ClusterInput = { ...wechatLong, title: "另一个标题", text: "完全不同的正文内容。" };
  assert.equal(clusterArticles([wechatShort, other]).length, 1);
  const unlinked: ClusterInput = { ...wechatShort, declaredUrl: undefined };
  assert.equal(clusterArticles([unlinked, other]).length, 2);
});

test("two multimodal releases on the same day stay apart", () => {
  const clusters = clusterArticles(dayOne);
  assert.notEqual(clusterOf(clusters, 11).key, clusterOf(clusters, 21).key);
  assert.deepEqual(idsOf(clusterOf(clusters, 21)), [21, 22]);
});

test("two Claude Code articles with different angles stay apart", () => {
  const clusters = clusterArticles(dayOne);
  assert.notEqual(clusterOf(clusters, 31).key, clusterOf(clusters, 32).key);
  assert.equal(clusterArticles([claudePlugins, claudeRefactor]).length, 2);
});

test("LSH candidates find the same clusters as comparing every pair", () => {
  const fast = clusterArticles(dayOne).map(idsOf).sort();
  const exhaustive = clusterArticles(dayOne, { exhaustive: true }).map(idsOf).sort();
  assert.deepEqual(fast, exhaustive);
  assert.equal(fast.length, 5);
});

test("ambiguous pairs go to the judge only when asked, and its answer decides", async () => {
  const loose = { thresholds: { storyAmbiguous: 0.15 } };
  const asked: [number, number][] = [];
  const yes = await clusterArticlesJudged([claudePlugins, claudeRefactor], {
    ...loose,
    judge: async (a, b) => {
      asked.push([a.id, b.id]);
      return true;
    },
  });
  assert.deepEqual(asked, [[31, 32]]);
  assert.equal(yes.length, 1);
  assert.equal(yes[0]!.members[0]?.reason, "judge");
  const no = await clusterArticlesJudged([claudePlugins, claudeRefactor], {
    ...loose,
    judge: async () => false,
  });
  assert.equal(no.length, 2);
  assert.equal(
    clusterArticles([claudePlugins, claudeRefactor], { ...loose, judge: async () => true }).length,
    2,
  );
});

test("a judge's yes cannot chain two different releases together", async () => {
  const clusters = await clusterArticlesJudged([glmJiqizhixin, qwenOmni], {
    thresholds: { storyAmbiguous: 0 },
    judge: async () => true,
  });
  assert.equal(clusters.length, 2);
});

test("story keys are stable and signatures are strings", () => {
  const a = clusterArticles(dayOne);
  const b = clusterArticles([...dayOne].reverse());
  assert.deepEqual(a.map((c) => c.key).sort(), b.map((c) => c.key).sort());
  for (const c of a) assert.equal(typeof c.signature, "string");
});
