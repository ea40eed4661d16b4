// Defect classes that make an entry read like excerpts rather than news (offline-v5), each on a
// fixture of our own: the summary lacks the headline's figure, bullets repeat one figure, list
// items lose their frame or glue two labels, result bullets lose their subject, tails and lead-ins,
// stances as mechanisms, the summary said again, 这种 pointing back, tags from passing mentions.
import assert from "node:assert/strict";
import { test } from "node:test";
import { figureRun, headlineFigures } from "./headline-figure.ts";
import { allBullets, analyseParagraphs } from "./testdata/analyse-paragraphs.ts";

const analyse = analyseParagraphs;
const bullets = allBullets;

test("headline figures: units and bare scores, not versions or sizes", () => {
  assert.deepEqual(headlineFigures("星河实验室发布Lumen 2.5，MathBench刷到0.87"), ["0.87"]);
  assert.deepEqual(headlineFigures("最好的模型也只答对31.5%：新基准考察长表格推理"), ["31.5%"]);
  assert.deepEqual(headlineFigures("Orca 3.1发布，7B模型可在手机上运行"), []);
  assert.deepEqual(headlineFigures("清点两千个开源模型：412个许可证写错"), ["412个"]);
});

test("a figure run drops a short hook, stops after its clause when the rest is long, refuses a back-reference", () => {
  assert.equal(
    figureRun("结论有些意外：12 个受测模型平均只答对 18.4%，最好的 Lumen 也只有 31.5%。", "31.5%"),
    "12 个受测模型平均只答对 18.4%，最好的 Lumen 也只有 31.5%。",
  );
  assert.equal(
    figureRun(
      "在 MathBench 上，Lumen 取得 0.87 的总分，并在代数、几何、数论、组合与概率这五个子项中的四个上排在所有开源模型之首。",
      "0.87",
    ),
    "在 MathBench 上，Lumen 取得 0.87 的总分。",
  );
  assert.equal(figureRun("采用这种做法的团队，成本降到了原来的 31.5%。", "31.5%"), undefined);
});

test("the summary carries the figure the headline is about, from the article's own sentence", async () => {
  const entry = await analyse("最好的模型也只答对31.5%：星河实验室推出长表格推理基准TabLong", [
    "星河实验室的研究者推出了评测基准 TabLong，专门考察模型在超长表格上的多步推理能力。",
    "基准包含 1200 道题，每道题都配有一张上千行的真实业务表格。",
    "结论有些意外：12 个受测模型平均只答对 18.4%，最好的 Lumen 也只有 31.5%。",
    "研究者认为，模型常常在中途丢失列名与单位，导致后续计算全部出错。",
  ]);
  assert.match(entry.summary, /^星河实验室的研究者推出了评测基准 TabLong/);
  assert.match(entry.summary, /最好的 Lumen 也只有 31\.5%。$/);
  assert.doesNotMatch(entry.summary, /结论有些意外/);
});

test("no bullet only repeats a figure another bullet states", async () => {
  const entry = await analyse("星河实验室推出长表格推理基准TabLong", [
    "星河实验室的研究者推出了评测基准 TabLong，专门考察模型在超长表格上的多步推理能力。",
    "12 个受测模型平均只答对 18.4% 的题目，最好的 Lumen 也只有 31.5%。",
    "不给表格时，模型的正确率不到 2%，说明题目无法靠记忆作答。",
    "给了表格之后，平均正确率也只有 18.4%。",
  ]);
  const all = bullets(entry);
  assert.ok(all.some((b) => b.includes("31.5%")));
  assert.equal(all.filter((b) => b.includes("18.4%")).length, 1, all.join("\n"));
});

test("labelled list items stand by their labels; the intro keeps what it states, never two colons", async () => {
  const entry = await analyse("星河实验室提出KVTrim：无需训练的KV缓存压缩方法", [
    "大模型推理时，KV 缓存往往占去大部分显存。",
    "星河实验室的研究者提出了 KVTrim 方法，整体做法分为三步：",
    "重要性打分：基于每个 token 的累计注意力为缓存条目打分；",
    "分层淘汰：在不同层采用不同的保留比例，浅层保留更多；",
    "即插即用：整个过程不需要任何训练，可以直接接入现有推理框架。",
    "在 LongBench 上，KVTrim 把显存占用降低了 60%，准确率仅下降 0.4 个百分点。",
  ]);
  const all = bullets(entry);
  assert.ok(!all.some((b) => /[：:][^：:]{0,12}[：:]/.test(b)), all.join("\n"));
  assert.ok(all.includes("重要性打分：基于每个 token 的累计注意力为缓存条目打分。"), all.join("\n"));
  assert.ok(all.includes("分层淘汰：在不同层采用不同的保留比例，浅层保留更多。"), all.join("\n"));
});

