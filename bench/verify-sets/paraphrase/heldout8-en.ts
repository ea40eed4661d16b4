// Held-out set 8, English articles (part a): a press release on an agent platform available to some
// customers in some regions, priced per seat, with a waitlist (Chinese entry); a quarterly report with
// a segment beside the total, a GAAP loss beside a non-GAAP profit, and guidance (Chinese entry); a
// paper abstract with results at two percentiles and a setting per score (English entry). Written
// before opening src/verify; fictional companies, people and figures. Part b: heldout8-en-b.ts.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT8_EN: Heldout3Case[] = [
  {
    id: "h8-press",
    article: art(
      "Harbor AI launches Beacon, an agent platform for enterprise IT teams",
      "Harbor AI Newsroom",
      `SAN FRANCISCO, December 9, 2026 — Harbor AI today announced the general availability of Beacon, a platform that lets enterprise IT teams build and run AI agents that resolve support tickets.

Beacon is available today to Harbor Enterprise customers in the United States and the European Union. Customers in other regions can join a waitlist; Harbor expects to open Beacon in Japan and Australia in the first half of 2027.

Beacon costs $40 per agent seat per month, billed annually. Each seat includes 2,000 agent actions a month; additional actions cost $0.02 each.

In a three-month pilot with 14 customers, Beacon resolved 38% of incoming IT tickets without human involvement, and cut the median time to resolution from 9.5 hours to 2.1 hours. Harbor said the results come from its own measurement and were not independently audited.

"Most IT tickets are password resets and access requests. Agents should take those so people can work on the hard ones," said Priya Raman, Harbor's chief product officer.

Beacon connects to ServiceNow and Jira Service Management at launch. A Zendesk connector is in beta.

Harbor also said Beacon has received SOC 2 Type II certification. ISO 27001 certification is in progress.

Harbor AI, founded in 2021, has raised $310 million to date and serves more than 1,200 enterprise customers.`,
    ),
    entry: entry({
      org: "Harbor AI",
      title: "Harbor AI 推出企业 IT 智能体平台 Beacon，美国和欧盟企业客户可用",
      summary:
        "Harbor AI 12 月 9 日宣布面向企业 IT 团队的智能体平台 Beacon 正式上线，可构建处理工单的 AI 智能体。目前仅对美国和欧盟的 Harbor Enterprise 客户开放，其他地区可加入等候名单，日本和澳大利亚预计 2027 年上半年开放。",
      core: [
        b(
          "价格｜每个智能体席位每月 40 美元、按年计费，每席位每月含 2000 次智能体操作，超出部分每次 0.02 美元。",
        ),
        b(
          "试点｜14 家客户三个月试点中，38% 的 IT 工单无需人工即被解决，中位解决时间从 9.5 小时降到 2.1 小时（Harbor 自测，未经独立审计）。",
        ),
      ],
      results: [
        b("集成｜首发支持 ServiceNow 和 Jira Service Management，Zendesk 连接器处于 beta。"),
        b("合规｜已获 SOC 2 Type II 认证，ISO 27001 认证仍在进行中。"),
      ],
      insights: [
        b("观点｜首席产品官 Priya Raman 称多数 IT 工单是密码重置和权限申请，应交给智能体处理。"),
        b("公司｜成立于 2021 年，累计融资 3.1 亿美元，企业客户超 1200 家。"),
      ],
    }),
  },
  {
    id: "h8-earnings",
    article: art(
      "Quillon reports third-quarter fiscal 2027 results",
      "Quillon Investor Relations",
      `Quillon Inc. today reported results for the third quarter of fiscal 2027, ended October 31, 2026.

Revenue was $2.41 billion, up 18% from a year ago and up 4% from the previous quarter. Data center revenue was $1.62 billion, up 31% year over year. Revenue from the PC and gaming segment was $0.55 billion, down 6% year over year.

GAAP net loss was $84 million, or $0.21 per share, compared with GAAP net income of $37 million a year ago. The loss includes a $290 million charge related to the restructuring of the company's networking business. Non-GAAP net income was $412 million, or $1.02 per share.

Gross margin was 51.3% on a GAAP basis and 55.8% on a non-GAAP basis.

"AI inference is now the largest single driver of our data center growth," said CEO Marta Lindqvist.

Outlook

For the fourth quarter of fiscal 2027, Quillon expects revenue of $2.55 billion to $2.65 billion. The company raised its full-year revenue outlook to $9.4 billion from $9.1 billion.

Capital return

The board authorized a new $1 billion share repurchase program. During the quarter Quillon repurchased $180 million of its shares.

The company ended the quarter with $3.9 billion in cash and short-term investments. Headcount was about 14,200, down from 15,100 at the start of the fiscal year.`,
    ),
    entry: entry({
      org: "Quillon",
      title: "Quillon 2027 财年第三季度营收 24.1 亿美元，同比增长 18%，上调全年指引",
      summary:
        "Quillon 截至 2026 年 10 月 31 日的 2027 财年第三季度营收 24.1 亿美元，同比增长 18%，环比增长 4%。其中数据中心业务营收 16.2 亿美元，同比增长 31%；PC 与游戏业务 5.5 亿美元，同比下降 6%。",
      core: [
        b(
          "利润｜GAAP 净亏损 8400 万美元（每股 0.21 美元），其中含 2.9 亿美元网络业务重组费用；去年同期 GAAP 净利润 3700 万美元。非 GAAP 净利润 4.12 亿美元，每股 1.02 美元。",
        ),
        b("毛利率｜GAAP 51.3%，非 GAAP 55.8%。"),
      ],
      results: [
        b("指引｜预计第四财季营收 25.5 亿至 26.5 亿美元；全年营收指引从 91 亿美元上调至 94 亿美元。"),
        b("回购｜董事会批准新的 10 亿美元回购计划，本季度已回购 1.8 亿美元股票。"),
        b("现金｜期末现金及短期投资 39 亿美元；员工约 14200 人，财年初为 15100 人。"),
      ],
      insights: [b("CEO｜Marta Lindqvist 称 AI 推理已是数据中心增长的最大单一驱动力。")],
    }),
  },
  {
    id: "h8-paper",
    article: art(
      "Draftline: Speculative Decoding with Self-Drafted Heads at Scale",
      "arXiv",
      `Abstract

We present Draftline, a speculative decoding method that trains lightweight draft heads on top of a frozen target model. Unlike prior work, Draftline needs no separate draft model and adds fewer than 1% extra parameters. On a 70B target model, Draftline speeds up generation by 2.8x at temperature 0 and 2.1x at temperature 1.0, while the output distribution is provably unchanged.

Setup

We evaluate on Llama-3.1-70B and Llama-3.1-8B targets. Latency is measured on 4 H100 GPUs with tensor parallelism for the 70B model and on 1 H100 for the 8B model, at batch size 1.

Results

| Target | Method | Speed-up (T=0) | Speed-up (T=1.0) | p50 latency per token | p99 latency per token |
| 70B | Autoregressive | 1.0x | 1.0x | 41 ms | 58 ms |
| 70B | Medusa-2 | 2.3x | 1.6x | 18 ms | 47 ms |
| 70B | Draftline | 2.8x | 2.1x | 15 ms | 31 ms |
| 8B | Draftline | 2.2x | 1.7x | 6 ms | 11 ms |

The mean accepted length per step is 3.6 tokens for the 70B target at temperature 0.

The gains shrink at larger batch sizes: at batch size 32, Draftline's speed-up on the 70B target falls to 1.3x.

Training the draft heads takes about 11 GPU-hours on the 70B target, using 60,000 ShareGPT conversations. We did not evaluate on non-English text.

Authors: Lea Hoffmann, Tomas Varga (Meridian Institute of Technology); Kenji Sato (Obsidian AI).`,
    ),
    entry: entry({
      org: "Meridian Institute of Technology",
      title: "Draftline trains draft heads on a frozen model for 2.8x faster 70B decoding",
      summary:
        "Researchers from the Meridian Institute of Technology and Obsidian AI propose Draftline, speculative decoding with lightweight draft heads on a frozen target model, adding under 1% parameters and no separate draft model. On Llama-3.1-70B it speeds up generation 2.8x at temperature 0 and 2.1x at temperature 1.0 without changing the output distribution.",
      core: [
        b(
          "Latency｜For the 70B model, p50 latency per token drops from 41 ms to 15 ms and p99 from 58 ms to 31 ms.",
        ),
        b("Baseline｜Medusa-2 reaches 2.3x at temperature 0 and 1.6x at temperature 1.0."),
        b("8B｜On Llama-3.1-8B Draftline gives 2.2x at temperature 0, measured on a single H100."),
      ],
      results: [
        b("Acceptance｜The 70B target accepts 3.6 tokens per step on average at temperature 0."),
        b("Batching｜At batch size 32 the 70B speed-up falls to 1.3x."),
        b("Cost｜Training the heads takes about 11 GPU-hours on 60,000 ShareGPT conversations."),
      ],
      insights: [b("Limits｜All latency is at batch size 1, and non-English text was not evaluated.")],
    }),
  },
];
