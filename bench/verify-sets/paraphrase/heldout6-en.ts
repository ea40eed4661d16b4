// Held-out set 6, English articles: a lab blog on a voice model in research preview for US
// subscribers (Chinese entry), an earnings release with segment figures, guidance and the analysts'
// consensus (Chinese entry), a paper's abstract and introduction (Chinese entry). Written before
// opening src/verify; fictional companies, people and figures (known models keep their names).
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT6_EN: Heldout3Case[] = [
  {
    id: "h6-lab-blog",
    article: art(
      "Introducing Meridian Voice: a research preview",
      "Alder Labs Blog",
      `Today we're sharing Meridian Voice, our first speech-to-speech model, as a research preview.

What it does

Meridian Voice listens and answers in speech directly, without converting to text in between. In our internal tests the median time from the end of a user's sentence to the start of the reply was 230 milliseconds, down from 410 milliseconds for the cascaded system we shipped last year.

It speaks nine languages. On our English test set its word error rate is 4.1%; we have not yet published results for the other eight languages.

Who can use it

Starting today, Meridian Voice is available to Alder Plus subscribers in the United States in the Alder app. Developers can join a waitlist for API access. We plan to bring it to the European Union and the United Kingdom next year, once we have completed local safety reviews.

Safety

Meridian Voice can only speak in one of six preset voices. It will not imitate a user's voice or anyone else's, and it declines requests to do so.

"Latency is what makes a voice assistant feel like a person or like a phone menu," said Priya Raman, who leads the speech team.

Limits

The preview can hold a conversation of up to 20 minutes. It sometimes mispronounces rare names, and it cannot yet call tools or browse the web.`,
    ),
    entry: entry({
      org: "Alder Labs",
      title: "Alder Labs 推出语音模型 Meridian Voice 研究预览版，延迟 230 毫秒",
      summary:
        "Alder Labs 发布首个端到端语音模型 Meridian Voice 的研究预览版，无需中间转写即可直接以语音作答。内部测试中，从用户说完到开始回复的中位延迟为 0.23 秒，较去年上线的级联系统（0.41 秒）缩短近一半。",
      core: [
        b("语言｜支持 9 种语言，英语测试集词错率 4.1%，其余 8 种语言的结果尚未公布。"),
        b(
          "开放范围｜即日起仅向美国的 Alder Plus 订阅用户开放，开发者可申请 API 候补名单；欧盟和英国计划明年在完成当地安全评估后上线。",
        ),
      ],
      results: [b("安全｜只能使用 6 种预设音色之一，不会模仿用户或任何人的声音。")],
      insights: [
        b("局限｜单次对话最长 20 分钟，偶尔读错生僻人名，暂不能调用工具或联网。"),
        b("观点｜语音团队负责人 Priya Raman 认为延迟决定了语音助手像真人还是像电话菜单。"),
      ],
    }),
  },
  {
    id: "h6-earnings-en",
    article: art(
      "Corvana Reports Third Quarter Fiscal 2027 Financial Results",
      "Business Wire",
      `AUSTIN, Texas -- Corvana Inc., a provider of cloud infrastructure for AI workloads, today reported financial results for its third quarter of fiscal 2027, ended October 31, 2026.

Third Quarter Highlights

- Revenue was $2.41 billion, an increase of 29% year over year.
- AI Infrastructure revenue was $1.12 billion, an increase of 74% year over year.
- GAAP net income was $310 million; non-GAAP earnings per share were $0.88.
- Remaining performance obligations were $9.7 billion, up 41% year over year.

"Demand for our GPU clusters continues to exceed supply," said Elena Brandt, Corvana's chief executive officer. "We expect to remain capacity-constrained through the first half of fiscal 2028."

Outlook

For the fourth quarter of fiscal 2027, Corvana expects revenue of $2.55 billion to $2.60 billion and non-GAAP earnings per share of $0.91 to $0.94.

Capital expenditures for fiscal 2027 are expected to be approximately $6 billion.

Since launching its AI Infrastructure business in 2023, Corvana has brought more than 310,000 GPUs online across 14 data centers.

Analysts polled by LSEG had on average expected fourth-quarter revenue of $2.63 billion, according to a note from the newswire. Corvana shares fell 5% in extended trading.`,
    ),
    entry: entry({
      org: "Corvana",
      title: "Corvana 第三财季营收 24.1 亿美元，AI 基础设施业务大增 74%",
      summary:
        "AI 云基础设施厂商 Corvana 公布截至 2026 年 10 月 31 日的 2027 财年第三季度业绩：营收 24.1 亿美元，同比增长 29%；其中 AI 基础设施收入 11.2 亿美元，同比增长 74%，接近总营收的一半。",
      core: [
        b("利润｜GAAP 净利润 3.1 亿美元，非 GAAP 每股收益 0.88 美元。"),
        b("积压订单｜剩余履约义务 97 亿美元，同比增长 41%。"),
        b(
          "指引｜公司预计第四财季营收 25.5 亿至 26 亿美元，非 GAAP 每股收益 0.91–0.94 美元；LSEG 调查的分析师平均预期为 26.3 亿美元。",
        ),
      ],
      results: [
        b("算力｜自 2023 年推出 AI 基础设施业务以来，已在 14 个数据中心上线逾 31 万块 GPU。"),
        b("股价｜盘后下跌 5%。"),
      ],
      insights: [
        b("产能｜CEO Elena Brandt 称 GPU 集群需求持续超过供给，预计到 2028 财年上半年仍将受产能限制。"),
        b("资本开支｜2027 财年资本开支预计约 60 亿美元。"),
      ],
    }),
  },
  {
    id: "h6-paper-en",
    article: art(
      "RetroCheck: Verifying Retrieved Evidence Before Generation",
      "arXiv",
      `Abstract

Retrieval-augmented generation (RAG) systems often answer from passages that are retrieved but irrelevant. We present RetroCheck, a lightweight verifier that scores each retrieved passage for whether it supports an answer before the reader sees it. With Llama-3.1-70B as the reader, RetroCheck improves exact match on HotpotQA by 6.3 points over Self-RAG and by 9.1 points over standard RAG. The verifier has 350 million parameters and adds 40 milliseconds of latency per query. Code is available at https://github.com/northgate-ai/retrocheck.

1 Introduction

Large language models answer open-domain questions better when given retrieved evidence, but retrieval is noisy. In our analysis of 2,000 HotpotQA questions, 38% of the top-5 passages returned by a standard BM25 retriever were irrelevant to the question.

Prior work such as Self-RAG asks the reader itself to judge relevance. This costs an extra generation step and, with smaller readers, is unreliable.

RetroCheck instead trains a small cross-encoder on 1.2 million question-passage pairs labelled by GPT-4o. With the verifier filtering passages, our Llama-3.1-70B reader matches the exact match of a GPT-4o reader with standard RAG on HotpotQA (61.4 vs 61.2).

We also report a negative result: on PopQA, where questions concern rare entities, RetroCheck lowers accuracy by 1.7 points, because the verifier tends to discard passages about entities it has not seen.

Our contributions are (1) the verifier, (2) a training set of 1.2 million labelled pairs, which we release, and (3) an analysis of when filtering hurts.

This work was done at the University of Edinburgh and Northgate AI. This is a preprint and has not been peer reviewed.

arXiv:2611.07352`,
      [{ text: "code", href: "https://github.com/northgate-ai/retrocheck" }],
    ),
    entry: entry({
      org: "University of Edinburgh",
      title: "爱丁堡大学等提出 RetroCheck：生成前先核验检索证据，HotpotQA 提升 6.3 分",
      summary:
        "爱丁堡大学与 Northgate AI 提出 RetroCheck，在阅读器看到检索段落之前，先用一个 3.5 亿参数的小型核验器判断每段是否支持答案。以 Llama-3.1-70B 为阅读器时，HotpotQA 精确匹配比 Self-RAG 高 6.3 分、比标准 RAG 高 9.1 分，每次查询仅增加 0.04 秒延迟。",
      core: [
        b("问题｜对 2000 道 HotpotQA 题的分析显示，BM25 返回的前 5 段中有近四成与问题无关。"),
        b("训练｜核验器是一个交叉编码器，在 120 万对由 GPT-4o 标注的问题—段落数据上训练，数据集一并公开。"),
        b(
          "对比｜加入过滤后，Llama-3.1-70B 阅读器的精确匹配（61.4）与使用标准 RAG 的 GPT-4o 阅读器（61.2）持平。",
        ),
      ],
      results: [
        b("负面结果｜在涉及罕见实体的 PopQA 上准确率反降 1.7 分，因为核验器倾向丢弃没见过的实体的段落。"),
      ],
      insights: [b("状态｜论文为预印本，尚未经过同行评审。")],
      resources: [
        link("arXiv", "https://arxiv.org/abs/2611.07352"),
        link("GitHub", "https://github.com/northgate-ai/retrocheck"),
      ],
    }),
  },
];
