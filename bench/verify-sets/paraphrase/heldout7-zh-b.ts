// Held-out set 7, Chinese articles (part b): a chip export rule that requires licences (not a ban),
// effective at a future date with a comment period; an open dataset whose web subset changed licence
// while the books subset did not; a model update rolled back after a bug; an agent leaderboard with a
// tie at the top, a "first in China" claim and an open-weights model (English entry). Written before
// opening src/verify; fictional companies, people and figures.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT7_ZH_B: Heldout3Case[] = [
  {
    id: "h7-export-rule",
    article: art(
      "重磅！美国发布 AI 芯片出口新规，算力门槛下调，45 国需申请许可证",
      "新智元",
      `新智元报道
编辑：Aeneas

【新智元导读】美国商务部工业与安全局（BIS）发布一项针对先进 AI 芯片的暂行最终规则，下调了受管制芯片的算力门槛。新规将于明年 1 月 15 日生效，业内估计影响规模或达数十亿美元。

当地时间 11 月 28 日，美国商务部工业与安全局（BIS）在联邦公报上发布了一项暂行最终规则（interim final rule），调整先进计算芯片的出口管制。

新规要点

1. 门槛下调：总处理性能（TPP）达到 3200 及以上的芯片即受管制，此前门槛为 4800；
2. 范围扩大：向 45 个国家和地区出口受管制芯片，需事先向 BIS 申请许可证，此前为 22 个；
3. 审查标准：对其中 12 个国家的许可证申请，采取「推定拒绝」原则；对其余 33 个，逐案审查；
4. 例外条款：获得「经验证最终用户」（VEU）资质的数据中心，可在每季度 1,700 枚的额度内免于单独申请。

生效时间：新规将于 2027 年 1 月 15 日生效。BIS 同时开放 60 天的公众意见征询期，截止日期为 2027 年 1 月 27 日。

值得注意的是，新规并非全面禁运。BIS 在说明中写道，许可证「将根据最终用途和最终用户情况逐案审查」。

影响几何？

据路透社援引两位行业分析师估计，新规可能影响美国芯片企业每年约 30 亿美元的销售额。BIS 本身并未给出影响评估。

一位不愿具名的芯片公司高管表示：「真正的问题是审批周期。按照以往经验，一份许可证申请平均需要 40 天左右。」

国内厂商：机会来了？

有券商研报认为，新规将进一步利好国产 AI 芯片。研报预计，2027 年国产 AI 芯片在国内数据中心的份额有望从今年的约 35% 提升至 50%。

商务部新闻发言人在 11 月 29 日的例行发布会上表示，中方坚决反对美方泛化国家安全概念，将采取必要措施维护自身正当权益。`,
    ),
    entry: entry({
      org: "美国商务部工业与安全局",
      title: "BIS 发布 AI 芯片出口暂行最终规则：TPP 门槛降至 3200，45 国需申请许可证",
      summary:
        "美国商务部工业与安全局 11 月 28 日发布先进 AI 芯片出口管制的暂行最终规则，将受管制芯片的总处理性能门槛从 4800 降至 3200，并把需事先申请许可证的国家和地区从 22 个增至 45 个。新规 2027 年 1 月 15 日生效，并设 60 天公众意见征询期。",
      core: [
        b("审查｜其中 12 国的申请采取推定拒绝，其余 33 国逐案审查，新规并非全面禁运。"),
        b("例外｜获得经验证最终用户资质的数据中心，每季度可在 1700 枚额度内免于单独申请。"),
        b("征询期｜意见征询截止于 2027 年 1 月 27 日。"),
      ],
      results: [
        b(
          "影响｜路透社援引两位行业分析师估计，新规每年或影响美国芯片企业约 30 亿美元销售额；BIS 未给出评估。",
        ),
        b("审批｜一位芯片公司高管称，许可证申请以往平均约需 40 天。"),
      ],
      insights: [
        b("国产替代｜券商研报预计 2027 年国产 AI 芯片在国内数据中心的份额有望由今年约 35% 升至 50%。"),
        b("回应｜商务部发言人 11 月 29 日表示坚决反对，将采取必要措施维护正当权益。"),
      ],
    }),
  },
  {
    id: "h7-dataset",
    article: art(
      "2.1 万亿 token 中文语料书海 v2.0 发布：网页子集改为可商用许可，图书子集仍限研究",
      "机器之心",
      `机器之心报道
编辑：蛋酱

国内最大规模的开源中文预训练语料之一，迎来了一次重要更新。

12 月 2 日，启明人工智能研究院发布中文预训练语料「书海」v2.0。与 v1.2 相比，新版本规模更大、清洗更严格，更重要的是，部分数据的许可证发生了变化。

规模：2.1 万亿 token

书海 v2.0 共包含约 2.1 万亿 token，由三个子集构成：

| 子集 | 规模（token） | 许可证 |
| 网页 | 1.5 万亿 | ODC-By 1.0 |
| 图书 | 4000 亿 | 仅限学术研究 |
| 代码与论文 | 2000 亿 | ODC-By 1.0 |

研究院表示，在去重和质量过滤环节，原始抓取数据中约 37% 被删除，最终保留约 63%。

许可证：网页子集可商用

在 v1.2 中，书海全部数据采用 CC BY-NC 4.0 许可，不允许商业使用。v2.0 中，网页子集和代码与论文子集改为 ODC-By 1.0 许可，允许商用，只需注明出处。

但图书子集仍仅限学术研究使用，且需要签署数据使用协议后才能申请下载。

研究院数据负责人孟之遥解释：「图书部分涉及出版社授权，我们目前拿到的授权只覆盖研究用途。」

影响力

据研究院统计，书海 v1 系列自 2024 年发布以来，在 Hugging Face 上的累计下载量已超过 8 万次。研究院称，已有至少 20 个公开发布的中文大模型在训练中使用了书海数据。

在研究院公布的对比实验中，用书海 v2.0 训练的 7B 模型，在 C-Eval 上比用 v1.2 训练的同规模模型高出 3.4 分。

下一步

研究院计划在 2027 年上半年发布 v2.1，加入约 3000 亿 token 的多轮对话数据。`,
      [{ text: "书海 v2.0", href: "https://huggingface.co/datasets/qiming-ai/shuhai-v2" }],
    ),
    entry: entry({
      org: "启明人工智能研究院",
      title: "启明研究院发布书海 v2.0：2.1 万亿 token 中文语料，网页子集改为可商用",
      summary:
        "启明人工智能研究院 12 月 2 日发布中文预训练语料书海 v2.0，约 2.1 万亿 token，分网页（1.5 万亿）、图书（4000 亿）、代码与论文（2000 亿）三个子集。网页与代码论文子集由 v1.2 的 CC BY-NC 4.0 改为可商用的 ODC-By 1.0，图书子集仍仅限学术研究。",
      core: [
        b("清洗｜去重和质量过滤删除了约 37% 的原始抓取数据，保留约六成三。"),
        b("图书｜需签署数据使用协议后申请下载；数据负责人孟之遥称出版社授权目前只覆盖研究用途。"),
      ],
      results: [
        b("效果｜用 v2.0 训练的 7B 模型，C-Eval 比用 v1.2 训练的同规模模型高 3.4 分。"),
        b(
          "影响｜v1 系列 2024 年发布以来在 Hugging Face 累计下载逾 8 万次，至少 20 个公开的中文大模型用过该数据。",
        ),
      ],
      insights: [b("计划｜2027 年上半年发布 v2.1，加入约 3000 亿 token 多轮对话数据。")],
      resources: [link("Hugging Face", "https://huggingface.co/datasets/qiming-ai/shuhai-v2")],
    }),
  },
  {
    id: "h7-rollback",
    article: art(
      "上线一天就回滚！澄言-4.1 工具调用出 bug，澄言科技发致歉信",
      "量子位",
      `克雷西 发自 凹非寺
量子位 | 公众号 QbitAI

新模型上线不到 30 个小时，就被紧急撤回了。

11 月 27 日晚，澄言科技发布致歉信，宣布将 API 默认模型从 11 月 26 日上线的「澄言-4.1」回滚至上一版本「澄言-4.0」。

发生了什么？

根据澄言科技公布的事故说明，澄言-4.1 在处理带有嵌套参数的函数调用时，有一定概率输出格式错误的 JSON，导致下游程序解析失败。

事故影响的时间窗口为 11 月 26 日 10:00 至 11 月 27 日 05:00，持续约 19 个小时。在此期间，约 6.2% 的 API 工具调用请求受到影响。普通聊天请求未受影响。

澄言科技在致歉信中写道：「我们的回归测试覆盖了单层参数，但漏掉了嵌套参数的场景。」

补偿方案

澄言科技表示，将为事故期间工具调用请求失败的企业用户，按失败请求费用的 2 倍发放代金券。个人用户不在补偿范围内。

什么时候重新上线？

澄言科技 CTO 邵清和表示，修复后的版本正在进行回归测试，预计下周重新上线，届时版本号将更新为 4.1.1。在此之前，开发者仍可通过指定模型名「chengyan-4.1」手动调用 4.1 版本，但官方不建议在生产环境中使用。

澄言-4.1 本身有哪些改进？

据澄言科技 11 月 26 日的发布说明，澄言-4.1 在 BFCL 工具调用榜单上得分 71.8，比 4.0 提升 4.6 分；上下文窗口从 64K 扩展到 256K。

一位使用澄言 API 的创业公司 CTO 对量子位表示：「回滚本身是负责任的做法，但 19 个小时才发现问题，说明监控还不够。」`,
    ),
    entry: entry({
      org: "澄言科技",
      title: "澄言-4.1 上线次日回滚：嵌套参数工具调用输出错误 JSON，约 6.2% 工具调用受影响",
      summary:
        "澄言科技 11 月 27 日晚发布致歉信，将 API 默认模型从前一天上线的澄言-4.1 回滚到 4.0。4.1 在处理嵌套参数的函数调用时可能输出格式错误的 JSON，约 19 个小时内约 6.2% 的 API 工具调用请求受影响，普通聊天不受影响。",
      core: [
        b("原因｜回归测试只覆盖单层参数，漏掉了嵌套参数场景。"),
        b("时间｜影响窗口为 11 月 26 日 10:00 至 27 日 05:00。"),
        b("补偿｜对工具调用失败的企业用户按失败请求费用的两倍发代金券，个人用户不在补偿范围内。"),
      ],
      results: [
        b("重新上线｜CTO 邵清和称修复版正做回归测试，预计下周以 4.1.1 版本号重新上线。"),
        b("手动调用｜开发者仍可指定 chengyan-4.1 调用 4.1，但官方不建议用于生产环境。"),
      ],
      insights: [
        b("4.1 改进｜BFCL 得分 71.8，比 4.0 高 4.6 分，上下文由 64K 扩至 256K。"),
        b("评价｜一位创业公司 CTO 认为回滚负责任，但 19 个小时才发现问题说明监控不足。"),
      ],
    }),
  },
  {
    id: "h7-leaderboard",
    article: art(
      "国内首个多轮工具调用中文 Agent 榜单发布：两家并列第一，开放权重模型排第五",
      "新智元",
      `新智元报道
编辑：英智

【新智元导读】开阳评测发布中文 Agent 能力榜单 AgentArena-CN 首期结果。23 个模型参评，两款模型以 72.4 分并列第一。

12 月 4 日，独立评测机构开阳评测发布了 AgentArena-CN 首期榜单。开阳评测称，这是国内首个覆盖多轮工具调用的中文 Agent 评测榜单。

榜单共包含 1,200 道任务，覆盖订票、报销、数据分析、网页操作等 8 类场景，每道任务平均需要调用 6.3 次工具。本期共有 23 个模型参评。

榜单前五

| 排名 | 模型 | 机构 | 总分 |
| 1 | 星河 Agent-2 | 星河智能 | 72.4 |
| 1 | 澄言-4.0 | 澄言科技 | 72.4 |
| 3 | GPT-5 | OpenAI | 70.9 |
| 4 | 深瞳-Pro | 深瞳 AI | 68.1 |
| 5 | 鲸歌-72B | 鲸歌实验室 | 65.7 |

星河 Agent-2 与澄言-4.0 总分相同，并列第一。开阳评测解释，两者差距在统计误差范围内，因此不区分先后。

排名第五的鲸歌-72B 是榜单前十中唯一的开放权重模型。需要注意的是，鲸歌-72B 虽然公开了权重，但其许可证禁止月活超过 1 亿的产品商用，也没有公开训练数据和代码，因此开阳评测将其归为「开放权重」而非「开源」。

其他发现

- 在「网页操作」类任务中，所有模型的平均成功率仅为 41%，是 8 类场景中最低的；
- 任务步数超过 10 步后，前五名模型的平均成功率下降了 23 个百分点。

开阳评测负责人周以宁表示：「并列第一说明头部模型在 Agent 能力上已非常接近，真正拉开差距的是长任务的稳定性。」

开阳评测计划每季度更新一次榜单，下一期预计于 2027 年 3 月发布。`,
    ),
    entry: entry({
      org: "开阳评测",
      title: "Kaiyang Eval's AgentArena-CN: Xinghe Agent-2 and Chengyan-4.0 tie for first at 72.4",
      summary:
        "Independent evaluator Kaiyang Eval (开阳评测) published the first AgentArena-CN leaderboard on December 4, which it calls China's first Chinese-language agent benchmark covering multi-turn tool calls. Of 23 models, Xinghe Agent-2 (星河 Agent-2) and Chengyan-4.0 (澄言-4.0) tied for first with 72.4; GPT-5 was third with 70.9.",
      core: [
        b(
          "Tasks｜1,200 tasks in 8 scenarios such as booking, expense claims, data analysis and web operation, each needing 6.3 tool calls on average.",
        ),
        b(
          "Tie｜Kaiyang says the gap between the two leaders is within statistical error, so it does not rank one above the other.",
        ),
        b(
          "Rest of top five｜Shentong-Pro (深瞳-Pro) fourth with 68.1, Jingge-72B (鲸歌-72B) fifth with 65.7.",
        ),
      ],
      results: [
        b(
          "Open weights｜Jingge-72B is the only open-weights model in the top ten; its licence bars commercial use in products with over 100 million monthly users and its training data and code are not public.",
        ),
        b("Web tasks｜Average success on web operation was just 41%, the lowest of the eight scenarios."),
        b("Long tasks｜Beyond 10 steps, the top five's average success fell by 23 percentage points."),
      ],
      insights: [
        b(
          "View｜Head of Kaiyang Zhou Yining says the tie shows leading models are close; stability on long tasks is what separates them.",
        ),
        b("Next｜The board will be updated quarterly, with the next edition expected in March 2027."),
      ],
    }),
  },
];
