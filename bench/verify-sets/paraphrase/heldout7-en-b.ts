// Held-out set 7, English articles (part b): a news report with anonymous sources on an executive
// leaving for a rival, with an interim replacement (Chinese entry); a regulatory filing with a
// multi-year compute commitment and an officer's departure effective at a future date (Chinese
// entry). Written before opening src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT7_EN_B: Heldout3Case[] = [
  {
    id: "h7-exec-move",
    article: art(
      "Keller Systems' AI chief is leaving for rival Orbis, sources say",
      "The Ledger",
      `Keller Systems' chief AI officer, Dana Whitfield, is leaving the enterprise software company to join rival Orbis Software, according to two people familiar with the matter.

Whitfield, who joined Keller in 2022 and led the team behind its Keller Assist product, is expected to become Orbis's executive vice president of AI, one of the people said. The people asked not to be named because the move has not been announced.

Keller declined to comment. Orbis did not respond to a request for comment.

Keller has told staff that Raj Menon, its vice president of machine learning platforms, will lead the AI group on an interim basis while it searches for a permanent replacement, according to an internal memo seen by The Ledger.

The departure comes at a difficult time. Keller Assist has about 2,300 paying business customers, according to the company's last quarterly report, but revenue growth slowed to 9% year over year in the quarter ended September 30, from 14% a year earlier.

Orbis, which is roughly half Keller's size by revenue, has hired at least five senior AI staff from larger rivals this year, according to LinkedIn profiles reviewed by The Ledger.

Whitfield is the third senior executive to leave Keller in 2026, after the chief financial officer in March and the head of sales in July.`,
    ),
    entry: entry({
      org: "Keller Systems",
      title: "消息称 Keller Systems 首席 AI 官 Dana Whitfield 将跳槽对手 Orbis",
      summary:
        "据 The Ledger 援引两位知情人士报道，企业软件公司 Keller Systems 的首席 AI 官 Dana Whitfield 将离职加入竞争对手 Orbis Software，预计出任执行副总裁、主管 AI。消息尚未官宣，Keller 拒绝置评，Orbis 未回应。",
      core: [
        b(
          "接任｜据 The Ledger 看到的内部备忘录，机器学习平台副总裁 Raj Menon 将临时领导 AI 团队，公司同时物色正式人选。",
        ),
        b("履历｜Whitfield 2022 年加入 Keller，带领团队打造了 Keller Assist。"),
      ],
      results: [
        b(
          "业务｜Keller Assist 约有 2300 家付费企业客户；截至 9 月 30 日的季度营收同比增速放缓至 9%，一年前为 14%。",
        ),
        b("对手｜Orbis 营收规模约为 Keller 的一半，今年已从更大的对手处挖来至少五名资深 AI 人才。"),
      ],
      insights: [
        b("流失｜Whitfield 是 Keller 今年第三位离职的高管，此前首席财务官 3 月离职、销售负责人 7 月离职。"),
      ],
    }),
  },
  {
    id: "h7-filing",
    article: art(
      "Quillon, Inc. — Form 8-K (Current Report)",
      "SEC EDGAR",
      `UNITED STATES SECURITIES AND EXCHANGE COMMISSION
FORM 8-K
CURRENT REPORT
Date of Report (Date of earliest event reported): November 30, 2026
Quillon, Inc.

Item 1.01 Entry into a Material Definitive Agreement.

On November 30, 2026, Quillon, Inc. (the "Company") entered into a Cloud Services Agreement (the "Agreement") with Stratus Compute LLC. Under the Agreement, the Company has committed to purchase cloud computing capacity, primarily GPU instances, totalling $840 million over a term of four years beginning January 1, 2027. The Company may terminate the Agreement early only upon payment of the remaining minimum commitment for the following twelve months.

Item 5.02 Departure of Directors or Certain Officers.

On November 28, 2026, Michael Osei notified the Company of his decision to resign as Chief Financial Officer, effective January 31, 2027. Mr. Osei's decision was not the result of any disagreement with the Company on any matter relating to its operations, policies or practices. The Company has begun a search for a successor. Ellen Park, the Company's Vice President of Finance, will serve as interim Chief Financial Officer from February 1, 2027 until a successor is appointed.

Item 7.01 Regulation FD Disclosure.

The Company reaffirms its previously issued guidance for fiscal year 2026 revenue of $1.12 billion to $1.15 billion.

Forward-looking statements in this report are subject to risks and uncertainties.`,
    ),
    entry: entry({
      org: "Quillon",
      title: "Quillon 8-K：与 Stratus Compute 签四年 8.4 亿美元云算力采购协议，CFO 将于明年 1 月底离任",
      summary:
        "Quillon 11 月 30 日提交 8-K 文件：公司与 Stratus Compute 签署云服务协议，承诺自 2027 年 1 月 1 日起的四年内采购总计 8.4 亿美元的云算力，以 GPU 实例为主。另外，首席财务官 Michael Osei 已提出辞职，2027 年 1 月 31 日生效。",
      core: [
        b("提前终止｜公司只有在支付此后 12 个月剩余最低承诺额后才能提前终止协议。"),
        b("接替｜财务副总裁 Ellen Park 将自 2027 年 2 月 1 日起出任临时 CFO，直至任命继任者。"),
        b("离职原因｜Osei 的辞职并非因与公司在经营、政策或做法上存在分歧。"),
      ],
      results: [b("指引｜重申 2026 财年营收 11.2 亿至 11.5 亿美元的指引。")],
    }),
  },
];
