import assert from "node:assert/strict";
import { test } from "node:test";
import { articleSteps } from "./check-tense.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "云雀科技发布 Lark One", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE = `云雀科技今天发布了 AI 眼镜 Lark One。Lark One 将于明年一季度开售，首批产品计划在 3 月交付；
端侧翻译功能目前仅向内测用户开放，云端 API 尚未上线。之前计划的固件更新今天已经部署。`;

test("a step the article says is still to come, or not yet done, is not done in the entry", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("Lark One 现已正式开售。"));
  assert.ok(!ok("首批产品已交付。"));
  assert.ok(!ok("云端 API 已上线。"), "尚未上线 is not done");
  assert.ok(ok("Lark One 将于明年一季度开售。"));
  assert.ok(ok("云雀科技已发布 Lark One。"));
  assert.ok(ok("固件更新已部署。"), "计划 before a step said done today does not make it pending");
});

test("an entry restating the plan is no claim of done: 将于…正式开售, 预计…全面开放", () => {
  const ok = checker("Lark One 将于明年一季度正式开售，翻译功能目前仅向内测用户开放，预计年内全面开放。");
  assert.ok(ok("Lark One 将于明年一季度正式开售。"));
  assert.ok(ok("翻译功能预计年内全面开放。"));
  assert.ok(!ok("Lark One 现已正式开售。"), "正式 after 将于 in the article is still a plan");
  assert.ok(!ok("翻译功能已全面开放。"));
});

test("全面 needs a step done for all: 仅向内测用户开放 is no 全面开放", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("翻译功能现已全面开放。"));
  assert.ok(ok("翻译功能已向内测用户开放。"));
});

test("a step the article never mentions gives no verdict; an English article's plans are plans", () => {
  assert.ok(checker("云雀科技发布了 Lark One。")("Lark One 已开售。"));
  const steps = articleSteps("Lark One will launch next month. The company unveiled it today.");
  assert.deepEqual(
    steps.get("上线")?.map((m) => m.state),
    ["pending"],
  );
  assert.deepEqual(
    steps.get("发布")?.map((m) => m.state),
    ["done"],
  );
  const ok = checker("Lark One will launch next month. The company unveiled it today.");
  assert.ok(!ok("Lark One 已上线。"));
});

test("a step is said of a product: another product's launch is not this one's", () => {
  const ok = checker(
    "云雀科技发布 Lark One 和 Lark Pro。Lark One 今天已上线，Lark Pro 将于明年上线；Lark Pro 的海外版尚未开售，Lark One 已在海外开售。",
  );
  assert.ok(!ok("Lark Pro 已上线。"), "only Lark One's launch is done");
  assert.ok(ok("Lark One 已上线。"));
  assert.ok(!ok("Lark Pro 现已开售。"));
  assert.ok(ok("Lark One 已开售。"));
  // A claim naming no product, or one the article never ties to the step, takes every mention.
  assert.ok(ok("新品已上线。"));
  const en = checker("Nova Mini is available today. Nova Max will launch next month.");
  assert.ok(!en("Nova Max 已上线。"));
  assert.ok(en("Nova Mini 已上线。"));
});

test("已于…/已同步… are done; a plan word further before the step (预计 2026 年第二季度量产) still pends", () => {
  const ok = checker(
    "QX-900 已向首批客户送样，预计 2026 年第二季度量产。下一步将开源 2B 参数轻量版。Helix plans to open an engineering office in Munich next year.",
  );
  assert.ok(!ok("QX-900 已于 2026 年 Q2 量产。"));
  assert.ok(!ok("已同步开源 2B 参数轻量版。"));
  assert.ok(!ok("Helix 已在慕尼黑开设工程办公室。"));
  assert.ok(ok("QX-900 预计 2026 年 Q2 量产，下一步将开源 2B 参数轻量版。"));
});

test("已将…上线 is done (将 as 把 after 已), not a plan", () => {
  const ok = checker("星河科技已将 Nova-3 上线，并已将权重开源。");
  assert.ok(ok("Nova-3 已上线。"));
  assert.ok(ok("Nova-3 已开源。"));
});

test("完成 is a step: done where the article only plans it is refused, done where it is done stands", () => {
  const index = indexArticle({
    title: "星河科技完成 B 轮融资",
    publisher: "测试号",
    links: [],
    text: "星河科技宣布完成 5 亿元 B 轮融资。公司已完成 2 万台机器人交付，计划明年完成 10 万台交付。团队将在下月完成新模型的训练。此前，公司于 3 月完成了首轮安全审计。",
  });
  const tense = (claim: string) =>
    checkTextFacts(claim, index).filter((f) => !f.supported && /still to come/.test(f.reason)).length;
  assert.equal(tense("团队已完成新模型的训练。"), 1);
  for (const claim of [
    "星河科技已完成 5 亿元 B 轮融资。",
    "公司已完成 2 万台机器人交付。",
    "团队已完成首轮安全审计。",
    "新模型的训练将于下月完成。",
    "星河科技完成了 B 轮融资。",
  ])
    assert.equal(tense(claim), 0, claim);
});
