import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a roundtable printed turn by turn, with turns of several sentences and a
// speaker (易帆) whose surname a list of common surnames may not hold.
const ARTICLE = `本刊邀请帆图智能 CEO 易帆、青禾科技 CTO 陆青禾做了一次对谈。

主持人：先说说各自的进展。

易帆：帆图目前服务 600 多家企业客户。我们只做财税这一个垂直场景。

陆青禾：青禾上个月发布了通用 Agent，内测用户 5 万人。

易帆：通用 Agent 在未来两年内都不会真正可用。客户要的是稳定，不是惊艳。

陆青禾：垂直 Agent 的天花板太低，我们押注通用。

易帆：有。模型成本下降是最大的变量，今年我们的单次任务推理成本已经降了 80%。`;
const index = indexArticle({ title: "对谈", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) =>
  checkTextFacts(claim, index).filter((f) => !f.supported && /who says it/.test(f.reason));

test("a transcript turn retold as another speaker's is refused", () => {
  for (const claim of [
    "陆青禾认为通用 Agent 两年内都不会真正可用。",
    "陆青禾称今年单次任务的推理成本已下降 80%。",
    "易帆认为垂直 Agent 天花板太低。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("a turn retold as its own speaker's, in other words, stands", () => {
  for (const claim of [
    "易帆认为通用 Agent 两年内都不会真正可用。",
    "易帆表示客户要的是稳定而不是惊艳。",
    "易帆称今年单次任务的推理成本已下降 80%。",
    "陆青禾表示青禾上月发布的通用 Agent 内测用户 5 万人。",
    "陆青禾认为垂直 Agent 天花板太低，所以押注通用。",
    "两人都认为模型成本下降是最大的变量。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
