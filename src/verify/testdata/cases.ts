// The verification dataset: one clean entry per article, and variants with one planted error each
// (wrong repository, invented figure, shifted decimal, swapped benchmark figures, wrong org).
import type { Entry, Resource } from "../../model/entry.ts";
import type { ClaimKind } from "../types.ts";
import { ARTICLES, type DatasetArticle } from "./articles.ts";

export interface DatasetCase {
  id: string;
  article: DatasetArticle;
  entry: Entry;
  /** The planted error: the claim value verification must not pass. Absent for clean controls. */
  planted?: { kind: ClaimKind; value: string };
}

function entryOf(org: string, title: string, summary: string, results: string[], resources: Resource[]): Entry {
  return {
    org,
    title,
    stars: 4,
    tags: ["测试"],
    summary,
    core: { bullets: [] },
    results: { bullets: results.map((text) => ({ text })) },
    insights: { bullets: [{ text: "思路值得工程团队借鉴。" }] },
    resources,
  };
}

const BASE: Record<string, Entry> = {
  star: entryOf(
    "美团",
    "STAR：堆叠自回归统一多模态理解与生成",
    "美团提出 STAR 框架，在 GenEval 上取得 0.91 的综合得分。",
    [
      "GenEval 综合得分 0.91，刷新最好成绩。",
      "DPG-Bench 得分 87.44。",
      "ImgEdit 得分 4.34（满分 5）。",
      "STAR-7B 堆叠了 14 层，约 3B 参数，基座为 Qwen2.5-VL。",
      "码本规模从 16k 扩大到 65k，维度 512 维。",
    ],
    [
      { label: "Arxiv 论文", url: "https://arxiv.org/pdf/2512.13752" },
      { label: "GitHub 代码", url: "https://github.com/mm-mvr/star.git" },
      { label: "项目主页", url: "https://star-mm-ai.github.io" },
    ],
  ),
  debias: entryOf(
    "上海大学/南开大学",
    "Attention Debiasing：修正多模态剪枝中的注意力偏置",
    "研究揭示注意力分数的位置偏置，提出无需重训练的去偏插件。",
    ["已接入 6 种主流剪枝方法。", "在 10 个图像理解基准和 3 个视频理解基准上一致提升，覆盖 LLaVA-7B/13B。"],
    [
      { label: "论文链接", url: "https://arxiv.org/abs/2508.17807" },
      { label: "GitHub 项目", url: "https://github.com/intcomp/attention-bias" },
    ],
  ),
  minicpm: entryOf(
    "面壁智能",
    "MiniCPM-o 4.5：9B 参数全双工全模态",
    "首个开源的 9B 级全双工全模态模型，实现边听边看边说。",
    ["OpenCompass 综合评估得分 77.6。", "在 MMBench、MathVista 上超过 Gemini 1.5 Flash。", "以约 1Hz 的频率自主判断是否发言。"],
    [
      { label: "GitHub 项目", url: "https://github.com/OpenBMB/MiniCPM-o" },
      { label: "Hugging Face", url: "https://huggingface.co/openbmb/MiniCPM-o-4_5" },
    ],
  ),
  zbot: entryOf(
    "EPFL & Duke",
    "ZBot：仿生机器鱼揭示间歇游泳的能效",
    "研究团队用机器鱼 ZBot 复现斑马鱼幼鱼的间歇游泳。",
    ["在高粘度（457.0 cP）流体中推进位移降到普通水中的 1/30。", "转向角从 60° 降到约 45°。", "研究发表于 2026 年 1 月 28 日。"],
    [{ label: "论文", url: "https://science.org/doi/10.1126/scirobotics.adq1234" }],
  ),
  funding: entryOf(
    "Etched",
    "Etched 融资 5 亿美元",
    "芯片初创公司 Etched 融资 5 亿美元，估值约 50 亿美元。",
    ["推理吞吐量为 H100 的 20 倍。", "员工 120 人，首批订单超过 10 万片。"],
    [{ label: "官网", url: "https://etched.com" }],
  ),
  dataset: entryOf(
    "智源研究院",
    "智源开源中文长文本指令数据集",
    "数据集收录 4035 篇长文、约 2 万条指令。",
    ["平均长度 8.5k Token。", "Qwen2.5-7B 在 LongBench 上的平均分从 41.2 提升到 46.8。", "共约 20000 条指令。"],
    [{ label: "数据集", url: "https://huggingface.co/datasets/baai/CLongInstruct" }],
  ),
  openai: entryOf(
    "OpenAI",
    "GPT-4o 新版本发布，API 降价 50%",
    "OpenAI 于 2 月 3 日发布 GPT-4o 新版本，API 价格下调 50%。",
    ["MMLU 得分 88.7%，HumanEval 得分 90.2%。", "每百万输入 Token 2.5 美元。", "ChatGPT 周活跃用户超过 4 亿。"],
    [{ label: "官方博客", url: "https://openai.com/index/gpt-4o-update" }],
  ),
  robot: entryOf(
    "宇树",
    "宇树发布人形机器人 G2",
    "宇树科技发布人形机器人 G2，售价 9.9 万元。",
    ["身高 1.32 米，全身 23 个自由度。", "行走速度每秒 2 米，续航约 2 小时。", "首批产能每月 1000 台。"],
    [{ label: "购买页面", url: "https://unitree.com/g2?utm_source=x" }],
  ),
};

