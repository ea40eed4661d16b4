import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// A roundup of our own: three companies, one figure each, one sentence naming two of them.
const ARTICLE = {
  title: "AI 早报｜青岚发布新模型；北辰云降价；拾光科技裁员",
  publisher: "测试号",
  links: [],
  text: `今天有三件事值得关注。
一、青岚智能发布视觉模型 Lan-VL，在 MMMU 上得分 68.7。
二、北辰云宣布主力模型 API 价格下调 40%，仅适用于按量付费用户。
三、据员工透露，拾光科技本周裁员约 120 人。北辰云的降幅高于青岚智能上月的 25%。`,
};
const entry = (summary: string): Entry => ({
  org: "青岚智能 / 北辰云 / 拾光科技",
  title: "AI 早报",
  stars: 3,
  tags: [],
  summary,
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const refused = (summary: string) =>
  verifyEntry(entry(summary), ARTICLE, { policy: "drop" }).claims.filter(
    (c) => c.status !== "supported" && /gives .* to /.test(c.reason),
  ).length;

test("a roundup's figure told of another of the entry's orgs is refused", () => {
  assert.equal(refused("青岚智能 API 降价四成。"), 1);
  assert.equal(refused("拾光科技的 Lan-VL 在 MMMU 上得分 68.7。"), 1);
});

test("each org's own figure, or one the article gives in a sentence naming both, stands", () => {
  assert.equal(refused("北辰云主力模型 API 降价四成，仅限按量付费用户。"), 0);
  assert.equal(refused("青岚智能的 Lan-VL 在 MMMU 上得分 68.7；拾光科技据传裁员约 120 人。"), 0);
  assert.equal(refused("青岚智能上月降价 25%，低于北辰云。"), 0);
});
