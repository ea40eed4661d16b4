// Held-out set 9, English articles: an earnings call transcript excerpt (CEO and CFO, reported beside
// constant-currency growth, a guidance range, retention down, backlog beside revenue; Chinese entry),
// a research blog with ablations at two scales and two lengths, averaged over seeds (English entry),
// a regulatory filing (an undrawn facility, a resignation with no disagreement, an interim officer, a
// buyback authorised but unused, an unnamed customer; Chinese entry), and an interview with hedged
// plans, a declined question and a share of picks (English entry). Written before opening
// src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT9_EN: Heldout3Case[] = [
  {
    id: "h9-earnings-call",
    article: art(
      "Corvane Systems Q3 fiscal 2027 earnings call: prepared remarks and Q&A (excerpt)",
      "Corvane Investor Relations",
      `Operator: Good afternoon, and welcome to Corvane Systems' third quarter fiscal 2027 earnings call.

Lena Ortiz, Chief Executive Officer: Thank you. Q3 revenue was $412 million, up 18% year over year. Our AI platform segment contributed $96 million of that. We added 41 customers paying more than $1 million a year, bringing that group to 388. We don't expect to be free cash flow positive this fiscal year; our goal is fiscal 2028.

Martin Hale, Chief Financial Officer: Thanks, Lena. In constant currency, revenue grew 21%. Non-GAAP gross margin was 61.2%, down from 63.0% a year ago, mainly because of GPU capacity we brought online ahead of demand. Remaining performance obligations were $1.3 billion, of which we expect about 45% to be recognised as revenue in the next 12 months. For Q4 we expect revenue between $430 million and $445 million.

Analyst (Priya Nand, Halvorsen Securities): Can you talk about retention?

Martin Hale: Net revenue retention was 114%, down from 119% in the same quarter last year. Most of that is smaller customers consolidating seats; churn among large accounts was flat.

Lena Ortiz: And to be clear, headcount is flat year over year. We are not planning layoffs.`,
    ),
    entry: entry({
      org: "Corvane Systems",
      title: "Corvane Systems 2027 财年 Q3 营收 4.12 亿美元，同比增 18%",
      summary:
        "Corvane Systems 2027 财年第三季度营收 4.12 亿美元，同比增长 18%，按固定汇率计算增长 21%；其中 AI 平台业务 9600 万美元。CFO Martin Hale 给出第四季度营收指引 4.30 亿至 4.45 亿美元。",
      core: [
        b("大客户｜年付费超 100 万美元的客户本季新增 41 家，总数 388 家。"),
        b("毛利｜非 GAAP 毛利率 61.2%，低于去年同期的 63.0%，主因是提前上线的 GPU 算力。"),
        b("留存｜净收入留存率 114%，去年同期为 119%，主要是小客户合并席位；大客户流失持平。"),
        b("积压订单｜剩余履约义务 13 亿美元，预计约 45% 在未来 12 个月确认为收入。"),
      ],
      insights: [
        b("现金流｜CEO Lena Ortiz 表示本财年不会实现自由现金流为正，目标是 2028 财年。"),
        b("人员｜员工人数同比持平，公司没有裁员计划。"),
      ],
    }),
  },
  {
    id: "h9-research-blog",
    article: art(
      "Memory tokens for long context: what helped, what didn't",
      "Halcyon Labs Blog",
      `We trained Halcyon-7B with a small set of learned memory tokens that the model can write to and read from across chunks. This post reports what each piece contributes.

Setup. All 7B models were trained on the same 300B tokens with the same schedule. Every number below is the mean of three seeds; the standard deviation was at most 0.6 points.

Main result. On LongTrace at 128K context, the full model scores 78.4. Removing the memory tokens drops it to 69.1. Removing the length curriculum (training at full length from the start) gives 75.0. Removing both gives 64.2.

Length matters. At 32K context the gap between the full model and the no-memory variant is only 1.2 points. Memory tokens earn their keep at long context, not short.

Scale matters too. We repeated the memory-token ablation at 1.3B parameters. There, memory tokens slightly hurt: the model with them scored 0.4 points lower than the one without. We think the smaller model lacks the capacity to learn what to store, but we have not tested this.

Cost. Memory tokens add about 3% to training compute; the full 7B run took roughly 2,100 H100-days.

Release. We are releasing the training code today under Apache 2.0. We are not releasing the 7B weights yet.`,
    ),
    entry: entry({
      org: "Halcyon Labs",
      title: "Halcyon Labs: memory tokens lift Halcyon-7B to 78.4 on LongTrace at 128K",
      summary:
        "Halcyon Labs trained Halcyon-7B with learned memory tokens read and written across chunks. At 128K context on LongTrace the full model scores 78.4 (mean of three seeds); without memory tokens it falls to 69.1.",
      core: [
        b(
          "Ablations｜Dropping the length curriculum gives 75.0; dropping both memory tokens and curriculum gives 64.2.",
        ),
        b("Length｜At 32K the full model leads the no-memory variant by only 1.2 points."),
        b(
          "Scale｜At 1.3B parameters memory tokens cost 0.4 points; the lab suspects too little capacity but has not tested it.",
        ),
      ],
      results: [
        b(
          "Compute｜Memory tokens add about 3% to training compute; the 7B run took about 2,100 H100-days on 300B tokens.",
        ),
        b("Release｜Training code is out under Apache 2.0; the 7B weights are not released yet."),
      ],
    }),
  },
  {
    id: "h9-filing",
    article: art(
      "Telmira Inc. Form 8-K: credit agreement, officer departure, repurchase program",
      "SEC EDGAR",
      `Item 1.01 Entry into a Material Definitive Agreement.
On December 8, 2026, Telmira Inc. (the "Company") entered into a credit agreement providing for a senior unsecured revolving credit facility of up to $750 million, maturing in December 2031. No amounts were drawn under the facility at closing.

Item 5.02 Departure of Certain Officers.
On December 9, 2026, Dana Pruitt notified the Company of her resignation as Chief Financial Officer, effective January 15, 2027. Ms. Pruitt's resignation is not the result of any disagreement with the Company on any matter relating to its operations, policies or practices. The Board has appointed Ravi Menon, currently Vice President of Finance, as interim Chief Financial Officer effective upon Ms. Pruitt's departure. The Company has begun a search for a permanent Chief Financial Officer.

Item 8.01 Other Events.
On December 10, 2026, the Board authorized the repurchase of up to $500 million of the Company's common stock over 24 months. As of the date of this report, no shares have been repurchased under the program.

The Company also disclosed that one customer, which it did not name, accounted for approximately 14% of revenue in the nine months ended September 30, 2026.`,
    ),
    entry: entry({
      org: "Telmira",
      title: "Telmira 提交 8-K：签订 7.5 亿美元循环信贷，CFO Dana Pruitt 辞职",
      summary:
        "Telmira 12 月 8 日签订最高 7.5 亿美元的高级无担保循环信贷协议，2031 年 12 月到期，签约时未提取。CFO Dana Pruitt 辞职，2027 年 1 月 15 日生效，公告称其辞职并非因与公司存在分歧。",
      core: [
        b("接任｜财务副总裁 Ravi Menon 将在 Pruitt 离任后出任临时 CFO，公司正在物色正式 CFO。"),
        b("回购｜董事会授权 24 个月内回购最多 5 亿美元普通股，截至报告日尚未回购任何股票。"),
      ],
      results: [b("客户集中｜一家未具名客户约占 2026 年前九个月营收的 14%。")],
    }),
  },
  {
    id: "h9-interview",
    article: art(
      "Fenwick Robotics' Mara Ilsen: 'Humanoids are a distraction for us, for now'",
      "The Gradient Ledger",
      `Mara Ilsen co-founded Fenwick Robotics in 2020. Its wheeled picking robots now work in warehouses across Europe. We spoke to her in Rotterdam. The interview has been edited for length.

How big is the fleet today?
About 1,800 robots across 40 warehouses. Roughly 70% of picks are fully autonomous; the rest are completed with help from remote operators.

Will Fenwick build a humanoid?
Not for at least two years. Legs are a distraction for us right now. Maybe later, if the economics change.

There are reports that you are raising $200 million.
I won't comment on that.

What do you make of AGI timelines?
My personal view is that most AGI timeline talk is marketing. That's me, not the company.

What's next?
A second model of the picker, the F2, which we plan to ship in the second half of 2027. It should handle items up to 25 kilograms, up from 12 today.`,
    ),
    entry: entry({
      org: "Fenwick Robotics",
      title: "Fenwick Robotics co-founder Mara Ilsen rules out humanoids for at least two years",
      summary:
        "In an interview, Fenwick Robotics co-founder Mara Ilsen said the company will not build a humanoid for at least two years. Its fleet is about 1,800 wheeled picking robots in 40 warehouses, and about 70% of picks are fully autonomous.",
      core: [
        b("Remote help｜The remaining picks are finished with help from remote operators."),
        b("Funding｜Asked about reports of a $200 million raise, Ilsen declined to comment."),
        b("View｜Her personal view, not the company's, is that most AGI timeline talk is marketing."),
      ],
      results: [
        b(
          "Next｜The F2 picker is planned for the second half of 2027, handling items up to 25 kg versus 12 kg today.",
        ),
      ],
    }),
  },
];