/** [article id, planted kind, replace this, with this (the planted value)] */
const PLANTS: Array<[string, ClaimKind, string, string]> = [
  ["star", "link", "https://github.com/mm-mvr/star.git", "https://github.com/openclaw/openclaw"],
  ["star", "figure", "DPG-Bench 得分 87.44", "DPG-Bench 得分 89.12"],
  ["star", "figure", "ImgEdit 得分 4.34", "ImgEdit 得分 43.4"],
  ["star", "figure", "GenEval 综合得分 0.91", "DPG-Bench 综合得分 0.91"],
  ["star", "org", '"美团"', '"阿里巴巴"'],
  ["star", "name", "STAR-7B 堆叠了 14 层", "STAR-13B 堆叠了 14 层"],
  ["debias", "link", "https://arxiv.org/abs/2508.17807", "https://arxiv.org/abs/2508.17708"],
  ["debias", "figure", "已接入 6 种", "已接入 8 种"],
  ["debias", "org", '"上海大学/南开大学"', '"清华大学/南开大学"'],
  ["minicpm", "figure", "得分 77.6", "得分 7.76"],
  ["minicpm", "link", "https://huggingface.co/openbmb/MiniCPM-o-4_5", "https://huggingface.co/openbmb/MiniCPM-V-4_5"],
  ["minicpm", "name", "超过 Gemini 1.5 Flash", "超过 GPT-4o"],
  ["zbot", "figure", "约 45°", "约 54°"],
  ["zbot", "figure", "2026 年 1 月 28 日", "2026 年 1 月 18 日"],
  ["zbot", "org", '"EPFL & Duke"', '"EPFL & MIT"'],
  ["funding", "figure", "估值约 50 亿美元", "估值约 80 亿美元"],
  ["funding", "figure", "H100 的 20 倍", "H100 的 200 倍"],
  ["funding", "link", "https://etched.com", "https://etched.ai"],
  ["dataset", "figure", "从 41.2 提升到 46.8", "从 41.2 提升到 48.6"],
  ["dataset", "figure", "约 2 万条指令", "约 3 万条指令"],
  ["dataset", "link", "https://huggingface.co/datasets/baai/CLongInstruct", "https://huggingface.co/BAAI/CLongInstruct"],
  ["openai", "figure", "MMLU 得分 88.7%，HumanEval 得分 90.2%", "MMLU 得分 90.2%，HumanEval 得分 88.7%"],
  ["openai", "figure", "超过 4 亿", "超过 5 亿"],
  ["openai", "figure", "下调 50%。", "下调 0.5。"],
  ["robot", "figure", "售价 9.9 万元", "售价 99 万元"],
  ["robot", "figure", "23 个自由度", "32 个自由度"],
  ["robot", "link", "https://unitree.com/g2?utm_source=x", "https://unitree.com/h1"],
];

export function buildCases(): DatasetCase[] {
  const byId = new Map(ARTICLES.map((a) => [a.id, a]));
  const cases: DatasetCase[] = Object.entries(BASE).map(([id, entry]) => ({ id: `${id}/clean`, article: byId.get(id)!, entry }));
  PLANTS.forEach(([id, kind, from, to], i) => {
    const json = JSON.stringify(BASE[id]);
    if (!json.includes(from)) throw new Error(`dataset: "${from}" not in ${id}`);
    const value = to.replace(/^"|"$/g, "");
    cases.push({ id: `${id}/planted-${i}`, article: byId.get(id)!, entry: JSON.parse(json.replace(from, to)), planted: { kind, value } });
  });
  return cases;
}
