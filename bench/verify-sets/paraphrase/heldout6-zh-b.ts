// Held-out set 6, Chinese articles (part b): an inference chip announced now and shipping later
// (English entry), a city's draft policy with a target and caps, a coding agent in beta in three
// markets only. Written before opening src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT6_ZH_B: Heldout3Case[] = [
  {
    id: "h6-chip",
    article: art(
      "算力翻 2.5 倍，算元科技发布昆吾 T3 推理芯片，明年二季度量产",
      "机器之心",
      `机器之心报道
编辑：陈陈

11 月 26 日，在深圳举办的年度开发者大会上，算元科技宣布推出第三代推理芯片「昆吾 T3」。据介绍，该芯片预计在 2027 年第二季度开始量产出货，首批客户包括两家国内云厂商。

规格一览

| 项目 | 昆吾 T3 | 昆吾 T2 |
| INT8 算力 | 1,600 TOPS | 640 TOPS |
| FP16 算力 | 400 TFLOPS | 160 TFLOPS |
| 显存 | 96GB HBM3e | 48GB HBM2e |
| 显存带宽 | 3.2 TB/s | 1.6 TB/s |
| 典型功耗 | 350W | 300W |

算元科技称，T3 的 INT8 算力是上一代 T2 的 2.5 倍，显存容量和带宽均翻倍。

在官方给出的测试中，以 DeepSeek-V3 推理为例，一台搭载 8 张 T3 的服务器每秒可输出约 2,400 个 token，约为同等配置 T2 服务器的 2.2 倍。

局限：只做推理

算元科技产品副总裁齐磊坦言，T3 是一款专用推理芯片，不支持大模型训练，也暂不支持 FP8 精度。「我们不打算和英伟达在训练上正面竞争。」

价格方面，算元科技未公布 T3 的售价。

CEO 黎明远在大会上表示，公司 2026 年芯片出货量预计将超过 5 万片。截至今年 10 月底，算元累计出货各代芯片约 11 万片。`,
    ),
    entry: entry({
      org: "Suanyuan Technology",
      title: "Suanyuan unveils Kunwu T3 inference chip: 1,600 INT8 TOPS, volume shipments from Q2 2027",
      summary:
        "On November 26, Suanyuan Technology (算元科技) announced Kunwu T3 (昆吾 T3), its third-generation inference chip, at its developer conference in Shenzhen. Volume shipments are expected to start in the second quarter of 2027, with two Chinese cloud providers among the first customers.",
      core: [
        b("Specs｜1,600 TOPS at INT8 and 400 TFLOPS at FP16, 96GB of HBM3e at 3.2 TB/s, 350W typical power."),
        b("Versus T2｜INT8 compute is 2.5 times the T2's, and memory capacity and bandwidth both double."),
      ],
      results: [
        b(
          "Throughput｜An 8-card T3 server serving DeepSeek-V3 outputs about 2,400 tokens per second, 2.2 times a comparable T2 server.",
        ),
      ],
      insights: [
        b(
          "Inference only｜VP of product Qi Lei (齐磊) says the T3 cannot train large models and does not support FP8 yet.",
        ),
        b(
          "Volume｜CEO Li Mingyuan (黎明远) expects 2026 shipments to exceed 50,000 chips; about 110,000 chips of all generations had shipped by the end of October.",
        ),
        b("Price｜The company has not disclosed a price."),
      ],
    }),
  },
  {
    id: "h6-policy-draft",
    article: art(
      "买人形机器人最高补 200 万！深圳具身智能新政征求意见",
      "新智元",
      `新智元报道
编辑：Aeneas

【新智元导读】深圳拟出台具身智能产业专项政策，购买本地人形机器人可获售价 20% 的补贴，新建训练场最高补助 3000 万元。

11 月 18 日，深圳市工业和信息化局发布《深圳市促进具身智能产业高质量发展若干措施（征求意见稿）》，公开征求意见至 12 月 18 日。

主要措施

| 措施 | 支持方式 | 上限 |
| 首购首用 | 按售价 20% 补贴 | 单个用户每年最高 200 万元 |
| 训练场建设 | 按设备投资 30% 补助 | 最高 3000 万元 |
| 核心零部件 | 按研发投入 25% 资助 | 最高 1000 万元 |

其中，「首购首用」补贴仅针对首次购买本市企业生产的人形机器人的用户；训练场补助要求项目向第三方开放不少于 40% 的机时。

意见稿还提出，深圳将联合社会资本设立规模 100 亿元的具身智能产业基金，具体设立时间未明确。

发展目标方面，意见稿提出力争到 2027 年全市具身智能产业规模突破 1000 亿元。据深圳市工信局数据，2025 年这一规模约为 420 亿元。

措施适用对象为在深圳注册、具有独立法人资格的企业和机构。`,
    ),
    entry: entry({
      org: "深圳市工业和信息化局",
      title: "深圳具身智能新政征求意见：首购人形机器人补贴 20%，训练场最高补 3000 万",
      summary:
        "深圳市工信局本月 18 日发布促进具身智能产业发展的若干措施征求意见稿，意见征集至 12 月 18 日。用户首次购买本市企业生产的人形机器人，可按售价的五分之一获得补贴，单个用户每年最多 200 万元。",
      core: [
        b("训练场｜按设备投资 30% 补助、最高 3000 万元，但须向第三方开放至少四成机时。"),
        b("零部件｜核心零部件按研发投入四分之一资助，上限 1000 万元。"),
        b("基金｜拟联合社会资本设立 100 亿元产业基金，设立时间未定。"),
      ],
      results: [b("目标｜力争 2027 年产业规模突破千亿元，较 2025 年约 420 亿元的规模增长超过一倍。")],
      insights: [b("门槛｜仅适用于在深圳注册、具有独立法人资格的企业和机构。")],
    }),
  },
  {
    id: "h6-agent-beta",
    article: art(
      "深岚编程智能体「码舟」海外公测：SWE-bench 68.2%，国内用户暂时用不上",
      "量子位",
      `西风 发自 凹非寺
量子位 | 公众号 QbitAI

深岚科技的编程智能体「码舟」，今天开启海外公测。

不过先说结论：国内用户暂时还用不上。

首批只开放三个市场

码舟本次公测首批仅开放美国、英国和新加坡三个市场，用户需使用当地手机号注册。深岚科技表示，中国大陆版本「暂无上线时间表」。

目前码舟处于公测（beta）阶段，正式版预计明年 3 月发布。

成绩：SWE-bench Verified 68.2%

官方数据显示，码舟在 SWE-bench Verified 上的解决率为 68.2%。作为对比，深岚引用的 Claude Code 成绩为 72.7%，OpenAI Codex 为 69.1%。也就是说，码舟目前在这三者中排名第三。

深岚称，码舟在「多文件重构」子集上的解决率达到 81.5%，是该子集上的最好成绩。

数据：内测累计 38 万开发者

在 4 个月的封闭内测中，码舟累计吸引了 38 万名开发者注册，日活跃用户峰值约 6.2 万。

| 套餐 | 价格 | 额度 |
| 免费版 | 0 | 每月 50 个任务 |
| Pro | 20 美元/月 | 每月 1,000 个任务 |
| Team | 40 美元/人/月 | 不限任务数，至少 5 人 |

深岚科技联合创始人骆一舟说：「我们先做海外，是因为那里的开发者更习惯为工具付费。」`,
    ),
    entry: entry({
      org: "深岚科技",
      title: "深岚编程智能体码舟开启海外公测，SWE-bench Verified 68.2%",
      summary:
        "深岚科技编程智能体「码舟」今日开启海外公测，首批仅开放美国、英国、新加坡三地，中国大陆版暂无上线时间表；正式版预计明年 3 月推出。",
      core: [
        b(
          "成绩｜SWE-bench Verified 解决率 68.2%，低于 Claude Code 的 72.7% 和 OpenAI Codex 的 69.1%，三者中居第三。",
        ),
        b("子集｜在「多文件重构」子集上解决率 81.5%，官方称为该子集最好成绩。"),
      ],
      results: [b("内测｜为期四个月的封闭内测累计吸引 38 万名开发者注册，日活峰值约 6.2 万。")],
      insights: [
        b(
          "定价｜免费版每月 50 个任务；Pro 每月 20 美元、1000 个任务；Team 每人每月 40 美元、不限任务，5 人起订。",
        ),
        b("策略｜联合创始人骆一舟称先做海外，是因为海外开发者更习惯为工具付费。"),
      ],
    }),
  },
];
