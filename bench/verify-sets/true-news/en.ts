// Plain-news true-claim set, English articles: an earnings report, a partnership with a Chinese
// company, a funding round (English entry), a model launch with a benchmark table. Written before
// reading src/verify; fictional companies, people and figures. Every claim is true.
import { b, entry } from "../paraphrase/entry-helpers.ts";
import { art, type Heldout3Case } from "../paraphrase/heldout3-zh-a.ts";

export const TRUE_NEWS_EN: Heldout3Case[] = [
  {
    id: "tn-earnings-en",
    article: art(
      "Helix Compute's data center sales jump 58% as fiscal third-quarter revenue beats forecasts",
      "Chip Ledger",
      `Helix Compute on Wednesday reported revenue of $9.42 billion for its fiscal third quarter, which ended October 26, up 34% from a year earlier and ahead of the $9.1 billion analysts had expected.

Data center revenue rose 58% to $6.81 billion. Networking revenue was $1.27 billion, up 21%. Revenue from PCs and gaming slipped 4% to $1.34 billion.

Gross margin was 71.8%, compared with 68.9% in the same quarter last year. Net income came to $3.05 billion, or $1.22 per share, up from $1.46 billion a year earlier.

For the fourth quarter, Helix expects revenue of about $10.3 billion, plus or minus 2%.

Chief executive Dana Whitfield said demand for the company's Orion accelerators "continues to exceed supply," and that the company's three largest cloud customers accounted for 47% of data center revenue.

Helix also said its board approved an additional $15 billion share buyback. The company's fiscal year 2026 ends in January.`,
    ),
    entry: entry({
      org: "Helix Compute",
      title: "Helix Compute 三季度营收 94.2 亿美元，数据中心增长 58%",
      summary: "Helix Compute 2026 财年第三季度营收 94.2 亿美元，同比增长 34%，高于分析师预期的 91 亿美元。",
      core: [
        b("数据中心｜数据中心营收增长 58% 至 68.1 亿美元，约占总营收的七成。"),
        b("其他业务｜网络业务营收 12.7 亿美元，增长 21%；PC 与游戏营收下滑 4% 至 13.4 亿美元。"),
      ],
      results: [
        b(
          "利润｜毛利率由去年同期的 68.9% 升至 71.8%；净利润 30.5 亿美元，约为去年同期的两倍，每股收益 1.22 美元。",
        ),
        b("指引｜预计第四季度营收约 103 亿美元，上下浮动 2%。"),
      ],
      insights: [
        b(
          "客户｜CEO Dana Whitfield 称 Orion 加速器需求持续超过供给，前三大云客户贡献了近一半的数据中心营收。",
        ),
        b("回购｜董事会新批准 150 亿美元股票回购。"),
        b("财期｜本财季截至 10 月 26 日，公司 2026 财年于明年 1 月结束。"),
      ],
    }),
  },
  {
    id: "tn-partnership-en",
    article: art(
      "Northwind Cloud to host Tianlu AI's models in Europe and the Middle East",
      "Cloud Wire",
      `London-based cloud provider Northwind Cloud and Chinese model developer Tianlu AI have signed a three-year partnership under which Northwind will host Tianlu's Pathfinder models for customers in Europe and the Middle East, the companies said on Tuesday.

Under the agreement, Northwind will commit at least $400 million over three years to GPU capacity dedicated to Tianlu's models, and the two companies will split revenue from the service 70/30 in Northwind's favour.

Pathfinder models will be available in Northwind's Frankfurt and Dubai regions from February 2027, with a London region to follow later in the year. Customer data will stay in the region where it is processed, the companies said.

Tianlu, founded in Hangzhou in 2022, said its models are already used by about 3,000 enterprise customers in China. Northwind has 41 data centers in 12 countries.

"European customers have been asking for strong open models they can run close to home," Northwind CEO Martin Hale said.

The deal is not exclusive: Tianlu remains free to work with other cloud providers outside China.`,
    ),
    entry: entry({
      org: "Northwind Cloud",
      title: "Northwind Cloud 将在欧洲和中东托管 Tianlu AI 模型",
      summary:
        "伦敦云服务商 Northwind Cloud 与杭州大模型公司 Tianlu AI 签署三年合作，将在欧洲和中东为客户托管 Tianlu 的 Pathfinder 模型。",
      core: [
        b("投入｜Northwind 承诺三年内至少投入 4 亿美元，用于专供 Tianlu 模型的 GPU 算力。"),
        b("分成｜服务收入按七三分成，Northwind 拿七成。"),
      ],
      results: [
        b("上线｜2027 年 2 月起在法兰克福和迪拜区域上线，伦敦区域将于当年晚些时候跟进。"),
        b("数据｜客户数据将留在处理所在的区域。"),
        b(
          "规模｜Tianlu 成立于 2022 年，称国内已有约 3000 家企业客户；Northwind 在 12 个国家拥有 41 座数据中心。",
        ),
      ],
      insights: [
        b("非独家｜合作并非独家，Tianlu 仍可与中国以外的其他云厂商合作。"),
        b("观点｜Northwind CEO Martin Hale 表示，欧洲客户一直希望有能就近运行的强大开放模型。"),
      ],
    }),
  },
  {
    id: "tn-funding-en",
    article: art(
      "Vantage Labs raises $310 million to build AI agents for accountants",
      "Venture Daily",
      `Vantage Labs, a San Francisco startup building AI agents that automate bookkeeping and tax preparation, has raised $310 million in a Series C round led by Granite Peak Partners, valuing the company at $4.2 billion.

Existing investors Harbor Ventures and Ninefold Capital also took part. The round brings Vantage's total funding to $520 million.

The valuation is more than triple the $1.3 billion the company was valued at in its Series B just 11 months ago.

Vantage says its annualised revenue has passed $95 million, up from $30 million at the start of the year. About 6,500 accounting firms use its software, including 14 of the 20 largest in the US.

Co-founder and CEO Leila Farouk, a former tax partner at a Big Four firm, said the money will go toward hiring — the company plans to grow from 280 to about 500 employees by the end of next year — and expanding to the UK and Canada.

"Accountants don't want a chatbot. They want the work done, and checked," Farouk said.`,
    ),
    entry: entry({
      org: "Vantage Labs",
      title: "Vantage Labs raises $310M Series C at $4.2B valuation",
      summary:
        "Vantage Labs raised $310 million in a Series C led by Granite Peak Partners at a $4.2 billion valuation, more than three times its Series B valuation 11 months ago.",
      core: [
        b(
          "Investors｜Existing backers Harbor Ventures and Ninefold Capital joined; total funding now stands at $520 million.",
        ),
        b(
          "Revenue｜Annualised revenue has passed $95 million, more than triple the $30 million at the start of the year.",
        ),
      ],
      results: [
        b("Customers｜About 6,500 accounting firms use Vantage, including 14 of the 20 biggest in the US."),
        b("Hiring｜Headcount is set to nearly double, from 280 to about 500, by the end of next year."),
        b("Expansion｜The company will also expand to the UK and Canada."),
      ],
      insights: [
        b("Founder｜CEO Leila Farouk is a former Big Four tax partner."),
        b("Pitch｜Farouk: accountants don't want a chatbot, they want the work done and checked."),
        b("估值｜Vantage Labs 估值 42 亿美元，是 B 轮时 13 亿美元的三倍多。"),
      ],
    }),
  },
  {
    id: "tn-launch-en",
    article: art(
      "Arden AI launches Quill 2 with a 1M-token context window",
      "Model Watch",
      `Arden AI on Thursday released Quill 2, its new flagship model, available today through its API and in the Quill app for paid subscribers.

Quill 2 expands the context window from 200,000 tokens in Quill 1.5 to 1 million tokens, and Arden says it is 2.3 times faster at generating output.

| Benchmark | Quill 2 | Quill 1.5 | Nimbus X-4 |
|---|---|---|---|
| SWE-bench Verified | 78.4% | 64.9% | 74.2% |
| Terminal-Bench | 51.3% | 38.0% | 47.5% |
| GPQA Diamond | 86.7% | 80.2% | 87.9% |
| MMMU | 77.0% | 72.6% | 79.5% |

API pricing is unchanged at $3 per million input tokens and $15 per million output tokens. For prompts longer than 200,000 tokens, prices double.

Arden said Quill 2 was trained on data through June 2026. The company, which has 1,100 employees, also said Quill 2 showed a 37% drop in "sycophantic" responses in its internal evaluations compared with Quill 1.5.`,
    ),
    entry: entry({
      org: "Arden AI",
      title: "Arden AI 发布 Quill 2，上下文扩展至 100 万 token",
      summary:
        "Arden AI 发布新旗舰模型 Quill 2，上下文从 Quill 1.5 的 20 万 token 扩展到 100 万，生成速度提升 2.3 倍。",
      core: [
        b("编码｜SWE-bench Verified 达 78.4%，比 Quill 1.5 高 13.5 个百分点，也超过 Nimbus X-4 的 74.2%。"),
        b("终端｜Terminal-Bench 得分 51.3%，领先 Nimbus X-4 近 4 个百分点。"),
        b("短板｜GPQA Diamond（86.7%）和 MMMU（77.0%）仍略低于 Nimbus X-4。"),
      ],
      results: [
        b("价格｜API 价格不变，输入每百万 token 3 美元、输出 15 美元；提示超过 20 万 token 时价格翻倍。"),
        b("对齐｜内部评测中谄媚式回答比 Quill 1.5 减少 37%。"),
      ],
      insights: [
        b("数据｜训练数据截至 2026 年 6 月。"),
        b("上线｜即日起通过 API 和 Quill 应用向付费用户开放。"),
        b("公司｜Arden AI 现有员工 1100 人。"),
      ],
    }),
  },
];
