import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { findRowClaims } from "./table-rows.ts";

const ARTICLE = `团队公开了四项仓储任务的测试结果。

| 任务 | 成功率 | 平均耗时 |
| --- | --- | --- |
| 拣选纸箱 | 91% | 12 秒 |
| 码放托盘 | 73% | 40 秒 |
| 贴标签 | 88% | 9 秒 |
| 锐龙 7 9700 工控机部署 | 64% | 30 秒 |

其中码放托盘的成功率较上一版提高到了 73%。`;

const ok = (claim: string) => {
  const article = indexArticle({ title: "仓储机器人测试", publisher: "测试号", links: [], text: ARTICLE });
  return checkTextFacts(claim, article).every((f) => f.supported);
};

test("a figure from another row of a table, next to this row's label in a list of rows, is refused", () => {
  // Each figure checks out in the table; in a list of rows the words around it do not tell rows apart.
  assert.ok(!ok("其他任务：贴标签 91%，拣选纸箱 88%。"), "91% is 拣选纸箱's, 88% 贴标签's");
  assert.ok(!ok("其他任务：码放托盘 64%，锐龙 7 9700 工控机部署 73%。"), "a label with digits in it");
  assert.ok(ok("其他任务：贴标签 88%，拣选纸箱 91%。"));
});

test("the row's own figure, or prose with the label, stands", () => {
  assert.ok(ok("码放托盘成功率 73%，平均耗时 40 秒。"));
  assert.ok(ok("贴标签 88%、拣选纸箱 91%。"));
  assert.ok(ok("码放托盘成功率较上一版提高到 73%。"));
});

test("a clause naming no row, the header row, or an article without a table gives no row claims", () => {
  assert.deepEqual(findRowClaims("其中一项成功率 91%，码放托盘较慢", ARTICLE), []);
  assert.deepEqual(findRowClaims("成功率 91%", ARTICLE), [], "成功率 is the header's, no row");
  assert.deepEqual(findRowClaims("任务成功率 91%", "没有表格的文章，成功率 91%。"), []);
});
