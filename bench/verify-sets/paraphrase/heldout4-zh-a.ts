// Held-out set 4, Chinese articles (part a): an interview with two speakers, a hardware launch with a
// spec table (English entry), a leaderboard with a tie, a city's AI policy. Written before opening
// src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT4_ZH_A: Heldout3Case[] = [
  {
    id: "h4-interview",
    article: art(
      "对话星图智能许晴、马骁：我们为什么不做千亿参数模型",
      "机器之心",
      `机器之心原创
作者：杜伟

星图智能成立于 2023 年，目前团队约 180 人，主攻端侧小模型。本月，公司发布了 3B 参数的「星图-Lite 2」，可以在主流手机上离线运行。机器之心与公司 CEO 许晴、首席科学家马骁进行了一次对谈。以下为对话实录，经编辑删节。

机器之心：为什么坚持做小模型？

许晴：我们算过一笔账。一台旗舰手机如果每天调用云端大模型，平均成本在 0.3 元左右；换成端侧模型，边际成本几乎为零。对于日活上千万的应用，这是每年上亿元的差别。

马骁：技术上也到了临界点。星图-Lite 2 在我们的内部测试里，中文常识问答准确率达到 71.5%，去年的 Lite 1 只有 58.2%。

机器之心：端侧模型最大的短板是什么？

马骁：长上下文。现在 Lite 2 只支持 8K 上下文，再长手机内存就吃不消了。这个问题我们今年不打算解决。

许晴：我补充一句，我们不会为了追榜单去做千亿参数模型，这不是我们的路线。

机器之心：商业化进展如何？

许晴：目前已经有 4 家手机厂商预装了我们的模型，覆盖设备大约 2,600 万台。另外有两家车企在测试，还没有签约。

机器之心：营收呢？

许晴：今年营收预计在 1.5 亿元左右，明年希望翻倍。公司目前还没有盈利。

机器之心：会开源吗？

马骁：Lite 2 的权重下个月开源，用 Apache 2.0 协议。训练数据不会公开。`,
    ),
    entry: entry({
      org: "星图智能",
      title: "星图智能 CEO 与首席科学家谈端侧小模型路线",
      summary:
        "星图智能 CEO 许晴与首席科学家马骁接受机器之心专访，解释公司为何专注端侧小模型：3B 参数的星图-Lite 2 可在手机上离线运行，已有 4 家手机厂商预装，覆盖约 2600 万台设备。",
      core: [
        b(
          "成本账｜许晴称旗舰手机每天调用云端大模型平均约 0.3 元，端侧模型边际成本几乎为零，对日活千万级的应用每年相差上亿元。",
        ),
        b("能力｜马骁表示 Lite 2 内部测试的中文常识问答准确率为 71.5%，高于上一代 Lite 1 的 58.2%。"),
      ],
      results: [
        b("商业化｜两家车企仍在测试、尚未签约；今年营收预计约 1.5 亿元，明年目标翻一番，公司尚未盈利。"),
        b("开源｜Lite 2 权重将于下月以 Apache 2.0 协议开源，训练数据不公开。"),
      ],
      insights: [
        b("短板｜目前仅支持 8K 上下文，马骁称今年不打算解决。"),
        b("路线｜许晴表示不会为了追榜单去做千亿参数模型。"),
        b("团队｜公司成立于 2023 年，现有约 180 人。"),
      ],
    }),
  },
  {
    id: "h4-hardware",
    article: art(
      "国产推理卡天枢 X3 发布：192GB 显存，带宽翻倍，售价 19.8 万元",
      "量子位",
      `梦晨 发自 凹非寺
量子位 | 公众号 QbitAI

国产 AI 芯片公司芯衡科技今天在上海发布第三代推理加速卡天枢 X3。

和上一代 X2 相比，X3 的显存容量从 96GB 提升到 192GB，内存带宽从 3.2TB/s 提升到 6.4TB/s，直接翻倍。

| 参数 | 天枢 X2 | 天枢 X3 |
| --- | --- | --- |
| 显存 | 96GB HBM3 | 192GB HBM3e |
| 内存带宽 | 3.2TB/s | 6.4TB/s |
| FP8 算力 | 1.1 PFLOPS | 2.4 PFLOPS |
| 典型功耗 | 450W | 700W |
| 售价 | 12.5 万元 | 19.8 万元（约 2.8 万美元） |

芯衡科技称，在 Llama 3 70B 推理测试中，单卡 X3 的吞吐量达到每秒 3,100 个 token，是 X2 的 2.6 倍。不过这一数据来自厂商自测，尚未经过第三方验证。

X3 将于 2027 年 1 月开始向首批客户供货，首批产能约 2 万张，其中约 60% 已被三家云厂商预订。海外版本需要等待出口许可，发布时间未定。

芯衡科技 CEO 罗志远表示：「我们不追求单卡峰值，追求的是每一瓦的推理效率。」

芯衡科技成立于 2019 年，此前已完成 D 轮融资。`,
    ),
    entry: entry({
      org: "芯衡科技",
      title: "Xinheng's Tianshu X3 inference card: 192 GB HBM3e, twice the bandwidth",
      summary:
        "Chinese chipmaker 芯衡科技 unveiled its third-generation inference card 天枢 X3 in Shanghai, doubling memory to 192 GB of HBM3e and bandwidth to 6.4 TB/s over the X2, at a price of RMB 198,000 (about US$28,000).",
      core: [
        b("Specs｜FP8 compute rises from 1.1 to 2.4 PFLOPS, while typical power goes from 450 W to 700 W."),
        b("Price｜The X2 sold for RMB 125,000."),
      ],
      results: [
        b(
          "Throughput｜On Llama 3 70B inference a single X3 reaches 3,100 tokens per second, 2.6 times the X2 — a vendor figure not yet verified by third parties.",
        ),
        b(
          "Supply｜Shipments to first customers start in January 2027; of a first batch of about 20,000 cards, roughly 60% is pre-ordered by three cloud providers.",
        ),
      ],
      insights: [
        b("Export｜The overseas version is waiting for an export licence, with no release date yet."),
        b(
          "Strategy｜CEO 罗志远 says the company is after inference efficiency per watt rather than single-card peak performance.",
        ),
        b("Company｜Founded in 2019, 芯衡科技 has already closed a Series D round."),
      ],
    }),
  },
  {
    id: "h4-leaderboard",
    article: art(
      "C-Reason 11 月榜单：启明-3 Pro 蝉联第一，两款模型并列第二",
      "量子位",
      `西风 发自 凹非寺
量子位 | 公众号 QbitAI

中文推理评测 C-Reason 公布了 11 月榜单。本期共有 23 个模型参评，题目全部为新出的 1,200 道推理题，以避免数据污染。

| 排名 | 模型 | 机构 | 得分 |
| --- | --- | --- | --- |
| 1 | 启明-3 Pro | 启明智能 | 78.4 |
| 2 | 云雀-Max | 云雀科技 | 76.9 |
| 2 | Orion-2 | Polaris AI | 76.9 |
| 4 | 星河-72B | 星河实验室 | 75.2 |
| 5 | 墨子-R1 | 墨子智算 | 73.6 |
| 6 | Atlas-Large | Atlas Labs | 71.0 |

启明-3 Pro 以 78.4 分排名第一，比上期提升 3.1 分，这也是该模型连续第二个月登顶。云雀-Max 与 Orion-2 同为 76.9 分，并列第二。

星河-72B 是前五名中唯一的开源模型，也是开源模型里的最高分。墨子-R1 上期排名第九，本期升至第五，是本期进步最快的模型。

榜单维护方、华东智能评测中心主任孙立平提醒：「分差在 1 分以内的模型，统计上并没有显著区别，不要过度解读名次。」

评测中心表示，下一期榜单将于 12 月中旬发布，届时会加入多模态推理题。`,
    ),
    entry: entry({
      org: "华东智能评测中心",
      title: "C-Reason 11 月榜：启明-3 Pro 蝉联第一",
      summary:
        "中文推理评测 C-Reason 公布 11 月榜单，23 个模型参评：启明智能的启明-3 Pro 以 78.4 分连续第二个月登顶，云雀-Max 和 Orion-2 均为 76.9 分、并列第二。",
      core: [
        b("题目｜全部换成 1200 道新出的推理题，以防数据污染。"),
        b(
          "开源｜星河实验室的星河-72B 以 75.2 分排第四，是前五名里唯一的开源模型，也是开源模型中得分最高的。",
        ),
      ],
      results: [
        b("进步｜启明-3 Pro 较上期提高 3.1 分；墨子-R1 由上期第九升至第五（73.6 分），进步最快。"),
        b("其他｜Atlas Labs 的 Atlas-Large 得 71.0 分，位列第六。"),
      ],
      insights: [
        b("提醒｜评测中心主任孙立平称，分差 1 分以内的模型在统计上没有显著区别，名次不宜过度解读。"),
        b("下期｜12 月中旬发布，将加入多模态推理题。"),
      ],
    }),
  },
  {
    id: "h4-policy",
    article: art(
      "临江市出台生成式 AI 服务管理办法：月活超 100 万须备案，2027 年 3 月 1 日起施行",
      "机器之心",
      `机器之心报道
编辑：泽南

11 月 25 日，临江市网信办发布《临江市生成式人工智能服务管理办法》（以下简称《办法》），将于 2027 年 3 月 1 日起施行。

《办法》的核心是分级管理：面向公众提供服务、且月活跃用户超过 100 万的生成式 AI 服务，须在上线前向市网信办备案；月活在 10 万至 100 万之间的，只需在上线后 30 日内报告。

以下情形不适用《办法》：仅用于科研且不向公众开放的模型；企业内部使用、用户不超过 500 人的系统。

对于违规行为，《办法》设定了最高 50 万元的罚款；情节严重的，可责令暂停服务。此前征求意见稿中的罚款上限为 100 万元，正式稿下调了一半。

已经上线的服务有 6 个月的过渡期，须在 2027 年 9 月 1 日前完成备案。

《办法》还要求，AI 生成的图片和视频必须添加显式标识，文本内容则「鼓励」而非强制标识。

临江市网信办相关负责人介绍，《办法》出台前共收到 1,340 条公众意见，其中约三成被采纳。`,
    ),
    entry: entry({
      org: "临江市网信办",
      title: "临江市生成式 AI 管理办法明年 3 月施行",
      summary:
        "临江市网信办发布生成式人工智能服务管理办法，2027 年 3 月 1 日起施行并按月活分级：面向公众、月活超百万的服务须在上线前备案，月活 10 万到 100 万的上线后 30 天内报告即可。",
      core: [
        b("豁免｜仅用于科研且不对公众开放的模型，以及用户不超过 500 人的企业内部系统，不适用该办法。"),
        b("处罚｜罚款上限 50 万元，比征求意见稿的 100 万元减半；情节严重的可责令暂停服务。"),
      ],
      results: [
        b("过渡期｜已上线服务有半年过渡期，须在 2027 年 9 月 1 日前完成备案。"),
        b("标识｜AI 生成的图片、视频须显式标识，文本只是鼓励标识，并不强制。"),
      ],
      insights: [b("意见｜办法出台前共收到 1340 条公众意见，约 30% 被采纳。")],
      resources: [],
    }),
  },
];
