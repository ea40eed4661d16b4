import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { countedNoun } from "./read-figure.ts";

// A Chinese article of our own: counted figures whose noun runs on into the rest of the clause.
const article = indexArticle({
  title: "星汇榜发布十一月榜单",
  publisher: "测试号",
  links: [],
  text: "榜单负责人表示，约 3.4 万张投票被判定为刷票并剔除。团队对 5 类任务各进行了 300 次重复测试。",
});
const figures = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => f.kind === "figure")
    .map((f) => [f.value, f.supported]);

test("a counted noun ends at a function word, and one sharing its head is the same noun", () => {
  assert.equal(countedNoun("投票被判定为刷票"), "投票");
  assert.equal(countedNoun("不等于在 300 个家庭"), undefined);
  // 无效票 and 投票 (its noun up to 被) are both 票.
  assert.deepEqual(figures("负责人称剔除了约 3.4 万张无效票。"), [["3.4 万张", true]]);
  // "300 次不等于…" counts nothing of its own: it is the article's 300 次.
  assert.deepEqual(figures("研究者指出重复测试 300 次不等于在 300 个家庭测试。").slice(0, 1), [
    ["300 次", true],
  ]);
});

test("near miss: a counted noun sharing neither a word nor its head is still refused", () => {
  assert.deepEqual(figures("负责人称剔除了约 3.4 万张显卡。"), [["3.4 万张", false]]);
  assert.deepEqual(figures("团队进行了 300 次融资。"), [["300 次", false]]);
});

test("a modifier before 的 keeps the counted noun after it (道新出的推理题 counts 推理题)", () => {
  assert.equal(countedNoun("新出的推理题"), "新出的推理题");
  assert.equal(countedNoun("的模型"), "模型");
  const index = indexArticle({
    title: "推理榜单更新",
    publisher: "测试号",
    links: [],
    text: "本期题目全部为新出的 1,500 道推理题，覆盖 6 个领域。",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure")
      .map((f) => f.supported);
  assert.deepEqual(verdicts("题库换成了 1500 道新出的推理题。"), [true]);
  assert.deepEqual(verdicts("题库换成了 1500 道新编的填空作文。"), [false]);
});

test("a classifier of people is not one of things (34 万名用户 is not 34 万条对话); within a class they vary", () => {
  const index = indexArticle({
    title: "平台运营数据",
    publisher: "测试号",
    links: [],
    text: "公司有 1,200 名员工，其中 300 人是研究员。平台累计处理 5 万条工单，服务 3,000 家企业，发布 12 款模型，售出 8000 台设备。",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure")
      .map((f) => f.supported);
  for (const claim of [
    "公司员工 1200 人。",
    "有 300 名研究员。",
    "累计处理工单 5 万件。",
    "服务 3000 家企业。",
    "发布 12 个模型。",
    "设备卖出 8000 部。",
    "员工共 1200 位。",
  ])
    assert.deepEqual(verdicts(claim), [true], claim);
  const leak = indexArticle({
    title: "对话记录遭暴露",
    publisher: "测试号",
    links: [],
    text: "公告确认，约 1.2 万名用户的对话记录被暴露，涉及对话约 34 万条。",
  });
  const leaked = (claim: string) =>
    checkTextFacts(claim, leak)
      .filter((f) => f.kind === "figure")
      .map((f) => [f.value, f.supported]);
  assert.deepEqual(leaked("约 34 万名用户的对话记录遭暴露。"), [["34 万名", false]]);
  assert.deepEqual(leaked("暴露的对话约 34 万条，涉及约 1.2 万人。"), [
    ["34 万条", true],
    ["1.2 万人", true],
  ]);
});

test("a change verb after a count opens no counted noun (由 40 次增至 60 次)", () => {
  assert.equal(countedNoun("增至 60 次"), undefined);
  assert.equal(countedNoun("调整为每周 60 次"), undefined);
  assert.equal(countedNoun("下调到 2 个"), undefined);
  assert.equal(countedNoun("提升至 8 台"), undefined);
  // A noun that only starts like a verb is still a noun.
  assert.equal(countedNoun("增长点"), "增长点");
  const index = indexArticle({
    title: "青禾笔记调整会员权益",
    publisher: "测试号",
    links: [],
    text: "高级会员的 AI 摘要额度由每周 40 次调整为每周 60 次，导出次数由 5 个提升到 8 个。",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure")
      .map((f) => [f.value, f.supported]);
  // True rewordings: other change verbs around the same counts.
  assert.deepEqual(verdicts("AI 摘要额度由每周 40 次增至 60 次。"), [
    ["40 次", true],
    ["60 次", true],
  ]);
  assert.deepEqual(verdicts("摘要额度从每周 40 次提高到 60 次。"), [
    ["40 次", true],
    ["60 次", true],
  ]);
  assert.deepEqual(verdicts("导出由 5 个增加到 8 个。"), [
    ["5 个", true],
    ["8 个", true],
  ]);
  // Near misses: a wrong count, or a count of something else, is still refused.
  assert.deepEqual(verdicts("AI 摘要额度由每周 30 次增至 60 次。")[0], ["30 次", false]);
  assert.deepEqual(verdicts("导出由 5 个增加到 9 个。")[1], ["9 个", false]);
  // The ends swapped (a cut told for the rise) stay refused.
  assert.ok(
    checkTextFacts("AI 摘要额度由每周 60 次降至 40 次。", index).some(
      (f) => f.kind === "figure" && !f.supported,
    ),
  );
});
