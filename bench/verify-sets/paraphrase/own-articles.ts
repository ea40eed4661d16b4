// Short articles written for the paraphrase set (fictional companies and products), each with an
// entry as a strong model writes it. Every claim of every entry was checked by hand against its text.
import type { Entry } from "../../../src/model/entry.ts";
import type { ArticleEvidence } from "../../../src/verify/index.ts";
import { b, entry, link } from "./entry-helpers.ts";

export interface OwnCase {
  id: string;
  article: ArticleEvidence;
  entry: Entry;
}

const art = (title: string, text: string, links: ArticleEvidence["links"] = []): ArticleEvidence => ({
  title,
  text,
  links,
  publisher: "测试号",
});

export const OWN_CASES: OwnCase[] = [
  {
    id: "pricing-list",
    article: art(
      "云帆发布 Sail-2 mini，API 价格全面下调",
      `阅读 3 分钟

云帆科技今天发布轻量模型 Sail-2 mini，并公布了 API 定价。

Sail-2 mini 的定价：
1. 输入：$0.15/百万 tokens
2. 输出：$0.60/百万 tokens
3. 缓存输入：$0.075/百万 tokens

作为对比，Sail-2 的输入价格为每百万 tokens 2.5 美元。Sail-2 mini 的上下文窗口为 128K，首 token 延迟 0.35 秒。`,
    ),
    entry: entry({
      org: "云帆科技",
      title: "云帆发布轻量模型 Sail-2 mini",
      summary: "云帆科技发布 Sail-2 mini，输入价格为每百万 tokens 0.15 美元，上下文窗口 128K。",
      results: [
        b("定价｜每百万 tokens：输入 0.15 美元、输出 0.6 美元、缓存输入 0.075 美元。"),
        b("对比｜Sail-2 的输入价格是每百万 tokens 2.5 美元。"),
        b("延迟｜首 token 延迟 350 毫秒。"),
      ],
    }),
  },
  {
    id: "benchmark-heading",
    article: art(
      "北辰开源数学模型 Polaris-Math",
      `北辰实验室开源了数学推理模型 Polaris-Math，参数量 70 亿。

LiveMathBench 评测
模型得分 42.5，比上一代提升 6.3 分。

AIME 2025 评测
模型答对 30 题中的 21 题，准确率 70%。

在其专门构建的基准 Polaris-Proof 的测试中，经过两轮强化学习，证明题通过率从 31% 提升至 48%。`,
    ),
    entry: entry({
      org: "北辰实验室",
      title: "北辰开源 7B 数学模型 Polaris-Math",
      summary: "北辰实验室开源 70 亿参数的数学推理模型 Polaris-Math，LiveMathBench 得分 42.5。",
      results: [
        b("LiveMathBench 42.5 分，较上一代提升 6.3 分。"),
        b("AIME 2025 上答对 21/30 题，准确率 70%。", "模型答对 30 题中的 21 题，准确率 70%"),
        b("Polaris-Proof 证明题通过率由 31% 升至 48%。"),
      ],
    }),
  },
  {
    id: "prm-abbreviation",
    article: art(
      "深思团队提出新型过程奖励模型",
      `深思团队提出了一种新的过程奖励模型（PRM），可以对推理的每一步单独打分。

在 ProcessBench 上，该过程奖励模型的 F1 达到 68.2，超过此前最好的结果 61.5。配合 Best-of-8 采样，Qwen2.5-Math-7B 在 MATH500 上的准确率从 82.4% 提升到 86.0%。

论文：arXiv:2502.01234`,
    ),
    entry: entry({
      org: "深思团队",
      title: "深思提出新型 PRM，ProcessBench F1 达 68.2",
      summary: "深思团队提出逐步打分的过程奖励模型，在 ProcessBench 上 F1 为 68.2，高于此前最好的 61.5。",
      results: [
        b("PRM 在 ProcessBench 上的 F1 为 68.2，此前最好成绩为 61.5。"),
        b("Best-of-8 采样下，Qwen2.5-Math-7B 的 MATH500 准确率由 82.4% 提升到 86%。"),
      ],
      resources: [link("论文", "https://arxiv.org/abs/2502.01234")],
    }),
  },
  {
    id: "quarterly-revenue",
    article: art(
      "启明智能发布一季度财报",
      `启明智能今天发布 2025 年第一季度财报。第一季度营收 30 亿元，同比增长 45%；其中云服务收入 12.6 亿元。

公司预计第二季度营收在 33 亿元至 35 亿元之间。

CEO 表示，公司将在五月发布新一代推理芯片，十一月开始量产。`,
    ),
    entry: entry({
      org: "启明智能",
      title: "启明智能 2025 Q1 营收 30 亿元，同比增 45%",
      summary: "启明智能 2025 年 Q1 营收 30 亿元，同比增长 45%，预计 Q2 营收 33 亿至 35 亿元。",
      results: [b("Q1 营收 30 亿元，云服务贡献 12.6 亿元。"), b("Q2 营收指引为 33–35 亿元。")],
      insights: [b("新一代推理芯片将于 5 月发布、11 月量产。")],
    }),
  },
  {
    id: "param-conversion",
    article: art(
      "天衡发布 1750 亿参数基座模型",
      `天衡科技发布基座模型 Tianheng-Base，参数规模 1750 亿，训练数据 15 万亿 tokens。

模型训练用了 4096 张 GPU，历时 90 天。Tianheng-Base 支持 32K 上下文，已有 1.2万 家企业申请试用。`,
    ),
    entry: entry({
      org: "天衡科技",
      title: "天衡发布 175B 基座模型 Tianheng-Base",
      summary: "天衡科技发布 175B 参数的基座模型 Tianheng-Base，用 15T tokens 训练。",
      core: [b("训练｜用 4096 张 GPU 训练了 90 天。", "模型训练用了 4096 张 GPU，历时 90 天")],
      results: [b("支持 32K 上下文，已有 12000 家企业申请试用。")],
    }),
  },
  {
    id: "latency-durations",
    article: art(
      "语音助手 Echo-3 发布：端到端延迟降到 10.8 秒以内的长回答",
      `灵声科技发布语音助手 Echo-3。生成一段 1 分钟长的回答，Echo-3 的端到端耗时为 10.8s，上一代需要 25 秒。

Echo-3 的唤醒响应时间为 200 毫秒，单次充电可连续对话 6 小时。部署时，开发者五分钟内即可完成接入。

客服热线：400-820-1234`,
    ),
    entry: entry({
      org: "灵声科技",
      title: "灵声 Echo-3：长回答耗时 10.8 秒",
      summary: "灵声科技发布语音助手 Echo-3，生成 1 分钟回答的端到端耗时从 25 秒降到 10.8 秒。",
      results: [
        b("唤醒响应 0.2 秒，连续对话可达 6 小时。"),
        b("接入只需 5 分钟。"),
        b("服务热线 400-820-1234。"),
      ],
    }),
  },
  {
    id: "dates-launch",
    article: art(
      "星图计划 2024年6月底 上线开放平台",
      `星图智能宣布，其开放平台将于 2024年6月底 正式上线，2024 年 7 月 15 日开放第三方插件。

平台发布会定于 2024-06-28 在上海举行。`,
    ),
    entry: entry({
      org: "星图智能",
      title: "星图开放平台 6 月底上线",
      summary: "星图智能的开放平台 6 月底上线，7 月 15 日起开放第三方插件。",
      core: [b("发布会 6 月 28 日在上海举行。")],
    }),
  },
  {
    id: "two-entities",
    article: art(
      "灵动开源机器人仿真器 SwiftSim",
      `灵动机器人开源了 GPU 仿真器 SwiftSim。在相同硬件上，它比 Isaac Gym 和 MJX 快 10–80 倍，单卡每秒可模拟 200 万步。

SwiftSim 支持 12 种机器人模型，开源协议为 Apache-2.0。`,
    ),
    entry: entry({
      org: "灵动机器人",
      title: "灵动开源仿真器 SwiftSim，比 MJX 快 10–80 倍",
      summary: "灵动机器人开源 GPU 仿真器 SwiftSim，速度比 Isaac Gym 快 10–80 倍。",
      results: [b("单卡每秒模拟 2M 步，支持 12 种机器人模型。")],
    }),
  },
  {
    id: "previous-sentence",
    article: art(
      "青禾发布代码模型 Qinghe-Coder",
      `青禾 AI 发布代码模型 Qinghe-Coder。它在 HumanEval 上的通过率为 88.4%。在更难的 LiveCodeBench 上，这一数字是 41.7%。

Qinghe-Coder 有 340 亿参数，支持 92 种编程语言。`,
    ),
    entry: entry({
      org: "青禾 AI",
      title: "青禾发布 34B 代码模型 Qinghe-Coder",
      summary: "青禾 AI 发布 340 亿参数的代码模型 Qinghe-Coder，支持 92 种编程语言。",
      results: [b("Qinghe-Coder 的 HumanEval 通过率 88.4%，LiveCodeBench 为 41.7%。")],
      core: [b("规模｜34B 参数。")],
    }),
  },
  {
    id: "funding-round",
    article: art(
      "芯算完成 5 亿美元 C 轮融资",
      `AI 芯片公司芯算宣布完成 5 亿美元 C 轮融资，投后估值约 50 亿美元。本轮由远景资本领投。

芯算的推理芯片 XS-1 采用 5nm 工艺，推理吞吐量是上一代的 3 倍，员工总数 420 人。`,
    ),
    entry: entry({
      org: "芯算",
      title: "芯算完成 5 亿美元 C 轮，估值约 50 亿美元",
      summary: "芯算完成 5 亿美元 C 轮融资，投后估值约 50 亿美元，由远景资本领投。",
      results: [b("XS-1 芯片用 5nm 工艺，吞吐量是上一代的三倍。"), b("公司共有 420 名员工。")],
    }),
  },
  {
    id: "dataset-release",
    article: art(
      "智源开源中文长文本指令数据集",
      `智源研究院开源了中文长文本指令数据集 CLong-Inst，共收录 4035 篇长文、约 2 万条指令，平均长度 8.5k tokens。

以 Qwen2.5-7B 为例，用该数据集微调后，在 LongBench 上的平均分从 41.2 提升到 46.8。

数据集地址：https://huggingface.co/datasets/baai/CLong-Inst`,
    ),
    entry: entry({
      org: "智源研究院",
      title: "智源开源中文长文本指令数据集 CLong-Inst",
      summary: "智源研究院开源 CLong-Inst，含 4035 篇长文和约 20000 条指令。",
      results: [
        b("指令平均长度 8500 tokens。"),
        b(
          "Qwen2.5-7B 微调后 LongBench 平均分从 41.2 升至 46.8。",
          "在 LongBench 上的平均分从 41.2 提升到 46.8",
        ),
      ],
      resources: [link("数据集", "https://huggingface.co/datasets/baai/CLong-Inst")],
    }),
  },
  {
    id: "robot-launch",
    article: art(
      "宇衡发布人形机器人 H2",
      `宇衡科技发布人形机器人 H2，售价 9.9 万元。

H2 身高 1.32 米，全身 23 个自由度，行走速度每秒 2 米，续航约 2 小时。首批产能每月 1000 台。`,
    ),
    entry: entry({
      org: "宇衡科技",
      title: "宇衡人形机器人 H2 售价 9.9 万元",
      summary: "宇衡科技发布人形机器人 H2，售价 99000 元，全身 23 个自由度。",
      results: [b("身高 132 厘米，续航约两小时，首批月产能 1000 台。")],
    }),
  },
  {
    id: "version-upgrade",
    article: art(
      "开源推理框架 FastServe 发布 v2.5",
      `开源推理框架 FastServe 发布 v2.5 版本。新版本支持 GPT-3.5-turbo 兼容接口，吞吐量比 v2.4 提升 1.8 倍。

FastServe 目前在 GitHub 上有 3.2 万星标，项目地址 https://github.com/fastserve/fastserve`,
      [{ text: "GitHub", href: "https://github.com/fastserve/fastserve" }],
    ),
    entry: entry({
      org: "FastServe",
      title: "FastServe v2.5 发布，吞吐量提升 1.8 倍",
      summary: "推理框架 FastServe 发布 2.5 版本，吞吐量较 v2.4 提升 1.8 倍，并兼容 GPT-3.5-turbo 接口。",
      results: [b("GitHub 星标 32000。")],
      resources: [link("GitHub", "https://github.com/fastserve/fastserve")],
    }),
  },
  {
    id: "survey-percent",
    article: art(
      "调查：七成开发者每天使用 AI 编程助手",
      `一项覆盖 3,5000 名开发者的调查显示，七成受访者每天使用 AI 编程助手，百分之二十的人每周使用。

受访者平均每天节省 45 分钟，其中 12% 的人表示节省超过 2 小时。`,
    ),
    entry: entry({
      org: "测试号",
      title: "调查：70% 开发者每天用 AI 编程助手",
      summary: "一项覆盖 3.5 万名开发者的调查显示，70% 的人每天使用 AI 编程助手，20% 每周使用。",
      results: [b("平均每天节省 0.75 小时，12% 的人节省超过 120 分钟。")],
    }),
  },
  {
    id: "merged-bullets",
    article: art(
      "百川发布多模态模型 Baichuan-Omni-2",
      `百川智能发布多模态模型 Baichuan-Omni-2。

在 MMBench 上，Baichuan-Omni-2 得分 83.1；在 MathVista 上得分 71.4；在 OCRBench 上得分 856。

模型支持 30 分钟长视频理解，中文语音识别字错率 3.2%。`,
    ),
    entry: entry({
      org: "百川智能",
      title: "百川发布 Baichuan-Omni-2",
      summary: "百川智能发布多模态模型 Baichuan-Omni-2，支持半小时长视频理解。",
      results: [b("OCRBench 856 分，MathVista 71.4，MMBench 83.1。"), b("中文 ASR 字错率 3.2%。")],
    }),
  },
  {
    id: "evidence-quotes",
    article: art(
      "极光发布视频生成模型 Aurora-V",
      `极光 AI 发布视频生成模型 Aurora-V，可生成最长 60 秒、1080p 的视频。

在 VBench 上，Aurora-V 的总分为 86.2%，超过 Sora 的 84.3%。

Aurora-V 生成一段 5 秒视频平均耗时 40 秒。`,
    ),
    entry: entry({
      org: "极光 AI",
      title: "极光 Aurora-V：VBench 86.2%，超过 Sora",
      summary: "极光 AI 发布视频生成模型 Aurora-V，最长可生成 1 分钟的 1080p 视频。",
      results: [
        b("VBench 总分 86.2%，Sora 为 84.3%。", "Aurora-V 的总分为 86.2%，超过 Sora 的 84.3%"),
        b("生成 5 秒视频平均耗时 40 秒。", "生成一段 5 秒视频平均耗时 40 秒"),
      ],
    }),
  },
  {
    id: "reordered-summary",
    article: art(
      "清源开源 Embedding 模型 Qingyuan-Embed",
      `清源团队开源了文本向量模型 Qingyuan-Embed，参数量 5.6 亿，向量维度 1024。

在 C-MTEB 上，Qingyuan-Embed 的平均分为 68.9，排名第一。模型支持 8192 tokens 的输入长度，单卡每秒可编码 1500 条文本。`,
    ),
    entry: entry({
      org: "清源团队",
      title: "清源开源向量模型 Qingyuan-Embed，C-MTEB 第一",
      summary:
        "Qingyuan-Embed 在 C-MTEB 上以 68.9 的平均分排名第一。这个 560M 参数的向量模型由清源团队开源，输出 1024 维向量。",
      results: [b("支持 8192 tokens 输入，单卡每秒编码 1500 条文本。")],
    }),
  },
  {
    id: "chinese-numerals",
    article: art(
      "晨星发布智能体平台 Nova Agents",
      `晨星科技发布智能体平台 Nova Agents，内置十四种工具，支持三种部署方式。

平台已服务两千万用户，日均调用量达三亿次。官方称，搭建一个客服智能体最快只需十分钟。`,
    ),
    entry: entry({
      org: "晨星科技",
      title: "晨星发布智能体平台 Nova Agents",
      summary: "晨星科技发布 Nova Agents 平台，内置 14 种工具，已服务 2000 万用户。",
      results: [b("日均调用 3 亿次，搭建客服智能体最快 10 分钟。")],
    }),
  },
  {
    id: "lead-in-specs",
    article: art(
      "墨子发布推理卡 MZ-300",
      `墨子半导体发布推理卡 MZ-300。

MZ-300 的主要规格：
- 显存：96GB HBM3
- 功耗：350 瓦
- FP8 算力：1.2 PFLOPS

作为对比，上一代 MZ-200 的显存为 64GB。`,
    ),
    entry: entry({
      org: "墨子半导体",
      title: "墨子发布推理卡 MZ-300",
      summary: "墨子半导体发布推理卡 MZ-300，配备 96GB HBM3 显存。",
      results: [b("规格｜MZ-300 显存 96GB，FP8 算力 1.2 PFLOPS；上一代 MZ-200 为 64GB。")],
    }),
  },
  {
    id: "caption-and-ad",
    article: art(
      "视界发布 AR 眼镜 Vision-X",
      `视界科技发布 AR 眼镜 Vision-X，重量 68 克，续航 4 小时，售价 3999 元。

▲ 图 2：Vision-X 佩戴效果

Vision-X 搭载自研芯片，识别一张图片只需 0.3 秒。首批 5 万台将于 2025 年 9 月发货。

—— 广告 ——
扫码领取 100 元优惠券，前 500 名下单再送配件。`,
    ),
    entry: entry({
      org: "视界科技",
      title: "视界 AR 眼镜 Vision-X 售价 3999 元",
      summary: "视界科技发布 68 克的 AR 眼镜 Vision-X，续航 4 小时，售价 3999 元。",
      results: [b("识图耗时 300 毫秒，首批 50000 台 2025 年 9 月发货。")],
    }),
  },
  {
    id: "finance-growth",
    article: art(
      "寰宇云发布 2025 财年业绩",
      `寰宇云今天发布 2025 财年业绩：全年营收 86.4 亿元，同比增长 32%；净利润 9.8 亿元，同比增长 120%。

企业客户数达到 1.2 万家，其中付费客户占比 38%。公司计划未来三年投入 50 亿元建设智算中心。`,
    ),
    entry: entry({
      org: "寰宇云",
      title: "寰宇云 2025 财年营收 86.4 亿元",
      summary: "寰宇云 2025 财年营收同比增长 32%，达到 86.4 亿元；净利润同比增长 120%。",
      results: [b("净利润 9.8 亿元，同比增长 120%。"), b("企业客户约 12000 家，付费客户占 38%。")],
      insights: [b("未来三年将投入 50 亿元建设智算中心。")],
    }),
  },
  {
    id: "english-source",
    article: art(
      "Acme AI releases Rocket-2",
      `Acme AI released Rocket-2, a 70B model. It scores 84.1% on MMLU and 62.3% on GPQA.

Pricing is $3 per million input tokens and $15 per million output tokens. The company raised $450 million at a $4.5 billion valuation.`,
    ),
    entry: entry({
      org: "Acme AI",
      title: "Acme AI 发布 700 亿参数模型 Rocket-2",
      summary: "Acme AI 发布 70B 模型 Rocket-2，并以 45 亿美元估值融资 4.5 亿美元。",
      results: [
        b("MMLU 84.1%，GPQA 62.3%。", "It scores 84.1% on MMLU and 62.3% on GPQA"),
        b("每百万 tokens 输入 3 美元、输出 15 美元。"),
      ],
    }),
  },
  {
    id: "share-and-ranking",
    article: art(
      "开源模型下载榜：Qwen 系列居首",
      `据 Hugging Face 统计，2025 年全年开源模型下载量前十中，Qwen 系列占据 4 席，Llama 系列占 3 席。

Qwen2.5-7B-Instruct 以 1.3 亿次下载排名第一，占前十总下载量的 27%。`,
    ),
    entry: entry({
      org: "Hugging Face",
      title: "2025 开源模型下载榜：Qwen 系列居首",
      summary: "Hugging Face 统计的 2025 年下载量前 10 名中，Qwen 系列占 4 席、Llama 系列占 3 席。",
      results: [b("Qwen2.5-7B-Instruct 下载 1.3 亿次，排名第 1，占前十总下载量的 27%。")],
    }),
  },
  {
    id: "abbrev-reverse",
    article: art(
      "知源发布检索增强生成框架 DeepRAG",
      `知源团队发布检索增强生成（RAG）框架 DeepRAG。在 HotpotQA 上，DeepRAG 的答案准确率为 67.3%，比标准 RAG 流水线高 9.1 个百分点。

DeepRAG 平均每个问题检索 3.2 次，端到端延迟 1.8 秒。`,
    ),
    entry: entry({
      org: "知源团队",
      title: "知源发布检索增强生成框架 DeepRAG",
      summary: "知源团队发布 RAG 框架 DeepRAG，HotpotQA 准确率 67.3%。",
      results: [
        b("准确率比标准检索增强生成流水线高 9.1 个百分点。"),
        b("平均每题检索 3.2 次，端到端耗时 1800 毫秒。"),
      ],
    }),
  },
  {
    id: "rounding-and-fractions",
    article: art(
      "星火推理引擎 Spark-Infer 开源",
      `星火团队开源了推理引擎 Spark-Infer。在 Llama-3-70B 上，它的吞吐量是 vLLM 的 2.37 倍，首 token 延迟降低 29.6%。

部署成本只有原方案的十分之一。项目发布一周后，GitHub 星标数达到 12,345，贡献者 86 人。`,
    ),
    entry: entry({
      org: "星火团队",
      title: "星火开源推理引擎 Spark-Infer，吞吐量约为 vLLM 的 2.4 倍",
      summary:
        "星火团队开源 Spark-Infer：在 Llama-3-70B 上吞吐量约为 vLLM 的 2.4 倍，首 token 延迟降低近 30%。",
      results: [b("部署成本降到原方案的 1/10。"), b("发布一周星标超 1.2 万，贡献者 86 人。")],
    }),
  },
  {
    id: "month-without-year",
    article: art(
      "明远发布端侧模型 Mingyuan-Lite",
      `明远科技于 2025 年 3 月 12 日发布端侧模型 Mingyuan-Lite，参数量 18 亿，可在手机上以每秒 25 个 token 的速度运行。

公司表示，Mingyuan-Lite 将在 2025 年第二季度登陆 3 款国产手机。`,
    ),
    entry: entry({
      org: "明远科技",
      title: "明远 3 月发布 1.8B 端侧模型 Mingyuan-Lite",
      summary: "明远科技 3 月 12 日发布 18 亿参数的端侧模型 Mingyuan-Lite，手机上每秒可生成 25 个 token。",
      insights: [b("二季度将预装到 3 款国产手机。")],
    }),
  },
  {
    id: "comparison-table",
    article: art(
      "三款开源代码模型横评",
      `我们在同一台服务器上对比了三款开源代码模型。

CodeStar-15B：HumanEval 72.0%，MBPP 65.4%，推理速度每秒 48 个 token。
DeepCode-33B：HumanEval 79.3%，MBPP 70.1%，推理速度每秒 21 个 token。
OpenCoder-8B：HumanEval 66.5%，MBPP 61.8%，推理速度每秒 95 个 token。

综合来看，DeepCode-33B 效果最好，OpenCoder-8B 速度最快。`,
    ),
    entry: entry({
      org: "测试号",
      title: "三款开源代码模型横评：DeepCode-33B 效果最好",
      summary: "横评显示 DeepCode-33B 的 HumanEval 最高（79.3%），OpenCoder-8B 每秒 95 个 token、速度最快。",
      results: [
        b("CodeStar-15B 的 HumanEval 为 72%，MBPP 65.4%。"),
        b("DeepCode-33B 的 MBPP 达 70.1%，但每秒仅 21 个 token。"),
        b("OpenCoder-8B 的 HumanEval 66.5%、MBPP 61.8%。"),
      ],
    }),
  },
  {
    id: "people-and-orgs",
    article: art(
      "前 OpenAI 研究员创办的 Lumen Labs 完成种子轮",
      `由前 OpenAI 研究员创办的 Lumen Labs 宣布完成 2000 万美元种子轮融资，由 a16z 领投。

Lumen Labs 成立于 2024 年 11 月，目前团队 15 人，计划在 2025 年底前发布第一款产品。`,
    ),
    entry: entry({
      org: "Lumen Labs",
      title: "Lumen Labs 完成 2000 万美元种子轮",
      summary: "前 OpenAI 研究员创办的 Lumen Labs 完成 2000 万美元种子轮，a16z 领投。",
      results: [b("公司 2024 年 11 月成立，团队 15 人，计划 2025 年底前推出首款产品。")],
    }),
  },
];
