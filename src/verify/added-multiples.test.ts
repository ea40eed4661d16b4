import assert from "node:assert/strict";
import { test } from "node:test";
import { figureHolds } from "./testdata/figure-holds.ts";

// "增加两倍" is read strictly as ×3 (the added amount is twice the original) besides the loose ×2:
// "相当于额度增加两倍" told as "额度变为原来的三倍" was refused ("三倍 does not occur").
const holds = figureHolds(
  {
    title: "澄石云调整套餐",
    publisher: "测试号",
    links: [],
    text:
      "澄石云宣布调整套餐，老用户的存储配额相当于增加两倍。" +
      "平台开发者数量今年增加了一倍。团队共有 420 人。",
  },
  { org: "澄石云", title: "澄石云调整套餐", summary: "澄石云宣布调整套餐。" },
);

test("增加 N 倍 states ×(N+1) and a rise of N×100%, besides its loose ×N", () => {
  assert.ok(holds("老用户存储配额相当于变为原来的三倍。"));
  assert.ok(holds("老用户存储配额相当于增加了 200%。"));
  assert.ok(holds("老用户存储配额相当于增加两倍。"));
  assert.ok(holds("开发者数量今年翻了一番。"));
  assert.ok(holds("开发者数量今年增长 100%。"));
});

test("a multiple neither reading gives, or the wrong way, is still refused", () => {
  assert.ok(!holds("老用户存储配额相当于变为原来的四倍。"));
  assert.ok(!holds("老用户存储配额相当于增加了 300%。"));
  assert.ok(!holds("开发者数量今年变为原来的三倍。"));
  assert.ok(!holds("开发者数量今年增长 200%。"));
  assert.ok(!holds("老用户存储配额减少了 200%。"));
});
