import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findIndirectSpeech } from "./indirect-speakers.ts";

const ARTICLE = `圆桌上，两位嘉宾观点不一。星图资本合伙人韩雪说：「我们担心大多数机器人公司会在量产之前耗尽现金。」
随后，清川大学教授罗文涛表示：「仿真数据已经足够训练出可靠的抓取策略，真机数据只需要很少。」
主持人最后请两人各用一句话总结。`;

const ok = (claim: string) => {
  const article = indexArticle({ title: "圆桌", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("reported speech given to another person the article quotes is refused", () => {
  assert.ok(!ok("罗文涛担心大多数机器人公司会在量产前耗尽现金。"), "韩雪 said it");
  assert.ok(!ok("韩雪认为仿真数据已足够训练出可靠的抓取策略。"), "罗文涛 said it");
});

test("reported speech given to its own speaker, or words the article does not have, stands", () => {
  assert.ok(ok("韩雪担心大多数机器人公司会在量产前耗尽现金。"));
  assert.ok(ok("罗文涛认为仿真数据已足够训练可靠的抓取策略，真机数据需要很少。"));
  assert.ok(ok("韩雪认为行业还需要更多耐心。"), "nothing like it in the article");
});

test("a quote with quote marks is check-speakers.ts's, not read here", () => {
  assert.deepEqual(findIndirectSpeech("韩雪表示：「我们担心大多数机器人公司会耗尽现金」"), []);
});

test("a speaker named before 则/对…表示 is the one of the quote after a pronoun (她在圆桌上说)", () => {
  const index = indexArticle({
    title: "开发者大会落幕",
    publisher: "测试号",
    links: [],
    text: "星海科技 CTO 郑航表示，明年推理价格还会下降。灵犀大学教授许言则对 Agent 的可靠性表示担忧。她在圆桌上说：「在十步以上的任务里，成功率普遍不到 40%，离真正托付给它还很远。」",
  });
  const speakers = (claim: string) =>
    checkTextFacts(claim, index).filter((f) => f.kind === "name" && !f.supported).length;
  assert.equal(speakers("郑航指出，十步以上任务中 Agent 成功率普遍不足四成，离真正托付还很远。"), 1);
  assert.equal(speakers("许言指出，十步以上任务中 Agent 成功率普遍不足四成，离真正托付还很远。"), 0);
  assert.equal(speakers("许言认为，十步以上任务里的 Agent 离真正托付还很远。"), 0);
  assert.equal(speakers("郑航表示，明年推理价格还会继续下降。"), 0);
});
