// Held-out set 7, English articles: a lab blog on an open-weights model under a custom licence that
// is compatible with (not built on) another model's tokenizer (Chinese entry); a press release on a
// non-binding MoU with an "up to" investment (Chinese entry); a paper abstract with a results table
// and ranges from a research group (English entry). Written before opening src/verify; fictional
// companies, people and figures (known models keep their names). Part b: heldout7-en-b.ts.
import { b, entry, link } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT7_EN: Heldout3Case[] = [
  {
    id: "h7-lab-blog",
    article: art(
      "Tern-7B: small, fast, and open weights",
      "Halden Labs Blog",
      `We're releasing Tern-7B, a 7-billion-parameter language model, with open weights.

Tern-7B was trained from scratch on 9.4 trillion tokens of text and code. It has a 64K-token context window and runs at about 140 tokens per second on a single consumer GPU with 4-bit quantisation.

Tern uses its own architecture and was not fine-tuned from any existing model. Its tokenizer is compatible with the Llama 3 tokenizer, so existing Llama tooling works without changes.

How it compares

We compared Tern-7B with Mistral-7B-v0.3 and Qwen2.5-7B on seven public benchmarks. Tern-7B scored higher than Mistral-7B-v0.3 on five of the seven and higher than Qwen2.5-7B on three. On MMLU it scored 68.2, against 62.5 for Mistral-7B-v0.3 and 74.2 for Qwen2.5-7B.

Licence

The weights are available on Hugging Face under the Tern Community Licence. The licence allows commercial use for organisations with fewer than 50 million monthly active users; larger organisations need a separate agreement. We are not releasing the training data or the training code.

What's next

A 32B version is in training and we expect to release it in the first quarter of 2027.

"We wanted a 7B model that a student can run on a laptop and a company can ship," said Maren Solberg, Halden's chief scientist.`,
      [{ text: "Hugging Face", href: "https://huggingface.co/halden/tern-7b" }],
    ),
    entry: entry({
      org: "Halden Labs",
      title: "Halden Labs 开放 Tern-7B 权重：9.4 万亿 token 从头训练，64K 上下文",
      summary:
        "Halden Labs 发布 70 亿参数语言模型 Tern-7B 并开放权重。模型在 9.4 万亿 token 的文本和代码上从头训练，未基于任何现有模型微调，上下文 64K，4 比特量化后在单张消费级显卡上约每秒 140 个 token。",
      core: [
        b("兼容｜分词器与 Llama 3 分词器兼容，现有 Llama 工具链无需改动即可使用。"),
        b("评测｜七项公开基准中，五项高于 Mistral-7B-v0.3，三项高于 Qwen2.5-7B。"),
        b("MMLU｜68.2 分，Mistral-7B-v0.3 为 62.5，Qwen2.5-7B 为 74.2。"),
      ],
      results: [
        b(
          "许可｜权重以 Tern 社区许可证发布于 Hugging Face，月活不足 5000 万的机构可商用，更大的机构需另签协议；训练数据和训练代码不公开。",
        ),
      ],
      insights: [
        b("下一步｜32B 版本正在训练，预计 2027 年一季度发布。"),
        b("观点｜首席科学家 Maren Solberg 说，希望做一个学生能在笔记本上跑、公司能用于产品的 7B 模型。"),
      ],
      resources: [link("Hugging Face", "https://huggingface.co/halden/tern-7b")],
    }),
  },
  {
    id: "h7-mou",
    article: art(
      "Norrland Grid and Veyra AI sign memorandum of understanding to explore a 200 MW AI data centre in northern Sweden",
      "Norrland Grid Press Release",
      `LULEÅ, Sweden, December 3, 2026 — Norrland Grid AB, a Swedish renewable power producer, and Veyra AI, a London-based AI compute provider, today signed a non-binding memorandum of understanding (MoU) to explore the joint development of an AI data centre of up to 200 megawatts near Luleå.

Under the MoU, the two companies will carry out a feasibility study over the next six months covering site selection, grid connection and cooling. Norrland Grid would supply renewable electricity from its hydro and wind assets under a long-term power purchase agreement, subject to final terms.

If the project goes ahead, total investment could reach up to €1.5 billion over five years, and the first 50 MW phase could start operating in 2028.

The MoU does not commit either party to proceed. Any definitive agreements are expected to be signed in the first half of 2027, subject to the results of the feasibility study and board approvals.

"Northern Sweden has cheap, clean power and a cold climate. That is exactly what large AI workloads need," said Karin Lindqvist, Chief Executive Officer of Norrland Grid.

"This MoU is the first step. We will only build where the numbers work," said Tomas Reyes, Chief Operating Officer of Veyra AI.

About Norrland Grid
Norrland Grid AB operates 1.1 gigawatts of hydro and wind capacity in northern Sweden and employs about 420 people.

About Veyra AI
Veyra AI operates GPU clusters in the United Kingdom and Norway with around 18,000 GPUs in service.`,
    ),
    entry: entry({
      org: "Norrland Grid",
      title: "Norrland Grid 与 Veyra AI 签署谅解备忘录，探讨在瑞典北部建设最高 200 兆瓦 AI 数据中心",
      summary:
        "瑞典可再生能源发电商 Norrland Grid 与伦敦 AI 算力商 Veyra AI 于 12 月 3 日签署不具约束力的谅解备忘录，探讨在吕勒奥附近联合开发最高 200 兆瓦的 AI 数据中心。双方将在未来六个月做可行性研究，正式协议预计 2027 年上半年签署。",
      core: [
        b("电力｜Norrland Grid 将以长期购电协议提供水电和风电，具体条款待定。"),
        b("投资｜项目若推进，五年总投资最高可达 15 亿欧元，首期 50 兆瓦最早 2028 年投运。"),
        b("约束｜备忘录不要求任何一方必须推进，最终协议还需视可行性研究结果和董事会批准而定。"),
      ],
      results: [
        b(
          "公司｜Norrland Grid 在瑞典北部运营 1.1 吉瓦水电和风电装机，员工约 420 人；Veyra AI 在英国和挪威运营约 1.8 万块 GPU。",
        ),
      ],
      insights: [
        b(
          "观点｜Norrland Grid CEO Karin Lindqvist 认为瑞典北部电价低、电力清洁且气候寒冷，正适合大型 AI 负载。",
        ),
        b("谨慎｜Veyra AI 首席运营官 Tomas Reyes 称备忘录只是第一步，只在算得过账的地方建设。"),
      ],
    }),
  },
  {
    id: "h7-paper",
    article: art(
      "SparseRoute: Token-Level Routing for Faster Long-Context Inference",
      "arXiv",
      `Aurora NLP Group

Abstract

Long-context inference is dominated by attention over the key-value cache. We introduce SparseRoute, which routes each query token to a small subset of cache blocks chosen by a learned scorer. On Llama-3.1-8B and Qwen2.5-14B, SparseRoute speeds up decoding by 1.4x to 2.1x at context lengths from 32K to 128K, while keeping accuracy on RULER within 0.8 points of full attention. All experiments were run on a single node with 8 H100 GPUs.

Results

Table 2: Decoding throughput (tokens/s) and RULER accuracy at 128K context.

| Model | Method | Throughput | RULER |
| Llama-3.1-8B | Full attention | 412 | 84.1 |
| Llama-3.1-8B | Quest | 655 | 80.2 |
| Llama-3.1-8B | SparseRoute | 865 | 83.5 |
| Qwen2.5-14B | Full attention | 268 | 86.7 |
| Qwen2.5-14B | SparseRoute | 551 | 85.9 |

At 32K context the speed-up is smaller: 1.4x for Llama-3.1-8B and 1.5x for Qwen2.5-14B, because attention takes a smaller share of decoding time.

The scorer adds 11 million parameters per model and is trained for 2,000 steps on 50 million tokens.

Limitations. SparseRoute does not speed up the prefill stage, and we have not tested models larger than 14B parameters.

Code: https://github.com/aurora-nlp/sparseroute`,
      [{ text: "Code", href: "https://github.com/aurora-nlp/sparseroute" }],
    ),
    entry: entry({
      org: "Aurora NLP Group",
      title:
        "SparseRoute routes each token to a few KV-cache blocks, speeding up long-context decoding 1.4–2.1x",
      summary:
        "SparseRoute uses a learned scorer to send each query token to a small subset of key-value cache blocks. On Llama-3.1-8B and Qwen2.5-14B it decodes 1.4 to 2.1 times faster at 32K–128K context, with RULER accuracy within 0.8 points of full attention.",
      core: [
        b(
          "128K｜Llama-3.1-8B goes from 412 to 865 tokens/s (RULER 84.1 to 83.5); Qwen2.5-14B from 268 to 551 tokens/s (86.7 to 85.9).",
        ),
        b("Baseline｜Quest reaches 655 tokens/s on Llama-3.1-8B but drops RULER to 80.2."),
        b(
          "32K｜The gain is smaller there, 1.4x for Llama and 1.5x for Qwen, as attention is a smaller share of decoding time.",
        ),
      ],
      results: [
        b(
          "Cost｜The scorer adds 11 million parameters per model and trains for 2,000 steps on 50 million tokens.",
        ),
        b("Setup｜All runs used one node with eight H100 GPUs."),
      ],
      insights: [b("Limits｜No speed-up in prefill, and nothing larger than 14B parameters was tested.")],
      resources: [link("GitHub", "https://github.com/aurora-nlp/sparseroute")],
    }),
  },
];
