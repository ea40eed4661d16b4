// Held-out set 3, English articles with Chinese entries. Written without reading the verifier's rules;
// fictional companies, people and figures.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT3_EN: Heldout3Case[] = [
  {
    id: "h3-agent-pricing",
    article: art(
      "Tessel launches its coding agent with three paid tiers",
      "The Batchline",
      `Tessel, the San Francisco developer-tools startup, on Tuesday made its coding agent Tessel Agent generally available after a four-month beta, with a free tier and three paid plans.

The Free plan includes 50 agent tasks a month. Pro costs $20 per month and raises the cap to 500 tasks. Team costs $45 per seat per month with unlimited tasks and a shared memory of the codebase. Enterprise pricing is not public.

| Plan | Price | Tasks per month | Context |
| --- | --- | --- | --- |
| Free | $0 | 50 | 64K tokens |
| Pro | $20/month | 500 | 200K tokens |
| Team | $45/seat/month | Unlimited | 1M tokens |

During the beta, Tessel says, 38,000 developers ran 2.1 million tasks, and 71% of the pull requests the agent opened were merged without edits on small repositories. On repositories with more than 100,000 lines, that share fell to 44%.

"Most agents look great on a toy repo," said Tessel co-founder and CEO Priya Raman. "We published the big-repo number because that's where people actually work."

Annual billing cuts Pro and Team prices by 20%. Tessel does not train on customer code unless a customer opts in, the company said.

Tessel plans to add self-hosted deployment for Enterprise customers in the second quarter of 2027.

Links: https://tessel.example/pricing and https://github.com/tessel-dev/agent-cli`,
      [
        { text: "pricing", href: "https://tessel.example/pricing" },
        { text: "agent-cli", href: "https://github.com/tessel-dev/agent-cli" },
      ],
    ),
    entry: entry({
      org: "Tessel",
      title: "Tessel Agent 正式上线，推出三档付费方案",
      summary:
        "开发者工具公司 Tessel 的编程 Agent Tessel Agent 结束四个月公测正式上线：免费版每月 50 个任务，Pro 每月 20 美元、500 个任务，Team 每席位每月 45 美元、任务不限。",
      core: [
        b("上下文｜免费版 64K，Pro 200K，Team 为 1M tokens，并提供共享的代码库记忆。"),
        b("计费｜按年付费，Pro 和 Team 价格可优惠 20%；企业版价格未公开。"),
      ],
      results: [
        b("公测数据｜3.8 万名开发者运行了 210 万个任务。"),
        b("合并率｜小型仓库上 71% 的 PR 无需修改即被合并，超过 10 万行的仓库上降至 44%。"),
      ],
      insights: [
        b("观点｜联合创始人兼 CEO Priya Raman 表示公开大仓库数据，是因为那才是开发者真正工作的地方。"),
        b("隐私｜除非客户主动选择加入，Tessel 不会用客户代码训练。"),
        b("计划｜计划于 2027 年第二季度为企业客户提供私有化部署。"),
      ],
      resources: [
        link("定价页", "https://tessel.example/pricing"),
        link("GitHub", "https://github.com/tessel-dev/agent-cli"),
      ],
    }),
  },
  {
    id: "h3-ablation-paper",
    article: art(
      "Sparse routing, not size: what the RouteMix ablations show",
      "Gradient Notes",
      `A new paper from researchers at Northvale University and the lab Helix AI argues that how a mixture-of-experts model routes tokens matters more than how many experts it has.

The model, RouteMix-7B, activates 1.3 billion of its 7 billion parameters per token. On the GSM8K math benchmark it scores 74.8%, against 69.1% for a dense 7B baseline trained on the same 2 trillion tokens, an improvement of 5.7 percentage points.

The authors ran a set of ablations, each removing one component:

| Variant | GSM8K | HumanEval | Training cost (GPU-hours) |
| --- | --- | --- | --- |
| RouteMix-7B (full) | 74.8 | 52.4 | 41,000 |
| without load-balancing loss | 71.2 | 49.9 | 41,000 |
| without shared expert | 72.6 | 47.3 | 38,500 |
| 64 experts instead of 16 | 74.1 | 51.8 | 55,000 |
| Dense 7B baseline | 69.1 | 45.0 | 60,000 |

Going from 16 to 64 experts raised training cost by about a third without improving scores, the authors note. Removing the shared expert hurt code generation the most.

"People keep adding experts because it's the easy knob," said lead author Mei Tanaka, a PhD student at Northvale. "Our results say the router is the knob that matters."

The paper has not yet been peer reviewed. The authors say the results have only been tested at the 7B scale and may not hold for larger models.

Code and weights are released under the MIT license.

Paper: https://arxiv.org/abs/2611.04321
Code: https://github.com/helix-ai/routemix`,
      [
        { text: "arXiv", href: "https://arxiv.org/abs/2611.04321" },
        { text: "code", href: "https://github.com/helix-ai/routemix" },
      ],
    ),
    entry: entry({
      org: "Helix AI",
      title: "RouteMix：路由比专家数量更重要",
      summary:
        "Northvale 大学与 Helix AI 提出 MoE 模型 RouteMix-7B，每个 token 激活 70 亿参数中的 13 亿，GSM8K 得分 74.8%，比同样用 2T tokens 训练的 7B 稠密基线（69.1%）高出 5.7 个百分点。",
      core: [
        b(
          "消融｜去掉负载均衡损失后 GSM8K 降至 71.2、HumanEval 降至 49.9；去掉共享专家后 HumanEval 降至 47.3，对代码生成伤害最大。",
        ),
        b(
          "专家数量｜专家数从 16 增至 64，训练成本增加约三分之一（41,000 → 55,000 GPU 小时），分数却没有提升。",
        ),
      ],
      results: [
        b("成本｜完整版训练成本 4.1 万 GPU 小时，低于稠密基线的 6 万 GPU 小时。"),
        b("代码｜HumanEval 得分 52.4，稠密基线为 45.0。"),
      ],
      insights: [
        b("观点｜第一作者、Northvale 博士生 Mei Tanaka 认为路由器才是真正重要的「旋钮」。"),
        b("局限｜论文尚未经过同行评审，结果只在 7B 规模验证过，未必适用于更大模型。"),
      ],
      resources: [
        link("arXiv 论文", "https://arxiv.org/abs/2611.04321"),
        link("GitHub 代码", "https://github.com/helix-ai/routemix"),
      ],
    }),
  },
  {
    id: "h3-power-deal",
    article: art(
      "Orbis signs 1.2 GW nuclear power deal to feed its AI data centres",
      "Grid & Compute",
      `Cloud provider Orbis has signed a 20-year power purchase agreement with utility Meridian Energy for 1.2 gigawatts of nuclear capacity, the largest such deal announced by a cloud company this year.

Under the agreement, Meridian will restart the idled Harlow Creek reactor and build two small modular reactors at the same site. The restart is expected to deliver its first 800 megawatts in 2028; the two SMRs, together 400 MW, are planned for 2031.

Neither company disclosed the price, but analysts at Calder Research estimate the contract is worth about $16 billion over its life.

Orbis said the deal will cover roughly 35% of its projected US data-centre demand in 2030. Its current US data centres draw about 2.4 GW.

"We are not buying electrons for today, we are buying them for 2030," said Orbis chief sustainability officer Daniel Okafor.

The deal still needs approval from the state utility commission, which is expected to rule in mid-2027. Critics, including the advocacy group Clean Grid Watch, argue that the restart will divert carbon-free power from households. "Every megawatt that goes to a data centre is a megawatt that doesn't go to the grid," said its director Laura Chen.

Source: https://orbis.example/news/harlow-creek-ppa`,
      [{ text: "announcement", href: "https://orbis.example/news/harlow-creek-ppa" }],
    ),
    entry: entry({
      org: "Orbis",
      title: "Orbis 签下 1.2GW 核电购电协议",
      summary:
        "云服务商 Orbis 与公用事业公司 Meridian Energy 签署为期 20 年、1.2 吉瓦的核电购电协议，是今年云厂商公布的同类协议中规模最大的一笔。",
      core: [
        b("方案｜Meridian 将重启闲置的 Harlow Creek 反应堆，并在同址新建两座小型模块化反应堆。"),
        b("时间表｜重启预计 2028 年先提供 800 兆瓦，两座 SMR 合计 400MW，计划 2031 年投运。"),
      ],
      results: [
        b("价值｜双方未披露价格，Calder Research 分析师估计合同总价值约 160 亿美元。"),
        b("覆盖｜预计可满足 Orbis 2030 年美国数据中心需求的约 35%；其美国数据中心目前用电约 2.4GW。"),
      ],
      insights: [
        b("表态｜首席可持续发展官 Daniel Okafor 称「买的不是今天的电，而是 2030 年的电」。"),
        b("审批｜协议仍需州公用事业委员会批准，预计 2027 年年中裁决。"),
        b("争议｜Clean Grid Watch 负责人 Laura Chen 认为重启会把无碳电力从居民手中分走。"),
      ],
      resources: [link("公告", "https://orbis.example/news/harlow-creek-ppa")],
    }),
  },
  {
    id: "h3-redteam-report",
    article: art(
      "Red-team report: Atlas-2 refuses 96% of harmful requests, but multi-turn attacks still work",
      "SafeBench Weekly",
      `Independent evaluator Redline Labs on Monday published its red-team report on Atlas-2, the new model from Arclight AI.

Across 5,000 single-turn harmful prompts, Atlas-2 refused 96.1% of them, up 7.7 percentage points from 88.4% for its predecessor Atlas-1. But in multi-turn attacks, where the harmful request is spread over several messages, the refusal rate dropped to 71.3%.

| Attack type | Atlas-1 refusal | Atlas-2 refusal |
| --- | --- | --- |
| Single-turn | 88.4% | 96.1% |
| Multi-turn | 64.0% | 71.3% |
| Role-play | 59.5% | 83.2% |
| Encoded (base64) | 77.1% | 74.6% |

Encoded attacks were the only category where Atlas-2 did worse than Atlas-1.

Redline also measured over-refusal: Atlas-2 wrongly refused 6.8% of 1,000 benign prompts that merely looked sensitive, compared with 3.9% for Atlas-1.

"A model that refuses more is not automatically safer," said Redline Labs research director Tomás Ferreira. "It may just be more annoying."

Arclight AI said in a statement that it had received the report two weeks before publication and has already shipped a fix for the base64 weakness, but did not provide new numbers. Redline has not verified the fix.

Report: https://redline.example/reports/atlas-2`,
      [{ text: "report", href: "https://redline.example/reports/atlas-2" }],
    ),
    entry: entry({
      org: "Redline Labs",
      title: "Redline Labs 发布 Atlas-2 红队测试报告",
      summary:
        "独立评测机构 Redline Labs 发布对 Arclight AI 新模型 Atlas-2 的红队报告：5000 条单轮有害提示中，Atlas-2 拒绝了 96.1%，比上一代 Atlas-1 的 88.4% 提升 7.7 个百分点，但多轮攻击下拒绝率降至 71.3%。",
      core: [
        b(
          "分类结果｜角色扮演攻击拒绝率从 59.5% 提升到 83.2%；base64 编码攻击从 77.1% 降到 74.6%，是唯一退步的类别。",
        ),
      ],
      results: [
        b("过度拒绝｜在 1000 条看似敏感的正常提示中，Atlas-2 误拒 6.8%，高于 Atlas-1 的 3.9%。"),
        b("多轮攻击｜Atlas-1 的多轮攻击拒绝率为 64.0%。"),
      ],
      insights: [
        b("观点｜研究总监 Tomás Ferreira 认为拒绝更多并不自动意味着更安全，可能只是更烦人。"),
        b("厂商回应｜Arclight AI 称已修复 base64 漏洞，但未给出新数据，Redline 尚未验证该修复。"),
      ],
      resources: [link("报告", "https://redline.example/reports/atlas-2")],
    }),
  },
  {
    id: "h3-eu-funding",
    article: art(
      "Paris lab Lumen raises €600M at a €4.5B valuation",
      "EuroTech Brief",
      `Lumen, the Paris-based open-weights model developer, has raised €600 million in a Series C round that values the company at €4.5 billion, more than double its valuation a year ago.

The round was led by Atlantic Growth Partners, with participation from Nordlicht Ventures and the French public bank's innovation fund. Existing investor Seine Capital did not take part in this round, a person familiar with the matter said.

Lumen was valued at €2 billion after its Series B in November 2025, when it raised €220 million.

The company says it now has 310 employees, up from 140 a year ago, and annual recurring revenue of €48 million. Chief executive Élodie Marchand said the money will go mostly to compute: Lumen has agreed to lease 12,000 GPUs from a French data-centre operator starting next spring.

"Europe doesn't need one national champion, it needs ten," Marchand said in an interview.

Lumen's largest model, Lumen-Large, is released under an open-weights license that bars use by companies with more than 700 million monthly users.

Announcement: https://lumen.example/blog/series-c`,
      [{ text: "announcement", href: "https://lumen.example/blog/series-c" }],
    ),
    entry: entry({
      org: "Lumen",
      title: "巴黎 AI 实验室 Lumen 完成 6 亿欧元 C 轮融资",
      summary:
        "巴黎开源权重模型公司 Lumen 完成 6 亿欧元 C 轮融资，估值 45 亿欧元，较一年前翻了一倍多；本轮由 Atlantic Growth Partners 领投，Nordlicht Ventures 和法国公共银行创新基金参投。",
      core: [
        b("资金用途｜主要用于算力：已同意从明年春季起向一家法国数据中心运营商租用 1.2 万块 GPU。"),
        b("许可｜最大模型 Lumen-Large 的开源权重许可禁止月活超过 7 亿的公司使用。"),
      ],
      results: [
        b("上一轮｜2025 年 11 月 B 轮融资 2.2 亿欧元，投后估值 20 亿欧元。"),
        b("经营｜员工从一年前的 140 人增至 310 人，年经常性收入 4800 万欧元。"),
      ],
      insights: [
        b("观点｜CEO Élodie Marchand 表示欧洲需要的不是一个国家冠军，而是十个。"),
        b("投资方｜据知情人士称，老股东 Seine Capital 未参与本轮。"),
      ],
      resources: [link("公告", "https://lumen.example/blog/series-c")],
    }),
  },
  {
    id: "h3-fair-use-ruling",
    article: art(
      "Judge rules AI training on licensed news archive was not fair use",
      "Legal Wire Tech",
      `A federal judge in the Northern District of Ohio ruled on Thursday that startup Quillmind's use of a newspaper archive to train its writing assistant was not fair use, handing a partial win to publisher Lakeshore Media Group.

Judge Harriet Vance found that Quillmind copied about 1.8 million articles from Lakeshore's archive, which it had licensed only for search indexing, not for model training. Because the outputs of Quillmind's assistant competed directly with Lakeshore's paid newsletters, the use was not transformative, she wrote.

However, the judge dismissed Lakeshore's claim that the model's weights themselves are an infringing copy. "A set of numbers that cannot reproduce the works is not a copy of them," Vance wrote.

Damages will be decided at a later trial. Lakeshore had sought $150 million. Quillmind said it would appeal to the Sixth Circuit.

The ruling applies only to this case and does not bind other courts, noted Stanford law professor Kenji Albright, who was not involved. "But it's the first ruling I know of where the license terms, not the copying itself, decided the case," he said.

Court filing: https://courtdocs.example/ohnd/quillmind-order.pdf`,
      [{ text: "order", href: "https://courtdocs.example/ohnd/quillmind-order.pdf" }],
    ),
    entry: entry({
      org: "Lakeshore Media Group",
      title: "美国法院裁定 Quillmind 用授权新闻档案训练 AI 不属于合理使用",
      summary:
        "美国俄亥俄州北区联邦法官 Harriet Vance 裁定，初创公司 Quillmind 用 Lakeshore Media Group 报纸档案训练写作助手不构成合理使用，出版方获得部分胜诉。",
      core: [
        b("事实｜Quillmind 复制了约 180 万篇文章，而该档案只授权用于搜索索引，不含模型训练。"),
        b("理由｜助手的输出与 Lakeshore 的付费简报直接竞争，因此不具转换性。"),
      ],
      results: [
        b("驳回部分｜法官驳回了「模型权重本身是侵权复制件」的主张。"),
        b(
          "赔偿｜赔偿金额将在之后的庭审中确定，Lakeshore 索赔 1.5 亿美元；Quillmind 表示将上诉至第六巡回法院。",
        ),
      ],
      insights: [
        b(
          "专家｜斯坦福法学教授 Kenji Albright 指出裁决只适用于本案、不约束其他法院，但这是他所知第一个由许可条款而非复制行为本身决定结果的裁决。",
        ),
      ],
      resources: [link("裁定文件", "https://courtdocs.example/ohnd/quillmind-order.pdf")],
    }),
  },
];
