// Plain-news true-claim set, Chinese articles (part b): a city's compute policy, an executive moving
// to a startup, a paper (English entry), an API price cut. Written before reading src/verify;
// fictional places, companies, people and figures. Every claim is true.
import { b, entry } from "../paraphrase/entry-helpers.ts";
import { art, type Heldout3Case } from "../paraphrase/heldout3-zh-a.ts";

export const TRUE_NEWS_ZH_B: Heldout3Case[] = [
  {
    id: "tn-policy-zh",
    article: art(
      "临江发布算力补贴新政：单家企业每年最高补贴 3000 万元",
      "新智元",
      `新智元报道
编辑：Aeneas

【新智元导读】临江市发布大模型算力补贴新政，单家企业每年最高可获 3000 万元补贴。

本月 20 日，临江市经济和信息化委员会发布《关于支持大模型算力使用的若干措施》（以下简称《措施》），自 2027 年 1 月 1 日起施行，有效期三年。

《措施》提出，对在本市注册的企业租用智能算力的，按实际合同金额的 30% 给予补贴，单家企业每年最高 3000 万元；其中，成立不满 3 年的初创企业，补贴比例提高到 40%。

对训练参数规模超过 1000 亿、并完成备案的基础大模型，给予研发企业一次性奖励 2000 万元。

《措施》同时明确，市级财政每年安排不少于 10 亿元专项资金。截至今年 10 月底，临江全市智能算力规模已达 1.8 万 PFLOPS，较去年底增长 72%。

市经信委副主任刘澄表示，预计新政每年可为企业降低算力成本约 25 亿元。`,
    ),
    entry: entry({
      org: "临江市经信委",
      title: "临江出台算力补贴新政，单家企业每年最高 3000 万元",
      summary:
        "临江市经信委本月发布《关于支持大模型算力使用的若干措施》，企业租用智能算力可获合同金额 30% 的补贴，每家每年最高 3000 万元。新政 2027 年 1 月 1 日起施行，有效期三年。",
      core: [
        b("初创｜成立不满三年的初创企业补贴比例提至 40%。"),
        b("奖励｜参数超千亿并完成备案的基础大模型，研发企业可获一次性 2000 万元奖励。"),
      ],
      results: [
        b("资金｜市财政每年安排不少于 10 亿元专项资金。"),
        b("算力｜截至 10 月底全市智能算力达 1.8 万 PFLOPS，比去年底增长七成多。"),
      ],
      insights: [
        b("效果｜副主任刘澄预计每年可为企业节省约 25 亿元算力成本。"),
        b(
          "Subsidy｜Linjiang will cover 30% of companies' compute rental costs, capped at RMB 30 million a year per company.",
        ),
      ],
    }),
  },
  {
    id: "tn-people-zh",
    article: art(
      "千帆云大模型负责人赵一鸣离职，加盟极光动力任 CTO",
      "量子位",
      `鱼羊 发自 凹非寺
量子位 | 公众号 QbitAI

又一位大厂 AI 高管出走创业。

量子位获悉，千帆云大模型部门负责人赵一鸣已于上周离职，加入具身智能公司极光动力担任首席技术官（CTO）。

赵一鸣 2016 年加入千帆云，在公司工作近十年，先后负责搜索排序、推荐系统和大模型研发，去年起主管千帆大模型团队，团队规模约 400 人。在他任内，千帆大模型的月活用户从 1200 万增长到 5600 万。

极光动力成立于 2024 年，今年 7 月完成了 5 亿元 A 轮融资。极光动力创始人、CEO 何川在朋友圈表示：「一鸣的加入，让我们在大模型能力上补齐了最关键的一块。」

千帆云方面回应称，赵一鸣的职责将由副总裁孙蕾接任。这是今年以来千帆云第三位离职的大模型部门高管。`,
    ),
    entry: entry({
      org: "极光动力",
      title: "千帆云大模型负责人赵一鸣加盟极光动力任 CTO",
      summary: "千帆云大模型部门负责人赵一鸣上周离职，加盟具身智能公司极光动力出任 CTO。",
      core: [
        b("履历｜赵一鸣 2016 年加入千帆云，任职近十年，先后负责搜索排序、推荐系统和大模型研发。"),
        b("团队｜去年起主管约 400 人的千帆大模型团队，任内月活从 1200 万增至 5600 万，增长超过三倍。"),
      ],
      results: [
        b("接任｜千帆云称其职责由副总裁孙蕾接任。"),
        b("流失｜这是千帆云今年第三位离职的大模型部门高管。"),
      ],
      insights: [
        b("极光动力｜成立于 2024 年，今年 7 月完成 5 亿元 A 轮融资。"),
        b("CEO 何川表示，赵一鸣的加入补齐了公司在大模型能力上最关键的一块。"),
        b("Move｜Zhao Yiming, who led Qianfan Cloud's large-model unit, joined Jiguang Dynamics as CTO."),
      ],
    }),
  },
  {
    id: "tn-paper-zh",
    article: art(
      "ICLR 2027｜稀疏回溯：长链推理 token 消耗降低 43%，准确率几乎不降",
      "机器之心",
      `机器之心报道
编辑：Panda

来自清远大学和星海 AI 研究院的研究团队提出了一种名为「稀疏回溯」（Sparse Backtrack）的推理方法，可在几乎不损失准确率的情况下，将大模型长链推理的 token 消耗降低 43%。论文已被 ICLR 2027 接收。

研究者发现，在长链推理中，约 60% 的 token 用于对已有步骤的重复验证。稀疏回溯只在置信度低于阈值时回溯检查，从而跳过大部分冗余验证。

在 MATH-500 上，使用稀疏回溯的 Qwen3-32B 准确率为 94.1%，原方法为 94.6%，仅下降 0.5 个百分点，而平均输出长度从 5,820 token 降至 3,310 token。在 GPQA Diamond 上，准确率从 65.2% 降至 64.8%，输出长度缩短 39%。

论文第一作者为清远大学博士生王若曦，通讯作者为星海 AI 研究院研究员郑凯。代码已在 GitHub 开源。`,
    ),
    entry: entry({
      org: "Qingyuan University",
      title: "Sparse Backtrack cuts long-reasoning token use by 43%",
      summary:
        "Researchers from Qingyuan University and the Xinghai AI Research Institute propose Sparse Backtrack, which cuts the token cost of long chain-of-thought reasoning by 43% with almost no loss in accuracy. The paper was accepted at ICLR 2027.",
      core: [
        b("Finding｜About 60% of reasoning tokens go to re-verifying earlier steps."),
        b("Method｜Sparse Backtrack only checks back when confidence falls below a threshold."),
      ],
      results: [
        b(
          "MATH-500｜Qwen3-32B's accuracy dipped from 94.6% to 94.1%, while average output fell from 5,820 to 3,310 tokens.",
        ),
        b("GPQA｜On GPQA Diamond, accuracy went from 65.2% to 64.8% with outputs roughly 40% shorter."),
      ],
      insights: [
        b(
          "Authors｜First author is PhD student Wang Ruoxi; the corresponding author is Zheng Kai of Xinghai AI Research Institute.",
        ),
        b("Code｜The code is open-sourced on GitHub."),
      ],
    }),
  },
  {
    id: "tn-price-zh",
    article: art(
      "深言科技 DeepWord-Pro 全面降价，输入价格降至每百万 token 4 元",
      "量子位",
      `衡宇 发自 凹非寺
量子位 | 公众号 QbitAI

大模型价格战又开打了。

今天，深言科技宣布旗下旗舰模型 DeepWord-Pro 全面降价：输入价格从每百万 token 12 元降至 4 元，输出价格从每百万 token 36 元降至 16 元。缓存命中的输入价格更是低至每百万 token 0.8 元。

此外，轻量版 DeepWord-Flash 的输入价格降至每百万 token 0.3 元，降幅 70%。

新价格自 12 月 1 日零时起生效。已购买资源包的用户，剩余额度按新价格折算，相当于额度增加两倍。

深言科技表示，降价主要得益于推理集群升级后单卡吞吐提升了 2.6 倍。据第三方平台统计，DeepWord 系列目前在国内大模型 API 调用量中排名第四，市场份额约 9.7%。`,
    ),
    entry: entry({
      org: "深言科技",
      title: "深言科技 DeepWord-Pro 降价，输入价降至三分之一",
      summary:
        "深言科技旗舰模型 DeepWord-Pro 全面降价，输入价格降至原来的三分之一，输出价格降幅超过一半，新价格 12 月 1 日起生效。",
      core: [
        b("价格｜输入由每百万 token 12 元降到 4 元，输出由 36 元降到 16 元；缓存命中输入仅 0.8 元。"),
        b("Flash｜轻量版 DeepWord-Flash 输入价降 70% 至每百万 token 0.3 元。"),
      ],
      results: [
        b("资源包｜剩余额度按新价折算，相当于额度变为原来的三倍。"),
        b("原因｜推理集群升级后单卡吞吐提升 2.6 倍。"),
      ],
      insights: [
        b("份额｜第三方统计显示 DeepWord 系列 API 调用量国内排名第四，份额接近一成。"),
        b("Pricing｜DeepWord-Pro input now costs RMB 4 per million tokens, down from RMB 12."),
      ],
    }),
  },
];
