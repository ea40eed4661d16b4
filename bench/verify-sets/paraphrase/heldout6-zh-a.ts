// Held-out set 6, Chinese articles (part a): a MoE release with total and active parameters, a table
// measured under one condition, a waitlist-only API and weights not released; a Hong Kong IPO filing
// with cumulative and annual figures, an analyst's estimate and letters of intent; a preprint under
// review with a limitation (English entry). Written before opening src/verify; fictional companies,
// people and figures (known models keep their names).
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT6_ZH_A: Heldout3Case[] = [
  {
    id: "h6-moe",
    article: art(
      "480B 总参、35B 激活，云岫智能发布玄机-2：多项基准超 GPT-4o，权重暂不开源",
      "机器之心",
      `机器之心报道
编辑：杜伟、泽南

国产 MoE 大模型又添一员。

11 月 24 日，云岫智能在北京举办发布会，正式发布新一代 MoE 大模型「玄机-2」。该模型总参数量为 4800 亿，每个 token 激活参数 350 亿，上下文窗口 128K。

性能：多项基准超过 GPT-4o

云岫智能公布的评测结果如下（均为官方数据）：

| 基准 | 玄机-2 | GPT-4o | Qwen3-235B-A22B |
| MMLU-Pro | 78.6 | 74.1 | 76.3 |
| GPQA-Diamond | 61.2 | 53.6 | 62.9 |
| LiveCodeBench | 58.4 | 45.2 | 55.7 |
| C-Eval | 91.3 | 84.5 | 89.8 |

可以看到，玄机-2 在 MMLU-Pro、LiveCodeBench 和 C-Eval 上均领先两款对比模型，但在 GPQA-Diamond 上略低于 Qwen3-235B-A22B。

需要注意的是，以上成绩均在 32K 上下文、开启思考模式的条件下测得。官方技术报告显示，关闭思考模式后，玄机-2 的 LiveCodeBench 得分降至 41.7。

在第三方榜单 LMArena 的中文子榜上，玄机-2 目前排名第二，仅次于 Gemini 3 Pro。

训练：成本不到上一代的一半

玄机-2 在 18T token 上完成预训练，使用了 2048 张国产加速卡，训练耗时约 57 天。云岫智能称，训练成本约为上一代玄机-1 的 45%。

开放：权重暂不开源，API 先内测

与上一代不同，玄机-2 此次没有开源权重。云岫智能 CTO 方知远表示：「我们计划在明年一季度开源一个 30B 规模的精简版，但完整版暂时不会开源。」

API 方面，玄机-2 目前仅面向企业用户开放内测，需要在官网申请加入候补名单（waitlist）。个人用户可在云岫 App 中免费体验，每天限 50 次对话。

定价上，API 输入价格为每百万 token 2 元，输出为每百万 token 8 元，约为 GPT-4o 的十分之一。

方知远在发布会上说：「MoE 的难点不在于把参数做大，而在于让每个专家真正学到不同的东西。」`,
    ),
    entry: entry({
      org: "云岫智能",
      title: "云岫智能发布 MoE 模型玄机-2：总参 480B、激活 35B，多项基准超 GPT-4o",
      summary:
        "云岫智能本月 24 日发布 MoE 大模型玄机-2，总参数 4800 亿、每 token 激活 350 亿，上下文 128K。官方评测中，其 MMLU-Pro、LiveCodeBench、C-Eval 三项领先 GPT-4o 与 Qwen3-235B-A22B，GPQA-Diamond 则略逊于后者。",
      core: [
        b(
          "评测｜LiveCodeBench 58.4，比 GPT-4o 的 45.2 高出 13.2 分；GPQA-Diamond 61.2，低于 Qwen3-235B-A22B 的 62.9。",
        ),
        b("条件｜上述成绩均在 32K 上下文、开启思考模式下测得，关闭思考后 LiveCodeBench 降至 41.7。"),
        b("榜单｜在 LMArena 中文子榜位列第二，仅次于 Gemini 3 Pro。"),
      ],
      results: [
        b("训练｜18T token 预训练，动用 2048 张国产加速卡，历时近两个月，成本不到上一代玄机-1 的一半。"),
        b("价格｜API 输入每百万 token 2 元、输出 8 元，约为 GPT-4o 的 1/10。"),
      ],
      insights: [
        b("开源｜完整版权重暂不开源，CTO 方知远称计划明年一季度开源 30B 精简版。"),
        b("开放｜API 目前仅向企业用户内测，需申请候补名单；个人用户可在 App 内每天免费对话 50 次。"),
        b("观点｜方知远认为 MoE 的难点不是把参数做大，而是让每个专家学到不同的东西。"),
      ],
    }),
  },
  {
    id: "h6-ipo",
    article: art(
      "三年亏损 12.5 亿，人形机器人公司知行机器人冲刺港股",
      "新智元",
      `新智元报道
编辑：KingHZ 好困

【新智元导读】人形机器人公司知行机器人向港交所递交招股书。三年累计收入约 9.8 亿元，亏损持续扩大；海外业务成为增长最快的板块。

11 月 20 日，知行机器人正式向港交所递交上市申请，联席保荐人为中金公司和摩根士丹利。这是今年第四家递表港股的人形机器人公司。

三年收入增长逾两倍

招股书显示：

| 年份 | 营收（亿元） | 净亏损（亿元） | 研发投入（亿元） |
| 2023 | 1.6 | 2.9 | 1.8 |
| 2024 | 3.1 | 4.4 | 2.6 |
| 2025 | 5.1 | 5.2 | 3.3 |

三年累计营收约 9.8 亿元，累计净亏损 12.5 亿元。2025 年营收同比增长 64.5%。

其中，海外业务增长最快：2025 年海外收入为 1.9 亿元，同比增长 182%，占总营收的 37%。

毛利率方面，2025 年为 28.4%，2024 年为 21.7%。

出货：累计交付 4,300 台

截至 2025 年底，知行累计交付人形机器人 4,300 台，其中 2025 年交付 2,650 台。前五大客户贡献的收入占比为 46%，最大客户为一家汽车制造商。

截至 2026 年 6 月 30 日，公司在手订单金额 7.2 亿元，其中约 3.4 亿元为框架协议或意向订单，尚未转为正式合同。

估值与募资

知行上一轮融资于 2025 年 9 月完成，投后估值 120 亿元。据彭博援引知情人士，公司计划通过此次 IPO 募资约 3 亿美元。

有券商分析师预计，知行 2026 年营收可达 8 亿元。招股书并未给出 2026 年的业绩指引。

创始人兼 CEO 许嘉言在招股书致辞中写道：「我们相信，人形机器人的第一个规模化市场在工厂，而不是家庭。」

风险提示

招股书提示，公司尚未实现盈利，且预计短期内将继续亏损。`,
    ),
    entry: entry({
      org: "知行机器人",
      title: "知行机器人递表港交所：三年营收约 9.8 亿元，海外收入增长 182%",
      summary:
        "人形机器人公司知行机器人本月 20 日向港交所递交招股书，联席保荐人为中金与摩根士丹利。2023—2025 年营收从 1.6 亿元增至 5.1 亿元，增长逾两倍，三年累计约 9.8 亿元；同期净亏损由 2.9 亿元扩大到 5.2 亿元，公司仍未盈利。",
      core: [
        b("海外｜2025 年海外收入 1.9 亿元，同比增长 182%，占营收近四成。"),
        b("毛利率｜2025 年毛利率 28.4%，较 2024 年的 21.7% 提升 6.7 个百分点。"),
        b("交付｜截至 2025 年底累计交付 4300 台，其中 2025 年交付 2650 台，占累计交付量的六成以上。"),
      ],
      results: [
        b("订单｜截至今年 6 月底在手订单 7.2 亿元，其中约 3.4 亿元仍是框架协议或意向订单。"),
        b("客户｜前五大客户贡献 46% 的收入，最大客户是一家车企。"),
      ],
      insights: [
        b("估值｜上一轮投后估值 120 亿元；据彭博援引知情人士，此次 IPO 拟募资约 3 亿美元。"),
        b("预期｜有券商分析师预计其 2026 年营收可达 8 亿元，招股书未给出业绩指引。"),
        b("判断｜CEO 许嘉言认为人形机器人首个规模化市场在工厂而非家庭。"),
      ],
    }),
  },
  {
    id: "h6-sparse-paper",
    article: art(
      "长文本推理提速 3 倍，清华联合衡川智能提出稀疏注意力新方法 SkipKV",
      "量子位",
      `梦晨 发自 凹非寺
量子位 | 公众号 QbitAI

128K 长文本推理，能不能再快一点？

清华大学与衡川智能的研究团队提出了一种新的稀疏注意力方法 SkipKV，在 128K 上下文下，把 Llama-3.1-8B 的预填充速度提升到了 FlashAttention-2 的 3.1 倍。

论文已发布在 arXiv 上，目前正在 ICLR 2027 评审中。

核心思路：只看「重要」的块

SkipKV 的做法是：先用一个轻量打分器估计每个 KV 块的重要性，再只对得分最高的 12% 的块计算完整注意力。

作者表示，打分器本身只增加约 1.5% 的计算开销。

实验结果

| 方法 | 128K 预填充加速 | LongBench 平均分 |
| FlashAttention-2（基线） | 1.0× | 48.7 |
| MInference | 2.6× | 47.9 |
| SkipKV | 3.1× | 48.3 |

在 LongBench 上，SkipKV 的平均分为 48.3，相比全注意力基线只下降了 0.4 分。同为稀疏方法的 MInference 加速 2.6 倍，分数下降 0.8 分。

不过，作者也坦言 SkipKV 存在局限：在 4K 以下的短文本上几乎没有加速效果；此外，实验只在 8B 规模的模型上完成，更大模型上的效果还有待验证。

论文通讯作者、清华大学副教授沈墨表示：「长文本场景里，大部分注意力其实都花在了不重要的地方。」

代码已在 GitHub 开源。

论文地址：https://arxiv.org/abs/2611.04417
代码地址：https://github.com/hengchuan-ai/SkipKV`,
      [
        { text: "论文地址", href: "https://arxiv.org/abs/2611.04417" },
        { text: "代码地址", href: "https://github.com/hengchuan-ai/SkipKV" },
      ],
    ),
    entry: entry({
      org: "Tsinghua University",
      title: "SkipKV: sparse attention makes 128K prefill 3.1x faster than FlashAttention-2",
      summary:
        "Researchers from Tsinghua University and Hengchuan AI (衡川智能) propose SkipKV, a sparse attention method that makes Llama-3.1-8B's prefill at a 128K context 3.1 times as fast as FlashAttention-2 while losing only 0.4 points on LongBench. The preprint is on arXiv and under review for ICLR 2027.",
      core: [
        b(
          "Method｜A lightweight scorer ranks KV blocks and full attention runs only on the top 12%, adding about 1.5% compute.",
        ),
        b(
          "Versus MInference｜The sparse rival MInference reaches a 2.6x speed-up and drops 0.8 points, twice SkipKV's loss.",
        ),
      ],
      results: [
        b(
          "LongBench｜SkipKV averages 48.3 against the full-attention baseline's 48.7 and MInference's 47.9.",
        ),
      ],
      insights: [
        b(
          "Limits｜Almost no speed-up on prompts shorter than 4K tokens, and only tested at the 8B scale so far.",
        ),
        b(
          "Quote｜Corresponding author Shen Mo (沈墨), an associate professor at Tsinghua, says most attention in long contexts is spent where it does not matter.",
        ),
      ],
      resources: [
        link("arXiv", "https://arxiv.org/abs/2611.04417"),
        link("GitHub", "https://github.com/hengchuan-ai/SkipKV"),
      ],
    }),
  },
];
