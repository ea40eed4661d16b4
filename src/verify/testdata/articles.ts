// Articles written for the verification dataset (original text; facts follow the sample briefing).
import type { ArticleLink } from "../../model/article.ts";

export interface DatasetArticle {
  id: string;
  title: string;
  text: string;
  links: ArticleLink[];
  publisher: string;
}

export const ARTICLES: DatasetArticle[] = [
  {
    id: "star",
    publisher: "机器之心",
    title: "美团 STAR：用堆叠自回归统一理解、生成与编辑",
    text: `美团团队近日发布 STAR 框架。它在冻结的理解模型 Qwen2.5-VL 之上堆叠同构的自回归模块：STAR-3B 堆叠了 16 层，约 1.2B 参数；STAR-7B 堆叠了 14 层，约 3B 参数。

在 GenEval 上，STAR 的综合得分达到 0.91，刷新了该榜单的最好成绩；在 DPG-Bench 上得分为 87.44；在图像编辑基准 ImgEdit 上得分 4.34（满分 5）。

团队还训练了图像量化器 STAR-VQ，把码本规模从 16k 扩大到 65k，码向量维度提高到 512 维。

论文地址：https://arxiv.org/abs/2512.13752v2
代码仓库：https://github.com/MM-MVR/STAR
项目主页：https://star-mm-ai.github.io/`,
    links: [{ text: "论文", href: "https://arxiv.org/abs/2512.13752v2" }],
  },
  {
    id: "debias",
    publisher: "机器之心",
    title: "上海大学与南开大学揭示多模态剪枝中的注意力偏置",
    text: `来自上海大学和南开大学的研究者发现，视觉语言模型里以注意力分数衡量 Token 重要性的做法存在位置偏置与 Attention Sink 两类偏差。

他们提出的去偏方法 Attention Debiasing 无需重新训练，已接入 FastV、PyramidDrop、SparseVLM 等 6 种主流剪枝方法，在 10 个图像理解基准和 3 个视频理解基准上都带来一致提升，覆盖 LLaVA-7B 与 LLaVA-13B。

论文：arXiv:2508.17807
代码：github.com/intcomp/attention-bias`,
    links: [],
  },
  {
    id: "minicpm",
    publisher: "机器之心",
    title: "面壁智能开源 MiniCPM-o 4.5：9B 全双工全模态模型",
    text: `面壁智能发布并开源了 MiniCPM-o 4.5。这是首个开源的 9B 参数全双工全模态模型，能一边听、一边看、一边说。

模型以约 1Hz 的频率判断是否开口。在 OpenCompass 综合评估中，它的得分为 77.6，在 MMBench、MathVista 和 OmniDocBench 上超过了 Gemini 1.5 Flash。

项目地址：https://github.com/OpenBMB/MiniCPM-o
模型权重：https://huggingface.co/openbmb/MiniCPM-o-4_5`,
    links: [
      { text: "GitHub", href: "https://github.com/OpenBMB/MiniCPM-o" },
      { text: "Hugging Face", href: "https://huggingface.co/openbmb/MiniCPM-o-4_5" },
    ],
  },
  {
    id: "zbot",
    publisher: "机器之心",
    title: "EPFL 与杜克大学用机器鱼 ZBot 研究间歇游泳",
    text: `EPFL 与 Duke 的研究团队制作了仿生机器鱼 ZBot，用中枢模式发生器复现斑马鱼幼鱼的间歇游泳。

实验把 ZBot 放进普通水、粘度 213.9 cP 和 457.0 cP 的流体中。在高粘度流体里，推进位移降到普通水中的 1/30；转向角在普通水中为 60°，在高粘度流体中仍有约 45°。

研究发表于 2026 年 1 月 28 日的 Science Robotics。`,
    links: [{ text: "论文", href: "https://www.science.org/doi/10.1126/scirobotics.adq1234" }],
  },
  {
    id: "funding",
    publisher: "新智元",
    title: "某芯片初创公司完成新一轮融资",
    text: `据报道，芯片初创公司 Etched 本轮融资 5 亿美元，估值约 50 亿美元。公司表示，其推理芯片的吞吐量是 H100 的 20 倍。

公司目前有员工 120 人，计划在 2026 年第二季度交付首批样片，首批订单超过 10 万片。`,
    links: [{ text: "官网", href: "https://www.etched.com/?utm_source=wechat" }],
  },
  {
    id: "dataset",
    publisher: "量子位",
    title: "智源开源中文指令数据集，含 4035 篇长文",
    text: `北京智源人工智能研究院（BAAI）开源了一个中文长文本指令数据集，共收录 4035 篇长文、约 20,000 条指令，平均长度 8.5k Token。

在该数据集上微调的 Qwen2.5-7B，在 LongBench 上的平均分从 41.2 提升到 46.8，提升 5.6 分。

数据集已发布在 Hugging Face：https://huggingface.co/datasets/BAAI/CLongInstruct`,
    links: [],
  },
  {
    id: "openai",
    publisher: "新智元",
    title: "OpenAI 发布 GPT-4o 新版本，价格下调一半",
    text: `OpenAI 于 2 月 3 日发布了 GPT-4o 的新版本。新版本在 MMLU 上得分 88.7%，在 HumanEval 上得分 90.2%。

API 价格下调 50%，每百万输入 Token 为 2.5 美元。OpenAI 称，ChatGPT 每周活跃用户已超过 4 亿。

详情见官方博客：https://openai.com/index/gpt-4o-update/`,
    links: [{ text: "官方博客", href: "https://openai.com/index/gpt-4o-update/" }],
  },
  {
    id: "robot",
    publisher: "量子位",
    title: "宇树发布新款人形机器人，售价 9.9 万元",
    text: `宇树科技发布了新款人形机器人 G2，售价 9.9 万元，身高 1.32 米，全身 23 个自由度。

官方数据显示，G2 的行走速度可达每秒 2 米，续航约 2 小时。首批产能为每月 1000 台。

购买页面：https://www.unitree.com/g2#buy`,
    links: [{ text: "购买页面", href: "https://www.unitree.com/g2" }],
  },
];
