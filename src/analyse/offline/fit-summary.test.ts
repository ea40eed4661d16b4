import assert from "node:assert/strict";
import { test } from "node:test";
import { FIT_SUMMARY, fitSummary } from "./fit-summary.ts";

const len = (s: string) => [...s].length;

test("a Chinese summary past 80 characters loses its opening date first", () => {
  const long =
    "12 月 3 日，澄川智能开源了多模态模型澄川-VL 3；在 MathVista 上，澄川-VL 3 的正确率达到 78.4%，与闭源模型的 79.1% 基本持平。";
  assert.ok(len(long) > FIT_SUMMARY);
  const fitted = fitSummary(long, { subject: "澄川-VL 3" });
  assert.ok(fitted.startsWith("澄川智能开源了"), fitted);
  assert.ok(fitted.includes("78.4%"), fitted);
});

test("a second part naming the subject again joins the first without it", () => {
  const long =
    "澄川智能的研究团队开源了面向代码审查的大模型 ReviewPilot-Next；在 SWE-bench Verified 上，ReviewPilot-Next 取得 66.9% 的解决率。";
  assert.ok(len(long) > FIT_SUMMARY);
  assert.equal(
    fitSummary(long, { subject: "ReviewPilot-Next" }),
    "澄川智能的研究团队开源了面向代码审查的大模型 ReviewPilot-Next，在 SWE-bench Verified 上取得 66.9% 的解决率。",
  );
});

test("short summaries, English ones, and a second part that is no repeat stay as they are", () => {
  const short = "12 月 3 日，澄川智能开源了多模态模型澄川-VL 3。";
  assert.equal(fitSummary(short, { subject: "澄川-VL 3" }), short);
  const english = `${"Parcelly, the delivery startup, exposed 3.4 million chats through an open bucket ".repeat(2)}.`;
  assert.equal(fitSummary(english, {}), english);
  // "M 的正确率": the subject heads a noun phrase; joining would not read, and the headline's figure is never cut.
  const finding =
    "澄川智能的研究团队发布了面向长文档问答的评测基准 LongDocArena-Plus；LongDocArena-Plus 的题目平均长度超过 20 万字，最强的模型也只答对 41.3%。";
  assert.equal(fitSummary(finding, { subject: "LongDocArena-Plus", headlineFigures: ["41.3%"] }), finding);
});
