// Plain-news true-claim set, Chinese articles (part a): an earnings report (English entry), a model
// launch with a benchmark table, a funding round, an open-source release (English entry). Written
// before reading src/verify; fictional companies, people and figures. Every claim is true.
import { b, entry } from "../paraphrase/entry-helpers.ts";
import { art, type Heldout3Case } from "../paraphrase/heldout3-zh-a.ts";

export const TRUE_NEWS_ZH_A: Heldout3Case[] = [
  {
    id: "tn-earnings-zh",
    article: art(
      "星穹半导体三季度营收 48.6 亿元，数据中心业务大涨 66%",
      "量子位",
      `衡宇 发自 凹非寺
量子位 | 公众号 QbitAI

国产 GPU 厂商星穹半导体昨晚公布了 2026 财年第三季度财报。

本季度，公司总营收 48.6 亿元，同比增长 41%，环比增长 12%。其中数据中心业务营收 31.4 亿元，同比增长 66%，占总营收的 64.6%；游戏显卡业务营收 11.2 亿元，同比下滑 8%；汽车芯片业务营收 6.0 亿元。

毛利率为 52.3%，比上一季度的 49.8% 提升 2.5 个百分点。净利润 7.9 亿元，去年同期为 3.7 亿元。

公司预计第四季度营收在 52 亿元至 55 亿元之间。

CFO 周敏在电话会上表示，数据中心客户中，互联网大厂贡献了约 32% 的订单，其余来自运营商和政务云。截至本季度末，公司账上现金 126 亿元，员工总数 4,820 人。

星穹半导体的财年从每年 2 月开始，因此 2026 财年第三季度对应 2025 年 8 月至 10 月。`,
    ),
    entry: entry({
      org: "Xingqiong Semiconductor",
      title: "Xingqiong Semiconductor's fiscal Q3 revenue up 41%, data center up 66%",
      summary:
        "Xingqiong Semiconductor reported fiscal Q3 2026 revenue of RMB 4.86 billion, up 41% year on year. Data center revenue rose 66% to RMB 3.14 billion, nearly two-thirds of the total.",
      core: [
        b(
          "Gaming｜Gaming GPU revenue fell 8% to RMB 1.12 billion, while automotive chips brought in RMB 600 million.",
        ),
        b("Margin｜Gross margin rose from 49.8% to 52.3%, up 2.5 percentage points quarter on quarter."),
        b("Profit｜Net profit more than doubled to RMB 790 million from RMB 370 million a year earlier."),
      ],
      results: [
        b("Guidance｜Xingqiong expects Q4 revenue of RMB 5.2–5.5 billion."),
        b(
          "Customers｜CFO Zhou Min said large internet companies account for roughly a third of data center orders.",
        ),
        b("Cash｜The company ended the quarter with RMB 12.6 billion in cash and 4,820 employees."),
      ],
      insights: [
        b("Fiscal year｜Its FY2026 third quarter covers August to October 2025."),
        b("Momentum｜Revenue also grew 12% from the previous quarter."),
      ],
    }),
  },
  {
    id: "tn-launch-zh",
    article: art(
      "云岫智能发布 Cirrus 3：上下文扩展到 100 万 token，数学推理超过 GPT-5",
      "机器之心",
      `机器之心报道
编辑：泽南

本周二，云岫智能正式发布新一代大模型 Cirrus 3。

与上一代 Cirrus 2.5 相比，Cirrus 3 的上下文窗口从 12.8 万 token 扩展到 100 万 token，推理速度提升 1.8 倍。模型采用 MoE 架构，总参数 5200 亿，每次推理激活 380 亿参数。

在官方公布的评测中：

| 基准 | Cirrus 3 | Cirrus 2.5 | GPT-5 |
| --- | --- | --- | --- |
| AIME 2025 | 91.2 | 78.5 | 89.4 |
| GPQA Diamond | 80.1 | 71.3 | 84.0 |
| SWE-bench Verified | 68.7 | 52.0 | 72.8 |
| LiveCodeBench | 74.5 | 63.9 | 73.1 |

可以看到，Cirrus 3 在 AIME 2025 和 LiveCodeBench 上超过了 GPT-5，但在 GPQA Diamond 和 SWE-bench Verified 上仍有差距。

价格方面，Cirrus 3 API 的输入价格从每百万 token 4 元降至 2 元，输出价格从每百万 token 20 元降至 8 元。

云岫智能 CEO 林知远表示，公司目前的日均 token 调用量已超过 3 万亿，较年初增长近 5 倍。

模型即日起在云岫开放平台上线，权重暂不开源。`,
    ),
    entry: entry({
      org: "云岫智能",
      title: "云岫智能发布 Cirrus 3，上下文扩展至 100 万 token",
      summary:
        "云岫智能发布新一代大模型 Cirrus 3，上下文窗口从 Cirrus 2.5 的 12.8 万 token 扩展到 100 万 token，推理速度提升 1.8 倍。",
      core: [
        b("架构｜采用 MoE 架构，总参数 5200 亿，每次激活 380 亿。"),
        b("Context｜Cirrus 3 extends the context window from 128K to 1M tokens."),
      ],
      results: [
        b("数学｜AIME 2025 得分 91.2，高于 GPT-5 的 89.4，比上一代提升 12.7 分。"),
        b(
          "代码｜LiveCodeBench 74.5 分，略超 GPT-5（73.1）；SWE-bench Verified 68.7 分，仍落后 GPT-5 约 4 分。",
        ),
        b("知识｜GPQA Diamond 80.1 分，低于 GPT-5 的 84.0。"),
      ],
      insights: [
        b("价格｜API 输入价降至每百万 token 2 元、输出价降至 8 元，分别下调一半和六成。"),
        b("用量｜CEO 林知远称日均 token 调用量超过 3 万亿，较年初增长近五倍。"),
        b("开放｜即日起在云岫开放平台上线，权重暂不开源。"),
      ],
    }),
  },
  {
    id: "tn-funding-zh",
    article: art(
      "灵枢机器人完成 12 亿元 B 轮融资，今年第二轮",
      "新智元",
      `新智元报道
编辑：桃子 好困

【新智元导读】具身智能公司灵枢机器人完成 12 亿元 B 轮融资，估值超过 80 亿元。

11 月 24 日，具身智能创业公司灵枢机器人宣布完成 12 亿元 B 轮融资，由云杉资本领投，北辰创投、青禾基金跟投，老股东远望资本超额跟投。本轮融资后，公司估值超过 80 亿元。

灵枢机器人成立于 2023 年 3 月，创始人兼 CEO 陈屿此前在一家自动驾驶公司担任感知负责人。公司目前员工约 260 人，其中研发人员占比 78%。

这是灵枢机器人今年完成的第二轮融资。今年 4 月，公司刚刚完成 3.5 亿元 A+ 轮融资。两轮合计融资 15.5 亿元。

本轮资金将主要用于通用机器人大模型「灵枢-VLA」的研发和人形机器人 L2 的量产。陈屿透露，L2 计划于 2026 年第二季度开始小批量交付，首批产能 1000 台，售价预计在 25 万元以内。

目前，灵枢已与 3 家汽车厂商和 2 家物流公司签订试点协议。`,
    ),
    entry: entry({
      org: "灵枢机器人",
      title: "灵枢机器人完成 12 亿元 B 轮融资，估值超 80 亿元",
      summary:
        "具身智能公司灵枢机器人完成 12 亿元 B 轮融资，云杉资本领投，投后估值逾 80 亿元。这是其今年第二轮融资，4 月刚完成 3.5 亿元 A+ 轮，两轮合计 15.5 亿元。",
      core: [
        b("投资方｜北辰创投、青禾基金跟投，老股东远望资本超额跟投。"),
        b("用途｜资金将用于通用机器人大模型灵枢-VLA 的研发及人形机器人 L2 的量产。"),
      ],
      results: [
        b("量产｜L2 计划 2026 年二季度开始小批量交付，首批产能 1000 台，售价预计不超过 25 万元。"),
        b("客户｜已与 3 家车企和 2 家物流公司签订试点协议。"),
      ],
      insights: [
        b("团队｜公司成立于 2023 年 3 月，员工约 260 人，研发人员近八成。"),
        b("创始人｜CEO 陈屿曾在一家自动驾驶公司任感知负责人。"),
        b(
          "Valuation｜Lingshu Robotics is now valued at more than RMB 8 billion after raising RMB 1.2 billion.",
        ),
      ],
    }),
  },
  {
    id: "tn-opensource-zh",
    article: art(
      "青藤实验室开源 Vine-VL：32B 版本 MMMU 得分 70.4，MIT 协议可商用",
      "机器之心",
      `机器之心报道
编辑：蛋酱

11 月 18 日，青藤实验室开源了视觉语言模型 Vine-VL，包含 7B 和 32B 两个版本，采用 MIT 协议，可免费商用。

青藤实验室由清远大学人工智能研究院孵化，成立于 2024 年。

据介绍，Vine-VL-32B 在 MMMU 上得分 70.4，在 DocVQA 上得分 95.1，在 ChartQA 上得分 88.6。7B 版本在 MMMU 上得分 58.9，可在单张 24GB 显存的消费级显卡上运行。

训练数据方面，团队使用了 2.3 亿对图文数据，其中约 45% 为中文。团队同时开源了其中 4,000 万对清洗后的数据。

项目在 GitHub 上线一周内获得了 1.2 万星标。青藤实验室负责人宋亦舟表示，下一步将推出支持视频理解的版本，预计明年上半年发布。`,
    ),
    entry: entry({
      org: "Qingteng Lab",
      title: "Qingteng Lab open-sources Vine-VL vision-language models",
      summary:
        "Qingteng Lab open-sourced Vine-VL, a vision-language model in 7B and 32B sizes, under the MIT license with free commercial use. The release came on November 18.",
      core: [
        b("Benchmarks｜The 32B model scores 70.4 on MMMU, 95.1 on DocVQA and 88.6 on ChartQA."),
        b("Small model｜The 7B version scores 58.9 on MMMU and runs on a single 24GB consumer GPU."),
      ],
      results: [
        b(
          "Data｜Trained on 230 million image-text pairs, nearly half of them Chinese; 40 million cleaned pairs are released too.",
        ),
        b("Traction｜The GitHub repo drew 12,000 stars within a week."),
      ],
      insights: [
        b("Background｜Incubated by Qingyuan University's AI institute, Qingteng was founded in 2024."),
        b(
          "Next｜Lab head Song Yizhou said a video-understanding version is planned for the first half of next year.",
        ),
        b("Video｜Qingteng's video version is expected in H1 next year."),
      ],
    }),
  },
];
