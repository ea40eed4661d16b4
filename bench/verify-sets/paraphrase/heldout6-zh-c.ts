// Held-out set 6, Chinese articles (part c): a hands-on test of five models with ranks and a subset
// (English entry), an interview in questions and answers where the interviewer holds opinions, an
// open model pair with one research-only licence and a context reached by extrapolation. Written
// before opening src/verify; fictional companies, people and figures.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT6_ZH_C: Heldout3Case[] = [
  {
    id: "h6-eval",
    article: art(
      "五款国产推理模型横评：墨言-3 数学第一，长风 T1 代码最强",
      "机器之心",
      `机器之心原创
作者：机器之心 SOTA 模型

国产推理模型扎堆更新，谁的数学和代码最强？我们用自建题库做了一次横评。

评测说明

本次评测使用机器之心自建题库：数学 40 题（高考压轴题与竞赛题各 20 道）、代码 25 题（LeetCode Hard 级别）、中文写作 10 题（3 名编辑盲评，满分 10 分）。所有模型均通过官方 API 调用，温度设为 0，测试时间为 11 月 10 日至 14 日。

结果

| 模型 | 数学（/40） | 代码（/25） | 写作（/10） | 平均响应时间 |
| 星河 R2 | 34 | 19 | 7.8 | 41 秒 |
| 墨言-3 | 36 | 17 | 8.4 | 58 秒 |
| 长风 T1 | 31 | 21 | 7.1 | 29 秒 |
| 知远 Pro | 29 | 16 | 8.9 | 22 秒 |
| 青鸾 2 | 27 | 14 | 7.5 | 18 秒 |

数学方面，墨言-3 以 36 题排名第一，星河 R2 以 34 题位居第二。不过在 20 道竞赛题中，星河 R2 答对 18 道，反超墨言-3 的 17 道，是竞赛子集上的最好成绩。

代码方面，长风 T1 以 21 题领先，星河 R2 以 19 题排名第二。写作方面，知远 Pro 平均 8.9 分，为五款模型中最高。

速度上，青鸾 2 平均 18 秒最快；墨言-3 最慢，平均 58 秒。

若按三项排名取平均，墨言-3 综合排名第一，星河 R2 第二。

需要说明的是，本次评测题量较小，结论仅供参考；知远 Pro 在测试期间出现 2 次 API 超时，已按未作答计分。`,
    ),
    entry: entry({
      org: "机器之心",
      title: "Synced tests five Chinese reasoning models: Moyan-3 tops maths, Changfeng T1 tops code",
      summary:
        "Synced (机器之心) tested five Chinese reasoning models through their official APIs between November 10 and 14 on its own bank of 40 maths problems, 25 coding problems and 10 writing tasks. Averaging the three rankings, Moyan-3 (墨言-3) came first and Xinghe R2 (星河 R2) second.",
      core: [
        b(
          "Maths｜Moyan-3 solved 36 of 40, ahead of Xinghe R2's 34; on the 20 competition problems Xinghe R2 led with 18.",
        ),
        b("Code｜Changfeng T1 (长风 T1) led with 21 of 25, and Xinghe R2 was second with 19."),
        b(
          "Writing｜Zhiyuan Pro (知远 Pro) scored highest, 8.9 out of 10 in a blind review by three editors.",
        ),
      ],
      results: [
        b(
          "Speed｜Qingluan 2 (青鸾 2) was fastest at 18 seconds per answer; Moyan-3 was slowest at 58 seconds, over three times as long.",
        ),
      ],
      insights: [
        b(
          "Caveat｜Synced says its question bank is small and the results are indicative only; Zhiyuan Pro's two API timeouts were scored as unanswered.",
        ),
      ],
    }),
  },
  {
    id: "h6-interview-cn",
    article: art(
      "对话拾光 AI 温若：陪伴类 AI 的留存，不靠模型靠记忆",
      "量子位",
      `衡宇 发自 凹非寺
量子位 | 公众号 QbitAI

拾光 AI 是一家做 AI 陪伴应用的创业公司，产品「拾光」上线 14 个月，全球累计用户 1,200 万，其中海外用户占 70%。近日，量子位和创始人温若聊了聊。

以下为对话内容，经量子位编辑整理：

量子位：很多人认为陪伴类产品本质上是在贩卖孤独，明年这个赛道会迎来一轮洗牌。你怎么看？

温若：洗不洗牌我不好判断。但我不同意「贩卖孤独」这个说法，我们的用户里有 40% 是把它当作语言练习工具在用。

量子位：拾光的留存怎么样？

温若：次月留存大概 35%。我们做过实验，打开长期记忆功能的用户，次月留存能到 52%，不开的只有 23%。所以留存不靠模型，靠记忆。

量子位：你们用的是自研模型吗？

温若：不是。底座目前用的是通义千问和 Llama 的微调版本，我们没有训练基座模型的计划。

量子位：商业化呢？

温若：付费率大约 6%，今年 10 月实现了单月盈亏平衡，但全年还是亏损的。

量子位：接下来最想做的是什么？

温若：语音。我们计划明年上半年上线实时语音通话，目前还在内测。

量子位：你怎么看 OpenAI 进入这个市场？

温若：他们进来是好事，能把市场教育做完。但我们不会和他们比模型。`,
    ),
    entry: entry({
      org: "拾光 AI",
      title: "对话拾光 AI 温若：陪伴 AI 的留存靠记忆而不是模型",
      summary:
        "AI 陪伴应用拾光上线 14 个月，全球累计用户 1200 万，七成来自海外。创始人温若接受量子位采访时表示，留存的关键是长期记忆而非模型：开启记忆的用户次月留存 52%，是未开启用户（23%）的两倍多。",
      core: [
        b("用途｜约四成用户把拾光当作语言练习工具，温若因此不认同「贩卖孤独」的说法。"),
        b("留存｜整体次月留存约 35%。"),
        b("模型｜底座为通义千问和 Llama 的微调版本，没有训练基座模型的计划。"),
      ],
      results: [b("商业化｜付费率约 6%，今年 10 月实现单月盈亏平衡，但全年仍亏损。")],
      insights: [
        b("语音｜实时语音通话仍在内测，计划明年上半年上线。"),
        b("竞争｜温若认为 OpenAI 入局有助于完成市场教育，但拾光不会和其比拼模型。"),
      ],
    }),
  },
  {
    id: "h6-open-model",
    article: art(
      "北冥 AI 开源鲲系列：14B 稠密 + 30B MoE，MoE 版仅限研究",
      "新智元",
      `新智元报道
编辑：英智

【新智元导读】北冥 AI 开源两款模型：稠密的鲲-14B 和 MoE 架构的鲲-MoE-A3B。前者可免费商用，后者仅限研究用途。

11 月 27 日，北冥 AI 在 Hugging Face 上开源了两款新模型。

两款模型

鲲-14B 是一款 140 亿参数的稠密模型，采用 Apache 2.0 协议，可免费商用。

鲲-MoE-A3B 总参数 300 亿，每个 token 激活 30 亿参数，采用北冥研究许可证，仅限学术研究使用，不得商用。

两款模型的原生训练长度均为 32K，借助 YaRN 外推可支持 128K 上下文。

评测

| 基准 | 鲲-14B | Qwen3-14B |
| MATH-500 | 86.2 | 84.1 |
| IFEval | 81.0 | 84.7 |
| C-Eval | 88.5 | 87.9 |

鲲-14B 在 MATH-500 和 C-Eval 上领先 Qwen3-14B，但在指令遵循基准 IFEval 上落后 3.7 分。

北冥 AI 表示，鲲-MoE-A3B 在消费级显卡上的推理速度约为鲲-14B 的 2.8 倍。

上一代模型鲲-1 自去年 6 月开源以来，在 Hugging Face 上累计下载量已超过 900 万次。

北冥 AI 首席科学家庞越说：「我们希望小团队也能在一张显卡上跑起来。」

模型地址：https://huggingface.co/beiming-ai/Kun-14B`,
      [{ text: "模型地址", href: "https://huggingface.co/beiming-ai/Kun-14B" }],
    ),
    entry: entry({
      org: "北冥 AI",
      title: "北冥 AI 开源鲲-14B 与鲲-MoE-A3B，前者可商用、后者仅限研究",
      summary:
        "北冥 AI 上周四在 Hugging Face 开源两款模型：140 亿参数的稠密模型鲲-14B（Apache 2.0，可免费商用），以及总参数 300 亿、激活 30 亿的鲲-MoE-A3B（仅限学术研究，不得商用）。",
      core: [
        b("上下文｜两款模型原生训练长度 32K，借助 YaRN 外推可支持 128K。"),
        b(
          "评测｜鲲-14B 的 MATH-500（86.2 对 84.1）和 C-Eval（88.5 对 87.9）领先 Qwen3-14B，IFEval 81.0 则落后 3.7 分。",
        ),
      ],
      results: [
        b("速度｜鲲-MoE-A3B 在消费级显卡上的推理速度约为鲲-14B 的 2.8 倍。"),
        b("上一代｜鲲-1 去年 6 月开源至今，Hugging Face 累计下载超 900 万次。"),
      ],
      insights: [b("目标｜首席科学家庞越称希望小团队用一张显卡就能跑起来。")],
      resources: [link("Hugging Face", "https://huggingface.co/beiming-ai/Kun-14B")],
    }),
  },
];
