import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a results note whose biggest figures belong to a part of the business, a
// sub-leaderboard and the users of one feature.
const ARTICLE =
  "青禾云 2026 年营收 12.4 亿元，同比增长 31%；其中海外业务收入 3.6 亿元，同比增长 140%。其语音模型在 SpeechBench 方言子榜位列第一，在总榜排名第四。整体付费率约 6%，开启家庭共享的用户付费率达 19%。打开离线模式的用户日均使用 48 分钟。公司员工合计 820 人。";
const refused = (claim: string) =>
  checkTextFacts(
    claim,
    indexArticle({ title: "青禾云", publisher: "测试号", links: [], text: ARTICLE }),
  ).filter((f) => !f.supported && /a sub-group told as the whole/.test(f.reason));

test("a part's figure told for the whole is refused", () => {
  for (const claim of [
    "青禾云 2026 年总营收同比增长 140%。",
    "语音模型在 SpeechBench 总榜位列第一。",
    "整体付费率达 19%。",
    "全部用户的付费率为 19%。",
    "用户整体日均使用 48 分钟。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("the whole's own figure, the part named as a part, or the article's sentences, stand", () => {
  for (const claim of [
    ...ARTICLE.split(/(?<=。)/).filter((s) => s.length > 0),
    "青禾云 2026 年总营收 12.4 亿元，同比增长 31%。",
    "海外业务收入同比增长 140%，达 3.6 亿元。",
    "语音模型在方言子榜位列第一，总榜第四。",
    "整体付费率约 6%；开启家庭共享后达 19%。",
    "公司总计有员工 820 人。",
    "青禾云总部的员工合计 820 人。",
    "总榜排名第四。",
    "打开离线模式后，用户日均使用 48 分钟。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
