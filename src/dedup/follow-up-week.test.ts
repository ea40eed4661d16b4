import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterArticles } from "./cluster-articles.ts";
import { extractFigures } from "./extract-facts.ts";
import { matchEarlierStories } from "./match-earlier-stories.ts";
import { scoreFollowUps } from "./testdata/score-follow-ups.ts";

test("follow-up links on the labelled fixture week: precision ≥ 0.9, recall ≥ 0.8, repeats right", () => {
  const score = scoreFollowUps();
  const wrong = score.links.filter((l) => !l.right).map((l) => `${l.later}→${l.earlier} ${l.kind}`);
  assert.ok(score.pairs >= 20);
  assert.ok(score.precision >= 0.9, `precision ${score.precision}: ${wrong.join(", ")}`);
  assert.ok(score.recall >= 0.8, `recall ${score.recall}`);
  assert.equal(score.correctRepeats, score.labelledRepeats, wrong.join(", "));
  // The run's path (stored per-day segments) links exactly the same stories.
  assert.deepEqual(scoreFollowUps({ segmented: true }).links, score.links);
});

test("reading time, countdowns and sign-up lines are not figures of the story", () => {
  const figures = extractFigures(
    "本文阅读时间约 4 分钟。距离年度开发者大会还有 10 天，预计阅读 6 分钟，3 天前发布。模型提速 3 倍。",
  );
  assert.deepEqual([...figures], ["3倍"]);
});

test("two days sharing only page furniture and durations are no follow-up", () => {
  const day = (date: string, id: number, title: string, text: string) => ({
    id,
    title,
    text,
    url: `https://example.com/${id}`,
    sourceId: "s",
    publishedAt: `${date}T01:00:00.000Z`,
  });
  const first = clusterArticles([
    day(
      "2026-03-02",
      1,
      "Anthropic 推出 Claude Code 插件市场",
      "Anthropic 推出 Claude Code 插件市场，首批上架 120 款插件。阅读 4 分钟。",
    ),
  ])[0]!;
  const earlier = [
    { date: "2026-03-02", storyKey: first.key, signature: first.signature, title: first.title, url: "u1" },
  ];
  const second = clusterArticles([
    day(
      "2026-03-03",
      2,
      "Claude Code 插件市场上线，首批 120 款插件",
      "Anthropic 的 Claude Code 插件市场上线，首批 120 款插件，评审耗时 48 小时。阅读 5 分钟，距离大会还有 9 天。",
    ),
  ])[0]!;
  const match = matchEarlierStories([second], earlier, { date: "2026-03-03" }).get(second.key);
  assert.equal(match?.kind, "repeat");
  assert.deepEqual(match.newFacts, []);
});

test("a story stored before actors were kept is still recognised as a repeat", () => {
  const first = clusterArticles([
    {
      id: 1,
      title: "星河智能科技完成 5 亿元 A 轮融资",
      text: "北京星河智能科技完成 5 亿元 A 轮融资，由远山资本领投，资金将用于具身智能数据采集。",
      url: "https://example.com/1",
      sourceId: "s",
      publishedAt: "2026-03-02T01:00:00.000Z",
    },
  ])[0]!;
  const old = JSON.parse(first.signature) as Record<string, unknown>;
  delete old.a;
  const earlier = [
    {
      date: "2026-03-02",
      storyKey: first.key,
      signature: JSON.stringify(old),
      title: first.title,
      url: "u1",
    },
  ];
  const again = clusterArticles([
    {
      id: 2,
      title: "星河智能科技完成 5 亿元 A 轮融资",
      text: "北京星河智能科技完成 5 亿元 A 轮融资，远山资本领投，资金用于具身智能数据采集。",
      url: "https://example.com/2",
      sourceId: "t",
      publishedAt: "2026-03-03T01:00:00.000Z",
    },
  ])[0]!;
  assert.equal(matchEarlierStories([again], earlier, { date: "2026-03-03" }).get(again.key)?.kind, "repeat");
});
