// Held-out set 4, English articles: an acquisition with deal terms and conditions, a model licence
// limited by user count (English entry), a first-instance ruling with an appeal pending, an English
// article about a Chinese company. Written before opening src/verify; fictional companies and people.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT4_EN: Heldout3Case[] = [
  {
    id: "h4-acquisition",
    article: art(
      "Corvid to buy inference startup Lumen Labs for $1.2 billion",
      "The Information Desk",
      `Corvid Systems, the Seattle cloud company, said on Monday it has agreed to acquire Lumen Labs, a startup that builds inference-optimisation software, for $1.2 billion.

The price is made up of $900 million in cash and $300 million in Corvid stock. Lumen's founders and employees could receive up to a further $250 million in an earn-out if the unit hits revenue targets through 2028.

The deal still needs approval from regulators in the US and the EU and is expected to close in the second half of 2027. If it is blocked, Corvid will pay Lumen a $60 million break fee.

Lumen Labs was founded in 2021 and has about 140 employees. Its software, which Lumen says cuts inference costs by up to 45% on some workloads, is used by 30 of the Fortune 500.

"Inference is where the money in AI will be spent for the next decade," Corvid CEO Anita Shah said in a statement. Lumen co-founder Tomás Vidal will join Corvid as a senior vice president.

It is Corvid's largest acquisition to date; its previous biggest deal was the $410 million purchase of Brightline in 2024.`,
    ),
    entry: entry({
      org: "Corvid Systems",
      title: "Corvid 拟以 12 亿美元收购 Lumen Labs",
      summary:
        "西雅图云公司 Corvid Systems 同意以 12 亿美元收购推理优化软件初创公司 Lumen Labs，其中现金 9 亿美元、Corvid 股票 3 亿美元；交易仍需美国和欧盟监管批准，预计 2027 年下半年完成。",
      core: [
        b("对赌｜若业务在 2028 年前达到营收目标，创始人和员工最多还可再拿 2.5 亿美元。"),
        b("分手费｜交易若被否决，Corvid 将向 Lumen 支付 6000 万美元分手费。"),
      ],
      results: [
        b(
          "Lumen｜成立于 2021 年，约 140 名员工；称其软件在部分负载上可将推理成本最多降低 45%，已被 30 家财富 500 强企业使用。",
        ),
        b("规模｜这是 Corvid 迄今最大的一笔收购，此前最大的是 2024 年以 4.1 亿美元收购 Brightline。"),
      ],
      insights: [
        b("观点｜Corvid CEO Anita Shah 认为未来十年 AI 的钱将花在推理上。"),
        b("人事｜Lumen 联合创始人 Tomás Vidal 将加入 Corvid 任高级副总裁。"),
      ],
    }),
  },
  {
    id: "h4-licence",
    article: art(
      "Halcyon-34B ships with open weights, but big companies need a separate licence",
      "Model Watch",
      `Halcyon AI, a Toronto lab, on Thursday released Halcyon-34B, a 34-billion-parameter language model with open weights and a 128,000-token context window.

The weights are published under the Halcyon Community License. Companies may use the model commercially as long as their products have fewer than 100 million monthly active users; above that threshold they must obtain a separate licence from Halcyon. The licence also forbids using the model's outputs to train competing models.

Halcyon-34B was trained on 9.5 trillion tokens. On MMLU it scores 79.3, and on HumanEval 68.0. The company compared it with Mistral Small 3, which scored 76.1 on MMLU and 71.2 on HumanEval, so Halcyon trails on code.

The training data has not been released, and Halcyon said it has no plans to release it.

"We want startups to build on this without calling a lawyer first," said Halcyon's head of research, Amara Okafor.

The model is available on Hugging Face at huggingface.co/halcyon-ai/Halcyon-34B.`,
      [{ text: "Hugging Face", href: "https://huggingface.co/halcyon-ai/Halcyon-34B" }],
    ),
    entry: entry({
      org: "Halcyon AI",
      title: "Halcyon-34B: open weights, commercial use capped at 100M MAU",
      summary:
        "Toronto lab Halcyon AI released Halcyon-34B, a 34B-parameter model with open weights and a 128K context window, under a community licence that allows commercial use only for products with under 100 million monthly active users.",
      core: [
        b(
          "Licence｜Products above 100M MAU need a separate licence from Halcyon; outputs may not be used to train competing models.",
        ),
        b(
          "Training｜Trained on 9.5T tokens; the training data is not released and there are no plans to release it.",
        ),
      ],
      results: [
        b(
          "Benchmarks｜MMLU 79.3 vs 76.1 for Mistral Small 3, but HumanEval 68.0 vs 71.2, so it trails on code.",
        ),
      ],
      insights: [
        b(
          'Intent｜Head of research Amara Okafor: "We want startups to build on this without calling a lawyer first."',
        ),
      ],
      resources: [link("Hugging Face", "https://huggingface.co/halcyon-ai/Halcyon-34B")],
    }),
  },
  {
    id: "h4-lawsuit",
    article: art(
      "Court rules against Scribe AI in authors' copyright case; company will appeal",
      "Legal Tech Brief",
      `A federal district court in New York ruled on Friday that Scribe AI infringed the copyrights of a group of authors by training its writing assistant on pirated copies of their books.

The court awarded the 14 plaintiffs $4.2 million in damages, far short of the $30 million they had sought. Judge Helen Marsh rejected the authors' request to order the destruction of Scribe's models.

Scribe AI said it would appeal. The damages award is suspended until the appeal is decided, and the judge's ruling does not bind other courts.

The judge found that training on lawfully purchased books could be fair use, but that downloading pirated copies was not. Roughly 7,000 of the 190,000 books in Scribe's training set came from pirate sites, according to the ruling.

"This is a partial win for authors, not a final one," said Rachel Kim, the authors' lead lawyer.

Scribe's general counsel, Owen Price, said the company "respects authors" and has already removed the pirated books from future training runs.`,
    ),
    entry: entry({
      org: "Scribe AI",
      title: "Scribe AI 一审败诉，判赔 420 万美元，公司将上诉",
      summary:
        "纽约联邦地区法院一审认定 Scribe AI 用盗版书籍训练写作助手，侵犯了作者版权，判赔 14 名原告 420 万美元，远低于原告主张的 3000 万美元；Scribe AI 表示将上诉。",
      core: [
        b("裁决要点｜法官认为用合法购买的书训练可能构成合理使用，但下载盗版不属于。"),
        b("规模｜训练集 19 万本书中约 7000 本来自盗版网站。"),
      ],
      results: [
        b("未支持｜法官 Helen Marsh 驳回了作者要求销毁 Scribe 模型的请求。"),
        b("效力｜赔偿在上诉裁决前暂缓执行，该判决对其他法院没有约束力。"),
      ],
      insights: [
        b("原告｜原告首席律师 Rachel Kim 称这是作者的部分胜利，而非最终胜利。"),
        b('被告｜Scribe 总法律顾问 Owen Price 称公司 "respects authors"，并已把盗版书从今后的训练中移除。'),
      ],
    }),
  },
  {
    id: "h4-en-china",
    article: art(
      "Hangzhou robot maker Qiyuan files for Hong Kong IPO as revenue nearly doubles",
      "Asia Tech Ledger",
      `Qiyuan Robotics, a Hangzhou-based maker of warehouse robots, has filed for an initial public offering in Hong Kong, according to a prospectus posted on the exchange's website on Tuesday.

Qiyuan's revenue rose 85% to RMB 420 million in 2025, while its net loss narrowed to RMB 96 million from RMB 180 million a year earlier. In the first half of 2026, revenue was RMB 260 million.

Overseas customers accounted for 22% of revenue in 2025, up from 9% in 2024. The company's largest customer, an e-commerce group it does not name, made up 31% of revenue.

Qiyuan plans to raise about US$300 million, according to people familiar with the matter, though the prospectus does not give a figure. The listing still requires approval from the Hong Kong stock exchange and a filing with the China Securities Regulatory Commission.

The company has shipped more than 8,000 robots since it was founded in 2018. Its backers include Hillhouse and the Hangzhou city government's investment fund.

Founder and chairman Zhou Ming owns 34% of the company before the offering.`,
    ),
    entry: entry({
      org: "Qiyuan Robotics",
      title: "杭州仓储机器人公司 Qiyuan 递表港交所",
      summary:
        "杭州仓储机器人公司 Qiyuan Robotics 向港交所递交招股书：2025 年营收增长 85% 至 4.2 亿元人民币，净亏损从 1.8 亿元收窄至 9600 万元。",
      core: [
        b("海外｜海外客户收入占比从 2024 年的 9% 升至 2025 年的 22%。"),
        b("客户集中｜最大客户是一家未具名的电商集团，贡献了 31% 的营收。"),
      ],
      results: [
        b("上半年｜2026 年上半年营收 2.6 亿元。"),
        b("募资｜据知情人士称计划募资约 3 亿美元，招股书未给出金额；上市仍需港交所批准并向中国证监会备案。"),
      ],
      insights: [
        b(
          "出货｜2018 年成立以来累计交付超过 8000 台机器人，投资方包括高瓴（Hillhouse）和杭州市政府投资基金。",
        ),
        b("股权｜创始人兼董事长 Zhou Ming 上市前持股 34%。"),
      ],
    }),
  },
];
