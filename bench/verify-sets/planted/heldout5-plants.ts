// Held-out set 5: planted errors on the entries of paraphrase/heldout5-*.ts, written before opening
// src/verify. Each plant replaces one span of the true entry (`from`, once) with a wrong one (`value`,
// new to the entry); it is published when `value` is still in the entry verification returns. Kinds:
// a restriction widened, an item swapped inside a list, a season/quarter moved, a licence widened, a
// superlative's field changed, a swap inside "X vs Y", guidance told as result, a pending approval or a
// rejection told as done (cross-language), a rounding across a threshold, units swapped, a benchmark
// credited to the other variant, a year shifted, a cause the article does not give, a quote moved to
// the other speaker.
import { HELDOUT5_CASES } from "../paraphrase/heldout5-articles.ts";
import { type HeldoutPlant, numberedPlantsOf } from "./heldout-plants.ts";

/** One plant; ids numbered per article and kind, and the planted value must be new to the entry. */
const P = numberedPlantsOf(HELDOUT5_CASES, "held-out-5 plants");

export const HELDOUT5_PLANTS: HeldoutPlant[] = [
  // h5-earnings
  P(
    "h5-earnings",
    "guidance told as result",
    "公司给出的四季度营收指引为 11 亿–12 亿元",
    "四季度营收已达 11 亿元",
  ),
  P("h5-earnings", "quarter moved", "2026 年第三季度营收 9.7 亿元", "2026 年第二季度营收 9.7 亿元"),
  P("h5-earnings", "rounding across a threshold", "第三季度营收 9.7 亿元", "第三季度营收突破 10 亿元"),
  P("h5-earnings", "cause not given", "财报未解释原因", "主要因为边缘端芯片降价"),
  P("h5-earnings", "quote to the other speaker", "CFO 林婉称四季度指引", "CEO 陈拓称四季度指引"),
  P("h5-earnings", "year shifted", "公司于 2025 年 7 月登陆科创板", "公司于 2024 年 7 月登陆科创板"),
  // h5-pro-flash
  P(
    "h5-pro-flash",
    "benchmark to the other variant",
    "AIME 2026：Pro 88.4 vs Flash 71.9。",
    "Lyra-3 Flash 在 AIME 2026 上拿到 88.4 分。",
  ),
  P(
    "h5-pro-flash",
    "swap inside vs",
    "LiveCodeBench 上 Pro 64.3、Flash 55.0",
    "LiveCodeBench 上 Pro 55.0、Flash 64.3",
  ),
  P("h5-pro-flash", "units swapped", "Pro 首 token 延迟约 1.2 秒", "Pro 首 token 延迟约 1.2 毫秒"),
  P(
    "h5-pro-flash",
    "item swapped in a list",
    "API 首批开放中国大陆、新加坡和日本，欧洲区域",
    "API 首批开放中国大陆、新加坡和欧洲，日本区域",
  ),
  P("h5-pro-flash", "superlative field changed", "官方称为国产模型最高", "官方称其代码能力为国产模型最强"),
  P("h5-pro-flash", "quarter moved", "欧洲区域预计明年二季度上线", "欧洲区域预计明年三季度上线"),
  P("h5-pro-flash", "quote to the other speaker", "创始人周衡强调 Flash", "技术负责人顾言强调 Flash"),
  // h5-agenthub
  P("h5-agenthub", "restriction widened", "推出面向企业客户的智能体平台", "推出面向所有用户的智能体平台"),
  P(
    "h5-agenthub",
    "item swapped in a list",
    "华东（上海）与华南（广州）两个区域，华北区域",
    "华东（上海）与华北（北京）两个区域，华南区域",
  ),
  P("h5-agenthub", "season moved", "2027 年春季上线", "2027 年秋季上线"),
  P("h5-agenthub", "year shifted", "2027 年一季度末前免费试用", "2028 年一季度末前免费试用"),
  P("h5-agenthub", "restriction widened", "内部客服场景测试中，", "在各类业务场景中，", "在各类业务场景中"),
  P(
    "h5-agenthub",
    "cause not given",
    "约 40 家来自金融业",
    "约 40 家来自金融业，因为金融行业对合规工具需求最强",
  ),
  // h5-funding
  P("h5-funding", "rounding across a threshold", "完成近 10 亿元 B 轮融资，", "完成超 10 亿元 B 轮融资，"),
  P(
    "h5-funding",
    "item swapped in a list",
    "启明资本领投，远川资本、北辰创投跟投",
    "远川资本领投，启明资本、北辰创投跟投",
  ),
  P("h5-funding", "reported told as disclosed", "知情人士称投后估值逾 60 亿元", "公司披露投后估值逾 60 亿元"),
  P("h5-funding", "units swapped", "年产能 1000 台", "年产能 1000 万台"),
  // h5-versus (English entry of a Chinese article)
  P(
    "h5-versus",
    "swap inside vs",
    "Aster-4 scored 84% vs 71% for 墨言-2",
    "墨言-2 scored 84% vs 71% for Aster-4",
  ),
  P(
    "h5-versus",
    "swap inside vs",
    "墨言-2 gives a full answer in 2.4 s on average, against 3.9 s for Aster-4",
    "Aster-4 gives a full answer in 2.4 s on average, against 3.9 s for 墨言-2",
  ),
  P("h5-versus", "units swapped", "in 2.4 s on average", "in 2.4 ms on average"),
  P(
    "h5-versus",
    "item swapped in a list",
    "墨言-2 wins on Chinese writing and speed, Aster-4 on long documents and maths",
    "墨言-2 wins on Chinese writing and maths, Aster-4 on long documents and speed",
  ),
  P("h5-versus", "condition invented", "so conditions differ", "under identical conditions"),
  // h5-datacenter
  P("h5-datacenter", "units swapped", "配套存储容量 180PB", "配套存储容量 180TB"),
  P("h5-datacenter", "units swapped", "FP16 算力 3.2 EFLOPS", "FP16 算力 3.2 PFLOPS"),
  P("h5-datacenter", "season moved", "二期预计 2027 年夏季完工", "二期预计 2027 年春季完工"),
  P("h5-datacenter", "superlative field changed", "今年西部地区投产规模最大", "今年全国投产规模最大"),
  P(
    "h5-datacenter",
    "cause not given",
    "设计 PUE 为 1.15，星河数科将其归因于当地年均气温较低；",
    "由于八成电力来自风电和光伏，设计 PUE 低至 1.15；",
    "由于八成电力来自风电和光伏，设计 PUE 低至 1.15",
  ),
  // h5-roundtable
  P("h5-roundtable", "quote to the other speaker", "易帆认为通用 Agent", "陆青禾认为通用 Agent"),
  P("h5-roundtable", "units swapped", "ARR 约 1800 万元", "ARR 约 1.8 亿元"),
  P("h5-roundtable", "rounding across a threshold", "付费转化率 4.2%", "付费转化率超 5%"),
  P("h5-roundtable", "cause not given", "认为垂直 Agent 天花板太低，因此押注通用", "因融资压力转而押注通用"),
  P("h5-roundtable", "quote to the other speaker", "易帆称今年帆图单次任务", "陆青禾称今年帆图单次任务"),
  // h5-mirage (English entry of a Chinese article)
  P(
    "h5-mirage",
    "licence widened",
    "non-commercial use only, with commercial licences negotiated separately",
    "free for commercial use",
  ),
  P("h5-mirage", "units swapped", "about 28 GB of weights", "about 28 TB of weights"),
  P(
    "h5-mirage",
    "superlative field changed",
    "the best among open video models",
    "the best of any video model",
  ),
  P("h5-mirage", "quarter moved", "in the first quarter of next year", "in the second quarter of next year"),
  P(
    "h5-mirage",
    "units swapped",
    "about a minute and a half on a single H100",
    "about 90 milliseconds on a single H100",
  ),
  // h5-voucher
  P("h5-voucher", "restriction widened", "在苏州注册的中小企业购买", "所有企业购买"),
  P("h5-voucher", "year shifted", "2027 年 1 月 1 日起施行", "2026 年 1 月 1 日起施行"),
  P("h5-voucher", "season moved", "每年分春、秋两批申报", "每年分春、夏两批申报"),
  P("h5-voucher", "rounding across a threshold", "去年试点发放 1.1 亿元", "去年试点发放近 1 亿元"),
  P(
    "h5-voucher",
    "effect not given",
    "惠及 260 家企业。",
    "惠及 260 家企业，带动本地算力利用率翻倍。",
    "带动本地算力利用率翻倍",
  ),
  // h5-copilot (English entry of a Chinese article)
  P(
    "h5-copilot",
    "restriction widened",
    "Microsoft 365 Copilot for business customers stays on GPT-5 for now.",
    "Business customers of Microsoft 365 Copilot move to MAI-2 as well.",
  ),
  P(
    "h5-copilot",
    "from-to swapped",
    "from OpenAI's GPT-5 to its in-house MAI-2",
    "from its in-house MAI-2 to OpenAI's GPT-5",
  ),
  P("h5-copilot", "restriction widened", "in 54% of everyday chats", "in 54% of all tasks"),
  P(
    "h5-copilot",
    "reported told as confirmed",
    "The Verge reports the switch could save Microsoft",
    "Microsoft says the switch will save it",
  ),
  P("h5-copilot", "units swapped", "about 25,000 NVIDIA GB200 chips", "about 250,000 NVIDIA GB200 chips"),
  // h5-fiscal (Chinese entry of an English article)
  P(
    "h5-fiscal",
    "guidance told as result",
    "第四财季营收指引为 46 亿至 48 亿美元",
    "第四财季实际营收 46 亿美元",
  ),
  P("h5-fiscal", "quarter moved", "财年第三季度营收 48.2 亿美元", "财年第二季度营收 48.2 亿美元"),
  P(
    "h5-fiscal",
    "cause not given",
    "约占总营收八成。",
    "约占总营收八成，是营收增长的主要原因。",
    "是营收增长的主要原因",
  ),
  P("h5-fiscal", "quote to the other speaker", "CFO Dana Whitfield 称光学元件", "CEO Raj Menon 称光学元件"),
  P("h5-fiscal", "rounding across a threshold", "营收 48.2 亿美元，同比", "营收突破 50 亿美元，同比"),
  // h5-parallax (Chinese entry of an English article)
  P(
    "h5-parallax",
    "pending approval told as done",
    "但仍需欧盟委员会审批。欧盟已启动深入调查，须在 3 月 14 日前作出决定。",
    "欧盟委员会也已于 3 月 14 日批准。",
  ),
  P("h5-parallax", "quarter moved", "2027 年第二季度完成", "2027 年第一季度完成"),
  P(
    "h5-parallax",
    "quote to the other speaker",
    "谷歌云 CEO Thomas Kurian 表示",
    "联合创始人 Ilse Brandt 表示",
  ),
  P("h5-parallax", "units swapped", "去年营收 3100 万英镑", "去年营收 3.1 亿英镑"),
  P(
    "h5-parallax",
    "condition dropped",
    "CMA 的放行以谷歌同意五年内继续向竞争对手云厂商提供 Parallax 软件为前提。",
    "CMA 无条件放行了这笔交易。",
  ),
  // h5-tern (Chinese entry of an English article)
  P("h5-tern", "licence widened", "采用仅限研究用途、禁止商用的许可证", "采用允许商用的开放许可证"),
  P(
    "h5-tern",
    "restriction widened",
    "在嘈杂的呼叫中心音频上，词错率比 Whisper large-v3 最多降低 22%；在干净的朗读语音上两者表现相当。",
    "词错率比 Whisper large-v3 全面降低 22%。",
  ),
  P(
    "h5-tern",
    "rejection told as acceptance",
    "早期版本曾被 Interspeech 2026 拒稿，修订版",
    "论文已被 Interspeech 2026 接收，修订版",
  ),
  P("h5-tern", "units swapped", "约 40 秒可转写 1 小时音频", "约 40 毫秒可转写 1 小时音频"),
  P("h5-tern", "year shifted", "Interspeech 2026", "Interspeech 2025"),
  // h5-support-study (Chinese entry of an English article)
  P("h5-support-study", "restriction widened", "在英语工单上能独立解决", "在各语种工单上平均能独立解决"),
  P("h5-support-study", "item swapped in a list", "德语和日语工单上分别只有", "日语和德语工单上分别只有"),
  P("h5-support-study", "swap inside vs", "比例是 62% 对 81%", "比例是 81% 对 62%"),
  P(
    "h5-support-study",
    "quote to the other speaker",
    "第一作者 Fiona MacLeod 认为",
    "Seabird AI 的 Marco Bellini 认为",
  ),
  P(
    "h5-support-study",
    "pending told as done",
    "论文已投 ACL 2027，尚未经过同行评审",
    "论文已被 ACL 2027 接收",
  ),
  P("h5-support-study", "units swapped", "中位解决时间 48 秒", "中位解决时间 48 毫秒"),
  P("h5-support-study", "year shifted", "2026 年 1 至 6 月", "2025 年 1 至 6 月"),
];
