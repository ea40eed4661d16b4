// Held-out set 5, English articles with Chinese entries: fiscal-quarter results with guidance, an
// acquisition cleared in one jurisdiction and pending in another, a research-only speech model whose
// paper was rejected, a study whose result holds for one language only. Written before opening
// src/verify; fictional companies, people and figures (known orgs keep their names).
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT5_EN: Heldout3Case[] = [
  {
    id: "h5-fiscal",
    article: art(
      "Halvard Systems posts record fiscal Q3, guides below estimates for Q4",
      "Chip Ledger",
      `Halvard Systems, the maker of AI networking switches, on Wednesday reported revenue of $4.82 billion for its fiscal third quarter ended October 31, up 38% from a year earlier and slightly above the $4.7 billion analysts had expected.

Data-center networking accounted for $3.9 billion of the total. Net income was $1.06 billion, or $2.14 per share.

For the fiscal fourth quarter, Halvard guided revenue of $4.6 billion to $4.8 billion, below Wall Street's estimate of $5.1 billion. Chief financial officer Dana Whitfield said on a call with analysts that supply of optical components would stay tight "through at least the first half of next year."

Chief executive Raj Menon said the company had shipped its 800-gigabit switches to "every major hyperscaler." Halvard did not say how many units it had shipped.

Shares fell 7% in after-hours trading.

Halvard's fiscal year ends in January.`,
    ),
    entry: entry({
      org: "Halvard Systems",
      title: "Halvard Systems 第三财季营收 48.2 亿美元，四季度指引低于预期",
      summary:
        "AI 网络交换机厂商 Halvard Systems 截至 10 月 31 日的财年第三季度营收 48.2 亿美元，同比增长近四成，略高于分析师预期的 47 亿美元。第四财季营收指引为 46 亿至 48 亿美元，低于华尔街预期的 51 亿美元。",
      core: [
        b("构成｜数据中心网络业务贡献 39 亿美元，约占总营收八成。"),
        b("利润｜净利润 10.6 亿美元，每股收益 2.14 美元。"),
      ],
      results: [b("股价｜盘后交易中股价下跌 7%。")],
      insights: [
        b("供应｜CFO Dana Whitfield 称光学元件供应紧张至少会持续到明年上半年。"),
        b("出货｜CEO Raj Menon 称 800G 交换机已交付所有主要超大规模云厂商，但未披露出货量。"),
      ],
    }),
  },
  {
    id: "h5-parallax",
    article: art(
      "Google's $2.3 billion deal for Parallax AI wins UK clearance, still awaits EU review",
      "Deal Desk",
      `Google's planned $2.3 billion acquisition of Parallax AI, a London start-up that designs vision models for warehouse robots, was cleared by Britain's Competition and Markets Authority on Tuesday.

The deal still needs approval from the European Commission, which opened an in-depth investigation in September and has until March 14 to decide. Google said it expects the deal to close in the second quarter of 2027 if approved.

The CMA said it had found no competition concerns after Google agreed to keep Parallax's software available to rival cloud providers for five years.

Parallax, founded in 2020, has about 210 employees and says its models run in more than 40,000 robots. It reported revenue of £31 million last year.

"Parallax will remain a separate brand," Google Cloud chief executive Thomas Kurian said. Parallax co-founder Ilse Brandt, who will join Google DeepMind, said the team would keep its offices in London.`,
    ),
    entry: entry({
      org: "谷歌",
      title: "谷歌 23 亿美元收购 Parallax AI 获英国批准，欧盟仍在审查",
      summary:
        "谷歌以 23 亿美元收购伦敦初创公司 Parallax AI 的交易已获英国竞争与市场管理局（CMA）批准，但仍需欧盟委员会审批。欧盟已启动深入调查，须在 3 月 14 日前作出决定。",
      core: [
        b("条件｜CMA 的放行以谷歌同意五年内继续向竞争对手云厂商提供 Parallax 软件为前提。"),
        b("时间表｜谷歌预计若获批，交易将于 2027 年第二季度完成。"),
      ],
      results: [
        b("Parallax｜成立于 2020 年，约 210 名员工，模型已部署在 4 万多台机器人上，去年营收 3100 万英镑。"),
      ],
      insights: [
        b("品牌｜谷歌云 CEO Thomas Kurian 表示 Parallax 将保留独立品牌。"),
        b("团队｜联合创始人 Ilse Brandt 将加入 Google DeepMind，团队继续留在伦敦办公。"),
      ],
    }),
  },
  {
    id: "h5-tern",
    article: art(
      "Northwind releases Tern-8B speech model for research use only",
      "Speech Weekly",
      `Northwind Labs on Monday released Tern-8B, an 8-billion-parameter speech recognition model, under a research-only licence that forbids commercial use. The company said a commercial licence would be offered "later this year" but gave no price.

Northwind says Tern-8B cuts word error rate by up to 22% compared with Whisper large-v3 on noisy call-centre audio. On clean read speech, the two models perform about the same, the company's technical report shows.

The model supports 31 languages and can transcribe an hour of audio in about 40 seconds on a single Nvidia A100. Its weights take up 16 GB.

Northwind's chief scientist, Priya Raman, said the training set contained 1.4 million hours of audio, of which roughly 30% was synthetic. "Synthetic data got us the accents we could not record," she said.

An earlier version of the paper was rejected from Interspeech 2026; Northwind posted the revised version to arXiv last week.`,
    ),
    entry: entry({
      org: "Northwind Labs",
      title: "Northwind 发布语音识别模型 Tern-8B，仅限研究使用",
      summary:
        "Northwind Labs 发布 80 亿参数语音识别模型 Tern-8B，采用仅限研究用途、禁止商用的许可证。商用许可将于今年晚些时候推出，价格未公布。",
      core: [
        b(
          "效果｜在嘈杂的呼叫中心音频上，词错率比 Whisper large-v3 最多降低 22%；在干净的朗读语音上两者表现相当。",
        ),
        b("性能｜支持 31 种语言，单张英伟达 A100 约 40 秒可转写 1 小时音频；权重 16GB。"),
      ],
      results: [b("数据｜训练集含 140 万小时音频，其中约三成为合成数据。")],
      insights: [
        b("观点｜首席科学家 Priya Raman 表示，合成数据补上了无法录制的口音。"),
        b("论文｜早期版本曾被 Interspeech 2026 拒稿，修订版上周已发布到 arXiv。"),
      ],
    }),
  },
  {
    id: "h5-support-study",
    article: art(
      "Study: AI agents resolve 41% of real support tickets, but only in English",
      "Research Roundup",
      `A study from the University of Edinburgh's AI lab, published on Thursday, found that the best AI agent it tested resolved 41% of real customer-support tickets without human help, but only on English-language tickets. On German and Japanese tickets, the same agent resolved 23% and 17% respectively.

The researchers tested six agents on 3,000 anonymised tickets provided by two European retailers between January and June 2026. The top performer was Orca Agent, built on a model from Seabird AI; the weakest, an open-source agent, resolved 9% of English tickets.

Median time to resolution was 48 seconds for the agents, against 11 minutes for human staff, but customers rated the agents' answers "acceptable" less often: 62% vs 81%.

"These systems are good at the easy half of support and bad at the hard half," said lead author Fiona MacLeod. Seabird AI's head of product, Marco Bellini, said the company had "already fixed many of the multilingual failures" in a newer version, which the study did not test.

The paper has been submitted to ACL 2027 and has not yet been peer reviewed.`,
    ),
    entry: entry({
      org: "University of Edinburgh",
      title: "爱丁堡大学研究：最强客服 Agent 能独立解决 41% 的英语工单",
      summary:
        "爱丁堡大学 AI 实验室的一项研究发现，表现最好的 Orca Agent 在英语工单上能独立解决 41% 的真实客服工单，德语和日语工单上分别只有 23% 和 17%。",
      core: [
        b("方法｜研究用两家欧洲零售商 2026 年 1 至 6 月的 3000 张匿名工单测试了 6 个智能体。"),
        b("对比｜智能体中位解决时间 48 秒，人工为 11 分钟；但客户评为「可接受」的比例是 62% 对 81%。"),
      ],
      results: [b("垫底｜最弱的是一款开源智能体，英语工单解决率仅 9%。")],
      insights: [
        b("观点｜第一作者 Fiona MacLeod 认为这些系统擅长客服中容易的一半、不擅长困难的一半。"),
        b("回应｜Seabird AI 产品负责人 Marco Bellini 称新版本已修复很多多语言问题，但该版本未参与测试。"),
        b("状态｜论文已投 ACL 2027，尚未经过同行评审。"),
      ],
    }),
  },
];
