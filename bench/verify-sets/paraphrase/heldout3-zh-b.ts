// Held-out set 3, Chinese articles (part b). Written without reading the verifier's rules; fictional
// companies, people and figures.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT3_ZH_B: Heldout3Case[] = [
  {
    id: "h3-gpu-earnings",
    article: art(
      "摩芯科技三季度营收 7.8 亿元，同比增长 215%，但仍亏损 2.1 亿",
      "新智元",
      `新智元报道
编辑：编辑部

【新智元导读】国产 GPU 厂商摩芯科技发布 2026 年第三季度财报：营收同比大增，毛利率继续改善，但距离盈利仍有距离。

11 月 25 日晚，摩芯科技发布 2026 年第三季度财报。

财报显示，公司第三季度实现营业收入 7.8 亿元，同比增长 215%，环比增长 36%；归母净亏损 2.1 亿元，上年同期亏损 3.4 亿元。

第三季度毛利率为 45.6%，同比提升 9.8 个百分点。

前三季度累计营收 17.5 亿元，同比增长 188%。

| 指标 | 2026 Q1 | 2026 Q2 | 2026 Q3 |
| --- | --- | --- | --- |
| 营业收入 | 4.0 亿元 | 5.7 亿元 | 7.8 亿元 |
| 毛利率 | 38.2% | 41.5% | 45.6% |
| 研发投入 | 2.6 亿元 | 2.9 亿元 | 3.1 亿元 |

其中，数据中心业务收入 6.1 亿元，占总营收的 78%；训推一体卡 MX-900 出货量超过 1.2 万张。

摩芯科技董事长兼 CEO 程远在业绩说明会上表示：「MX-900 的订单已经排到明年二季度，但我们受制于先进封装产能，交付节奏会比客户期望的慢。」

公司 CFO 罗佩佩则表示，预计全年营收将在 25 亿元至 27 亿元之间，并预计 2027 年第四季度实现单季盈亏平衡。

值得注意的是，摩芯科技在财报中提示，公司对前五大客户的销售额占比达到 64%，存在客户集中度较高的风险。

截至发稿，摩芯科技股价盘后上涨 6.3%。

参考资料：
https://www.moxin.example/ir/2026q3`,
      [{ text: "投资者关系", href: "https://www.moxin.example/ir/2026q3" }],
    ),
    entry: entry({
      org: "摩芯科技",
      title: "摩芯科技 Q3 营收 7.8 亿元，同比增长 215%",
      summary:
        "国产 GPU 厂商摩芯科技 2026 年 Q3 营收 7.8 亿元，同比增长 215%、环比增长 36%，归母净亏损收窄至 2.1 亿元（去年同期亏损 3.4 亿元）。",
      core: [
        b("业务结构｜数据中心业务收入 6.1 亿元，占总营收 78%；训推一体卡 MX-900 出货超 12,000 张。"),
        b("毛利率｜从 Q1 的 38.2%、Q2 的 41.5% 升至 Q3 的 45.6%，同比提升 9.8 个百分点。"),
      ],
      results: [
        b("累计｜前三季度营收 17.5 亿元，同比增长 188%。"),
        b("研发｜Q3 研发投入 3.1 亿元，Q2 为 2.9 亿元。"),
        b("指引｜CFO 罗佩佩预计全年营收 25–27 亿元，并预计 2027 年 Q4 实现单季盈亏平衡。"),
      ],
      insights: [
        b("产能瓶颈｜CEO 程远称 MX-900 订单已排到明年二季度，但受先进封装产能制约，交付会慢于客户预期。"),
        b("风险｜前五大客户销售占比 64%，客户集中度较高。"),
      ],
      resources: [link("财报", "https://www.moxin.example/ir/2026q3")],
    }),
  },
  {
    id: "h3-deprecation",
    article: art(
      "重要通知：天衡云将于 2027 年 6 月 30 日下线 TH-Chat v1 系列模型 API",
      "机器之心",
      `机器之心报道

天衡云今日发布公告，宣布将分阶段停用 TH-Chat v1 系列模型 API，并建议开发者迁移至 TH-Chat v3。

根据公告，停用分三个阶段进行：

| 阶段 | 日期 | 影响 |
| --- | --- | --- |
| 停止新用户开通 | 2027 年 1 月 15 日 | 新账号无法调用 v1 |
| 调用限流 | 2027 年 3 月 31 日 | 每个账号 QPS 上限降至 5 |
| 正式下线 | 2027 年 6 月 30 日 | 所有 v1 请求返回错误 |

公告称，TH-Chat v3 的价格为每百万输入 token 0.8 元，比 v1 的 2 元低 60%。已使用 v1 的企业客户在 2027 年 3 月 31 日前完成迁移的，可获赠等值于过去三个月 v1 消费额 20% 的 v3 代金券。

需要注意的是，v1 的微调模型不会自动迁移，客户需要使用 v3 重新微调。天衡云表示将提供免费的迁移评估工具，但不承诺 v3 在所有任务上效果优于 v1。

天衡云产品负责人易晨说：「v1 的调用量已经不到总量的 4%，继续维护它的成本太高了。」

据了解，这是天衡云今年第二次下线旧模型。今年 5 月，天衡云已下线 TH-Embed v1 向量模型。

参考链接：
https://cloud.tianheng.example/docs/deprecations/th-chat-v1`,
      [{ text: "停用公告", href: "https://cloud.tianheng.example/docs/deprecations/th-chat-v1" }],
    ),
    entry: entry({
      org: "天衡云",
      title: "天衡云分三阶段停用 TH-Chat v1 API",
      summary:
        "天衡云宣布分阶段停用 TH-Chat v1 系列 API：2027 年 1 月 15 日起停止新用户开通，3 月 31 日起限流至每账号 5 QPS，6 月 30 日正式下线，建议迁移至 TH-Chat v3。",
      core: [
        b("价格｜v3 每百万输入 token 0.8 元，较 v1 的 2 元便宜 60%。"),
        b(
          "迁移激励｜企业客户在 2027 年 3 月 31 日前完成迁移，可获相当于过去三个月 v1 消费额 20% 的 v3 代金券。",
        ),
      ],
      results: [
        b("微调模型｜v1 微调模型不会自动迁移，需要在 v3 上重新微调。"),
        b("工具｜官方提供免费迁移评估工具，但不承诺 v3 在所有任务上都优于 v1。"),
      ],
      insights: [
        b("原因｜产品负责人易晨称 v1 调用量已不足总量的 4%，维护成本过高。"),
        b("背景｜这是天衡云今年第二次下线旧模型，5 月已下线 TH-Embed v1。"),
      ],
      resources: [link("停用公告", "https://cloud.tianheng.example/docs/deprecations/th-chat-v1")],
    }),
  },
  {
    id: "h3-dev-survey",
    article: art(
      "2,400 名中国开发者调查：63% 每天使用 AI 编程助手，但只有 22% 信任它写的测试",
      "量子位",
      `一水 发自 凹非寺
量子位 | 公众号 QbitAI

AI 编程助手到底有多普及？一份新的调查给出了答案。

开源社区「码上」联合量子位智库发布《2026 中国开发者 AI 工具使用报告》。报告基于 2,400 名开发者的问卷，调查时间为 2026 年 9 月至 10 月。

报告显示，63% 的受访开发者每天使用 AI 编程助手，而在 2025 年的同一调查中，这一比例为 41%，一年提高了 22 个百分点。

| 使用场景 | 2025 年 | 2026 年 |
| --- | --- | --- |
| 代码补全 | 58% | 77% |
| 生成单元测试 | 19% | 35% |
| 代码审查 | 12% | 29% |
| 写文档 | 33% | 46% |

不过，信任度并没有同步上升。只有 22% 的开发者表示信任 AI 生成的测试用例，这一比例与去年基本持平。

在付费意愿方面，47% 的开发者所在公司为 AI 编程工具付费，个人自费的比例为 18%。

报告还发现，在 5 年以上经验的开发者中，每天使用 AI 助手的比例为 55%，低于整体水平；而在 1–3 年经验的开发者中，这一比例达到 71%。

「码上」社区发起人简宁表示：「年轻开发者把 AI 当成搭档，资深开发者更多把它当成搜索引擎。」

报告下载：
https://mashang.example/report/2026-ai-dev`,
      [{ text: "报告下载", href: "https://mashang.example/report/2026-ai-dev" }],
    ),
    entry: entry({
      org: "码上社区",
      title: "Survey of 2,400 Chinese developers: 63% use AI coding assistants daily",
      summary:
        "A survey of 2,400 Chinese developers by the Mashang community and QbitAI's think tank finds 63% use an AI coding assistant every day, up 22 percentage points from 41% in 2025, while only 22% trust AI-written tests.",
      core: [b("Method｜Questionnaire of 2,400 developers, fielded September to October 2026.")],
      results: [
        b(
          "Use cases｜Code completion rose from 58% to 77%, unit-test generation from 19% to 35%, code review from 12% to 29%.",
        ),
        b("Paying｜47% of developers' employers pay for AI coding tools; 18% pay out of pocket."),
        b(
          "Experience｜Daily use is 55% among developers with 5+ years of experience, below the overall rate, and 71% among those with 1–3 years.",
        ),
      ],
      insights: [
        b("Trust｜Trust in AI-generated tests stayed roughly flat year on year at 22%."),
        b(
          "Quote｜Mashang founder Jian Ning: younger developers treat AI as a partner, senior ones more as a search engine.",
        ),
      ],
      resources: [link("Report", "https://mashang.example/report/2026-ai-dev")],
    }),
  },
  {
    id: "h3-robot-demo",
    article: art(
      "叠衣服成功率 82%，但叠袜子只有 47%：曜行机器人公开了失败率",
      "机器之心",
      `机器之心报道
编辑：泽南

大多数机器人演示视频只展示成功的那一次。曜行机器人这次把失败也摆上了桌面。

本周，曜行机器人发布了人形机器人 YX-1 的家务能力测评，对 6 类家务任务各进行了 200 次连续测试，并公开了每一类任务的成功率。

| 任务 | 成功率 | 平均耗时 | 主要失败原因 |
| --- | --- | --- | --- |
| 叠 T 恤 | 82% | 48 秒 | 衣角抓取失败 |
| 叠袜子 | 47% | 35 秒 | 无法配对 |
| 装洗碗机 | 76% | 2 分 10 秒 | 碗碟摆放角度 |
| 擦桌子 | 94% | 40 秒 | 漏擦边角 |
| 倒垃圾 | 88% | 1 分 5 秒 | 袋口未系紧 |
| 收拾玩具 | 69% | 3 分 20 秒 | 识别错误 |

曜行机器人表示，6 项任务的平均成功率为 76%，所有测试均在未经剪辑的条件下完成，但测试环境是公司自建的样板间，并非真实家庭。

与半年前的测试相比，叠 T 恤的成功率从 61% 提升到了 82%，而收拾玩具的成功率几乎没有变化。

曜行机器人首席科学家温岚说：「我们希望行业不要只看最好的那一次，而要看第 200 次。」

不过，斯坦福大学访问学者、机器人研究者赵清和在社交媒体上评论：「200 次在同一个样板间里做，和在 200 个不同家庭里做，是两回事。」

曜行机器人计划明年在 50 个真实家庭中开展试点，目前尚未公布 YX-1 的售价。

视频与数据：
https://yaoxing.example/yx1-chores-eval`,
      [{ text: "测评数据", href: "https://yaoxing.example/yx1-chores-eval" }],
    ),
    entry: entry({
      org: "曜行机器人",
      title: "曜行机器人公开 YX-1 家务任务失败率",
      summary:
        "曜行机器人对人形机器人 YX-1 的 6 类家务任务各做了 200 次连续测试并公开成功率：叠 T 恤 82%、擦桌子 94%，叠袜子仅 47%，6 项平均约 76%。",
      core: [b("测试方法｜每类任务连续测试 200 次，全程未剪辑，但在公司自建样板间而非真实家庭中进行。")],
      results: [
        b("其他任务｜装洗碗机 76%（平均 2 分 10 秒），倒垃圾 88%，收拾玩具 69%。"),
        b("失败原因｜叠袜子主要败在无法配对，收拾玩具主要败在识别错误。"),
        b("进步｜叠 T 恤成功率较半年前的 61% 提升到 82%，收拾玩具几乎没有变化。"),
      ],
      insights: [
        b("观点｜首席科学家温岚希望行业看第 200 次而不是最好的那一次。"),
        b("质疑｜研究者赵清和指出在同一样板间测 200 次不等于在 200 个家庭测试。"),
        b("计划｜明年计划在 50 个真实家庭试点，售价尚未公布。"),
      ],
      resources: [link("测评数据", "https://yaoxing.example/yx1-chores-eval")],
    }),
  },
  {
    id: "h3-interview-debate",
    article: art(
      "对话｜数据墙到底存不存在？两位创业者吵了一个小时",
      "量子位",
      `李根 发自 凹非寺
量子位 | 公众号 QbitAI

「数据墙」是不是伪命题？在量子位举办的「AI 前沿对谈」上，两位创业者给出了截然相反的答案。

一方是合成数据公司「镜源」的创始人兼 CEO 方可，另一方是推理模型公司「深弦」的联合创始人兼 CTO 莫北。

方可认为，高质量的人类数据在 2028 年前就会被用完。「公开互联网上可用于训练的高质量文本大概只有 30 万亿 token，而头部模型的训练数据已经超过了 15 万亿。」

她透露，镜源目前每天生成约 2,000 亿 token 的合成数据，客户包括 3 家国内头部模型公司。

莫北则不同意。「数据墙不存在，存在的是算力墙。」他认为，强化学习让模型可以从自己的推理过程中学习，「我们最新的模型，预训练数据只有 8 万亿 token，但在数学推理上超过了用 18 万亿 token 训练的模型。」

不过，莫北也承认，强化学习在开放式写作任务上的效果「远不如在数学和代码上明显」。

两人唯一的共识是：合成数据的质量评估仍然缺乏可靠的标准。方可说：「现在大家都在用模型评模型，这是一个循环。」

对谈最后，主持人问两人三年后谁会被证明是对的。莫北笑着说：「可能我们都错了。」

完整视频：
https://qbitai.example/live/data-wall-debate`,
      [{ text: "完整视频", href: "https://qbitai.example/live/data-wall-debate" }],
    ),
    entry: entry({
      org: "量子位",
      title: "数据墙之争：镜源方可 vs 深弦莫北",
      summary:
        "在量子位「AI 前沿对谈」上，镜源创始人兼 CEO 方可认为高质量人类数据将在 2028 年前耗尽，深弦联合创始人兼 CTO 莫北则认为不存在数据墙、只有算力墙。",
      core: [
        b("方可的论据｜公开互联网可用于训练的高质量文本约 30 万亿 token，头部模型训练数据已超 15 万亿。"),
        b("镜源业务｜每天生成约 2000 亿 token 合成数据，客户包括 3 家国内头部模型公司。"),
      ],
      results: [
        b("莫北的论据｜深弦最新模型预训练只用了 8 万亿 token，但数学推理超过了用 18 万亿 token 训练的模型。"),
        b("莫北的让步｜强化学习在开放式写作上的效果远不如数学和代码明显。"),
      ],
      insights: [
        b("共识｜合成数据质量评估仍缺乏可靠标准，方可称「现在大家都在用模型评模型，这是一个循环」。"),
        b("结尾｜被问三年后谁对时，莫北说「可能我们都错了」。"),
      ],
      resources: [link("完整视频", "https://qbitai.example/live/data-wall-debate")],
    }),
  },
];
