import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClusterInput } from "./article-features.ts";
import { clusterArticles } from "./cluster-articles.ts";

// Feed-only reports: the page could not be read, a title and a sentence or two from the feed remain.
const feed = (id: number, title: string, text: string): ClusterInput => ({
  id,
  title,
  text,
  url: `https://feeds.example/${id}`,
  sourceId: `source-${id}`,
  publishedAt: "2026-03-02T01:00:00.000Z",
});

const together = (articles: ClusterInput[]) => {
  const clusters = clusterArticles(articles);
  return clusters.length === 1;
};

test("two short feed-only reports of one story, worded differently, merge", () => {
  const pairs: [ClusterInput, ClusterInput][] = [
    [
      feed(
        1,
        "星河实验室开源 StarVL-8B 多模态模型",
        "星河实验室今天开源 StarVL-8B，MMBench 得分 82.4，单卡每秒处理 42 张图。",
      ),
      feed(
        2,
        "82.4分！StarVL-8B 开源，单卡每秒 42 张图",
        "StarVL-8B 来了：星河实验室的新模型在 MMBench 拿下 82.4 分，A100 上每秒 42 张图片。",
      ),
    ],
    [
      feed(3, "月影科技完成 3 亿元融资", "月影科技完成 3 亿元 B 轮融资，将用于语音大模型研发。"),
      feed(
        4,
        "语音大模型公司月影科技拿下 3 亿元 B 轮",
        "据悉，月影科技已完成 3 亿元 B 轮融资，本轮由远山资本领投。",
      ),
    ],
    [
      feed(
        5,
        "独家：青禾智能科技创始人离职",
        "青禾智能科技联合创始人王力确认离职，他在公司负责过 3 款产品。",
      ),
      feed(
        6,
        "青禾智能科技又一位创始人走了",
        "消息称，青禾智能科技联合创始人王力已离职，此前他主导了公司 3 款产品。",
      ),
    ],
  ];
  for (const [a, b] of pairs) assert.ok(together([a, b]), `${a.title} / ${b.title}`);
});

test("two different short stories stay apart, even with the same amount or the same lab", () => {
  const pairs: [ClusterInput, ClusterInput][] = [
    [
      feed(11, "月影科技完成 3 亿元融资", "月影科技完成 3 亿元 B 轮融资，将用于语音大模型研发。"),
      feed(12, "青云实验室完成 3 亿元融资", "青云实验室完成 3 亿元 A 轮融资，将用于视频模型研发。"),
    ],
    [
      feed(
        13,
        "星河实验室开源 StarVL-8B 多模态模型",
        "星河实验室今天开源 StarVL-8B，MMBench 得分 82.4，单卡每秒处理 42 张图。",
      ),
      feed(
        14,
        "星河实验室发布 StarCoder-3B 代码模型",
        "星河实验室发布 StarCoder-3B，HumanEval 得分 71.2%，单卡每秒生成 420 个 token。",
      ),
    ],
    [
      feed(15, "青禾智能科技创始人离职", "青禾智能科技联合创始人王力确认离职。"),
      feed(16, "远帆科技创始人离职", "远帆科技联合创始人赵明确认离职。"),
    ],
  ];
  for (const [a, b] of pairs) assert.ok(!together([a, b]), `${a.title} / ${b.title}`);
});

test("one lab's two pieces of news with different sums in their titles stay apart; one sum spelt two ways merges", () => {
  // Same actor, same template, different rounds: the titles' sums differ.
  const a = feed(
    21,
    "云帆智能发布芯片新品，完成 10 亿元融资",
    "云帆智能今天宣布推出面向芯片的新产品，公司表示已完成 10 亿元融资，首批客户 3 家。",
  );
  const b = feed(
    22,
    "云帆智能发布搜索新品，完成 88 亿元融资",
    "云帆智能今天宣布推出面向搜索的新产品，公司表示已完成 88 亿元融资，首批客户 5 家。",
  );
  assert.equal(together([a, b]), false);
  // One round, spelt 10亿 and 10 亿元 (and a dollar figure beside it says nothing against it).
  const c = feed(
    23,
    "云帆智能完成10亿融资",
    "云帆智能完成 10 亿元 B 轮融资，由远山资本领投，约合 1.4 亿美元。",
  );
  const d = feed(
    24,
    "云帆智能拿下 10 亿元 B 轮",
    "据悉，云帆智能已完成 10 亿元 B 轮融资，本轮由远山资本领投。",
  );
  assert.equal(together([c, d]), true);
});
