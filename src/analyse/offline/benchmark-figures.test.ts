import assert from "node:assert/strict";
import { test } from "node:test";
import { benchmarkFigureCount } from "./benchmark-figures.ts";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

test("a comparison's baseline is no second benchmark result", () => {
  assert.equal(
    benchmarkFigureCount("在自建的 300 份问答测试中，Quire 的准确率为 83%，而只用关键词检索的基线为 64%。"),
    1,
  );
  assert.equal(
    benchmarkFigureCount(
      "Quire scores 3.2% word error rate on the test set, against 4.4% for the previous best.",
    ),
    1,
  );
  assert.equal(benchmarkFigureCount("Quire 的准确率为 83%，召回率为 77%。"), 2);
  assert.equal(benchmarkFigureCount("公司以 5 亿元估值完成融资，营收增长 30%。"), 1);
});

test("one result against its baseline, with a code link, is ★4, not ★5", async () => {
  const entry = await analyseParagraphs("北京大学团队开源文档问答工具Quire", [
    "北京大学的研究团队在 GitHub 上开源了文档问答工具 Quire，一周内收获 3000 多颗星。",
    "Quire 先把文档按章节切块，再用小模型为每块生成摘要，检索时先查摘要、再查原文。",
    "在团队自建的 300 份问答测试中，Quire 的准确率为 83%，而只用关键词检索的基线为 64%。",
    "代码已开源：https://github.com/qinghe-studio/quire",
  ]);
  assert.equal(entry.stars, 4);
});
