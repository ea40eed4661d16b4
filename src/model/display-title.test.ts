import assert from "node:assert/strict";
import { test } from "node:test";
import { displayTitle } from "./display-title.ts";

test("strips clickbait decoration but keeps the words", () => {
  assert.equal(displayTitle("【重磅】美团提出 STAR！！"), "美团提出 STAR");
  assert.equal(displayTitle("重磅｜OpenAI 发布新模型"), "OpenAI 发布新模型");
  assert.equal(displayTitle("突发！刚刚，DeepSeek 开源 🔥🔥"), "DeepSeek 开源");
  assert.equal(displayTitle("大模型真的会推理吗？？"), "大模型真的会推理吗？");
  assert.equal(displayTitle("谁是赢家？"), "谁是赢家？");
});

test("strips 刚刚, 炸裂, 震惊, 重磅, exclamation runs and emoji wherever they only shout", () => {
  assert.equal(
    displayTitle("炸裂！！字节豆包上线实时视频通话，延迟只有300毫秒😱😱"),
    "字节豆包上线实时视频通话，延迟只有300毫秒",
  );
  assert.equal(
    displayTitle("刚刚！AI编程公司获2亿美元融资，估值翻倍🔥🔥"),
    "AI编程公司获2亿美元融资，估值翻倍",
  );
  assert.equal(displayTitle("面壁智能刚刚开源MiniCPM-o 4.5"), "面壁智能开源MiniCPM-o 4.5");
  assert.equal(displayTitle("OpenAI 发布 GPT-6，震惊！全网沸腾!!!"), "OpenAI 发布 GPT-6，全网沸腾");
  assert.equal(displayTitle("不用等它说完就能插话！面壁开源"), "不用等它说完就能插话！面壁开源");
});

test("never returns an empty title", () => {
  assert.equal(displayTitle("【重磅】"), "【重磅】");
});

test("a name that begins with a hype-like word stays whole", () => {
  assert.equal(displayTitle("深度求索开源 DeepSeek-V4"), "深度求索开源 DeepSeek-V4");
  assert.equal(displayTitle("最新版 Claude Code 支持子智能体"), "最新版 Claude Code 支持子智能体");
  assert.equal(displayTitle("爆款应用背后的推理成本"), "爆款应用背后的推理成本");
  assert.equal(displayTitle("独家｜某大模型公司完成新一轮融资"), "某大模型公司完成新一轮融资");
});
