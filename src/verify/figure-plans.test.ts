import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (title: string, text: string) => {
  const article = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n${text}` });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const COMPANY = checker(
  "星河科技完成新一轮融资",
  "星河科技今日宣布完成 10 亿元融资。公司计划明年营收达到 100 亿元，目前营收约 20 亿元。团队将于年底前把员工扩充到 800 人，目前员工 350 人。",
);

test("a target told as reached is refused; kept as a target it stands", () => {
  assert.ok(!COMPANY("星河科技营收达 100 亿元。"));
  assert.ok(!COMPANY("星河科技员工已达 800 人。"));
  assert.ok(COMPANY("星河科技计划明年营收达到 100 亿元。"));
  assert.ok(COMPANY("公司目标营收 100 亿元，年底前员工将扩充到 800 人。"));
  // The article's facts are untouched.
  assert.ok(COMPANY("星河科技完成 10 亿元融资，营收约 20 亿元，员工 350 人。"));
});

test("a forecast told as fact is refused: 预计到 2030 年…将突破, 有望提升至", () => {
  const ok = checker(
    "AI 芯片市场报告",
    "报告指出，预计到 2030 年，全球 AI 芯片市场规模将突破 1 万亿美元。2025 年市场规模约为 3000 亿美元。国产芯片份额有望提升至 45%，目前约为 22%。",
  );
  assert.ok(!ok("全球 AI 芯片市场规模突破 1 万亿美元。"));
  assert.ok(!ok("国产芯片份额提升至 45%。"));
  assert.ok(ok("预计 2030 年全球 AI 芯片市场规模将突破 1 万亿美元。"));
  assert.ok(ok("国产芯片份额有望达到 45%，目前约 22%。"));
  assert.ok(ok("2025 年全球 AI 芯片市场规模约 3000 亿美元。"));
});

test("a figure the article says was not reached is not reached in the entry", () => {
  const ok = checker("Nova-3 发布", "Nova-3 在评测中得分为 88 分，尚未达到 95 分的目标线。");
  assert.ok(!ok("Nova-3 得分达到 95 分。"));
  assert.ok(ok("Nova-3 得分 88 分，尚未达到 95 分。"));
});

test("an estimate keeps its hedge: 预计成本为 500 万美元 is not 成本 500 万美元", () => {
  const ok = checker("Nova-3 发布", "Nova-3 的训练成本预计为 500 万美元，推理成本降低了 50%。");
  assert.ok(!ok("Nova-3 训练成本 500 万美元。"));
  assert.ok(ok("Nova-3 训练成本约 500 万美元。"));
  assert.ok(ok("Nova-3 训练成本预计 500 万美元。"));
});

test("words that look like plans but are not keep the figure: 将 as 把, 目标检测, 预测 a thing", () => {
  const ok = checker(
    "Nova-3 发布",
    "Nova-3 将推理成本降低了 50%，目标检测精度达到 92%。模型在预测极端天气时比传统方法快 1000 倍以上。",
  );
  assert.ok(ok("Nova-3 推理成本降低 50%。"));
  assert.ok(ok("Nova-3 目标检测精度 92%。"));
  assert.ok(ok("Nova-3 预测极端天气比传统方法快 1000 倍以上。"));
});

test("the same figure stated once as a plan and once as done supports the done one", () => {
  const ok = checker(
    "云峰智能财报",
    "云峰智能去年计划把日调用量提升至 3 亿次。今年一季度，日调用量已突破 3 亿次。",
  );
  assert.ok(ok("云峰智能日调用量突破 3 亿次。"));
});

test("an English source's plans and forecasts are plans too", () => {
  const ok = checker(
    "Acme raises funding",
    "Acme employs 350 people and plans to double its headcount. The company expects to reach $1 billion in revenue by 2027. Revenue last year was $200 million. Its next model is expected to cut latency by 40%.",
  );
  assert.ok(!ok("Acme 新模型延迟降低 40%。"));
  assert.ok(!ok("Acme 员工数翻倍。"));
  assert.ok(ok("Acme 预计新模型延迟降低 40%。"));
  assert.ok(ok("Acme 去年营收 2 亿美元，员工 350 人。"));
});

test("a date says when, planned or not (whether it happened is the step's check)", () => {
  const ok = checker("Vision-X 发布", "首批 5 万台将于 2025 年 9 月发货。");
  assert.ok(ok("首批 5 万台 2025 年 9 月发货。"));
});

test("a deadline earlier in the sentence makes a target (到 2027 年，…达到); a span of past years does not", () => {
  const ok = checker(
    "江州市发布算力行动方案",
    "措施提出，到 2027 年，全市智能算力规模达到 10 万 PFLOPS。从 1970 年到 2020 年，程序员数量增长了 11 倍。",
  );
  assert.ok(!ok("全市智能算力已达 10 万 PFLOPS。"));
  assert.ok(
    !ok("目标｜全市智能算力已达 10 万 PFLOPS。"),
    "已 in its own clause says done, whatever the label",
  );
  assert.ok(ok("计划 2027 年全市智能算力达到 10 万 PFLOPS。"));
  assert.ok(ok("1970 年至 2020 年间程序员数量增长了 11 倍。"));
});

test("a denial elsewhere in the entry's sentence does not make its figure a plan", () => {
  const ok = checker("深衡科技专访", "他透露，深衡科技 2025 年的收入预计将突破 2 亿元。");
  assert.ok(!ok("公司不做通用大模型，2025 年收入已突破 2 亿元。"));
  assert.ok(ok("公司不做通用大模型，预计 2025 年收入突破 2 亿元。"));
});

test("an announced spec is no plan: 'will be priced at $5', 'will support 128K' state facts of the launch", () => {
  const ok = checker(
    "Nova Max launches next month",
    "Nova Max will be priced at $5 per million input tokens and will support a 128K context window. The company will reach 1 million users by June, it said.",
  );
  assert.ok(ok("Nova Max 每百万输入 tokens 价格 5 美元，支持 128K 上下文。"));
  assert.ok(!ok("Nova Max 用户数达 100 万。"));
});

test("a deadline is a target only when it lies after every other year the article names", () => {
  const report = checker(
    "星河科技年报",
    "2026 年 3 月，星河科技发布年报。到 2025 年底，星河科技的用户数达到 1 亿。",
  );
  assert.ok(report("星河科技用户数达 1 亿。"), "2025 is before 2026: a result");
  const alone = checker("星河科技", "到 2025 年底，星河科技的用户数达到 1 亿。");
  assert.ok(alone("星河科技用户数达 1 亿。"), "no other year: no verdict");
});

test("an English forecast verb (expects, projected, forecast) makes an estimate: told as reached, refused", () => {
  const ok = checker(
    "Orbis raises its outlook",
    "Orbis expects revenue of $4.2 billion for 2027. Analysts projected 900 new hires. Orbis reported revenue of $3.1 billion for 2026.",
  );
  assert.ok(!ok("Orbis 2027 年营收已达 42 亿美元。"));
  assert.ok(!ok("Orbis 新增员工 900 人。"));
  assert.ok(ok("Orbis 预计 2027 年营收 42 亿美元。"));
  assert.ok(ok("Orbis 2026 年营收 31 亿美元。"));
});

test("约 inside a word (约束, 签约, 预约) keeps no figure a hedge", () => {
  const ok = checker("新规出台", "监管部门估计约 30 家企业将受新规约束。");
  assert.ok(!ok("共有 30 家企业受新规约束。"));
  assert.ok(ok("约 30 家企业受新规约束。"));
});

test("下届/下期/下次 keep the entry's date a plan, as 下一 does", () => {
  const index = indexArticle({
    title: "开发者大会落幕",
    publisher: "测试号",
    links: [],
    text: "第五届大会在杭州落幕。下一届大会将于 2027 年秋天在深圳举办。",
  });
  const verdicts = (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => f.kind === "figure")
      .map((f) => [f.value, f.supported]);
  assert.deepEqual(verdicts("下届｜2027 年秋天移师深圳。"), [["2027 年", true]]);
  assert.deepEqual(verdicts("大会已于 2027 年秋天在深圳举办。"), [["2027 年", false]]);
});
