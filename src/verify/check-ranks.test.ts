import assert from "node:assert/strict";
import { test } from "node:test";
import { findRanks } from "./check-ranks.ts";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A rank or a move on a ranking must be the article's, with the same value, said of what the
// entry's clause names.

const ARTICLE = `灯塔榜发布 12 月榜单

评测平台“灯塔榜”今天发布了 12 月综合榜单，共有 48 个模型参评，榜单基于匿名对战投票计算分数。

排名 | 模型 | 机构 | 分数
1 | Nebula-3 | 星云智能 | 1420
2 | Atlas-7 | 群山科技 | 1405
3 | Orca-2 | 海豚实验室 | 1388

星云智能的 Nebula-3 较上月上升 3 位，首次登上榜首；Atlas-7 本月降至第二。在多语言子榜中，Orca-2 仅排第 8。Nebula-3 在开源模型中排名第一。`;

const ok = (claim: string, text = ARTICLE) => {
  const index = indexArticle({ title: "灯塔榜发布 12 月榜单", publisher: "测试号", links: [], text });
  return checkTextFacts(claim, index).every((f) => f.supported);
};

test("ranks and moves the article gives, however written, stand", () => {
  assert.ok(ok("Nebula-3 较上月升三位，登顶灯塔榜。"));
  assert.ok(ok("Atlas-7 退居第二。"));
  assert.ok(ok("第三名 Orca-2（海豚实验室）。"), "a row of a table with a 排名 column");
  assert.ok(ok("Orca-2 多语言子榜仅第八。"));
});

test("a rank or move of another value, or of something else, is refused", () => {
  assert.ok(!ok("Orca-2 多语言子榜仅第九。"), "no rank 9");
  assert.ok(!ok("Nebula-3 较上月升两位。"), "the move was 3");
  assert.ok(!ok("Nebula-3 较上月下降 3 位。"), "the other way");
  assert.ok(!ok("Orca-2 在开源模型中排名第二。"), "rank 2 is Atlas-7's");
});

test("ordinals that are not places on a ranking are not ranks; an English article gives no verdict", () => {
  assert.deepEqual(findRanks("发布第二代模型，第三季度上线，第一次开源"), []);
  assert.deepEqual(
    findRanks("位列开源模型第一，第 3 名").map((r) => r.value),
    [1, 3],
  );
  const english =
    "Lighthouse Board published its December ranking. Nebula-3 ranked second overall this month.";
  assert.ok(ok("Nebula-3 排名第二。", english));
});

test("第 N 部/集/点 after 列 or 排 is no rank", () => {
  assert.deepEqual(findRanks("该系列第三部作品，安排第二场发布会，列第 3 点"), []);
});

test("a first place the article writes otherwise stands; 第一位 alone is no rank", () => {
  // The rank check's own verdicts (the qualifier checks read 登顶 and 第一名 as claims of their own).
  const ok = (claim: string, text: string) => {
    const index = indexArticle({ title: "测试", publisher: "测试号", links: [], text });
    return checkTextFacts(claim, index).every((f) => f.supported || f.kind !== "figure");
  };
  assert.ok(
    ok("Lumen-2 登顶 GitHub 热榜。", "开源项目 Lumen-2 发布三天后冲上 GitHub 热榜第一，星标已超过 2 万。"),
  );
  assert.ok(ok("团队在比赛中获得第一名。", "在本届机器人大赛上，星河团队夺冠。"));
  assert.deepEqual(findRanks("她是第一位获得该奖项的华人学者"), []);
  assert.deepEqual(findRanks("精度提升 3 位数").length, 0);
});
