import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A Chinese launch with a results table (the subject's column carries no term: 青枫-3 is Chinese).
const TABLE = `灵溪科技今天发布推理模型青枫-3。

| 基准 | 青枫-3 | Mistral-Large-3 | DeepSeek-V3.2 |
| AIME-2026 | 71.4 | 66.0 | 74.8 |
| HumanEval | 90.2 | 87.5 | 88.1 |

青枫-3 在 AIME-2026 上略低于 DeepSeek-V3.2，在 HumanEval 上领先两款对比模型。`;

// A Chinese article that gives the subject's score and then the rivals' in prose.
const PROSE = `寒武纪元发布了代码智能体「石舟」。

成绩

石舟在 Terminal-Bench 上的通过率为 43.5%。作为参照，文章引用的 Gemini CLI 为 51.2%，Cursor Agent 为 47.0%。`;

// An English interview: the company's machines against people.
const INTERVIEW = `Brightfold makes robots that fold laundry for hotels. We asked its founder, Ana Pruitt, about speed.

Pruitt: Our machines fold about 310 towels an hour right now; an experienced hotel attendant folds around 380.
She added that the error rate is 0.5%, against 2% for people.`;

const verdicts = (article: string, claim: string) =>
  checkTextFacts(claim, indexArticle({ title: "", publisher: "测试号", links: [], text: article }));
const ok = (article: string, claim: string) => verdicts(article, claim).every((f) => f.supported);
const refusedAsRival = (article: string, claim: string) =>
  verdicts(article, claim).some((f) => !f.supported && /another's result/.test(f.reason));

test("a rival's figure the entry gives its subject while comparing with that rival is refused", () => {
  assert.ok(
    refusedAsRival(TABLE, "AIME-2026 得分 74.8，与 DeepSeek-V3.2 持平。"),
    "74.8 is DeepSeek's column",
  );
  assert.ok(
    refusedAsRival(TABLE, "HumanEval 拿到 88.1，高于 Mistral-Large-3。") === false,
    "88.1 is not Mistral's",
  );
  assert.ok(
    refusedAsRival(
      INTERVIEW,
      "Its machines fold about 380 towels an hour, more than an experienced hotel attendant.",
    ),
    "380 is the attendant's",
  );
});

test("a rival's figure told plainly as the subject's, where the article gives the subject's own, is refused", () => {
  assert.ok(
    refusedAsRival(PROSE, "石舟上线，Terminal-Bench 51.2%"),
    "51.2% is Gemini CLI's; 石舟's is 43.5%",
  );
  assert.ok(refusedAsRival(PROSE, "石舟 Terminal-Bench 通过率 47.0%。"), "47.0% is Cursor Agent's");
});

test("a figure the article gives both sides (a tie) is no rival's alone", () => {
  const tie = `星图发布代码模型 Nebula-2。在 SWE-bench 上，Nebula-2 与 Devstral-2 持平，得分为 57.3。`;
  assert.ok(ok(tie, "SWE-bench 57.3，与 Devstral-2 持平。"));
});

test("true rewordings that give each figure to its owner stand", () => {
  const tableTrue = [
    "AIME-2026 得分 71.4，低于 DeepSeek-V3.2 的 74.8。",
    "AIME-2026 上 DeepSeek-V3.2 为 74.8，青枫-3 为 71.4。",
    "HumanEval 90.2，领先 Mistral-Large-3（87.5）和 DeepSeek-V3.2（88.1）。",
    "HumanEval 90.2 对 88.1，胜过 DeepSeek-V3.2。",
    "DeepSeek-V3.2 的 AIME-2026 成绩 74.8 仍是三者最高。",
  ];
  for (const c of tableTrue) assert.ok(ok(TABLE, c), c);
  const proseTrue = [
    "石舟 Terminal-Bench 通过率 43.5%，低于 Gemini CLI 的 51.2%。",
    "石舟通过率 43.5%，文章引用的 Gemini CLI 为 51.2%。",
    "Terminal-Bench 上，石舟 43.5%，Gemini CLI 51.2%。",
    "Terminal-Bench 通过率 43.5%，落后于 Gemini CLI（51.2%）和 Cursor Agent（47.0%）。",
  ];
  for (const c of proseTrue) assert.ok(ok(PROSE, c), c);
  const interviewTrue = [
    "Its machines fold about 310 towels an hour, fewer than the roughly 380 of an experienced attendant.",
    "An experienced hotel attendant folds around 380 towels an hour, more than the machines' 310.",
    "Its error rate is 0.5%, against 2% for people.",
    "The machines fold about 310 towels an hour, behind an experienced hotel attendant.",
  ];
  for (const c of interviewTrue) assert.ok(ok(INTERVIEW, c), c);
});

// Margins: "by 4.1 points", 落后 X 3.7 分 — the gap between the sides, no one's score.
const QUILLON = "On SWE-bench Verified, Quillon scored 68.2%, beating Claude Opus by 4.1 points.";
const QINGFENG = "青枫-3 在 MMLU 上领先 Llama-4，但在 IFEval 上落后 GPT-4o 3.7 分。";
const LOOM = `Weftworks released Loom-4 this week. On GPQA, Loom-4 scored 55.0, trailing Orchid-2 (58.2) by 3.2 points.`;
const JINHE = "锦河科技发布了晨星-2。晨星-2 在 C-Eval 上得分 88.6，领先 Yi-Lightning 2.7 分。";

test("a margin the entry gives ('by 4.1 points', '领先 2.7 分') is not read as the rival's score", () => {
  const margins: [string, string][] = [
    [QUILLON, "Quillon beats Claude Opus by 4.1 points on SWE-bench Verified."],
    [QUILLON, "Quillon beats Claude Opus on SWE-bench Verified by 4.1 points, scoring 68.2%."],
    [QINGFENG, "On IFEval it trails GPT-4o by 3.7 points."],
    [TABLE, "On HumanEval it beats Mistral-Large-3 by 2.7 points."],
    [LOOM, "Loom-4 trails Orchid-2 on GPQA by 3.2 points."],
    [LOOM, "Loom-4 scored 55.0 on GPQA, trailing Orchid-2 by about 3.2 points."],
    [LOOM, "On GPQA it was 3.2 points behind Orchid-2."],
    [JINHE, "Chenxing-2 beats Yi-Lightning on C-Eval by 2.7 points."],
    [JINHE, "晨星-2 在 C-Eval 上比 Yi-Lightning 高 2.7 分。"],
    [JINHE, "晨星-2 在 C-Eval 上领先 Yi-Lightning 2.7 分。"],
  ];
  for (const [article, claim] of margins) assert.ok(!refusedAsRival(article, claim), claim);
});

test("a rival's score beside a margin is still refused as the subject's", () => {
  assert.ok(
    refusedAsRival(LOOM, "Loom-4 scored 58.2 on GPQA, trailing Orchid-2 by 3.2 points."),
    "58.2 is Orchid-2's",
  );
});
