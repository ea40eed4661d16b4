// Held-out set 4, Chinese articles (part c): a roundup of three companies, a Chinese article on a US
// company's quarter (shares, year-on-year and quarter-on-quarter), a 新智元-style piece whose body
// hedges its headline. Written before opening src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT4_ZH_C: Heldout3Case[] = [
  {
    id: "h4-roundup",
    article: art(
      "AI 早报｜极光发布 Aurora-VL 2；北斗云 API 降价 40%；拾光科技裁员约 15%",
      "量子位",
      `一水 发自 凹非寺
量子位 | 公众号 QbitAI

今天的 AI 圈，有三件事值得关注。

一、极光模型发布 Aurora-VL 2

多模态创业公司极光模型发布视觉语言模型 Aurora-VL 2，参数量 32B。官方称其在 MMMU 上得分 68.7，比上一代提高 5.2 分；在中文图表理解基准 ChartCN 上得分 81.3。模型以 API 形式提供，暂不开源。

二、北斗云下调 API 价格

北斗云宣布旗下主力模型 API 价格下调 40%：输入价格从每百万 token 2 元降至 1.2 元，输出价格从 8 元降至 4.8 元。新价格于 12 月 1 日生效，仅适用于按量付费用户，包年客户不受影响。

三、拾光科技裁员

据多名员工透露，AI 写作工具公司拾光科技本周裁员约 15%，涉及约 120 人，主要集中在销售和运营部门。拾光科技回应称，这是「业务结构调整」，研发团队不受影响。

此外，拾光科技上月刚刚宣布，产品月活用户跌破 200 万，比年初减少约三成。`,
    ),
    entry: entry({
      org: "极光模型 / 北斗云 / 拾光科技",
      title: "AI 早报：Aurora-VL 2 发布，北斗云降价，拾光科技裁员",
      summary:
        "极光模型发布 32B 参数的视觉语言模型 Aurora-VL 2；北斗云主力模型 API 降价四成；AI 写作工具公司拾光科技被曝裁员约 15%。",
      core: [
        b("Aurora-VL 2｜MMMU 得分 68.7，较上一代提升 5.2 分，ChartCN 得分 81.3；仅提供 API，暂不开源。"),
        b(
          "北斗云｜输入价格由每百万 token 2 元降到 1.2 元，输出由 8 元降到 4.8 元，12 月 1 日起生效，只针对按量付费用户，包年客户不受影响。",
        ),
      ],
      results: [
        b(
          "拾光科技｜据员工透露约 120 人被裁，主要在销售和运营部门；公司称是业务结构调整，研发团队不受影响。",
        ),
        b("月活｜拾光科技上月称月活已跌破 200 万，较年初减少约 30%。"),
      ],
    }),
  },
  {
    id: "h4-us-earnings",
    article: art(
      "Arclight 三季度营收 146 亿美元，数据中心业务占比升至 78%，中国区收入占比降到 9%",
      "机器之心",
      `机器之心报道
编辑：蛋酱

美国芯片公司 Arclight 周三发布了 2026 财年第三季度财报。

本季度 Arclight 总营收为 146 亿美元，同比增长 48%，环比增长 9%。其中数据中心业务收入 114 亿美元，占总营收的 78%，同比增长 62%，环比增长 11%。游戏业务收入 19 亿美元，同比下降 4%。

受出口管制影响，中国区收入占总营收的比例从去年同期的 13% 降至 9%。首席财务官 Karen Liu 在电话会上表示，公司「预计这一比例短期内不会回升」。

毛利率为 71.2%，略低于上一季度的 72.5%，公司解释称主要受新一代产品爬坡影响。

Arclight 给出的第四季度营收指引为 155 亿美元，上下浮动 2%，高于分析师此前预期的 151 亿美元。

CEO Daniel Ortega 说：「需求仍然超过供给，而且这一情况会持续到明年上半年。」

财报发布后，Arclight 盘后股价上涨 3.4%。`,
    ),
    entry: entry({
      org: "Arclight",
      title: "Arclight Q3 营收 146 亿美元，数据中心占近八成",
      summary:
        "Arclight 2026 财年 Q3 营收 146 亿美元，同比增 48%、环比增 9%；数据中心收入 114 亿美元，占总营收 78%，同比增长 62%。",
      core: [
        b("游戏｜游戏业务收入 19 亿美元，同比下滑 4%。"),
        b(
          "中国区｜受出口管制影响，中国区收入占比由去年同期的 13% 降到 9%，CFO Karen Liu 称公司「预计这一比例短期内不会回升」。",
        ),
      ],
      results: [
        b("毛利率｜71.2%，略低于上季度的 72.5%，主要受新一代产品爬坡影响。"),
        b("指引｜Q4 营收指引 155 亿美元（±2%），高于分析师预期的 151 亿美元。"),
      ],
      insights: [
        b("需求｜CEO Daniel Ortega 称需求仍超过供给，并将持续到明年上半年。"),
        b("股价｜盘后上涨 3.4%。"),
      ],
    }),
  },
  {
    id: "h4-hype",
    article: art(
      "全面碾压 GPT-5！国产模型天工-Ultra 横扫八大榜单，硅谷坐不住了",
      "新智元",
      `新智元报道
编辑：KingHZ 桃子

【新智元导读】就在刚刚，天行智能发布了旗舰模型天工-Ultra。在官方公布的 8 项基准测试中，它在 3 项上超过了 GPT-5。

天行智能今天发布了旗舰大模型天工-Ultra。

根据天行智能公布的技术报告，天工-Ultra 参与了 8 项基准测试，在其中 3 项（C-Eval、CMMLU 和 GSM8K）上超过 GPT-5，另外 5 项仍落后于 GPT-5，其中代码基准 SWE-bench Verified 上差距最大，落后 11.6 个百分点。

需要指出的是，以上分数均为天行智能自测，尚无第三方独立复现。

在中文基准 C-Eval 上，天工-Ultra 得分 91.4，GPT-5 为 89.7。

天行智能 CTO 何嘉宁在发布会上表示：「我们在部分任务上已经具备和国际顶尖模型竞争的能力，但整体上仍有差距。」

天工-Ultra 目前只向企业客户开放 API 内测，普通用户需要排队申请。天行智能表示，模型权重暂无开源计划。

据了解，天工-Ultra 的训练使用了约 1.6 万张 GPU。`,
    ),
    entry: entry({
      org: "天行智能",
      title: "天行智能发布天工-Ultra，8 项基准中 3 项超过 GPT-5",
      summary:
        "天行智能发布旗舰模型天工-Ultra，自测 8 项基准中有 3 项（C-Eval、CMMLU、GSM8K）超过 GPT-5，其余 5 项仍落后，分数尚无第三方复现。",
      core: [
        b("C-Eval｜天工-Ultra 得 91.4 分，GPT-5 为 89.7 分。"),
        b("差距｜落后最多的是 SWE-bench Verified，相差 11.6 个百分点。"),
      ],
      results: [
        b("开放｜目前仅向企业客户开放 API 内测，普通用户需排队申请；权重暂无开源计划。"),
        b("训练｜约使用 16,000 张 GPU。"),
      ],
      insights: [
        b("表态｜CTO 何嘉宁称在部分任务上已能与国际顶尖模型竞争，但整体仍有差距。"),
        b("提醒｜标题所说的「全面碾压」与正文不符：多数基准仍落后 GPT-5。"),
      ],
    }),
  },
];