test("unlabelled list items under a short frame each carry the frame", async () => {
  const entry = await analyse("清点两千个开源模型：412个许可证写错", [
    "一位独立开发者用脚本清点了 Hugging Face 上下载量最高的 2000 个开源模型的许可证信息。",
    "统计结果",
    "在 2000 个模型中：",
    "约 55%（1103 个）写明了标准的开源许可证；",
    "约 24%（485 个）没有填写任何许可证；",
    "412 个模型的许可证与其基座模型的条款相互冲突。",
    "作者认为，许可证冲突会给商用部署带来法律风险。",
  ]);
  const results = entry.results.bullets.map((b) => b.text);
  assert.ok(results.includes("在 2000 个模型中，约 24%（485 个）没有填写任何许可证。"), results.join("\n"));
  assert.ok(!results.some((b) => /^约 \d+%/.test(b)), results.join("\n"));
});

test("a result clause that leaves its subject to the sentence before gets it: named, or joined", async () => {
  const entry = await analyse("星河实验室发布Lumen：数学推理刷新开源纪录", [
    "星河实验室发布了数学推理模型 Lumen，参数规模为 32B。",
    "在 MathBench 上，Lumen 取得 0.87 的总分，超过所有开源模型；在几何子集 GeoSet 上得分 71.2；在竞赛题集 OlymQ 上拿到 45.5 的得分。",
    "还有团队让 Lumen 连续参加了十场线上竞赛。最终拿到 3 枚金牌，平均排名进入前 5%。",
  ]);
  const results = entry.results.bullets.map((b) => b.text);
  assert.ok(results.includes("Lumen 在几何子集 GeoSet 上得分 71.2。"), results.join("\n"));
  assert.ok(results.includes("Lumen 在竞赛题集 OlymQ 上拿到 45.5 的得分。"), results.join("\n"));
  assert.ok(!results.some((b) => /^(?:在[^，]*上得分|最终拿到)/.test(b)), results.join("\n"));
});

test("a subject-less result paragraph takes the name the paragraph before gives", async () => {
  const entry = await analyse("星河实验室开源Lumen-Coder：代码模型解决率达到61.3%", [
    "星河实验室开源了代码模型 Lumen-Coder，参数规模为 14B。",
    "在 SWE-bench Verified 上，Lumen-Coder 取得 61.3% 的解决率。",
    "在 LiveCodeBench 上得分 58.9，与部分闭源模型持平。",
  ]);
  const results = entry.results.bullets.map((b) => b.text);
  assert.ok(
    results.includes("Lumen-Coder 在 LiveCodeBench 上得分 58.9，与部分闭源模型持平。"),
    results.join("\n"),
  );
});

test("a tail or an add-on after ； joins its sentence; a lead-in before the fact is dropped", async () => {
  const entry = await analyse("星河实验室发布Lumen：数学推理模型", [
    "星河实验室发布了数学推理模型 Lumen，参数规模为 32B。",
    "产品内置了一个自动模式，会根据题目难度自动选择推理深度。用户不需要自己调整参数。",
    "结论相当残酷：12 个受测模型平均只答对 18.4%，Lumen 也只有 31.5%。",
    "不足之处在于训练流程偏复杂，且依赖大量人工标注的证明步骤；几何类题目也尚未覆盖。",
  ]);
  const all = bullets(entry);
  assert.ok(!all.includes("用户不需要自己调整参数。"), all.join("\n"));
  assert.ok(!all.includes("几何类题目也尚未覆盖。"), all.join("\n"));
  assert.ok(
    all.includes("不足之处在于训练流程偏复杂，且依赖大量人工标注的证明步骤；几何类题目也尚未覆盖。"),
    all.join("\n"),
  );
  assert.ok(all.includes("12 个受测模型平均只答对 18.4%，Lumen 也只有 31.5%。"), all.join("\n"));
});

