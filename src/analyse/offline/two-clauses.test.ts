import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";
import { atMostTwoClauses } from "./two-clauses.ts";

test("a summary of three clauses keeps two: a closing clause without the headline figure goes", () => {
  assert.equal(
    atMostTwoClauses(
      "向量检索几乎是每个应用都绕不开的技术；五年来，它从关键词匹配演变成了混合检索；本文回顾其中几个阶段。",
      {
        headlineFigures: [],
      },
    ),
    "向量检索几乎是每个应用都绕不开的技术；五年来，它从关键词匹配演变成了混合检索。",
  );
  // The figure's clause calls the subject 项目: named, it leads and the frame goes.
  assert.equal(
    atMostTwoClauses(
      "Corvo 可能是今年最火的开源爬虫框架；安全团队提醒：它会执行网页里的脚本；上线半年，项目在 GitHub 上累计获得约 3 万星标。",
      { subject: "Corvo", headlineFigures: ["3万"] },
    ),
    "上线半年，Corvo 在 GitHub 上累计获得约 3 万星标；安全团队提醒：它会执行网页里的脚本。",
  );
  // Nothing to name and the figure closes it: left as it is rather than lose the figure or the subject.
  const kept = "Corvo 是开源爬虫框架；安全团队提醒：它会执行脚本；社区累计提交了 3 万次修复。";
  assert.equal(atMostTwoClauses(kept, { subject: "Corvo", headlineFigures: ["3万"] }), kept);
});

test("the analyser publishes no summary of three clauses", async () => {
  const entry = await analyseParagraphs("从关键词到混合检索：向量检索这五年", [
    "向量检索几乎是每个大模型应用都绕不开的技术。五年来，它从简单的关键词匹配，演变成了稠密与稀疏混合的多路检索。本文梳理其中的几个关键阶段。",
    "第一阶段是关键词匹配，BM25 是最常用的基线。",
    "第二阶段引入了稠密向量，召回率在多个基准上提升了 10 个百分点以上。",
  ]);
  assert.ok(entry.summary.split("；").length <= 2, entry.summary);
});
