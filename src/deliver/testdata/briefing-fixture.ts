/** A realistic 16-entry briefing with long Chinese text, written for these tests. */
import type { Briefing, BriefingItem, Bullet, Stars } from "../../model/index.ts";

const topics: [org: string, title: string, tags: string[], source: string][] = [
  ["美团", "STAR：堆叠自回归架构统一多模态理解、生成与编辑", ["多模态大模型", "图像生成"], "机器之心"],
  ["上海大学/南开大学", "Attention Debiasing：修正视觉 Token 剪枝中的位置偏置", ["VLM", "模型压缩"], "机器之心"],
  ["DeepSeek", "稀疏注意力新变体在长上下文推理中降低一半显存", ["长上下文", "推理优化"], "量子位"],
  ["清华大学", "具身智能基准：机器人在家庭场景中的长程任务规划", ["具身智能", "机器人"], "新智元"],
  ["阿里通义", "Qwen 系列开源代码模型刷新多语言编程榜单", ["代码生成", "开源模型"], "量子位"],
  ["智谱", "GLM 智能体框架支持跨应用的手机端自动操作", ["智能体", "GUI Agent"], "机器之心"],
  ["字节跳动", "视频生成模型实现分钟级长镜头的一致性控制", ["视频生成", "扩散模型"], "新智元"],
  ["北京大学", "大模型数学推理中的过程奖励模型再审视", ["数学推理", "强化学习"], "机器之心"],
  ["月之暗面", "Kimi 长思维链模型的训练数据配比经验", ["推理模型", "数据工程"], "量子位"],
  ["中科院自动化所", "脉冲神经网络与 Transformer 的混合架构能效分析", ["类脑计算", "能效"], "新智元"],
  ["腾讯混元", "3D 资产生成管线：从单张图片到可绑定骨骼的模型", ["3D 生成", "游戏"], "量子位"],
  ["浙江大学", "医学影像基础模型在罕见病诊断上的零样本迁移", ["医疗 AI", "基础模型"], "机器之心"],
  ["百度", "文心大模型在搜索问答中引入检索证据校验", ["RAG", "事实核查"], "新智元"],
  ["商汤", "端侧多模态模型在手机上实时运行的量化方案", ["端侧部署", "量化"], "量子位"],
  ["复旦大学", "大模型安全对齐中的越狱攻击系统性评测", ["AI 安全", "对齐"], "机器之心"],
  ["华为诺亚方舟实验室", "昇腾集群上的万亿参数 MoE 训练稳定性报告", ["MoE", "分布式训练"], "新智元"],
];

const sentences = [
  "研究团队在预训练且冻结的基础模型之上叠加了若干新的 Transformer 层，使新增能力不会干扰原有的理解能力。",
  "作者通过四阶段的渐进式训练流程，先学习离散视觉 Token，再逐步引入生成、对齐与统一指令微调。",
  "实验表明，在同等参数规模下，该方法在多个公开基准上取得了领先成绩，且推理延迟没有明显增加。",
  "文章特别指出，数据清洗与配比对最终效果的影响超过了模型结构本身的改动，这一点常被忽视。",
  "在消融实验中，去掉关键模块后性能下降明显，说明设计中的每一步都承担了实际作用而非装饰。",
  "作者也坦承方法依赖高质量的标注数据，在低资源语言和专业领域的泛化能力仍有待进一步验证。",
  "从工程角度看，该方案可以复用现有的算子优化与推理框架，部署成本相对可控，适合工业落地。",
  "团队计划在后续版本中开放训练代码与部分数据，方便社区复现并在更多场景中检验结论。",
  "值得注意的是，评测集与训练数据之间可能存在的重叠问题，文章给出了去重检查的具体做法。",
  "与同期工作相比，本文的主要差异在于把问题拆解为可独立验证的子任务，从而降低了调试难度。",
];

function paragraph(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => sentences[(seed + i * 3) % sentences.length]).join("");
}

function bullets(seed: number, n: number, label: string): Bullet[] {
  return Array.from({ length: n }, (_, i) => ({
    label: `${label} ${i + 1}`,
    text: paragraph(seed + i, 2),
    children: i % 2 === 0 ? [{ text: paragraph(seed + i + 5, 1) }] : undefined,
  }));
}

function item(i: number): BriefingItem {
  const [org, title, tags, source] = topics[i]!;
  const long = i === 2; // one entry far longer than any chat message
  const stars = (5 - Math.floor(i / 4)) as Stars;
  const hour = String(23 - i).padStart(2, "0");
  return {
    entry: {
      org,
      title,
      stars: stars < 1 ? 1 : stars,
      tags,
      summary: paragraph(i, 2),
      core: { lead: long ? paragraph(i, 60) : paragraph(i + 1, 2), bullets: bullets(i, long ? 30 : 4, "要点") },
      results: { bullets: bullets(i + 2, long ? 20 : 3, "结果") },
      insights: { lead: paragraph(i + 4, 1), bullets: bullets(i + 3, 2, "洞察") },
      resources: [
        { label: "arXiv 论文", url: `https://arxiv.org/abs/2602.${String(10000 + i)}` },
        { label: "GitHub 代码", url: `https://github.com/example/project-${i}?a=1&b=<2>` },
      ],
    },
    sourceId: source,
    sourceName: source,
    sourceOrder: 0,
    url: `https://mp.weixin.qq.com/s/fixture-${i}`,
    publishedAt: `2026-02-04T${hour === "23" ? "15" : String(Number(hour) - 8).padStart(2, "0")}:0${i % 10}:00Z`,
    analyser: { kind: "offline", name: "offline-extractive", promptVersion: "1" },
  };
}

export const fixtureBriefing: Briefing = {
  date: "2026-02-04",
  timezone: "Asia/Shanghai",
  generatedAt: "2026-02-04T23:30:00Z",
  items: Array.from({ length: 16 }, (_, i) => item(i)),
  coverage: [],
  analysers: [{ name: "offline-extractive", kind: "offline", entries: 16, fallback: 0 }],
  minStars: 1,
  notes: ["测试数据：文字为测试专门编写 <不是真实报道> & 仅供校验。"],
};

export const fixtureRendered = {
  markdown: "# AI 每日情报 | 2026-02-04\n\n（测试用 Markdown）\n",
  html: "<!doctype html><html><body><h1>AI 每日情报 | 2026-02-04</h1><p>测试用 HTML</p></body></html>",
  json: JSON.stringify({ date: "2026-02-04", items: 16 }),
};
