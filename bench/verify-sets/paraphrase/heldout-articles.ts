// Held-out paraphrase set: short articles of our own (fictional labs, products and people), written
// after the verifier's rules were tuned on own-articles.ts and the demo, each with an entry written the
// way DeepSeek-V3, Qwen-Max, GPT-4o or Kimi write a daybrief entry — clauses reordered, units converted
// (亿↔billion, 万↔K, percent↔倍), figures rounded with 约, Chinese numerals, names translated or
// abbreviated, roles shortened, benchmarks named differently, plans kept as plans. Every claim of every
// entry was checked by hand against its article. Reported apart from the tuned set, with no target yet.
import type { ArticleEvidence } from "../../../src/verify/index.ts";
import { b, entry, link } from "./entry-helpers.ts";
import type { OwnCase } from "./own-articles.ts";

const art = (
  title: string,
  text: string,
  links: ArticleEvidence["links"] = [],
  publisher = "机器之心",
): ArticleEvidence => ({ title, text, links, publisher });

export const HELDOUT_CASES: OwnCase[] = [
  {
    id: "ho-model-table",
    article: art(
      "星衡智能发布 Xingheng-3，数学与代码能力大幅提升",
      `机器之心报道

编辑：陈默

11 月 28 日，星衡智能正式发布新一代旗舰大模型 Xingheng-3。该模型采用混合专家（MoE）架构，总参数量 6710 亿，每个 token 激活 370 亿参数，支持 128K 上下文。

官方公布的评测结果如下：

模型 | MMLU-Pro | GPQA-Diamond | AIME 2025 | LiveCodeBench
Xingheng-3 | 81.2 | 68.4 | 79.8 | 65.3
Xingheng-2.5 | 75.6 | 59.1 | 61.2 | 52.7

与上一代 Xingheng-2.5 相比，Xingheng-3 在 AIME 2025 上提升了 18.6 分。星衡智能表示，Xingheng-3 的训练共消耗 278 万 GPU 小时。

目前 Xingheng-3 已在官网和 App 上线，API 价格为每百万输入 tokens 2 元、每百万输出 tokens 8 元。`,
    ),
    entry: entry({
      org: "星衡智能",
      title: "星衡智能发布 MoE 大模型 Xingheng-3",
      summary:
        "星衡智能发布 671B 参数的 MoE 模型 Xingheng-3（激活 37B），AIME 2025 得分 79.8，较上代提升 18.6 分。",
      core: [
        b("架构｜混合专家架构，总参数约 6710 亿，每 token 激活 370 亿参数，上下文长度 128K。"),
        b("训练成本｜训练共用了约 278 万 GPU 小时。"),
      ],
      results: [
        b("知识与推理｜MMLU-Pro 81.2，GPQA Diamond 68.4（上代分别为 75.6 和 59.1）。"),
        b("代码｜LiveCodeBench 从 52.7 提升至 65.3。"),
        b("数学｜AIME 2025 由 61.2 升至 79.8。"),
      ],
      insights: [b("定价｜API 每百万输入 tokens 2 元、输出 8 元，已在官网与 App 上线。")],
    }),
  },
  {
    id: "ho-funding-cn",
    article: art(
      "灵犀机器人完成 5 亿元 B 轮融资",
      `量子位 | 公众号 QbitAI

具身智能公司灵犀机器人宣布完成 5 亿元人民币 B 轮融资，本轮由鼎元资本领投，老股东云杉创投跟投。本轮融资后，公司估值约 30 亿元。

灵犀机器人成立于 2022 年，创始人兼首席执行官张若楠此前在清澜大学自动化系任副教授。公司目前有员工 180 余人，其中研发人员占比超过 70%。

张若楠表示，本轮资金将主要用于人形机器人 LX-1 的量产，公司计划在 2026 年交付 1000 台。`,
      [],
      "量子位",
    ),
    entry: entry({
      org: "灵犀机器人",
      title: "灵犀机器人获 5 亿元 B 轮融资，鼎元资本领投",
      summary:
        "具身智能公司灵犀机器人完成 5 亿元 B 轮融资，由鼎元资本领投、云杉创投跟投，投后估值约 30 亿元。",
      core: [b("资金用途｜主要用于人形机器人 LX-1 量产，计划 2026 年交付一千台。")],
      insights: [
        b("团队｜CEO 张若楠曾任清澜大学自动化系副教授；公司 2022 年成立，员工 180 多人，研发占比逾七成。"),
      ],
    }),
  },
  {
    id: "ho-paper-links",
    article: art(
      "清澜大学提出 FlashRoute：长上下文推理提速 3.2 倍",
      `新智元报道

来自清澜大学和星衡智能的研究团队提出了一种新的稀疏注意力方法 FlashRoute，在 128K 上下文的推理中，预填充阶段速度提升 3.2 倍，显存占用降低 41%，而在 RULER 基准上的准确率仅下降 0.3 个百分点。

论文第一作者李沐阳是清澜大学计算机系的博士生，通讯作者为周衡教授。

FlashRoute 的核心思想是为每个查询块动态选择最相关的 64 个键值块，而不是计算完整的注意力矩阵。作者在 Llama-3.1-8B 和 Qwen2.5-14B 两个模型上验证了这一方法。

论文地址：https://arxiv.org/abs/2511.04567
代码：https://github.com/qinglan-nlp/flashroute`,
      [
        { href: "https://arxiv.org/abs/2511.04567", text: "https://arxiv.org/abs/2511.04567" },
        {
          href: "https://github.com/qinglan-nlp/flashroute",
          text: "https://github.com/qinglan-nlp/flashroute",
        },
      ],
      "新智元",
    ),
    entry: entry({
      org: "清澜大学",
      title: "FlashRoute：稀疏注意力让 128K 推理预填充提速 3.2 倍",
      summary:
        "清澜大学与星衡智能提出稀疏注意力方法 FlashRoute，128K 上下文下预填充提速 3.2 倍、显存降低约四成。",
      core: [
        b("方法｜每个查询块动态挑选最相关的 64 个 KV 块，不再计算完整注意力矩阵。"),
        b("验证模型｜Llama-3.1-8B、Qwen2.5-14B。"),
      ],
      results: [b("精度｜RULER 准确率只降了 0.3 个百分点，显存占用减少 41%。")],
      insights: [b("作者｜一作为清澜大学计算机系博士生李沐阳，通讯作者周衡教授。")],
      resources: [
        link("论文", "https://arxiv.org/abs/2511.04567"),
        link("GitHub", "https://github.com/qinglan-nlp/flashroute"),
      ],
    }),
  },
  {
    id: "ho-interview",
    article: art(
      "对话深衡科技王启帆：我们不做通用大模型",
      `本期对话嘉宾是深衡科技联合创始人兼首席执行官王启帆。深衡科技成立于 2023 年，专注于金融行业的大模型应用，目前服务客户超过 60 家银行和券商。

谈到为什么不做通用大模型，王启帆说：“通用模型的竞争已经是巨头的游戏，我们更愿意把一个行业做深。”

他透露，深衡科技 2025 年的收入预计将突破 2 亿元，同比增长约 150%。公司的首席技术官刘思远此前在微软亚洲研究院工作了八年。

对于明年的计划，王启帆表示，公司将在 2026 年上半年推出面向保险行业的产品，并考虑进入东南亚市场。`,
      [],
      "量子位",
    ),
    entry: entry({
      org: "深衡科技",
      title: "对话深衡科技 CEO 王启帆：深耕金融，不做通用大模型",
      summary: "深衡科技联创、CEO 王启帆称公司不做通用大模型，专注金融行业，预计 2025 年收入突破 2 亿元。",
      core: [b("定位｜2023 年成立，专攻金融大模型应用，客户逾 60 家银行与券商。")],
      insights: [
        b("观点｜王启帆认为通用模型之争“已经是巨头的游戏”，更愿把一个行业做深。"),
        b("团队｜CTO 刘思远曾在微软亚洲研究院工作 8 年。"),
        b("计划｜2026 年上半年将推出保险行业产品，并考虑拓展东南亚市场；2025 年收入预计同比增长约 150%。"),
      ],
    }),
  },
  {
    id: "ho-product-plans",
    article: art(
      "妙笔 AI 写作助手 3.0 上线，推出三档会员",
      `今天，云杼科技旗下的 AI 写作助手「妙笔」发布 3.0 版本。新版本接入了自研的 Yunzhu-Writer 模型，支持一次生成最长 2 万字的长文。

妙笔 3.0 提供三档套餐：免费版每天可生成 10 次；专业版每月 39 元，不限次数；团队版每人每月 99 元，至少 5 人起购，提供共享知识库。

据介绍，妙笔目前累计用户已超过 800 万，月活跃用户 120 万。团队版将于 12 月 15 日开放购买。`,
    ),
    entry: entry({
      org: "云杼科技",
      title: "妙笔 3.0 发布：支持 2 万字长文，专业版每月 39 元",
      summary: "云杼科技的 AI 写作助手妙笔发布 3.0 版，接入自研 Yunzhu-Writer 模型，单次最多生成 20000 字。",
      core: [
        b("套餐｜免费版每日 10 次；专业版 39 元/月不限次；团队版 99 元/人/月，5 人起购，含共享知识库。"),
      ],
      results: [b("用户｜累计用户超 800 万，MAU 为 120 万。")],
      insights: [b("上线时间｜团队版 12 月 15 日开放购买。")],
    }),
  },
  {
    id: "ho-policy",
    article: art(
      "江州市发布算力补贴新政，单家企业每年最高补贴 2000 万元",
      `11 月 26 日，江州市经济和信息化委员会印发《江州市促进人工智能算力发展若干措施》。

根据措施，企业租用本市智能算力的，按合同金额的 30% 给予补贴，单家企业每年补贴不超过 2000 万元。对首次通过国家生成式人工智能服务备案的企业，给予一次性奖励 100 万元。

措施提出，到 2027 年，全市智能算力规模达到 10 万 PFLOPS，培育 50 家以上人工智能骨干企业。目前江州市智能算力规模约为 3.5 万 PFLOPS。

该措施自 2026 年 1 月 1 日起施行，有效期三年。`,
      [],
      "新智元",
    ),
    entry: entry({
      org: "江州市经信委",
      title: "江州出台算力补贴新政：租用算力补贴 30%",
      summary:
        "江州市经信委印发 AI 算力扶持措施，企业租用本地智能算力可获合同金额 30% 的补贴，单家每年上限 2000 万元。",
      core: [
        b("奖励｜首次通过国家生成式 AI 服务备案的企业，一次性奖励 100 万元。"),
        b("施行｜2026 年 1 月 1 日起施行，有效期 3 年。"),
      ],
      insights: [
        b("目标｜计划 2027 年全市智能算力达到 10 万 PFLOPS（现约 3.5 万），并培育不少于 50 家 AI 骨干企业。"),
      ],
    }),
  },
  {
    id: "ho-chip",
    article: art(
      "启芯科技发布推理芯片 QX-900",
      `启芯科技今天在深圳发布了第二代 AI 推理芯片 QX-900。该芯片采用 7nm 工艺，INT8 算力为 512 TOPS，配备 64GB HBM3 显存，显存带宽 2TB/s，典型功耗 150W。

与上一代 QX-500 相比，QX-900 的推理性能提升了 2.5 倍，能效比提升 80%。在运行 70B 参数模型时，单卡每秒可生成 45 个 token。

启芯科技副总裁赵一鸣介绍，QX-900 已向首批客户送样，预计 2026 年第二季度量产。`,
    ),
    entry: entry({
      org: "启芯科技",
      title: "启芯科技发布 7nm 推理芯片 QX-900，INT8 算力 512 TOPS",
      summary:
        "启芯科技发布第二代推理芯片 QX-900，7nm 工艺、INT8 算力 512 TOPS，推理性能较上一代 QX-500 提升 2.5 倍。",
      core: [b("规格｜64GB HBM3，带宽 2 TB/s，典型功耗 150 瓦。")],
      results: [b("能效｜能效比较 QX-500 提高 80%。"), b("实测｜跑 70B 模型单卡 45 tokens/s。")],
      insights: [b("进度｜据副总裁赵一鸣介绍，已向首批客户送样，预计 2026 年 Q2 量产。")],
    }),
  },
  {
    id: "ho-open-coder",
    article: art(
      "墨尘开源代码模型 Mochen-Coder-32B，HumanEval 达 88.4%",
      `墨尘 AI 今天开源了代码模型 Mochen-Coder-32B，采用 Apache 2.0 协议，可免费商用。

该模型在 5.5 万亿 tokens 的代码和文本数据上训练，支持 92 种编程语言。在 HumanEval 上，Mochen-Coder-32B 的 pass@1 为 88.4%，在 LiveCodeBench 上得分 41.2，超过了同尺寸的 Qwen2.5-Coder-32B（37.8）。

模型权重已发布在 Hugging Face：https://huggingface.co/mochen-ai/Mochen-Coder-32B`,
      [
        {
          href: "https://huggingface.co/mochen-ai/Mochen-Coder-32B",
          text: "https://huggingface.co/mochen-ai/Mochen-Coder-32B",
        },
      ],
    ),
    entry: entry({
      org: "墨尘 AI",
      title: "墨尘开源 Mochen-Coder-32B",
      summary:
        "墨尘 AI 以 Apache 2.0 协议开源 320 亿参数代码模型 Mochen-Coder-32B，HumanEval pass@1 为 88.4%。",
      core: [b("训练｜5.5T tokens 代码与文本数据，覆盖 92 种编程语言。")],
      results: [b("LiveCodeBench｜41.2 分，高于同尺寸 Qwen2.5-Coder-32B 的 37.8。")],
      insights: [b("许可｜Apache 2.0，可免费商用。")],
      resources: [link("Hugging Face", "https://huggingface.co/mochen-ai/Mochen-Coder-32B")],
    }),
  },
  {
    id: "ho-agent-platform",
    article: art(
      "百川汇发布企业智能体平台 AgentHub 2.0",
      `百川汇科技昨日发布企业智能体平台 AgentHub 2.0。平台目前日活跃用户 120 万，服务企业客户 3200 家。

新版本引入了多智能体协作和长期记忆功能。官方数据显示，在内部测试集上，复杂任务的完成率从 62% 提升到 79%，平均完成时间从 14 分钟缩短到 6 分钟。

AgentHub 2.0 的企业版年费为 9.8 万元起。`,
      [],
      "量子位",
    ),
    entry: entry({
      org: "百川汇科技",
      title: "AgentHub 2.0 发布：复杂任务完成率升至 79%",
      summary:
        "百川汇科技发布企业智能体平台 AgentHub 2.0，新增多智能体协作与长期记忆，复杂任务完成率由 62% 提升到 79%。",
      results: [
        b("效率｜复杂任务平均耗时从 14 分钟降到 6 分钟，减少超过一半。"),
        b("规模｜日活 120 万，企业客户三千二百家。"),
      ],
      insights: [b("价格｜企业版年费 98,000 元起。")],
    }),
  },
  {
    id: "ho-video-model",
    article: art(
      "光年视觉发布视频生成模型 Lumina-V2",
      `光年视觉今天发布视频生成模型 Lumina-V2，可生成最长 10 秒、1080p 分辨率的视频。

在 VBench 总榜上，Lumina-V2 得分 86.1，排名第一；在运动流畅度单项上得分 98.7。生成一段 5 秒视频平均耗时 40 秒。

Lumina-V2 已在光年视觉 App 上线，会员价格为每月 68 元，可生成 300 段视频。`,
    ),
    entry: entry({
      org: "光年视觉",
      title: "光年视觉发布 Lumina-V2，VBench 总分第一",
      summary: "光年视觉推出视频生成模型 Lumina-V2，支持 1080p、最长 10 秒，VBench 总分 86.1 居首。",
      results: [b("运动流畅度 98.7；生成 5 秒视频平均需 40 秒。")],
      insights: [b("定价｜App 会员 68 元/月，含 300 段视频生成额度。")],
    }),
  },
  {
    id: "ho-english-release",
    article: art(
      "Northwind Labs releases Aster-2, a 70B open-weight model",
      `Northwind Labs on Tuesday released Aster-2, a 70-billion-parameter model with open weights under the MIT license.

Aster-2 scores 84.3 on MMLU and 62.5 on GPQA Diamond, up from 79.0 and 51.2 for Aster-1. On SWE-bench Verified it resolves 48.6% of issues, ahead of Mistral Large 2 at 41.0%.

The model was trained on 18 trillion tokens using 6,144 H100 GPUs over 54 days. "We wanted a model that a single team can fine-tune on one node," said Maya Okafor, Northwind's chief scientist.

Weights: https://huggingface.co/northwind/Aster-2-70B`,
      [
        {
          href: "https://huggingface.co/northwind/Aster-2-70B",
          text: "https://huggingface.co/northwind/Aster-2-70B",
        },
      ],
      "The Gradient Post",
    ),
    entry: entry({
      org: "Northwind Labs",
      title: "Northwind Labs 开源 700 亿参数模型 Aster-2",
      summary:
        "Northwind Labs 以 MIT 协议开放 70B 模型 Aster-2 的权重，SWE-bench Verified 解决率 48.6%，高于 Mistral Large 2 的 41%。",
      core: [b("训练｜18 万亿 tokens，6144 张 H100 训练 54 天。")],
      results: [b("基准｜MMLU 84.3、GPQA Diamond 62.5，Aster-1 分别为 79 和 51.2。")],
      insights: [b("首席科学家 Maya Okafor：希望单个团队在一个节点上就能微调该模型。")],
      resources: [link("Hugging Face", "https://huggingface.co/northwind/Aster-2-70B")],
    }),
  },
  {
    id: "ho-english-funding",
    article: art(
      "Ferrow Robotics raises $120 million Series C",
      `Warehouse robotics startup Ferrow Robotics has raised $120 million in a Series C round led by Harbor Point Ventures, bringing its total funding to $210 million.

The company, founded in 2019 by CEO Daniel Reyes, says its picking robots now handle 1.5 million orders a day across 40 warehouses. Revenue tripled in 2024, Reyes said, though he declined to give a figure.

Ferrow plans to open an engineering office in Munich next year and to double its headcount of 300.`,
      [],
      "TechWire",
    ),
    entry: entry({
      org: "Ferrow Robotics",
      title: "仓储机器人公司 Ferrow Robotics 完成 1.2 亿美元 C 轮",
      summary:
        "仓储机器人公司 Ferrow Robotics 完成由 Harbor Point Ventures 领投的 1.2 亿美元 C 轮融资，累计融资达 2.1 亿美元。",
      results: [b("运营｜拣货机器人在 40 个仓库中每天处理 150 万单；2024 年营收增长至原来的 3 倍。")],
      insights: [
        b("背景｜2019 年由 CEO Daniel Reyes 创立。"),
        b("计划｜明年将在慕尼黑开设工程办公室，并计划把 300 人的团队扩大一倍。"),
      ],
    }),
  },
  {
    id: "ho-english-paper",
    article: art(
      "SparseLoop: training small reasoners with looped sparse layers",
      `Researchers at Halden University have proposed SparseLoop, a method that reuses a small stack of sparse layers in a loop to give a 1.3B-parameter model the reasoning depth of a much larger one.

On GSM8K, a 1.3B SparseLoop model reaches 71.4% accuracy, compared with 58.9% for a dense 1.3B baseline and 72.0% for a dense 7B model. Training cost is about 40% lower than for the dense 7B model.

The paper's lead author is Priya Raman, a PhD student at Halden. Paper: https://arxiv.org/abs/2511.09876. Code: https://github.com/halden-ml/sparseloop`,
      [
        { href: "https://arxiv.org/abs/2511.09876", text: "https://arxiv.org/abs/2511.09876" },
        { href: "https://github.com/halden-ml/sparseloop", text: "https://github.com/halden-ml/sparseloop" },
      ],
      "AI Digest",
    ),
    entry: entry({
      org: "Halden University",
      title: "SparseLoop：循环稀疏层让 13 亿参数小模型接近 7B 推理能力",
      summary:
        "Halden 大学提出 SparseLoop，循环复用少量稀疏层，13 亿参数模型 GSM8K 准确率达 71.4%，接近 7B 稠密模型的 72%。",
      results: [b("对比｜同尺寸 1.3B 稠密基线仅 58.9%。"), b("成本｜训练成本比 7B 稠密模型低约 40%。")],
      insights: [b("作者｜第一作者为 Halden 博士生 Priya Raman。")],
      resources: [
        link("arXiv", "https://arxiv.org/abs/2511.09876"),
        link("代码", "https://github.com/halden-ml/sparseloop"),
      ],
    }),
  },
  {
    id: "ho-english-hardware",
    article: art(
      "Tessellate unveils T2 inference accelerator",
      `Chip startup Tessellate unveiled its T2 inference accelerator on Monday. The T2 delivers 1.2 petaflops of FP8 compute and carries 96GB of HBM3e memory with 4.8TB/s of bandwidth, at a power draw of 350 watts.

Tessellate says the T2 serves Llama 3.1 70B at 2,400 tokens per second per card, roughly twice the throughput of its first-generation T1. The T2 will ship to cloud customers in the first quarter of 2026 and will be priced at about $18,000 per card.

"Inference is where the money is now," said co-founder and CEO Lena Varga.`,
      [],
      "TechWire",
    ),
    entry: entry({
      org: "Tessellate",
      title: "Tessellate 发布推理加速卡 T2",
      summary: "芯片初创公司 Tessellate 发布推理加速卡 T2，FP8 算力 1.2 PFLOPS，配 96GB HBM3e，功耗 350W。",
      results: [b("性能｜单卡运行 Llama 3.1 70B 每秒 2400 个 token，吞吐约为一代 T1 的两倍。")],
      insights: [
        b("上市｜预计 2026 年一季度向云客户发货，单卡售价约 1.8 万美元。"),
        b("联合创始人兼 CEO Lena Varga 称，推理才是现在赚钱的地方。"),
      ],
    }),
  },
  {
    id: "ho-speech-model",
    article: art(
      "声谷发布语音大模型 EchoVoice，支持 30 种语言",
      `声谷智能近日发布语音大模型 EchoVoice，支持 30 种语言的识别与合成，端到端延迟低至 200 毫秒。

在中文语音识别基准 AISHELL-1 上，EchoVoice 的字错误率（CER）为 1.8%，低于 Whisper-large-v3 的 5.1%。在英文 LibriSpeech test-clean 上，词错误率为 1.9%。

EchoVoice 的训练数据包含 100 万小时的多语种语音。声谷智能首席技术官孙嘉禾表示，团队下一步将开源一个 20 亿参数的轻量版本。`,
      [],
      "新智元",
    ),
    entry: entry({
      org: "声谷智能",
      title: "声谷智能发布语音大模型 EchoVoice",
      summary: "声谷智能推出语音大模型 EchoVoice，覆盖 30 种语言的识别与合成，端到端延迟最低 0.2 秒。",
      results: [
        b("中文识别｜AISHELL-1 字错率 1.8%，Whisper-large-v3 为 5.1%。"),
        b("英文识别｜LibriSpeech test-clean WER 1.9%。"),
      ],
      insights: [b("CTO 孙嘉禾称下一步将开源 2B 参数轻量版；训练数据达百万小时多语种语音。")],
    }),
  },
  {
    id: "ho-lab-release",
    article: art(
      "玄穹实验室发布多模态模型 Xuanqiong-VL，支持 4K 图像理解",
      `玄穹实验室今天发布了多模态大模型 Xuanqiong-VL，参数量 720 亿，可直接处理 4K 分辨率的图像。

在 MMMU 验证集上，Xuanqiong-VL 得分 70.3；在文档理解基准 DocVQA 上得分 95.1；在 MathVista 上得分 68.0。实验室称，该模型在 OCRBench 上以 892 分位列开源模型第一。

实验室主任陈知远表示：“我们希望多模态模型能真正读懂一页复杂的报表。”模型将于下周开放 API 内测。`,
    ),
    entry: entry({
      org: "玄穹实验室",
      title: "玄穹实验室发布 72B 多模态模型 Xuanqiong-VL",
      summary:
        "玄穹实验室发布 72B 参数的多模态模型 Xuanqiong-VL，可直接理解 4K 图像，OCRBench 892 分居开源模型首位。",
      results: [b("评测｜MMMU（val）70.3，DocVQA 95.1，MathVista 68。")],
      insights: [
        b("愿景｜主任陈知远希望多模态模型能“真正读懂一页复杂的报表”。"),
        b("进度｜下周开放 API 内测。"),
      ],
    }),
  },
];
