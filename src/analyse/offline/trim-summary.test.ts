import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseParagraphs } from "./testdata/analyse-paragraphs.ts";
import { trimLongSummary } from "./trim-summary.ts";

const none = { headlineFigures: [] };

test("a long news；finding summary keeps who did what and the finding, not the description between", () => {
  assert.equal(
    trimLongSummary(
      "云岫科技开源了代码模型 Loom-Coder，参数规模为 14B，支持 128K 上下文，覆盖 80 多种编程语言；在 SWE-bench Verified 上，Loom-Coder 取得 57.4% 的解决率。",
      none,
    ),
    "云岫科技开源了代码模型 Loom-Coder；在 SWE-bench Verified 上，Loom-Coder 取得 57.4% 的解决率。",
  );
  // A dateline before the action stays; a clause with the headline's figure stays.
  assert.equal(
    trimLongSummary(
      "3 月 2 日，云岫科技开源了代码模型 Loom-Coder，只需 6GB 显存即可运行，支持 128K 上下文与 80 多种编程语言；在 SWE-bench Verified 上，Loom-Coder 取得 57.4% 的解决率。",
      { headlineFigures: ["6GB"] },
    ),
    "3 月 2 日，云岫科技开源了代码模型 Loom-Coder，只需 6GB 显存即可运行；在 SWE-bench Verified 上，Loom-Coder 取得 57.4% 的解决率。",
  );
  // A noun phrase ("最新提出的 X 框架") is no action: nothing to cut at; short summaries stay.
  const phrase =
    "云岫团队最新提出的 Loom 框架，给出了一条相当工程化的解法——不动原模型，往上“叠”，再接一个小解码器；在 GenEval 上，Loom 取得 0.88 的综合得分。";
  assert.equal(trimLongSummary(phrase, none), phrase);
  const short = "云岫科技开源了 Loom-Coder，参数规模为 14B；Loom-Coder 取得 57.4% 的解决率。";
  assert.equal(trimLongSummary(short, none), short);
});

test("the analyser's summary of a long release lead is cut to the action and the result", async () => {
  const entry = await analyseParagraphs("云岫科技开源代码模型Loom-Coder，SWE-bench解决率57.4%", [
    "云岫科技开源了代码模型 Loom-Coder，参数规模为 14B，支持 128K 上下文，覆盖 80 多种编程语言，可以在单张消费级显卡上部署。",
    "在 SWE-bench Verified 上，Loom-Coder 取得 57.4% 的解决率，比上一代高出 9.2 个百分点。",
    "团队表示，训练数据全部来自许可证允许商用的开源仓库。",
  ]);
  assert.ok(entry.summary.replace(/\s+/g, "").length <= 80, entry.summary);
  assert.match(entry.summary, /^云岫科技开源了代码模型 Loom-Coder/);
  assert.match(entry.summary, /57\.4%/);
});

test("a clause ending on a verb whose object follows (发现，…) is no action to cut at", () => {
  const none = { headlineFigures: [] };
  // Cut there, the summary would say "…发现；" and stop mid-thought.
  const found =
    "南屿大学的研究团队发现，检索段落越多，模型越容易引用错误来源，而准确率没有提高；团队在法律、医疗、金融和百科 4 个问答数据集上测试了 7 个检索增强模型，每个模型各答 2000 道题。";
  assert.equal(trimLongSummary(found, none), found);
  const said =
    "云岫科技创始人在发布会上表示，明年会把推理价格再降一半，并开放私有部署版本；云岫科技今年已经两次下调了旗舰模型和轻量模型的 API 价格，两次的降幅累计达到 70%，调用量随之翻了三倍。";
  assert.equal(trimLongSummary(said, none), said);
  // A done action still cuts at its clause ("开源了 X，参数…").
  const acted =
    "南屿大学的研究团队开源了检索增强模型 Tern-RAG，参数规模为 7B，支持 64K 上下文，覆盖中英两种语言，可以在单张消费级显卡上部署；在 4 个问答数据集上，Tern-RAG 平均提升 6.1 分。";
  assert.match(trimLongSummary(acted, none), /^南屿大学的研究团队开源了检索增强模型 Tern-RAG；/);
});
