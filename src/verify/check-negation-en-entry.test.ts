import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const TITLE = "星河机器人开源 OpenGrasp-3 抓取策略";
const article = indexArticle({
  title: TITLE,
  publisher: "测试号",
  links: [],
  text: `${TITLE}\n星河机器人今天开源了 OpenGrasp-3 抓取策略，权重以 Apache 2.0 许可发布在 Hugging Face 上。团队表示，OpenGrasp-3 已在六轴机械臂上完成测试，但尚未在移动机械臂上测试 OpenGrasp-3。公司目前尚未上市，也没有披露融资金额。这一版本支持单张 RTX 4090 实时运行，团队计划明年推出双臂版本，并继续扩大训练数据的规模与场景覆盖范围，以便覆盖更多家庭和工厂里的日常抓取任务。`,
});
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("an English entry that drops a Chinese article's denial is refused", () => {
  const reasons = refused("OpenGrasp-3 has been tested on mobile manipulators.");
  assert.ok(
    reasons.some((r) => /drops the negation/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("the denial kept, or what the article says plainly of another arm: kept", () => {
  for (const claim of [
    "OpenGrasp-3 has not yet been tested on mobile manipulators.",
    "OpenGrasp-3 has been tested on six-axis arms.",
    "OpenGrasp-3 weights are released on Hugging Face under Apache 2.0.",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
