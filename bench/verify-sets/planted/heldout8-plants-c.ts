// Held-out set 8, planted errors (part c): the English articles of paraphrase/heldout8-en*.ts. New
// kinds here: a customer tier widened, a waitlist told as launched, the billing period changed, a
// certification in progress told as obtained, funding told as valuation, a GAAP loss told as profit,
// non-GAAP told as GAAP, a segment told as the total, raised guidance told as lowered, a buyback
// authorised told as spent, a cause invented, a fiscal quarter told as a calendar one, one setting's
// score told for all, percentiles swapped, a guarantee weakened, a mean told as a maximum, untested
// told as tested, an allegation told as a finding, a lawyers' estimate told as the amount sought, a
// denial told as an admission, a review told as a rule, weekly users told as monthly, a ruled-out
// cause told as the cause, a discount moved to the other price, none told as some, kept told as
// removed, an invented fallback.
import type { HeldoutPlant } from "./heldout-plants.ts";
import { P8 as P } from "./heldout8-plants.ts";

export const HELDOUT8_PLANTS_C: HeldoutPlant[] = [
  // h8-press (Chinese entry)
  P(
    "h8-press",
    "region-limited told as global",
    "目前仅对美国和欧盟的 Harbor Enterprise 客户开放",
    "目前已向全球所有客户开放",
  ),
  P("h8-press", "customer tier widened", "Harbor Enterprise 客户开放", "所有 Harbor 客户开放"),
  P(
    "h8-press",
    "waitlist told as launched",
    "日本和澳大利亚预计 2027 年上半年开放",
    "日本和澳大利亚已同步开放",
  ),
  P("h8-press", "billing period changed", "按年计费", "按月计费"),
  P("h8-press", "per seat told as per customer", "每席位每月含 2000 次", "每个账户每月含 2000 次"),
  P(
    "h8-press",
    "self-reported told as independent",
    "（Harbor 自测，未经独立审计）",
    "（经第三方审计）",
    "经第三方审计",
  ),
  P("h8-press", "median told as mean", "中位解决时间", "平均解决时间"),
  P("h8-press", "beta told as generally available", "Zendesk 连接器处于 beta", "Zendesk 连接器同步正式上线"),
  P("h8-press", "in progress told as obtained", "ISO 27001 认证仍在进行中", "并已通过 ISO 27001 认证"),
  P("h8-press", "funding told as valuation", "累计融资 3.1 亿美元", "估值 3.1 亿美元"),
  // h8-earnings (Chinese entry)
  P("h8-earnings", "loss told as profit", "GAAP 净亏损 8400 万美元", "GAAP 净利润 8400 万美元"),
  P(
    "h8-earnings",
    "non-GAAP told as GAAP",
    "非 GAAP 净利润 4.12 亿美元，每股 1.02 美元",
    "按 GAAP 口径净利润 4.12 亿美元，每股 1.02 美元",
    "按 GAAP 口径净利润",
  ),
  P(
    "h8-earnings",
    "segment told as total",
    "Quillon 2027 财年第三季度营收 24.1 亿美元，同比增长 18%",
    "Quillon 2027 财年第三季度总营收 16.2 亿美元，同比增长 31%",
    "总营收 16.2 亿美元",
  ),
  P("h8-earnings", "yoy-as-qoq", "同比增长 18%，环比增长 4%", "环比增长 18%"),
  P(
    "h8-earnings",
    "guidance told as result",
    "预计第四财季营收 25.5 亿至 26.5 亿美元",
    "第四财季营收已达 26.5 亿美元",
  ),
  P(
    "h8-earnings",
    "raised told as lowered",
    "全年营收指引从 91 亿美元上调至 94 亿美元",
    "全年营收指引从 94 亿美元下调至 91 亿美元",
  ),
  P("h8-earnings", "authorised told as spent", "本季度已回购 1.8 亿美元股票", "本季度已完成 10 亿美元回购"),
  P("h8-earnings", "cause invented", "其中含 2.9 亿美元网络业务重组费用", "主要因数据中心需求下滑"),
  P(
    "h8-earnings",
    "decrease told as increase",
    "员工约 14200 人，财年初为 15100 人",
    "员工约 14200 人，较财年初增加 900 人",
    "较财年初增加 900 人",
  ),
  P(
    "h8-earnings",
    "fiscal told as calendar",
    "Quillon 截至 2026 年 10 月 31 日的 2027 财年第三季度营收",
    "Quillon 2026 年第三季度营收",
    "2026 年第三季度营收",
  ),
  // h8-paper (English entry)
  P(
    "h8-paper",
    "one setting's score told for all",
    "2.8x at temperature 0 and 2.1x at temperature 1.0",
    "2.8x at both temperature 0 and temperature 1.0",
    "2.8x at both",
  ),
  P("h8-paper", "percentiles swapped", "p99 from 58 ms to 31 ms", "p99 from 58 ms to 15 ms"),
  P(
    "h8-paper",
    "guarantee weakened",
    "without changing the output distribution",
    "with only a small change to the output distribution",
    "only a small change",
  ),
  P("h8-paper", "hardware setting changed", "measured on a single H100", "measured on 4 H100 GPUs"),
  P(
    "h8-paper",
    "limitation told as strength",
    "At batch size 32 the 70B speed-up falls to 1.3x.",
    "At batch size 32 the 70B speed-up grows to 3.3x.",
    "grows to 3.3x",
  ),
  P(
    "h8-paper",
    "mean told as maximum",
    "accepts 3.6 tokens per step on average",
    "accepts up to 3.6 tokens per step",
    "up to 3.6 tokens",
  ),
  P(
    "h8-paper",
    "figures swapped",
    "Medusa-2 reaches 2.3x at temperature 0 and 1.6x",
    "Medusa-2 reaches 1.6x at temperature 0 and 2.3x",
    "Medusa-2 reaches 1.6x at temperature 0",
  ),
  P("h8-paper", "unit changed", "about 11 GPU-hours", "about 11 GPU-days"),
  P(
    "h8-paper",
    "untested told as tested",
    "and non-English text was not evaluated",
    "and results hold on non-English text as well",
    "results hold on non-English text",
  ),
  // h8-news (Chinese entry)
  P(
    "h8-news",
    "allegation told as finding",
    "起诉书称 Northlake 于 2024 年",
    "法院查明 Northlake 于 2024 年",
    "法院查明",
  ),
  P(
    "h8-news",
    "estimate told as amount sought",
    "原告要求法定赔偿，其律师估计金额可能超过 10 亿美元",
    "原告索赔 10 亿美元",
  ),
  P(
    "h8-news",
    "denial told as admission",
    "发言人 Dana Whitfield 称 Halcyon 使用的是授权和公开数据，公司认为属于合理使用",
    "发言人 Dana Whitfield 承认训练中使用了部分盗版书籍",
    "承认训练中使用了部分盗版书籍",
  ),
  P(
    "h8-news",
    "reported told as confirmed",
    "据两位知情人士，Northlake 今年早些时候",
    "Northlake 证实，公司今年早些时候",
    "Northlake 证实",
  ),
  P("h8-news", "pending told as done", "集体诉讼资格尚未获认定", "法院已认定其集体诉讼资格"),
  P("h8-news", "review told as rule", "但尚未出台规则", "并已出台相关规则"),
  P("h8-news", "active-user period changed", "周活跃用户 900 万", "月活跃用户 900 万"),
  P("h8-news", "valuation told as revenue", "未披露营收", "年营收 140 亿美元"),
  P("h8-news", "wrong speaker", "她说「没人问过我们」", "原告律师说「没人问过我们」", "原告律师说"),
  P("h8-news", "court changed", "西雅图联邦法院", "华盛顿州法院"),
  // h8-blog (Chinese entry)
  P(
    "h8-blog",
    "ruled-out cause told as cause",
    "起初怀疑当周流量增长 12% 所致，但负载测试排除了这一点；真正原因是缓存配置变更",
    "原因是当周流量增长 12%，叠加缓存配置变更",
    "原因是当周流量增长 12%",
  ),
  P(
    "h8-blog",
    "region-limited told as global",
    "欧盟区的 Sable-2 因部分客户合规审查需要更多时间",
    "所有地区的 Sable-2 因部分客户合规审查需要更多时间",
    "所有地区的 Sable-2",
  ),
  P(
    "h8-blog",
    "discount moved to the other price",
    "Sable-3 输入单价相同、输出便宜 20%",
    "Sable-3 输入便宜 20%、输出单价相同",
  ),
  P("h8-blog", "partial told as all", "约 30% 请求的 p95 延迟", "所有请求的 p95 延迟"),
  P(
    "h8-blog",
    "percentile told as average",
    "p95 延迟从 1.8 秒升至 4.5 秒",
    "平均延迟从 1.8 秒升至 4.5 秒",
    "平均延迟",
  ),
  P(
    "h8-blog",
    "none told as some",
    "没有数据丢失，也没有请求失败",
    "部分请求失败，但没有数据丢失",
    "部分请求失败",
  ),
  P(
    "h8-blog",
    "kept told as removed",
    "今年不会移除微调过的 Sable-2 模型",
    "微调过的 Sable-2 模型将同时移除",
  ),
  P(
    "h8-blog",
    "date moved",
    "2027 年 3 月 31 日起 Sable-2 从 API 下线",
    "2027 年 1 月 31 日起 Sable-2 从 API 下线",
    "2027 年 1 月 31 日起",
  ),
  P("h8-blog", "invented fallback", "之后的请求将返回错误", "之后的请求将自动转到 Sable-3"),
];
