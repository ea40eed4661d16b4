import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: denials written the ways articles write them (不会, 不包含, 不予, 而非, 并未, 没有).
const ARTICLE = `云帆科技发布了端侧模型 Sail-2，可以在手机上离线运行。Sail-2 的权重下个月开源。训练数据不会公开。
公告称，泄露的日志不包含支付信息和身份证号。云帆科技对安全机构的这一估计不予认可。
图片必须添加显式标识，文本内容则鼓励而非强制标识。研究团队并未使用任何用户数据训练模型。
官方没有公布具体价格，只说会比上一代便宜。另一款模型 Dune-1 的评测成绩无法复现。`;
const index = indexArticle({ title: "云帆科技发布 Sail-2", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("a clause that says, of the same thing, every word an article clause denies is refused", () => {
  for (const claim of [
    "训练数据也一并公开。",
    "泄露的日志包含支付信息和身份证号。",
    "云帆科技认可安全机构的这一估计。",
    "文本内容也须强制标识。",
    "研究团队使用了用户数据训练模型。",
    "官方公布了具体价格。",
  ])
    assert.ok(refused(claim).length > 0, claim);
});

test("true rewordings stand: the denial kept, other words, another subject, another named thing", () => {
  for (const claim of [
    "Sail-2 权重下月开源，训练数据保密。",
    "训练数据保密，权重则将在下个月开源。",
    "泄露日志不含支付信息和身份证号。",
    "云帆科技不认可这一估计。",
    "图片须显式标识，文本只是鼓励标识。",
    "研究团队没有使用用户数据训练模型。",
    "官方只说价格会比上一代便宜，具体价格未公布。",
    "新模型会比上一代便宜。",
    "Sail-2 的评测成绩经第三方复现。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});

test("约 is a hedge only before a number: 签约 denied (还没有签约) is a word to read", () => {
  const signing = indexArticle({
    title: "星图智能访谈",
    publisher: "测试号",
    links: [],
    text: "目前已经有 4 家手机厂商预装了我们的模型。另外有两家车企在测试，还没有签约。",
  });
  const refusedHere = (claim: string) => checkTextFacts(claim, signing).filter((f) => !f.supported);
  assert.ok(refusedHere("两家车企已完成签约。").length > 0);
  assert.deepEqual(refusedHere("两家车企仍在测试，尚未签约。"), []);
  assert.deepEqual(refusedHere("4 家手机厂商预装了该模型。"), []);
});

test("a denial said of 这 reads against an entry clause opening with 这 (这不是黑客攻击 → 这是一次黑客攻击)", () => {
  const incident = indexArticle({
    title: "日志服务器暴露",
    publisher: "测试号",
    links: [],
    text: "白帽实验室负责人唐越说：「这不是黑客攻击，是最基础的配置失误。」",
  });
  const refusedHere = (claim: string) => checkTextFacts(claim, incident).filter((f) => !f.supported);
  assert.ok(refusedHere("唐越称，这是一次有组织的黑客攻击。").length > 0);
  assert.deepEqual(refusedHere("唐越称，这并非黑客攻击，而是最基础的配置失误。"), []);
  assert.deepEqual(refusedHere("唐越称，这是最基础的配置失误。"), []);
});
