// An article written for the binding tests: terms in lead-ins, headings, previous sentences and
// back-references; abbreviations the article defines; two entities before one figure.
export const BINDING_ARTICLE = {
  title: "澜舟金融大模型发布：定价、评测与仿真",
  publisher: "测试号",
  links: [],
  text: `澜舟科技今天发布金融大模型 Lanzhou-Fin，并公布了 API 定价与多项评测结果。

GPT-4o mini 的定价对比：
1. 输入：$0.15/百万 tokens
2. 输出：$0.60/百万 tokens
3. 缓存服务：$0.30/百万 tokens
4. 批处理：$0.075/百万 tokens

Lanzhou-Fin 的定价：
1. 输入：$0.20/百万 tokens
2. 输出：$0.80/百万 tokens

在其专业基准 Rogo-Golden 的测试中，经过两轮强化学习，模型的准确率从 75% 提升至 80%以上。

团队还训练了一个过程奖励模型（PRM），用来给每一步推理打分。在 ProcessBench 上，过程奖励模型的 F1 达到 68.2。

LiveMathBench 评测
模型得分 42.5；同条件下，对照模型 Mistral-Large-Instruct-2411 得分 39.1。

传统基准上，Lanzhou-Fin 的 MMLU 为 88.7%，HumanEval 为 90.2%。

团队同时开源了仿真环境 FinSim。它的吞吐量达到每秒 12000 步。这套环境比 Isaac Gym 和 MJX 快 10–80 倍。`,
};
