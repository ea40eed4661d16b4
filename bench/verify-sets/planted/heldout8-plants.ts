// Held-out set 8: planted errors on the entries of paraphrase/heldout8-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns. Kinds
// new to this set (among others): a self-reported score told as independently checked, a score with
// tools told as without, a modality widened, the output limit told as the context, a vague plan given
// a date, a staged rollout told as for everyone, a concession told as a boast, pre-money told as
// post-money, a tranche told as paid in full, a co-investor told as a lead, an earlier round's lead
// told as this round's, deliveries told as capacity, an anonymous source told as official, a lease
// told as a purchase, a total told as per year, non-exclusive told as exclusive, contracted power told
// as operating, inference told as training, per card told as per node, the amount sought told as
// awarded, a rejected claim told as upheld, an appealable ruling told as final, a holding widened, a
// cleared party told as liable. Parts b and c: heldout8-plants-b.ts, heldout8-plants-c.ts.
import { HELDOUT8_CASES } from "../paraphrase/heldout8-articles.ts";
import { type HeldoutPlant, numberedPlantsOf } from "./heldout-plants.ts";

/** One plant; ids numbered per article and kind, and the planted value must be new to the entry. */
export const P8 = numberedPlantsOf(HELDOUT8_CASES, "held-out-8 plants");
const P = P8;

