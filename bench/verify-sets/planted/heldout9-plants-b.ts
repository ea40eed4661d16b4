// Held-out set 9, planted errors part b (people moves, city policy, leaderboard, acquisition). Kinds
// new to this set among them: a move told the wrong way round, a rumoured move told as the actual one,
// a reassignment told as a departure, an old title told as the new one, a later start told as done, a
// reporting line changed, a threshold changed, the part above a threshold told as the whole, a small
// firms' threshold told as everyone's, a yearly cap told as a total, an eligibility condition
// dropped, an excluded use told as covered, a score given to another model on the board, a
// statistical tie told as a clear lead, last month's rank told as now, a sub-board rank told as
// overall, an increase told as the total, a stake told as the whole company, cash and shares told as
// all cash, the break-fee payer swapped, a profit guarantee told as a forecast, a right of first
// refusal told as a commitment, an obligation moved to the other party.
import type { HeldoutPlant } from "./heldout-plants.ts";
import { P9 as P } from "./heldout9-plants.ts";

export const HELDOUT9_PLANTS_B: HeldoutPlant[] = [
  // h9-people
  P(
    "h9-people",
    "move told the wrong way round",
    "明途科技前首席科学家温以舟加盟远岫智能任 CTO",
    "远岫智能前首席科学家温以舟加盟明途科技任 CTO",
    "加盟明途科技",
  ),
  P(
    "h9-people",
    "rumoured move told as actual",
    "曾传将加入星衡，最终选了远岫",
    "最终加入星衡",
    "最终加入星衡",
  ),
  P(
    "h9-people",
    "reassigned told as departed",
    "原 CTO 陆青转任首席架构师，留在公司负责推理基础设施",
    "原 CTO 陆青已离职",
    "陆青已离职",
  ),
  P(
    "h9-people",
    "old title told as new",
    "出任远岫智能 CTO",
    "出任远岫智能首席科学家",
    "出任远岫智能首席科学家",
  ),
  P("h9-people", "future start told as started", "2027 年 1 月到岗", "已于本月到岗", "已于本月到岗"),
  P("h9-people", "reporting line changed", "向 CEO 孟星阑汇报", "向陆青汇报", "向陆青汇报"),
  P("h9-people", "tenure changed", "在明途工作 6 年", "在明途工作 8 年", "工作 8 年"),
  P(
    "h9-people",
    "former employer swapped",
    "原澄星科技产品副总裁程蔓",
    "原明途科技产品副总裁程蔓",
    "原明途科技产品副总裁",
  ),
  P(
    "h9-people",
    "planned increase told as current size",
    "明年研发人员将再增约 100 人",
    "现有研发人员约 100 人",
    "现有研发人员约 100 人",
  ),
  P("h9-people", "date moved", "10 月离开明途", "8 月离开明途", "8 月离开明途"),
  // h9-policy
  P(
    "h9-policy",
    "policy threshold changed",
    "年采购额超 500 万元的部分",
    "年采购额超 300 万元的部分",
    "超 300 万元",
  ),
  P(
    "h9-policy",
    "part above threshold told as whole",
    "年度算力采购额超过 500 万元的部分补贴 20%",
    "年度算力采购额超过 500 万元的，按全部采购额补贴 20%",
    "按全部采购额补贴",
  ),
  P(
    "h9-policy",
    "small-firm threshold told as everyone's",
    "年采购额超 500 万元的部分补贴 20%",
    "年采购额超 200 万元的部分补贴 20%",
    "超 200 万元的部分补贴 20%",
  ),
  P(
    "h9-policy",
    "yearly cap told as total cap",
    "每家每年最高 1000 万元",
    "每家累计最高 1000 万元",
    "累计最高 1000 万元",
  ),
  P(
    "h9-policy",
    "draft rate told as final",
    "的部分补贴 20%，每家每年",
    "的部分补贴 30%，每家每年",
    "的部分补贴 30%",
  ),
  P(
    "h9-policy",
    "announcement date told as effective",
    "2027 年 1 月 1 日起施行",
    "12 月 5 日起施行",
    "12 月 5 日起施行",
  ),
  P("h9-policy", "validity period changed", "有效期 3 年", "有效期 5 年", "有效期 5 年"),
  P("h9-policy", "eligibility condition dropped", "在临江注册并纳税的企业", "所有企业", "所有企业"),
  P("h9-policy", "excluded use told as covered", "挖矿不补", "挖矿同样可补", "挖矿同样可补"),
  P(
    "h9-policy",
    "per year told as total",
    "预计每年补贴总额约 3 亿元",
    "预计三年补贴总额约 3 亿元",
    "三年补贴总额",
  ),
  P("h9-policy", "schedule changed", "每年 3 月和 9 月两批申报", "每年 3 月一次申报", "3 月一次申报"),
  // h9-leaderboard
  P(
    "h9-leaderboard",
    "score given to another model on the board",
    "星衡-Max（1305）",
    "星衡-Max（1298）",
    "星衡-Max（1298）",
  ),
  P(
    "h9-leaderboard",
    "statistical tie told as clear lead",
    "但与星衡-Max 的差距在 95% 置信区间内，榜单方称两者统计上并列",
    "且明显领先星衡-Max",
    "明显领先星衡-Max",
  ),
  P(
    "h9-leaderboard",
    "last month's rank told as current",
    "曜石-4 由上月第 3 升至第 1",
    "曜石-4 本月排名第 3",
    "本月排名第 3",
  ),
  P(
    "h9-leaderboard",
    "sub-board rank told as overall",
    "新增中文写作子榜，沐川-Pro 排第 1",
    "沐川-Pro 在总榜排第 1",
    "沐川-Pro 在总榜排第 1",
  ),
  P(
    "h9-leaderboard",
    "best open model told as best overall",
    "排名最高的开源模型是曜衡-Open，总榜第 6",
    "曜衡-Open 位列总榜第一",
    "曜衡-Open 位列总榜第一",
  ),
  P("h9-leaderboard", "rank changed", "总榜第 6，Elo 1271", "总榜第 4，Elo 1271", "总榜第 4"),
  P("h9-leaderboard", "rank changed", "曜石-4 排第 4", "曜石-4 排第 2", "曜石-4 排第 2"),
  P(
    "h9-leaderboard",
    "increase told as the total",
    "本期约 41 万次有效投票，比上期多约 9 万次",
    "本期约 9 万次有效投票",
    "约 9 万次有效投票",
  ),
  P("h9-leaderboard", "figure shifted", "95% 置信区间", "99% 置信区间", "99% 置信区间"),
  // h9-acquisition
  P(
    "h9-acquisition",
    "stake told as the whole company",
    "收购声澜科技 80% 股权，现金加股份支付",
    "全资收购声澜科技，现金加股份支付",
    "全资收购声澜科技",
  ),
  P(
    "h9-acquisition",
    "cash and shares told as all cash",
    "六成现金、四成新发行股份支付",
    "全部以现金支付",
    "全部以现金支付",
  ),
  P(
    "h9-acquisition",
    "pending approval told as done",
    "交易还需鸿岩股东大会批准和市场监管总局的经营者集中审查",
    "交易已获股东大会和市场监管总局批准",
    "已获股东大会和市场监管总局批准",
  ),
  P(
    "h9-acquisition",
    "break-fee payer swapped",
    "鸿岩需向声澜支付 2 亿元分手费",
    "声澜需向鸿岩支付 2 亿元分手费",
    "声澜需向鸿岩支付",
  ),
  P(
    "h9-acquisition",
    "profit guarantee told as forecast",
    "声澜 2027 年净利润不低于 3 亿元，未达标由创始人团队现金补足差额",
    "鸿岩预计声澜 2027 年净利润将达 3 亿元",
    "预计声澜 2027 年净利润将达 3 亿元",
  ),
  P(
    "h9-acquisition",
    "right of first refusal told as commitment",
    "3 年后鸿岩享有优先购买权",
    "3 年后鸿岩将收购剩余股权",
    "3 年后鸿岩将收购剩余股权",
  ),
  P("h9-acquisition", "date moved", "2027 年 6 月 30 日前", "2027 年 12 月 31 日前", "2027 年 12 月 31 日前"),
  P(
    "h9-acquisition",
    "revenue told as profit",
    "营收 9.2 亿元，净利润 1.6 亿元",
    "净利润 9.2 亿元",
    "净利润 9.2 亿元",
  ),
  P(
    "h9-acquisition",
    "obligation moved to the other party",
    "由创始人团队现金补足差额",
    "由鸿岩现金补足差额",
    "由鸿岩现金补足",
  ),
  P("h9-acquisition", "figure shifted", "创始人团队保留 20%", "创始人团队保留 30%", "保留 30%"),
];
