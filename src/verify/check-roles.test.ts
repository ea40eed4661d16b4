import assert from "node:assert/strict";
import { test } from "node:test";
import { articleRoles, checkRole, findRoles } from "./check-roles.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "阶跃星辰发布 Step-3.5", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE = `阶跃星辰创始人兼 CEO 姜大昕表示，多模态推理很重要。研究员张伟在发布会上介绍了细节。
OpenAI 总裁 Greg Brockman 也转发了。Sam Altman, CEO of OpenAI, said it was great.`;

test("a role the article gives a person otherwise, and never this one, is refused", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("CTO 姜大昕认为多模态推理很重要。"));
  assert.ok(ok("CEO 姜大昕认为多模态推理很重要。"));
  assert.ok(ok("创始人姜大昕认为多模态推理很重要。"), "创始人兼 CEO gives both roles");
  assert.ok(!ok("CEO 张伟介绍了细节。"), "the article calls 张伟 a 研究员");
  assert.ok(!ok("OpenAI CTO Greg Brockman 也转发了。"));
  assert.ok(ok("OpenAI 总裁 Greg Brockman 也转发了。"));
  assert.ok(!ok("OpenAI 总裁 Sam Altman 点赞。"), "the English article says CEO");
  assert.ok(ok("OpenAI 首席执行官 Sam Altman 点赞。"), "首席执行官 = CEO");
});

test("a person the article gives no role says nothing; a role before a verb names no one", () => {
  assert.ok(checker(ARTICLE)("首席科学家李明表示赞同。"));
  assert.deepEqual(findRoles("研究员发现，模型很强"), []);
});

test("a title after a name (周衡院士) and a name before 曾/此前 are read; a person the article never names is refused", () => {
  const article = indexArticle({
    title: "清澜大学提出 FlashRoute",
    publisher: "测试号",
    links: [],
    text: "论文通讯作者为周衡教授。公司的首席技术官刘思远此前在微软亚洲研究院工作了八年。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(!ok("通讯作者周衡院士。"), "教授 is no 院士");
  assert.ok(ok("通讯作者周衡教授。"));
  assert.ok(!ok("联合创始人刘思远曾在微软亚洲研究院工作。"), "the article calls 刘思远 CTO");
  assert.ok(ok("CTO 刘思远曾在微软亚洲研究院工作。"));
  assert.ok(!ok("据 CEO 钱立新介绍，论文已被接收。"), "钱立新 is named nowhere");
});

test("a Latin name a Chinese article writes in Chinese is not refused as named nowhere", () => {
  const article = indexArticle({
    title: "OpenAI 发布新模型",
    publisher: "测试号",
    links: [],
    text: "OpenAI 首席执行官奥特曼表示，新模型下月上线。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("OpenAI CEO Sam Altman 表示新模型下月上线。"));
});

test("所长, 院长, 主任, 研究员 and 副总裁 are roles of their own", () => {
  const article = indexArticle({
    title: "青崖研究院发布 Tide-2",
    publisher: "测试号",
    links: [],
    text: "论文通讯作者为青崖研究院研究员严知秋。研究院院长何远山表示，Tide-2 将在明年开源。",
  });
  const ok = (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
  assert.ok(ok("通讯作者为研究员严知秋。"));
  assert.ok(!ok("通讯作者为青崖研究院所长严知秋。"), "严知秋 is a 研究员");
  assert.ok(ok("院长何远山称 Tide-2 将在明年开源。"));
  assert.ok(!ok("副总裁何远山称 Tide-2 将在明年开源。"), "何远山 is the 院长");
});

test("an associate professor is not a professor, either way round (副教授 ≠ 教授)", () => {
  const roles = (article: string) => articleRoles(article);
  const verdict = (entry: string, article: string) =>
    findRoles(entry).map((r) => checkRole(r, roles(article)).supported);
  assert.deepEqual(verdict("副教授陈楠称", "灵犀大学计算机系教授陈楠则对此表示担忧。"), [false]);
  assert.deepEqual(verdict("教授陈楠称", "灵犀大学计算机系教授陈楠则对此表示担忧。"), [true]);
  assert.deepEqual(verdict("教授陈楠称", "清华大学副教授陈楠表示，模型仍有缺陷。"), [false]);
  assert.deepEqual(verdict("陈楠副教授称", "陈楠副教授指出，模型仍有缺陷。"), [true]);
  assert.deepEqual(
    findRoles("Chen Nan, an associate professor at Lingxi, said.").map((r) => r.roles),
    [["associate-professor"]],
  );
});
