import assert from "node:assert/strict";
import { test } from "node:test";
import { checkOrg, verifyOrgClaims } from "./check-org.ts";
import { indexArticle } from "./index-article.ts";

const article = (title: string, text: string, publisher?: string) =>
  indexArticle({ title, text, links: [], ...(publisher ? { publisher } : {}) });

const verdicts = (org: string, index: ReturnType<typeof article>) =>
  checkOrg(org, index).map((p) => [p.name, p.supported]);

const otherLab = article(
  "青云实验室开源 XModel：多项基准超越谷歌",
  "青云实验室今天开源了 XModel。在 MMLU 上，XModel 超越 Google 的 Gemini 3 和 DeepMind 的 AlphaX，与 Llama 4 相比推理更快。\n推荐阅读\nMeta 发布 Llama 5",
);

test("an article by another lab that mentions Google as a comparison supports neither Google nor its units", () => {
  assert.deepEqual(verdicts("青云实验室", otherLab), [["青云实验室", true]]);
  assert.deepEqual(verdicts("Google", otherLab), [["Google", false]]);
  assert.deepEqual(verdicts("谷歌", otherLab), [["谷歌", false]]);
  assert.deepEqual(verdicts("Google DeepMind", otherLab), [["Google DeepMind", false]]);
  assert.deepEqual(verdicts("Meta", otherLab), [["Meta", false]]);
  const google = checkOrg("Google", otherLab)[0]!;
  assert.match(google.reason, /comparison/);
  assert.match(google.reason, /the actor is 青云实验室/);
});

test("a product does not support its maker unless the article says the maker made it", () => {
  const llama = article("Llama 4 微调指南", "研究者用 Llama 4 做了一个客服机器人，效果不错。");
  assert.deepEqual(verdicts("Meta", llama), [["Meta", false]]);
  const made = article("Meta 开源 Llama 4", "Meta 今天开源了 Llama 4。");
  assert.deepEqual(verdicts("Meta", made), [["Meta", true]]);
  assert.deepEqual(verdicts("脸书", made), [["脸书", true]]);
});

test("spellings of one org support each other; helpers and descriptors do not", () => {
  const hunyuan = article("腾讯混元发布新模型", "腾讯混元团队今天发布了图像模型，NVIDIA 提供了算力支持。");
  assert.deepEqual(verdicts("Tencent Hunyuan", hunyuan), [["Tencent Hunyuan", true]]);
  assert.deepEqual(verdicts("NVIDIA", hunyuan), [["NVIDIA", false]]);
  const ds = article("深度求索发布 V4", "深度求索今天发布 V4。");
  assert.deepEqual(verdicts("DeepSeek", ds), [["DeepSeek", true]]);
});

test("persons are orgs, and A/B and A & B check each part", () => {
  const report = article(
    "Jeff Dean、Hennessy领衔发布AI务实路线图",
    "当舆论还在摇摆时，Jeff Dean 和 John Hennessy 等科学家给出了答案。文中引用了 OpenAI 的数据。",
    "新智元",
  );
  assert.deepEqual(verdicts("Jeff Dean & Hennessy", report), [
    ["Jeff Dean", true],
    ["Hennessy", true],
  ]);
  assert.deepEqual(verdicts("Jeff Dean/OpenAI", report), [
    ["Jeff Dean", true],
    ["OpenAI", false],
  ]);
  const v = verifyOrgClaims("Jeff Dean/OpenAI", report);
  assert.equal(v.org, "Jeff Dean");
  assert.equal(v.claims[0]!.evidence, "Jeff Dean、Hennessy领衔发布AI务实路线图");
});

test("the publisher is the org only of its own piece, and is marked so", () => {
  const report = article(
    "Jeff Dean 发布路线图",
    "Jeff Dean 今天发布了路线图。新智元认为值得一读。",
    "新智元",
  );
  const refused = checkOrg("新智元", report)[0]!;
  assert.equal(refused.supported, false);
  assert.match(refused.reason, /publisher, not the actor/);
  const essay = article(
    "从朴素RAG到Agentic RAG：这三年走过的路",
    "三年前，RAG 还是一个简单的想法。",
    "机器之心",
  );
  const own = verifyOrgClaims("机器之心", essay);
  assert.equal(own.org, "机器之心");
  assert.equal(own.claims[0]!.role, "publisher");
  assert.equal(own.claims[0]!.status, "supported");
});

test("an org not named at all, or only in the body's background, is refused", () => {
  const index = article(
    "星河科技完成融资",
    "星河科技完成 5 亿元融资。".repeat(60) + "此前 OpenAI 发布了 GPT-5。",
  );
  assert.deepEqual(verdicts("OpenAI", index), [["OpenAI", false]]);
  assert.deepEqual(verdicts("Anthropic", index), [["Anthropic", false]]);
});

test("an entry whose org is the publisher's own piece says so in its verification counts", async () => {
  const { verifyEntry } = await import("./verify-entry.ts");
  const entry = {
    org: "机器之心",
    title: "RAG 这三年",
    stars: 3 as const,
    tags: [],
    summary: "三年前，RAG 还是一个简单的想法。",
    core: { bullets: [] },
    results: { bullets: [] },
    insights: { bullets: [] },
    resources: [],
  };
  const article = {
    title: "从朴素RAG到Agentic RAG：这三年走过的路",
    text: "三年前，RAG 还是一个简单的想法。",
    links: [],
    publisher: "机器之心",
  };
  assert.equal(verifyEntry(entry, article).counts.orgRole, "publisher");
  assert.equal(verifyEntry({ ...entry, org: "Jeff Dean" }, article).counts.orgRole, undefined);
});

test("a baseline's maker in 'X 是 Meta 的 Llama 3 的 2 倍' is a comparison, not the actor", () => {
  // Nobody else acts in title or lead: the fallback to 'named in the lead' must not take a baseline.
  const nobody = article(
    "一个轻量推理框架的实测",
    "在相同硬件上，这个新框架的推理速度是 Meta 的 Llama 3 的 2 倍，显存占用达到 OpenAI 的 GPT-4o mini 的 60%。",
  );
  assert.deepEqual(verdicts("Meta", nobody), [["Meta", false]]);
  assert.deepEqual(verdicts("OpenAI", nobody), [["OpenAI", false]]);
  assert.match(checkOrg("Meta", nobody)[0]!.reason, /comparison/);
});

test("an unknown team that 提出 the thing is the actor: a known org merely mentioned is not", () => {
  const sparrow = article(
    "青禾团队提出Sparrow：推理速度是Llama 3的2倍",
    "青禾团队提出了轻量推理框架 Sparrow。\n在相同硬件上，Sparrow 的推理速度是 Meta 的 Llama 3 的 2 倍。",
  );
  assert.deepEqual(verdicts("青禾团队", sparrow), [["青禾团队", true]]);
  assert.deepEqual(verdicts("Meta", sparrow), [["Meta", false]]);
  assert.match(checkOrg("Meta", sparrow)[0]!.reason, /the actor is 青禾团队/);
});

test("both sides of a dialogue act: the host before 对话 and the guest after it", () => {
  const talk = article(
    "Karpathy对话Claude Code负责人：代码将全部由AI来写",
    "Andrej Karpathy 与 Claude Code 负责人 Boris Cherny 进行了一场对谈，讨论 AI 编程的下一步。",
  );
  assert.deepEqual(verdicts("Andrej Karpathy & Boris Cherny", talk), [
    ["Andrej Karpathy", true],
    ["Boris Cherny", true],
  ]);
});
