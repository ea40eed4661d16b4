import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "对谈", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

test("every role of a 兼 chain must be one the article gives: a true founder does not carry a made-up CEO", () => {
  const ok = checker("「远帆」的联合创始人兼 CTO 白若水认为，推理成本还会下降。另一位嘉宾是镜湖 CEO 钟石。");
  assert.ok(!ok("远帆创始人兼 CEO 白若水认为推理成本还会下降。"), "CEO is not given");
  assert.ok(
    !ok("远帆 CEO 兼联合创始人白若水认为推理成本还会下降。"),
    "the order of the chain does not matter",
  );
  assert.ok(ok("远帆联合创始人兼 CTO 白若水认为推理成本还会下降。"));
  assert.ok(ok("远帆 CTO 白若水认为推理成本还会下降。"), "one role of the article's chain is enough");
  assert.ok(ok("远帆联合创始人白若水认为推理成本还会下降。"));
});

test("an official's deputy title is not the head's, either way round", () => {
  const ok = checker("青州市数据局副局长韦立和表示，补贴会按月发放。市工信局局长蒋远则称资金已到位。");
  assert.ok(!ok("青州市数据局局长韦立和表示补贴按月发放。"), "副局长 is no 局长");
  assert.ok(ok("青州市数据局副局长韦立和表示补贴按月发放。"));
  assert.ok(!ok("工信局副局长蒋远称资金已到位。"), "局长 is no 副局长");
  assert.ok(ok("工信局局长蒋远称资金已到位。"));
});

test("an English chain before a name gives every role: co-founder and CEO", () => {
  const ok = checker("Loom co-founder and CEO Ada Brandt said the agent ships today. CTO Ivo Lenz agreed.");
  assert.ok(ok("联合创始人兼 CEO Ada Brandt 表示 Agent 今天上线。"));
  assert.ok(!ok("联合创始人兼 CTO Ada Brandt 表示 Agent 今天上线。"), "she is CEO, not CTO");
});

test("a press release's title-case role after a name is read: 'Name, Chief Operating Officer of X'", () => {
  const ok = checker(
    '"We start small," said Lena Okafor, Chief Operating Officer of Tidewell. Paul Serrat, President and Chief Executive Officer of Arkly, agreed.',
  );
  assert.ok(!ok("Tidewell CEO Lena Okafor 表示先从小规模做起。"), "she is COO, not CEO");
  assert.ok(!ok("Arkly 首席运营官 Paul Serrat 表示赞同。"), "he is president and CEO, not COO");
  assert.ok(ok("Tidewell 首席运营官 Lena Okafor 表示先从小规模做起。"));
  assert.ok(ok("Tidewell COO Lena Okafor said they start small."));
  assert.ok(ok("Arkly 总裁 Paul Serrat 表示赞同。"));
  assert.ok(ok("Arkly CEO Paul Serrat 表示赞同。"));
});