export const HELDOUT8_PLANTS_A: HeldoutPlant[] = [
  // h8-model-table
  P(
    "h8-model-table",
    "self-reported told as independent",
    "（官方自测，尚无第三方复现）",
    "（已经第三方独立复现）",
    "已经第三方独立复现",
  ),
  P(
    "h8-model-table",
    "tie told as sole",
    "AIME 2025 与对比模型 A 同为 88.7",
    "AIME 2025 以 88.7 超过对比模型 A",
    "超过对比模型 A",
  ),
  P(
    "h8-model-table",
    "with-tools score told as without",
    "HLE 不用工具 18.3 分，可调用搜索和代码执行时 29.6 分",
    "HLE 不用工具即得 29.6 分",
  ),
  P("h8-model-table", "modality widened", "暂不支持音频、视频输入", "同时支持音频、视频输入"),
  P("h8-model-table", "output limit told as context", "单次最多输出 32K token", "单次最多输出 256K token"),
  P(
    "h8-model-table",
    "comparison flipped",
    "SWE-bench Verified 61.2 仍低于后者的 65.4",
    "SWE-bench Verified 61.2 高于后者的 65.4",
    "高于后者",
  ),
  P(
    "h8-model-table",
    "vague plan given a date",
    "官方称权重将在未来几个月内开源，未给出时间表",
    "官方称权重将于 2027 年 1 月开源",
    "2027 年 1 月开源",
  ),
  P(
    "h8-model-table",
    "staged rollout told as for everyone",
    "曜石 App 本周内升级，付费会员优先",
    "曜石 App 本周内向全部用户免费升级",
    "向全部用户免费升级",
  ),
  P("h8-model-table", "wrong role", "CTO 蒋闻舟", "CEO 蒋闻舟"),
  P(
    "h8-model-table",
    "concession told as boast",
    "CTO 蒋闻舟承认代码智能体方面仍有差距，将是下一版本的重点",
    "CTO 蒋闻舟称代码智能体方面已领先业界",
    "代码智能体方面已领先业界",
  ),
  // h8-funding
  P(
    "h8-funding",
    "pre-money told as post-money",
    "本轮投前估值 60 亿元、投后 72 亿元",
    "本轮投后估值 60 亿元",
    "投后估值 60 亿元",
  ),
  P(
    "h8-funding",
    "tranche told as paid in full",
    "首期 8 亿元已在 11 月底到账，其余 4 亿元待量产线验收后拨付",
    "12 亿元已在 11 月底全部到账",
  ),
  P(
    "h8-funding",
    "co-investor told as lead",
    "衡川资本领投，北辰创投、青禾基金跟投",
    "衡川资本与北辰创投联合领投，青禾基金跟投",
    "衡川资本与北辰创投联合领投",
  ),
  P(
    "h8-funding",
    "earlier round's lead told as this round's",
    "衡川资本领投，投后估值",
    "远望资本领投，投后估值",
  ),
  P("h8-funding", "deliveries told as capacity", "截至 11 月底累计交付 320 台", "年产能 320 台"),
  P(
    "h8-funding",
    "plan told as done",
    "量产线规划年产能 5000 台，预计 2027 年下半年投产",
    "量产线已投产，年产能 5000 台",
    "量产线已投产",
  ),
  P(
    "h8-funding",
    "anonymous source told as official",
    "据知情人士，本轮投前估值",
    "公司公布本轮投前估值",
    "公司公布",
  ),
  P(
    "h8-funding",
    "wrong speaker",
    "CEO 秦亦辰称，工厂客户",
    "衡川资本合伙人韩若溪称，工厂客户",
    "韩若溪称，工厂客户",
  ),
  P("h8-funding", "figure shifted", "研发人员约占七成", "研发人员约占九成"),
  // h8-compute-lease (English entry)
  P(
    "h8-compute-lease",
    "lease told as purchase",
    "The cards stay Xinheng's property and run in its Gui'an data centre.",
    "Yunpai will own the cards, which run in Xinheng's Gui'an data centre.",
    "Yunpai will own the cards",
  ),
  P(
    "h8-compute-lease",
    "total told as per year",
    "for about RMB 4.5 billion in total, roughly RMB 1.5 billion a year",
    "for about RMB 4.5 billion a year",
  ),
  P(
    "h8-compute-lease",
    "non-exclusive told as exclusive",
    "The deal is non-exclusive: Xinheng may rent the same cards to other customers.",
    "The deal is exclusive: Xinheng may not rent the same cards to other customers.",
    "The deal is exclusive",
  ),
  P(
    "h8-compute-lease",
    "contracted told as operating",
    "Xinheng contracted 32 MW of power in Gui'an for the order, of which 12 MW is in operation.",
    "Xinheng has 32 MW of power running in Gui'an for the order.",
    "32 MW of power running",
  ),
  P(
    "h8-compute-lease",
    "partial told as all",
    "The first 5,000 cards were delivered",
    "All 20,000 cards were delivered",
  ),
  P(
    "h8-compute-lease",
    "inference told as training",
    "mainly for inference, not model training",
    "mainly for training large models",
  ),
  P(
    "h8-compute-lease",
    "per card told as per node",
    "Each X3 has 1.2 PFLOPS",
    "Each 8-card node has 1.2 PFLOPS",
  ),
  P(
    "h8-compute-lease",
    "figures swapped",
    "Xinheng's shares rose 9.6% that day, while Yunpai's fell 2.1%",
    "Yunpai's shares rose 9.6% that day, while Xinheng's fell 2.1%",
    "Yunpai's shares rose 9.6%",
  ),
  P(
    "h8-compute-lease",
    "number format changed",
    "1.2 PFLOPS of FP8 compute",
    "1.2 PFLOPS of FP16 compute",
    "FP16",
  ),
  // h8-court
  P(
    "h8-court",
    "amount sought told as awarded",
    "须下架音色并赔偿经济损失 25 万元",
    "须下架音色并赔偿经济损失 200 万元",
    "赔偿经济损失 200 万元",
  ),
  P(
    "h8-court",
    "rejected claim told as upheld",
    "公开道歉和 10 万元精神损害抚慰金的请求被驳回",
    "法院同时判令公开道歉并支付 10 万元精神损害抚慰金",
    "法院同时判令公开道歉",
  ),
  P("h8-court", "appealable ruling told as final", "双方可在判决书送达后 15 日内上诉", "该判决为终审判决"),
  P("h8-court", "considering told as done", "声启科技代理律师称公司正在考虑上诉", "声启科技已提起上诉"),
  P(
    "h8-court",
    "holding widened",
    "法院没有认定用录音训练模型本身构成侵权",
    "法院认定用录音训练模型本身即构成侵权",
    "本身即构成侵权",
  ),
  P("h8-court", "cleared party told as liable", "已尽合理注意义务，不承担责任", "被判承担连带责任"),
  P("h8-court", "court changed", "北京互联网法院", "杭州互联网法院"),
  P("h8-court", "figure shifted", "上线 14 个月", "上线 4 个月"),
  P("h8-court", "requests told as users", "累计调用约 3800 万次", "累计用户约 3800 万"),
];
