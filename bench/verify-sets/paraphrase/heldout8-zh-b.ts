// Held-out set 8, Chinese articles (part b): an open-source release whose code and weights carry
// different licences, with a user threshold and one size kept behind the API; an interview where the
// founder's own view is set apart from the company's (English entry); a paper with ablations whose
// largest loss belongs to one component; an app's price rise with a quota per user and old subscribers
// kept on the old price. Written before opening src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT8_ZH_B: Heldout3Case[] = [
  {
    id: "h8-open-release",
    article: art(
      "青穹-Coder 2 开源：7B 和 32B 两个尺寸，代码 Apache 2.0，权重用自定义许可",
      "量子位",
      `一水 发自 凹非寺
量子位 | 公众号 QbitAI

代码模型赛道，又来一位开源选手。

12 月 11 日，青穹智能开源了代码大模型「青穹-Coder 2」的 7B 和 32B 两个版本。此前曾在技术报告中出现的 235B 版本本次没有开源，仅通过 API 提供。

许可证方面，推理和微调代码采用 Apache 2.0 许可证；模型权重则采用自定义的「青穹模型许可协议」：月活跃用户不超过 1 亿的企业可免费商用，超过该规模需另行申请授权，且商用时须在产品中标注「基于青穹-Coder」。

青穹智能没有公开训练数据，只公布了数据配比：代码占 70%，数学占 15%，自然语言占 15%。

成绩方面，青穹-Coder 2-32B 在 HumanEval 上 pass@1 为 90.2，在 LiveCodeBench v6 上为 48.6；7B 版本在 HumanEval 上 pass@1 为 81.5。官方称，32B 版本在 LiveCodeBench 上超过了所有参数量 70B 以下的开源模型。

青穹-Coder 2 支持 128K 上下文，覆盖 92 种编程语言。

目前，模型权重已上线 Hugging Face 和魔搭社区。青穹智能表示，模型发布 48 小时内下载量已超过 12 万次。

青穹智能负责人周知远表示，团队正在训练面向智能体场景的版本，但「还没有确定是否开源」。`,
    ),
    entry: entry({
      org: "青穹智能",
      title: "青穹智能开源青穹-Coder 2 的 7B、32B 版本，235B 仅提供 API",
      summary:
        "青穹智能 12 月 11 日开源代码模型青穹-Coder 2 的 7B 和 32B 两个尺寸，技术报告中的 235B 版本未开源、只走 API。推理与微调代码用 Apache 2.0，权重用自定义的青穹模型许可协议。",
      core: [
        b("许可｜月活不超过 1 亿的企业可免费商用，更大规模须另行授权；商用产品须标注「基于青穹-Coder」。"),
        b("数据｜训练数据未公开，只公布配比：代码七成，数学和自然语言各 15%。"),
        b("成绩｜32B 版本 HumanEval pass@1 90.2、LiveCodeBench v6 48.6；7B 版本 HumanEval pass@1 81.5。"),
      ],
      results: [
        b("对比｜官方称 32B 在 LiveCodeBench 上超过所有 70B 以下的开源模型。"),
        b("规格｜支持 128K 上下文，覆盖 92 种编程语言。"),
        b("下载｜权重已上架 Hugging Face 与魔搭，48 小时下载超 12 万次。"),
      ],
      insights: [b("后续｜负责人周知远称正在训练智能体版本，是否开源尚未确定。")],
    }),
  },
  {
    id: "h8-interview",
    article: art(
      "对话言川 CEO 温叙：Agent 的瓶颈不在模型，在评测",
      "机器之心",
      `机器之心原创
作者：小舟

成立两年、团队 60 人的智能体公司言川，最近因为一款面向财务人员的 Agent 产品「言川账房」受到关注。机器之心与言川创始人兼 CEO 温叙聊了聊。

机器之心：很多人认为 Agent 做不好是因为模型不够强，你同意吗？

温叙：我不太同意。模型当然重要，但我们内部复盘发现，七成的失败案例是因为评测没覆盖到真实场景，而不是模型能力不够。

机器之心：言川账房现在有多少客户？

温叙：付费企业客户刚过 400 家，大部分是 200 人以下的中小企业。续费率我们还没到能公布的时候，因为产品上线才 9 个月。

机器之心：听说你们在融资？

温叙：我们确实在和几家机构谈，但还没有签任何协议。

机器之心：你怎么看大厂也在做财务 Agent？

温叙：这是我个人的看法，不代表公司：大厂更可能做通用平台，垂直场景的脏活累活他们未必愿意干。

机器之心：未来一年最重要的事情是什么？

温叙：把单据识别的准确率从现在的 96% 做到 99% 以上。差这 3 个点，客户就得雇人复核。

据了解，言川账房目前按席位收费，每个席位每月 300 元，单个客户平均购买 6 个席位。`,
    ),
    entry: entry({
      org: "言川",
      title: "Yanchuan CEO Wen Xu: agents fail more on evaluation than on the model",
      summary:
        "In an interview with 机器之心, Wen Xu (温叙), founder and CEO of the 60-person agent company Yanchuan (言川), said an internal review found 70% of failures came from evaluations that missed real-world cases, not from weak models.",
      core: [
        b(
          "Customers｜Paying business customers have just passed 400, mostly firms under 200 staff; renewal rates are not yet public because the product launched 9 months ago.",
        ),
        b("Funding｜Wen said Yanchuan is talking to several investors but has signed nothing."),
        b("Pricing｜The finance agent costs RMB 300 per seat per month; a customer buys 6 seats on average."),
      ],
      results: [
        b(
          "Goal｜Lift document-recognition accuracy from 96% to above 99% within a year, so customers need no human checker.",
        ),
      ],
      insights: [
        b(
          "Big tech｜In what he called his personal view, not the company's, Wen said large firms will more likely build general platforms than do the grinding vertical work.",
        ),
      ],
    }),
  },
  {
    id: "h8-ablation",
    article: art(
      "长文本推理提速 3.4 倍、精度几乎无损：浙理大提出稀疏检索注意力 SRA",
      "机器之心",
      `机器之心发布
机器之心编辑部

来自浙江理工大学与云岫 AI 的研究团队提出了一种名为「稀疏检索注意力」（SRA）的方法，让大模型在 128K 长上下文下的解码速度提升 3.4 倍，而 RULER 基准上的平均得分仅下降 0.6 分。论文已上传 arXiv，目前尚在同行评审中。

方法

SRA 由三个部分组成：块级检索（只让每个 query 关注最相关的 64 个块）、局部滑动窗口（保留最近 4K token 的完整注意力）、以及注意力汇聚 token（保留序列开头的 16 个 token）。

实验设置

研究团队在 Llama-3.1-8B 和 Qwen2.5-14B 两个模型上进行了实验，所有速度测试均在单张 H100 上完成，batch size 为 1。

主要结果（Llama-3.1-8B，128K）

| 方法 | RULER 平均分 | 解码速度（相对全注意力） |
| 全注意力 | 85.1 | 1.0× |
| SRA | 84.5 | 3.4× |
| 对比方法 StreamingLLM | 71.3 | 3.9× |

在 Qwen2.5-14B 上，SRA 的解码提速为 2.9 倍，RULER 平均分下降 0.9 分。

消融实验

| 设置 | RULER 平均分 |
| 完整 SRA | 84.5 |
| 去掉块级检索 | 70.8 |
| 去掉局部窗口 | 80.2 |
| 去掉汇聚 token | 83.9 |

论文指出，块级检索是最关键的组件，去掉后得分下降 13.7 分；汇聚 token 的影响最小。

局限

作者在论文中承认，当上下文短于 16K 时，SRA 的额外检索开销会使其比全注意力更慢；此外，SRA 目前只在解码阶段生效，对预填充阶段没有加速。

论文一作为浙江理工大学博士生罗千帆，通讯作者为云岫 AI 首席科学家孟瑶。代码将在论文被接收后开源。`,
    ),
    entry: entry({
      org: "浙江理工大学",
      title: "浙理大与云岫 AI 提出稀疏检索注意力 SRA：128K 解码提速 3.4 倍，RULER 仅降 0.6 分",
      summary:
        "浙江理工大学与云岫 AI 提出稀疏检索注意力（SRA），在 Llama-3.1-8B、128K 上下文下解码速度达全注意力的 3.4 倍，RULER 平均分从 85.1 降至 84.5。论文已上传 arXiv，仍在同行评审。",
      core: [
        b(
          "组成｜块级检索（每个 query 只看最相关的 64 个块）、最近 4K token 的局部窗口、开头 16 个汇聚 token。",
        ),
        b("对比｜StreamingLLM 提速 3.9 倍，但 RULER 只有 71.3。"),
        b("Qwen｜在 Qwen2.5-14B 上提速 2.9 倍，RULER 降 0.9 分。"),
      ],
      results: [
        b(
          "消融｜去掉块级检索降至 70.8，跌幅 13.7 分，是最关键的组件；去掉局部窗口为 80.2，去掉汇聚 token 为 83.9，影响最小。",
        ),
        b("设置｜速度均在单张 H100、batch size 1 下测得。"),
      ],
      insights: [
        b("局限｜上下文短于 16K 时反而比全注意力慢，且只加速解码，不加速预填充。"),
        b("代码｜将在论文被接收后开源。"),
      ],
    }),
  },
  {
    id: "h8-price-rise",
    article: art(
      "问渠 App 会员涨价：Pro 月费 68 元涨到 98 元，深度研究额度改为按人计算",
      "新智元",
      `新智元报道
编辑：Aeneas

【新智元导读】AI 搜索应用问渠宣布调整会员价格，Pro 会员月费上涨 44%，老用户的价格保留到明年 3 月。

12 月 12 日，AI 搜索应用问渠发布公告，宣布自 2027 年 1 月 1 日起调整会员价格和额度。

价格调整

| 套餐 | 现价 | 新价 |
| Pro 月付 | 68 元/月 | 98 元/月 |
| Pro 年付 | 680 元/年 | 880 元/年 |
| 团队版 | 128 元/人/月 | 128 元/人/月 |

已订阅 Pro 的老用户在 2027 年 3 月 31 日之前续费，仍按原价计费。

额度调整

Pro 会员的「深度研究」额度由每月 100 次调整为每月 150 次；团队版的深度研究额度由团队共享改为按人计算，每人每月 60 次。

免费用户的深度研究功能将被取消，但普通搜索仍然不限次数。

问渠产品负责人庞书言解释，涨价的主要原因是深度研究的单次调用成本在过去半年上升了约 2 倍，「深度研究一次平均要读 80 多个网页」。

用户规模

问渠表示，目前月活跃用户约 2100 万，其中付费用户约 86 万。

公告发布后，不少用户在社交媒体上表达了不满。问渠官方回应称，将在 12 月底前上线「轻量版」套餐，价格约为每月 30 元，但具体权益尚未公布。`,
    ),
    entry: entry({
      org: "问渠",
      title: "问渠调整会员价格：Pro 月付从 68 元涨到 98 元，2027 年 1 月 1 日生效",
      summary:
        "AI 搜索应用问渠 12 月 12 日宣布，自 2027 年 1 月 1 日起 Pro 月付由 68 元涨到 98 元，年付由 680 元涨到 880 元，团队版维持每人每月 128 元。已订阅的老用户在 2027 年 3 月 31 日前续费仍按原价。",
      core: [
        b("额度｜Pro 深度研究由每月 100 次增至 150 次；团队版由全队共享改为按人计算，每人每月 60 次。"),
        b("免费｜免费用户不再能用深度研究，普通搜索仍不限次数。"),
      ],
      results: [
        b("原因｜产品负责人庞书言称深度研究单次成本半年上升约 2 倍，一次平均要读 80 多个网页。"),
        b("用户｜月活约 2100 万，付费用户约 86 万。"),
      ],
      insights: [b("回应｜用户不满后，问渠称将在 12 月底前推出约 30 元/月的轻量版，权益未定。")],
    }),
  },
];
