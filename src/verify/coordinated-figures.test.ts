import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { coordinatedRuns } from "./coordinated-figures.ts";
import { findFigures } from "./find-figures.ts";
import { indexArticle } from "./index-article.ts";

// Figures written side by side share what is said of them together: "分别为 A 和 B" maps onto the
// figures listed before it, and "up from A and B for X" makes both X's.

const checker = (title: string, text: string) => {
  const index = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n${text}` });
  return (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
};

const TABLE = `评测结果如下：

模型 | ARC-C | DROP | MATH-500
Qilin-5 | 91.3 | 84.0 | 70.2
Qilin-4 | 86.5 | 78.8 | 55.1

Qilin-5 即日起开放 API。`;

test("分别为 maps a run of figures onto the figures listed before it, in order", () => {
  const ok = checker("麒麟智能发布 Qilin-5", TABLE);
  assert.ok(ok("推理：ARC-C 91.3，DROP 84.0（上一代分别为 86.5 和 78.8）。"));
  assert.ok(ok("ARC-C 91.3、MATH-500 70.2，Qilin-4 分别为 86.5 和 55.1。"));
  assert.ok(!ok("推理：ARC-C 91.3，DROP 84.0（上一代分别为 78.8 和 86.5）。"), "the two swapped");
  assert.ok(
    !ok("ARC-C 91.3、MATH-500 70.2，Qilin-4 分别为 86.5 和 78.8。"),
    "78.8 is DROP's, not MATH-500's",
  );
});

test("the trailing words of a coordination are every figure's: up from A and B for X", () => {
  const ok = checker(
    "Vela-3 is out",
    "Harbor AI released Vela-3 on Monday. Vela-3 scores 71.5 on ARC-C and 66.0 on DROP, up from 64.2 and 58.9 for Vela-2. It is available through the API.",
  );
  assert.ok(ok("ARC-C 71.5、DROP 66.0，Vela-2 分别为 64.2 和 58.9。"));
  assert.ok(ok("Vela-2 的 ARC-C 为 64.2。"));
  assert.ok(!ok("Vela-3 的 ARC-C 为 58.9。"), "58.9 is Vela-2's");
});

test("a run needs one unit and a coordinator only; a comma lists separate facts", () => {
  const runs = (text: string) =>
    coordinatedRuns(text, findFigures(text)).map((r) => r.map((i) => findFigures(text)[i]!.raw));
  assert.deepEqual(runs("分别为 86.5 和 78.8"), [["86.5", "78.8"]]);
  assert.deepEqual(runs("up from 64.2 and 58.9 for Vela-2"), [["64.2", "58.9"]]);
  assert.deepEqual(runs("训练数据 18 万亿 tokens，6144 张 H100"), []);
  assert.deepEqual(runs("营收 30 亿元和 45%"), [], "money and a percent are not one list");
});
