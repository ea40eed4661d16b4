// Held-out set 8, English articles (part b): a news report whose claims are each attributed (a
// complaint's allegations, a company's denial, a regulator's statement; Chinese entry); an engineering
// blog post on retiring a model, with a cause the team found and one it ruled out (Chinese entry).
// Written before opening src/verify; fictional companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT8_EN_B: Heldout3Case[] = [
  {
    id: "h8-news",
    article: art(
      "Authors sue Northlake AI over training data; company says its use was fair",
      "The Ledger",
      `A group of 23 novelists filed a lawsuit against Northlake AI in federal court in Seattle on Tuesday, alleging that the company trained its Halcyon language models on pirated copies of their books.

The complaint claims Northlake downloaded about 190,000 books from a shadow library in 2024 and seeks class-action status on behalf of all US authors whose books were in that collection. It asks for statutory damages, which the plaintiffs' lawyers estimate could exceed $1 billion.

Northlake denied the allegations. "Halcyon was trained on licensed and publicly available data, and we believe our use is fair use," spokesperson Dana Whitfield said in a statement.

According to two people familiar with the matter, Northlake held settlement talks with a publishers' group earlier this year, but those talks ended without an agreement. Northlake declined to comment on the talks.

The lawsuit has not been certified as a class action, and no hearing has been scheduled.

Separately, the US Copyright Office said last month it is reviewing how copyright law applies to AI training, but it has not issued any rules.

Northlake, which was valued at $14 billion in a funding round in June, says Halcyon has 9 million weekly active users. The company has not disclosed revenue.

The lead plaintiff, Irene Caldwell, has written 11 novels. "Nobody asked us," she said at a press conference.`,
    ),
    entry: entry({
      org: "Northlake AI",
      title: "23 位小说作者起诉 Northlake AI，指其用盗版书训练 Halcyon 模型",
      summary:
        "23 位小说作者周二在西雅图联邦法院起诉 Northlake AI，指控该公司用盗版书训练 Halcyon 语言模型。起诉书称 Northlake 于 2024 年从影子图书馆下载约 19 万本书，并寻求代表所有相关美国作者的集体诉讼地位。",
      core: [
        b("索赔｜原告要求法定赔偿，其律师估计金额可能超过 10 亿美元。"),
        b("否认｜发言人 Dana Whitfield 称 Halcyon 使用的是授权和公开数据，公司认为属于合理使用。"),
        b(
          "和解｜据两位知情人士，Northlake 今年早些时候曾与一个出版商团体谈和解，未达成协议；Northlake 对此不予置评。",
        ),
      ],
      results: [
        b("进展｜集体诉讼资格尚未获认定，也未排定听证。"),
        b("监管｜美国版权局上月表示正在研究版权法如何适用于 AI 训练，但尚未出台规则。"),
      ],
      insights: [
        b("公司｜Northlake 6 月融资时估值 140 亿美元，称 Halcyon 周活跃用户 900 万，未披露营收。"),
        b("原告｜首席原告 Irene Caldwell 著有 11 部小说，她说「没人问过我们」。"),
      ],
    }),
  },
  {
    id: "h8-blog",
    article: art(
      "Retiring Sable-2 and what we learned from its latency regression",
      "Fernwood Engineering Blog",
      `We will retire the Sable-2 model from our API on March 31, 2027. Requests to Sable-2 after that date will return an error. We recommend moving to Sable-3, which costs the same per token for input and 20% less for output.

Sable-2 will stay available in the EU region until June 30, 2027, because some customers there need more time to finish their compliance reviews.

Between now and March 31, Sable-2 keeps working as it does today. We will send two reminder emails before the shutdown: one in January and one in March.

What happened in October

From October 14 to October 17, Sable-2's p95 latency rose from 1.8 seconds to 4.5 seconds for about 30% of requests. We first suspected a traffic spike, since traffic also grew 12% that week, but load tests ruled it out. The cause was a cache configuration change that sent long prompts to a slower pool of servers. Rolling back the change on October 17 brought latency back to normal.

No data was lost and no requests failed during the incident.

Why we are retiring Sable-2

Sable-2 now serves less than 3% of our API traffic, and keeping it running ties up hardware we need for Sable-3. We are not removing fine-tuned Sable-2 models this year; customers with fine-tunes will get a separate notice.

— Oren Blum, head of platform, Fernwood`,
    ),
    entry: entry({
      org: "Fernwood",
      title: "Fernwood 将于 2027 年 3 月 31 日下线 Sable-2 API，建议迁移至 Sable-3",
      summary:
        "Fernwood 宣布 2027 年 3 月 31 日起 Sable-2 从 API 下线，之后的请求将返回错误。Sable-3 输入单价相同、输出便宜 20%。欧盟区的 Sable-2 因部分客户合规审查需要更多时间，保留至 2027 年 6 月 30 日。",
      core: [
        b("过渡｜下线前 Sable-2 照常可用，公司会在 1 月和 3 月各发一封提醒邮件。"),
        b("10 月事故｜10 月 14 日至 17 日，约 30% 请求的 p95 延迟从 1.8 秒升至 4.5 秒。"),
        b(
          "原因｜起初怀疑当周流量增长 12% 所致，但负载测试排除了这一点；真正原因是缓存配置变更把长提示发到了较慢的服务器池，17 日回滚后恢复。",
        ),
      ],
      results: [b("影响｜事故期间没有数据丢失，也没有请求失败。")],
      insights: [
        b("下线原因｜Sable-2 只占 API 流量不到 3%，且占用 Sable-3 所需的硬件。"),
        b("微调｜今年不会移除微调过的 Sable-2 模型，相关客户将另行通知。"),
      ],
    }),
  },
];
