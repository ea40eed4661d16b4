// Held-out set 5, Chinese articles (part a): quarterly results with guidance, a Pro/Flash model pair,
// an enterprise-only platform rolled out by region, a funding round told as 近 10 亿, a hands-on
// comparison (English entry). Written before opening src/verify; fictional companies, people, figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT5_ZH_A: Heldout3Case[] = [
  {
    id: "h5-earnings",
    article: art(
      "曜石科技三季度营收大涨 212%，四季度指引却不及预期",
      "新智元",
      `新智元报道
编辑：桃子 好困

【新智元导读】曜石科技第三季度营收同比大涨 212%，但毛利率下滑，管理层给出的第四季度指引低于市场预期。

10 月 28 日，国产 AI 芯片厂商曜石科技发布 2026 年第三季度财报。财报显示，公司当季营收为 9.7 亿元，同比增长 212%；净亏损 1.8 亿元，较去年同期的 3.4 亿元大幅收窄。

其中，云端推理芯片业务收入 6.3 亿元，占总营收的约 65%；边缘端芯片业务收入 2.1 亿元，其余为软件与服务收入。

毛利率方面，本季度为 41.2%，低于上一季度的 46.8%。财报未说明毛利率下降的原因。

对于第四季度，曜石科技给出的营收指引为 11 亿至 12 亿元。公司 CFO 林婉表示：「四季度的指引已经考虑了部分客户交付延后的影响。」

公司 CEO 陈拓在电话会上表示：「明年的重点是把毛利率拉回 45% 以上。」

截至 9 月 30 日，公司在手订单约 28 亿元，员工总数 2,140 人。

曜石科技 2025 年 7 月在科创板上市。财报发布后次日，公司股价下跌 6.3%。`,
    ),
    entry: entry({
      org: "曜石科技",
      title: "曜石科技三季度营收 9.7 亿元、同比增长 212%，四季度指引 11–12 亿元",
      summary:
        "曜石科技 2026 年第三季度营收 9.7 亿元，同比增长 212%，净亏损由去年同期的 3.4 亿元收窄至 1.8 亿元。公司给出的四季度营收指引为 11 亿–12 亿元。",
      core: [
        b("业务结构｜云端推理芯片收入 6.3 亿元，占比超过六成；边缘端芯片收入 2.1 亿元，其余来自软件与服务。"),
        b("毛利率｜本季度毛利率 41.2%，较上一季度的 46.8% 下降 5.6 个百分点，财报未解释原因。"),
      ],
      results: [
        b("订单｜截至 9 月底在手订单约 28 亿元，员工 2140 人。"),
        b("市场反应｜财报发布次日股价下跌 6.3%。"),
      ],
      insights: [
        b("指引｜CFO 林婉称四季度指引已计入部分客户延后交付的影响。"),
        b("目标｜CEO 陈拓在电话会上称明年重点是将毛利率拉回 45% 以上。"),
        b("背景｜公司于 2025 年 7 月登陆科创板。"),
      ],
    }),
  },
  {
    id: "h5-pro-flash",
    article: art(
      "Lyra-3 Pro 和 Flash 同日上线：Pro 数学刷新国产纪录，Flash 首 token 延迟 180ms",
      "量子位",
      `西风 发自 凹非寺
量子位 | 公众号 QbitAI

天穹智能今天一口气发布了两款新模型：Lyra-3 Pro 和 Lyra-3 Flash。

Pro 主打推理。在数学基准 AIME 2026 上，Lyra-3 Pro 得分 88.4，Flash 为 71.9。在代码基准 LiveCodeBench 上，Pro 为 64.3，Flash 为 55.0。

天穹智能称，Lyra-3 Pro 在 AIME 2026 上的得分是目前国产模型中最高的。不过在代码方面，Pro 仍落后于 Claude 的最新版本。

Flash 主打速度：首 token 延迟为 180ms，每秒输出 220 个 token，价格为每百万输入 token 0.8 元。Pro 的首 token 延迟约 1.2 秒，每百万输入 token 价格为 12 元。

两款模型的上下文长度都是 256K。

API 首批在中国大陆、新加坡和日本开放，欧洲区域预计明年第二季度上线。

天穹智能创始人周衡说：「Flash 不是 Pro 的阉割版，而是为另一类场景设计的。」技术负责人顾言补充，Flash 是从 Pro 蒸馏而来的。`,
    ),
    entry: entry({
      org: "天穹智能",
      title: "天穹智能发布 Lyra-3 Pro / Flash：一个拼推理，一个拼速度",
      summary:
        "天穹智能同日发布 Lyra-3 Pro 与 Lyra-3 Flash：Pro 主攻推理，AIME 2026 得分 88.4，官方称为国产模型最高；Flash 主打速度，首 token 延迟仅 0.18 秒。",
      core: [
        b("价格｜Flash 每百万输入 token 0.8 元，Pro 为 12 元，相差 15 倍。"),
        b("速度｜Flash 每秒输出 220 个 token，Pro 首 token 延迟约 1.2 秒。"),
        b("架构｜技术负责人顾言称 Flash 由 Pro 蒸馏而来，两者均支持 256K 上下文。"),
      ],
      results: [
        b("数学｜AIME 2026：Pro 88.4 vs Flash 71.9。"),
        b("代码｜LiveCodeBench 上 Pro 64.3、Flash 55.0，Pro 仍落后于最新版 Claude。"),
      ],
      insights: [
        b("上线区域｜API 首批开放中国大陆、新加坡和日本，欧洲区域预计明年二季度上线。"),
        b("定位｜创始人周衡强调 Flash 不是 Pro 的阉割版，而是面向另一类场景。"),
      ],
    }),
  },
  {
    id: "h5-agenthub",
    article: art(
      "衡川云发布企业级智能体平台 AgentHub，首批开放华东、华南两区",
      "机器之心",
      `机器之心报道
编辑：泽南

11 月 20 日，衡川云正式推出企业级智能体平台「衡川 AgentHub」。

该平台面向企业客户提供服务，个人开发者暂不开放。首批上线华东（上海）和华南（广州）两个区域，华北（北京）区域计划于 2027 年春季开放。

AgentHub 内置 40 余个预置工具，支持私有化部署。衡川云表示，在其内部的客服场景测试中，接入 AgentHub 的智能体将平均工单处理时长从 14 分钟缩短到 9 分钟。

定价方面，平台在 2027 年 3 月 31 日前免费试用，此后按调用量计费，每千次调用 2.5 元。

衡川云副总裁邵嘉表示，目前已有 120 家企业客户参与内测，其中约三分之一来自金融行业。

不过，AgentHub 暂不支持海外区域部署，也没有公布 SLA 指标。`,
    ),
    entry: entry({
      org: "衡川云",
      title: "衡川云推出企业级智能体平台 AgentHub",
      summary:
        "衡川云推出面向企业客户的智能体平台 AgentHub，首批开放华东（上海）与华南（广州）两个区域，华北区域计划 2027 年春季上线。平台在 2027 年一季度末前免费试用。",
      core: [
        b("能力｜预置 40 多个工具，支持私有化部署；个人开发者暂不可用。"),
        b("计费｜免费期结束后按调用量收费，每千次调用 2.5 元。"),
      ],
      results: [
        b("效率｜内部客服场景测试中，平均工单处理时长由 14 分钟降至 9 分钟，缩短约 36%。"),
        b("内测｜副总裁邵嘉称已有 120 家企业参与内测，约 40 家来自金融业。"),
      ],
      insights: [b("局限｜暂不支持海外区域部署，也未公布 SLA 指标。")],
    }),
  },
  {
    id: "h5-funding",
    article: art(
      "具身智能又一笔大钱：灵枢机器人完成近 10 亿元 B 轮融资",
      "新智元",
      `新智元报道
编辑：LRS

【新智元导读】具身智能公司灵枢机器人完成近 10 亿元 B 轮融资，估值超过 60 亿元。

12 月 3 日，具身智能初创公司灵枢机器人宣布完成近 10 亿元人民币的 B 轮融资。本轮由启明资本领投，远川资本、北辰创投跟投，老股东云岫基金继续加注。

据知情人士透露，本轮投后估值超过 60 亿元。公司未对估值置评。

灵枢机器人成立于 2023 年，目前团队 300 余人，其中研发人员占比约 70%。公司的双足人形机器人「灵枢 H2」已在两家汽车工厂进行试点，尚未量产。

CEO 苏简表示，本轮资金将主要用于量产线建设和数据采集，目标是在 2027 年下半年实现小批量交付，年产能 1,000 台。

今年以来，国内具身智能赛道融资总额已超过 200 亿元。`,
    ),
    entry: entry({
      org: "灵枢机器人",
      title: "灵枢机器人完成近 10 亿元 B 轮融资",
      summary:
        "具身智能公司灵枢机器人完成近 10 亿元 B 轮融资，启明资本领投，远川资本、北辰创投跟投，老股东云岫基金追加投资。知情人士称投后估值逾 60 亿元。",
      core: [
        b("产品｜双足人形机器人灵枢 H2 已在两家汽车工厂试点，尚未量产。"),
        b("用途｜CEO 苏简称资金主要投向量产线和数据采集，目标 2027 年下半年小批量交付，年产能 1000 台。"),
      ],
      results: [b("团队｜公司成立于 2023 年，团队超过 300 人，约七成为研发人员。")],
      insights: [
        b("估值｜估值数字来自知情人士，公司未置评。"),
        b("行业｜今年国内具身智能赛道融资总额已超 200 亿元。"),
      ],
    }),
  },
  {
    id: "h5-versus",
    article: art(
      "实测墨言-2 对比 Aster-4：中文写作赢了，长文档输了",
      "量子位",
      `鱼羊 发自 凹非寺
量子位 | 公众号 QbitAI

墨言-2 对比 Aster-4，谁更强？

量子位用自建的 5 项任务对两款模型做了一次横评，每项任务 50 道题，由 3 名评审盲评。

结果如下：
- 中文写作：墨言-2 胜率 62%，Aster-4 为 38%；
- 长文档问答（100 页以上 PDF）：墨言-2 准确率 71%，Aster-4 为 84%；
- 代码补全：两者打平，均为 77%；
- 数学推理：墨言-2 为 58%，Aster-4 为 66%；
- 响应速度：墨言-2 平均 2.4 秒出完整回答，Aster-4 为 3.9 秒。

整体看，墨言-2 在中文写作和速度上领先，Aster-4 在长文档和数学上更强。

需要说明的是，本次评测题量较小，结果仅供参考。墨言-2 使用的是网页版默认设置，Aster-4 则通过 API 调用，两者条件并不完全一致。

价格上，墨言-2 会员每月 39 元，Aster-4 的 API 价格折合约每百万 token 15 元。`,
    ),
    entry: entry({
      org: "量子位",
      title: "QbitAI hands-on: 墨言-2 vs Aster-4",
      summary:
        "QbitAI pitted 墨言-2 against Aster-4 on five in-house tasks of 50 questions each, judged blind by three reviewers. 墨言-2 wins on Chinese writing and speed, Aster-4 on long documents and maths.",
      core: [
        b("Writing｜墨言-2 won 62% of the Chinese writing comparisons to Aster-4's 38%."),
        b("Long docs｜On QA over PDFs of 100+ pages, Aster-4 scored 84% vs 71% for 墨言-2."),
      ],
      results: [
        b("Code｜A tie at 77% each."),
        b("Maths｜Aster-4 66%, 墨言-2 58%."),
        b("Speed｜墨言-2 gives a full answer in 2.4 s on average, against 3.9 s for Aster-4."),
      ],
      insights: [
        b(
          "Caveat｜A small sample, and 墨言-2 was run in its web app with default settings while Aster-4 went through the API, so conditions differ.",
        ),
        b(
          "Price｜墨言-2 membership costs RMB 39 a month; Aster-4's API works out to about RMB 15 per million tokens.",
        ),
      ],
    }),
  },
];
