// Held-out set 9: planted errors on the entries of paraphrase/heldout9-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns. Kinds
// new to this set (among others): one company's news in a roundup given to another, a third party's
// count told as the outlet's own, the rival's timing told as the reviewed product's, a vendor's claim
// told as measured, a median told as the best run, battery used told as battery left, a top version's
// feature told as every version's, a test condition changed, a rumour told as confirmed, "no comment"
// told as a denial, an unverified leak told as verified, the earliest date told as scheduled, a
// trigger told as the root cause, the region widened, failed requests told as customers, the alert
// told as the start, the rollback told as the recovery, a voucher told as a refund, a claim step told
// as automatic. Parts b and c: heldout9-plants-b.ts, heldout9-plants-c.ts.
import { HELDOUT9_CASES } from "../paraphrase/heldout9-articles.ts";
import { type HeldoutPlant, numberedPlantsOf } from "./heldout-plants.ts";

/** One plant; ids numbered per article and kind, and the planted value must be new to the entry. */
export const P9 = numberedPlantsOf(HELDOUT9_CASES, "held-out-9 plants");
const P = P9;

export const HELDOUT9_PLANTS_A: HeldoutPlant[] = [
  // h9-roundup
  P(
    "h9-roundup",
    "roundup news given to another company",
    "沐川 API 输入价降 40%",
    "星衡 API 输入价降 40%",
    "星衡 API",
  ),
  P(
    "h9-roundup",
    "roundup news given to another company",
    "知微数据完成 3 亿元 A 轮",
    "卡岩半导体完成 3 亿元 A 轮",
    "卡岩半导体完成 3 亿元 A 轮",
  ),
  P(
    "h9-roundup",
    "roundup news given to another company",
    "卡岩半导体推理芯片 KY-200",
    "沐川智能推理芯片 KY-200",
    "沐川智能推理芯片",
  ),
  P(
    "h9-roundup",
    "ruled-out cause told as cause",
    "因封装良率不达预期推迟；CEO 白启航称流片没有问题",
    "因流片出现问题推迟",
    "因流片出现问题推迟",
  ),
  P("h9-roundup", "unchanged told as changed", "输出价仍为 12 元", "输出价同步下调 40%", "输出价同步下调"),
  P(
    "h9-roundup",
    "open subset told as the total",
    "本周国内新发布大模型 17 个，其中 6 个开源",
    "本周国内新发布开源大模型 17 个",
    "开源大模型 17 个",
  ),
  P("h9-roundup", "third party's count told as the outlet's", "灵犀研究统计", "新智元统计", "新智元统计"),
  P(
    "h9-roundup",
    "waitlist told as launched",
    "星衡-V2 暂只向企业客户开放内测，个人用户需排候补名单",
    "星衡-V2 已向个人用户全面开放",
    "已向个人用户全面开放",
  ),
  P("h9-roundup", "date moved", "推迟到 2027 年第二季度", "推迟到 2027 年第一季度", "2027 年第一季度"),
  P(
    "h9-roundup",
    "lead investor swapped",
    "由远澄资本领投，晨岭创投跟投",
    "由晨岭创投领投，远澄资本跟投",
    "由晨岭创投领投",
  ),
  // h9-review
  P(
    "h9-review",
    "rival's timing told as the product's",
    "首字延迟 0.8 秒",
    "首字延迟 1.5 秒",
    "首字延迟 1.5 秒",
  ),
  P(
    "h9-review",
    "rival's timing told as the product's",
    "青穹用时 41 秒，朔风 Tab 为 67 秒",
    "青穹用时 67 秒",
    "青穹用时 67 秒",
  ),
  P(
    "h9-review",
    "vendor claim told as measured",
    "端侧模型每秒 18 token，低于官方宣称的 25",
    "端侧模型实测每秒 25 token",
    "实测每秒 25 token",
  ),
  P("h9-review", "comparison flipped", "低于官方宣称的 25", "高于官方宣称的 25", "高于官方宣称"),
  P(
    "h9-review",
    "claimed told as tested",
    "官方称离线翻译支持 12 种语言，实测 5 种",
    "离线翻译实测 12 种语言",
    "实测 12 种语言",
  ),
  P("h9-review", "battery used told as battery left", "电量由 100% 降至 77%", "电量消耗 77%", "电量消耗 77%"),
  P(
    "h9-review",
    "top version's feature told as every version's",
    "端侧模型仅 16GB 版支持，8GB 版只能用云端模型",
    "8GB 和 16GB 版均支持端侧模型",
    "8GB 和 16GB 版均支持端侧模型",
  ),
  P(
    "h9-review",
    "prices swapped between versions",
    "8GB 版 3999 元，16GB 版 4999 元",
    "8GB 版 4999 元，16GB 版 3999 元",
    "8GB 版 4999 元",
  ),
  P("h9-review", "test condition changed", "在飞行模式下实测", "在联网状态下实测", "在联网状态下"),
  P("h9-review", "median told as best run", "（每项 5 次取中位数）", "（每项 5 次取最好成绩）", "取最好成绩"),
  P(
    "h9-review",
    "item swapped in a list",
    "中英、中日质量不错，中阿错误较多",
    "中英、中阿质量不错",
    "中英、中阿质量不错",
  ),
  // h9-rumour
  P(
    "h9-rumour",
    "rumour told as confirmed",
    "传曜衡-5 训练成本约 2 亿美元",
    "曜衡确认曜衡-5 训练成本约 2 亿美元",
    "曜衡确认",
  ),
  P(
    "h9-rumour",
    "denied rumour told as confirmed",
    "有消息称首席科学家杜衡将于年底离职，曜衡否认，称其仍全职负责模型研发",
    "曜衡证实首席科学家杜衡将于年底离职",
    "曜衡证实",
  ),
  P(
    "h9-rumour",
    "no comment told as denial",
    "对训练成本和上下文长度，曜衡不予置评",
    "曜衡否认训练成本约 2 亿美元的说法",
    "曜衡否认训练成本",
  ),
  P(
    "h9-rumour",
    "denial told as confirmation",
    "曜衡否认 1 月发布",
    "曜衡确认 1 月发布",
    "曜衡确认 1 月发布",
  ),
  P("h9-rumour", "unverified leak told as verified", "真实性无法核实", "经核实为真", "经核实为真"),
  P("h9-rumour", "source count changed", "援引两位知情人士", "援引三位知情人士", "三位知情人士"),
  P(
    "h9-rumour",
    "earliest date told as scheduled",
    "最早或于 2027 年 1 月发布",
    "定于 2027 年 1 月发布",
    "定于 2027 年 1 月发布",
  ),
  P(
    "h9-rumour",
    "anonymous source told as official",
    "知情人士称曜衡-5 上下文将扩至 100 万 token",
    "曜衡官方称曜衡-5 上下文将扩至 100 万 token",
    "曜衡官方称",
  ),
  P(
    "h9-rumour",
    "figure from another fact",
    "9 月完成 8 亿美元融资",
    "9 月完成 2 亿美元融资",
    "2 亿美元融资",
  ),
  // h9-outage
  P(
    "h9-outage",
    "trigger told as root cause",
    "配置模板错误把限流阈值设为 0",
    "例行扩容把限流阈值设为 0",
    "例行扩容把限流阈值设为 0",
  ),
  P(
    "h9-outage",
    "ruled-out cause told as cause",
    "值班工程师起初怀疑 DDoS，约 30 分钟后排除",
    "起因是一次 DDoS 攻击",
    "起因是一次 DDoS 攻击",
  ),
  P("h9-outage", "affected region widened", "事故只影响华东二区", "事故影响弦云全部地域", "全部地域"),
  P(
    "h9-outage",
    "failed requests told as customers",
    "约 38% 的 API 请求失败",
    "约 38% 的企业客户受影响",
    "38% 的企业客户",
  ),
  P(
    "h9-outage",
    "alert time told as start",
    "14:03 开始失败，14:10 告警",
    "14:10 开始失败",
    "14:10 开始失败",
  ),
  P("h9-outage", "rollback done told as recovered", "16:20 完全恢复", "15:40 完全恢复", "15:40 完全恢复"),
  P("h9-outage", "voucher told as refund", "10% 的代金券", "10% 的现金退款", "现金退款"),
  P(
    "h9-outage",
    "claim step told as automatic",
    "须在 12 月 31 日前提交工单",
    "无需申请，自动发放",
    "自动发放",
  ),
  P("h9-outage", "duration changed", "共 2 小时 17 分钟", "共 1 小时 17 分钟", "1 小时 17 分钟"),
  P("h9-outage", "figure shifted", "1% 流量", "10% 流量", "10% 流量"),
];
