import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClusterInput } from "./article-features.ts";
import { clusterArticles } from "./cluster-articles.ts";

const body = [
  "星河实验室今天开源了多模态模型 StarVL-8B，参数量 80 亿，在 MMBench 上得分 82.4，超过同尺寸的开源模型。",
  "模型采用视觉编码器加语言模型的两段式结构，视觉部分使用 4 亿张图文对预训练，语言部分沿用团队此前的 8B 基座。",
  "团队表示，StarVL-8B 支持 128K 上下文，可以一次读入一份完整的财报 PDF 并回答其中的表格问题。",
  "在推理速度上，单张 A100 每秒可处理 42 张图片，比上一代快 1.8 倍；量化版本可以在消费级显卡上运行。",
  "代码和权重已经在 GitHub 与 Hugging Face 上公开，采用 Apache-2.0 协议，允许商用。",
].join("\n\n");

const original: ClusterInput = {
  id: 1,
  title: "星河实验室开源 StarVL-8B：MMBench 82.4，单卡每秒 42 张图",
  text: body,
  url: "https://mp.weixin.qq.com/s/starvl-original",
  sourceId: "qbitai",
  sourceName: "量子位",
  account: "量子位",
  publishedAt: "2026-02-04T08:00:00.000Z",
};

const padding = [
  "编者按：本文由 AI 日报聚合整理，更多精彩内容请关注我们的公众号，每天为你精选全网 AI 新闻。",
  "我们还整理了过去一年开源多模态模型的发展脉络，从最早的图文对齐到今天的原生多模态，每一步都值得回顾。",
  "欢迎在评论区留言，说说你最期待的下一个开源模型，点赞最高的读者将获得我们准备的精美周边一份。",
].join("\n\n");

test("a padded copy from another feed declaring the original's URL never becomes the primary", () => {
  const copy: ClusterInput = {
    id: 2,
    title: original.title,
    text: `${body}\n\n${padding}`,
    url: "https://aggregator.example/post/8812",
    declaredUrl: "https://mp.weixin.qq.com/s/starvl-original",
    sourceId: "ai-digest",
    sourceName: "AI日报聚合",
    account: "AI日报聚合",
    // Even when it claims to be earlier.
    publishedAt: "2026-02-04T07:00:00.000Z",
  };
  const clusters = clusterArticles([copy, original]);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.primary, 1);
  assert.deepEqual(clusters[0]!.copies, [{ id: 2, of: 1, lengthDelta: padding.length + 2, sameTitle: true }]);
});

test("a copy naming another configured source's account outranks nothing, even without a declared URL", () => {
  const copy: ClusterInput = {
    id: 3,
    title: `${original.title}（附全文）`,
    text: `${padding}\n\n${body}\n\n${padding}`,
    url: "https://mp.weixin.qq.com/s/starvl-copy",
    sourceId: "ai-digest",
    sourceName: "AI日报聚合",
    account: "量子位",
    publishedAt: "2026-02-04T07:30:00.000Z",
  };
  const [cluster] = clusterArticles([copy, original]);
  assert.equal(cluster!.primary, 1);
  assert.equal(cluster!.copies[0]!.of, 1);
  assert.equal(cluster!.copies[0]!.sameTitle, false);
});

test("without copies the earliest of the richest originals stays the primary", () => {
  const rewrite: ClusterInput = {
    ...original,
    id: 4,
    url: "https://mp.weixin.qq.com/s/starvl-rewrite",
    sourceId: "jiqizhixin",
    sourceName: "机器之心",
    account: "机器之心",
    publishedAt: "2026-02-04T06:00:00.000Z",
  };
  const [cluster] = clusterArticles([original, rewrite]);
  assert.equal(cluster!.primary, 4);
  assert.deepEqual(cluster!.copies, []);
});
