// Held-out set 6, English articles (part b): a state bill passed by one chamber and awaiting the
// governor, with thresholds and fines (Chinese entry); an interview where the interviewer states
// views of their own (English entry). Written before opening src/verify; fictional people, bill and
// figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT6_EN_B: Heldout3Case[] = [
  {
    id: "h6-policy-en",
    article: art(
      "New York Assembly passes frontier AI safety bill; governor yet to decide",
      "Statehouse Report",
      `ALBANY — The New York State Assembly on Tuesday passed a bill that would require developers of the largest AI models to publish safety plans and report serious incidents within 72 hours, sending the measure to Governor Marcus Hale, who has not said whether he will sign it.

The bill, A.9114, passed 98 to 47. The state Senate approved an identical version in June.

The requirements apply only to developers whose models were trained with more than 10^26 operations and cost more than $100 million to train, and only to models offered to users in New York.

Violations could bring civil penalties of up to $10 million for a first offence and up to $30 million for later ones, enforced by the state attorney general. An earlier draft had set the first-offence cap at $5 million.

If signed, the law would take effect 180 days later.

The bill's sponsor, Assembly member Lena Ortiz, said the thresholds meant that "no start-up in this state will be touched by this law."

A coalition of technology companies, including two of the five developers the bill's analysis expects to be covered, urged the governor to veto it. The governor has 10 days to act once the bill is delivered to his desk, excluding Sundays.`,
    ),
    entry: entry({
      org: "纽约州议会",
      title: "纽约州众议院通过前沿 AI 安全法案，州长尚未表态",
      summary:
        "纽约州众议院周二以 98 票对 47 票通过 A.9114 法案，要求最大规模 AI 模型的开发者公布安全计划，并在 72 小时内报告严重事故。州参议院已于 6 月通过相同版本，法案将送交州长 Marcus Hale，他尚未表态是否签署。",
      core: [
        b(
          "适用范围｜仅针对训练算力超过 10^26 次运算且训练成本逾 1 亿美元的开发者，且仅限向纽约用户提供的模型。",
        ),
        b(
          "罚则｜由州检察长执法，首次违规最高罚款 1000 万美元，再犯最高 3000 万美元；早期草案的首次违规上限为 500 万美元。",
        ),
      ],
      results: [b("生效｜若州长签署，法律将在 180 天后生效；法案送达后州长有 10 天（不含周日）作出决定。")],
      insights: [
        b("支持方｜提案人、州众议员 Lena Ortiz 称门槛之高意味着州内不会有初创公司受影响。"),
        b("反对方｜一个科技企业联盟敦促州长否决，其中包括法案分析预计受约束的五家开发者中的两家。"),
      ],
    }),
  },
  {
    id: "h6-interview-en",
    article: art(
      "'Robots will earn their keep in warehouses first': a conversation with Tessellate's Oren Vasquez",
      "The Automaton Weekly",
      `Tessellate, a four-year-old robotics company in Pittsburgh, builds mobile arms that pick items in warehouses. It has deployed 1,400 of them at 23 customer sites and raised $180 million to date. We spoke with its chief technology officer, Oren Vasquez. The interview has been edited for length.

The Automaton Weekly: Many investors now say general-purpose humanoids will be useful in homes within five years. Do you agree?

Vasquez: I don't know about homes. What I know is that a warehouse pays for a robot that picks 600 items an hour without a break. Ours do about 450 today; the best human pickers we measured do around 520.

The Automaton Weekly: So you are behind humans?

Vasquez: On speed, yes, for now. On the night shift, no. Our arms run 20 hours a day, and the error rate is 0.3%, against about 1% for people.

The Automaton Weekly: Why not build a humanoid?

Vasquez: Legs are expensive and most warehouses have flat floors. We have no plans to build a humanoid.

The Automaton Weekly: What about the model behind it?

Vasquez: We train our own grasping model on about 90 million real picks. We tried fine-tuning an open vision-language model last year, and it was slower and no more accurate, so we dropped it.

The Automaton Weekly: What's next?

Vasquez: A second factory in Ohio, which we hope to open in late 2027. Right now we can build about 150 arms a month.`,
    ),
    entry: entry({
      org: "Tessellate",
      title: "Tessellate's CTO: warehouse picking arms beat people on errors, not yet on speed",
      summary:
        "Tessellate, a Pittsburgh robotics company founded four years ago, has 1,400 picking arms at 23 customer sites and has raised $180 million so far. Its CTO, Oren Vasquez, says its arms pick about 450 items an hour, short of the roughly 520 of the best human pickers it measured.",
      core: [
        b("Reliability｜The arms run 20 hours a day with a 0.3% error rate, against about 1% for people."),
        b(
          "No humanoid｜Legs are costly and most warehouse floors are flat, so the company has no plans for a humanoid.",
        ),
        b(
          "Model｜It trains its own grasping model on about 90 million real picks; a fine-tuned open vision-language model tried last year was slower and no more accurate, and was dropped.",
        ),
      ],
      results: [
        b(
          "Capacity｜It builds about 150 arms a month and hopes to open a second factory, in Ohio, in late 2027.",
        ),
      ],
      insights: [
        b("Target｜Vasquez says a warehouse pays for a robot that picks 600 items an hour without a break."),
      ],
    }),
  },
];