test("核心技术 is for mechanisms: a stance (提出了批评) is not one, a cause (主要原因) is an insight", async () => {
  const entry = await analyse("星河实验室提出KVTrim：无需训练的KV缓存压缩方法", [
    "星河实验室的研究者提出了 KVTrim，一种无需训练的 KV 缓存压缩方法。",
    "KVTrim 基于累计注意力为缓存条目打分，并在不同层采用不同的保留比例。",
    "文章对现有的基于滑动窗口的压缩框架提出了批评。",
    "压缩失败的主要原因，是模型在长文档中依赖少数关键 token，而这些 token 常被提前淘汰。",
  ]);
  const core = entry.core.bullets.map((b) => b.text);
  assert.ok(
    core.some((b) => b.startsWith("KVTrim 基于累计注意力")),
    core.join("\n"),
  );
  assert.ok(!core.some((b) => b.includes("提出了批评")), core.join("\n"));
  assert.ok(!core.some((b) => b.includes("主要原因")), core.join("\n"));
  assert.ok(
    entry.insights.bullets.some((b) => b.text.includes("主要原因")),
    entry.insights.bullets.map((b) => b.text).join("\n"),
  );
});

test("a sentence the summary took along is not said again in 核心技术", async () => {
  const entry = await analyse("星河实验室提出KVTrim：无需训练的KV缓存压缩方法", [
    "星河实验室的研究者提出了 KVTrim，一种无需训练的 KV 缓存压缩方法。",
    "KVTrim 基于累计注意力为缓存条目打分，并在不同层采用不同的保留比例。",
    "该方法可以直接接入 vLLM 等推理框架，不需要修改模型权重。",
  ]);
  // One sentence (v9): the figureless sentence after the news is not taken along; 核心技术 says it, once.
  assert.doesNotMatch(entry.summary, /KVTrim 基于累计注意力/);
  assert.ok(entry.core.bullets.some((b) => b.text.includes("KVTrim 基于累计注意力")));
  const core = entry.core.bullets.map((b) => b.text);
  assert.ok(!core.some((b) => entry.summary.includes(b)), core.join("\n"));
});

test("a summary drops 这种 before a quoted description: the quote says what is meant", async () => {
  const entry = await analyse("星河实验室开源Lumen-Voice：能被随时打断的语音模型", [
    "和语音助手聊天时，你得等它说完才能开口。",
    "星河实验室开源了 Lumen-Voice，试图把这种“说完才轮到你”的交互，变成可以随时插话的对话。",
    "Lumen-Voice 采用流式编码，在输出语音的同时持续接收用户的声音。",
  ]);
  assert.match(entry.summary, /试图把“说完才轮到你”的交互/);
  assert.doesNotMatch(entry.summary, /这种/);
});

test("tags: a name in passing is no tag, an image quantizer is no model compression", async () => {
  const entry = await analyse("星河实验室提出PixelLM：图像生成在MathVis上刷新纪录", [
    "星河实验室提出了 PixelLM，一种统一理解与图像生成的多模态大模型。",
    "PixelLM 先训练一个高容量图像量化器，把图像编码为离散 token，量化器的码本规模为 65k。",
    "PixelLM 的堆叠模块负责图像生成，理解部分保持冻结。",
    "在 MathVis 上，PixelLM 的得分为 0.88。",
    "PixelLM 的多模态理解能力没有退化，图像生成质量也超过了同尺寸模型。",
    "团队计划在 PixelLM 的下一版本中加入视频生成，多模态大模型的统一仍有很长的路。",
    "MathVis 之外，团队还会公开更多图像编辑的评测。",
  ]);
  assert.ok(entry.tags.includes("PixelLM"), entry.tags.join(" "));
  assert.ok(!entry.tags.includes("MathVis"), entry.tags.join(" "));
  assert.ok(!entry.tags.includes("模型压缩"), entry.tags.join(" "));
});

test("subject-less results in paragraphs of their own join the result before them; procedure items are 核心技术", async () => {
  const entry = await analyse("星河实验室推出长表格推理基准TabLong", [
    "星河实验室的研究者推出了评测基准 TabLong，专门考察模型在超长表格上的多步推理能力。",
    "TabLong 的构建流程分为两步：",
    "表格采集：从上市公司年报中抽取上千行的真实表格；",
    "题目编写：由财务分析师针对每张表格编写需要多步计算的问题。",
    "受测模型中表现最好的 Orion 答对了 31.5% 的题目。",
    "在跨表关联的题目上只有 12.3%；",
    "在含合并单元格的表格上只有 9.8%。",
  ]);
  const results = entry.results.bullets.map((b) => b.text).join("\n");
  assert.match(results, /31\.5%.*12\.3%.*9\.8%/s);
  assert.doesNotMatch(results, /^在跨表关联/m);
  const core = entry.core.bullets.flatMap((b) => [b.text, ...(b.children ?? []).map((c) => c.text)]);
  assert.ok(
    core.some((b) => b.startsWith("表格采集：")),
    core.join("\n"),
  );
  assert.ok(
    core.some((b) => b.startsWith("题目编写：")),
    core.join("\n"),
  );
});
