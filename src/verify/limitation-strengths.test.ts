import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { checkStrengthClaim, findStrengthClaims } from "./limitation-strengths.ts";

const ZH = `澄明实验室发布了多模态模型澄明-VL。

澄明-VL 在 DocVQA 和 ChartQA 上领先 InternVL3，但在视频理解基准 MVBench 上落后 2.1 分。

团队坦言，这次用户调研的样本量较小，结论仅供参考。`;

const EN = `Harbor Dynamics swapped the planner in its delivery drones last spring.

The new planner was slower and no more accurate than the old one in rain, so the team rolled it back.
In clear weather the drones now land within 12 centimetres of the target.`;

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).some(
    (f) => !f.supported && /limitation told as a strength/.test(f.reason),
  );
};
const strengthRefused = (article: string, claim: string) =>
  findStrengthClaims(claim).some((c) => !checkStrengthClaim(c, article).supported);

test("a strength the article states as a limitation of the same benchmark is refused", () => {
  assert.ok(refused(ZH, "澄明-VL 在 MVBench 上同样领先。"), "MVBench: the article says 落后");
  assert.ok(refused(ZH, "MVBench 也领先 InternVL3。"));
  assert.ok(
    strengthRefused(ZH, "On MVBench it also leads InternVL3."),
    "an English entry of a Chinese article",
  );
});

test("two strengths turned round in one article sentence are refused, in either language", () => {
  assert.ok(refused(EN, "The new planner made the drones faster and more accurate in rain."));
  assert.ok(strengthRefused(ZH, "The team says its survey sample was large enough for conclusive findings."));
  assert.ok(refused(ZH, "团队称调研样本量足够大，结论可靠。"));
});

test("true rewordings of the article's strengths and limitations stand", () => {
  const zhTrue = [
    "澄明-VL 在 DocVQA 和 ChartQA 上领先 InternVL3。",
    "ChartQA 领先 InternVL3，MVBench 落后 2.1 分。",
    "澄明-VL 在 MVBench 上落后 2.1 分。",
    "团队称调研样本量较小，结论仅供参考。",
    "DocVQA 上领先。",
  ];
  for (const c of zhTrue) assert.ok(!refused(ZH, c), c);
  const enTrue = [
    "The new planner was slower and no more accurate in rain, so it was rolled back.",
    "In rain the new planner was not faster, and no more accurate, than the old one.",
    "In clear weather the drones land within 12 centimetres of the target.",
    "The team rolled back a planner that was slower in rain.",
  ];
  for (const c of enTrue) assert.ok(!refused(EN, c), c);
});

test("a limitation told from the other side (the rival's strength, or better than the weak one) stands", () => {
  const sorter = `Parcelbot's new sorter handles 900 parcels an hour. Rival sorters from Loadstar are slower and less accurate, the company said.`;
  const ifeval = "青枫-3 在 MMLU 上领先 Llama-4，但在 IFEval 上落后 GPT-4o 3.7 分。";
  const rival = "墨羽科技发布了墨羽-2。对手 Corvid-3 更慢，准确率更低。";
  const loom = "Weftworks released Loom-4. Loom-4 在 GPQA 上落后 Orchid-2。";
  const otherSide: [string, string][] = [
    [sorter, "Parcelbot says its sorter is faster and more accurate than Loadstar's."],
    [ifeval, "On IFEval, GPT-4o is 3.7 points ahead of it."],
    [ifeval, "GPT-4o 在 IFEval 上领先它 3.7 分。"],
    [EN, "The old planner was faster and more accurate than the new one in rain."],
    [rival, "墨羽-2 比 Corvid-3 更快、更准确。"],
    [loom, "Orchid-2 在 GPQA 上领先 Loom-4。"],
    [loom, "On GPQA, Orchid-2 is ahead of Loom-4."],
  ];
  for (const [article, claim] of otherSide) assert.ok(!strengthRefused(article, claim), claim);
  // The same strength told of the weak side itself is still refused.
  const sameSide: [string, string][] = [
    [sorter, "Loadstar's sorters are faster and more accurate."],
    [ifeval, "It also leads on IFEval."],
    [EN, "The new planner is faster and more accurate than the old one."],
    [rival, "Corvid-3 更快、更准确。"],
    [loom, "Loom-4 在 GPQA 上领先 Orchid-2。"],
  ];
  for (const [article, claim] of sameSide) assert.ok(strengthRefused(article, claim), claim);
});
