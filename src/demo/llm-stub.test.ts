import assert from "node:assert/strict";
import { after, test } from "node:test";
import { entrySchema } from "../model/entry-schema.ts";
import { startLlmStub } from "./llm-stub.ts";

const stubs: { close(): Promise<void> }[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

const article = [
  "<<<ARTICLE",
  "标题：美团提出 STAR 统一多模态模型",
  "来源：机器之心",
  "",
  "正文：",
  "美团团队提出了 STAR 框架，用堆叠同构自回归模块统一理解与生成。",
  "该方法在冻结的理解模型上方堆叠额外的 Transformer 层。",
  "在 GenEval 上，STAR 的综合得分为 0.91。",
  "",
  "文中链接：",
  "- 代码: https://github.com/MM-MVR/STAR",
  "ARTICLE>>>",
].join("\n");

// A system prompt shaped like prompts/analyse.v1.md (it names the "insights" key).
const analysisRequest = {
  model: "stub",
  messages: [
    { role: "system", content: 'Output one json object with keys "org", "title", "insights" …' },
    { role: "user", content: article },
  ],
};

async function post(baseUrl: string, body: object) {
  return fetch(`${baseUrl}/chat/completions`, { method: "POST", body: JSON.stringify(body) });
}

test("the default script answers an analysis request with a valid entry quoting the article", async () => {
  const stub = await startLlmStub();
  stubs.push(stub);
  const response = await post(stub.baseUrl, analysisRequest);
  const data = await response.json();
  const entry = entrySchema.parse(JSON.parse(data.choices[0].message.content));
  assert.equal(entry.org, "美团");
  assert.equal(entry.summary, "美团团队提出了 STAR 框架，用堆叠同构自回归模块统一理解与生成。");
  assert.equal(entry.results.bullets[0]?.evidence, "在 GenEval 上，STAR 的综合得分为 0.91。");
  assert.deepEqual(entry.resources, [{ label: "GitHub 代码", url: "https://github.com/MM-MVR/STAR" }]);
  assert.ok(data.usage.prompt_tokens > 0);
  assert.equal(stub.requests[0]?.body.model, "stub");
});

test("streaming: SSE chunks, finish reason, a usage chunk when asked, then [DONE]", async () => {
  const stub = await startLlmStub({
    script: [{ content: "你好，世界", usage: { prompt_tokens: 5, completion_tokens: 2 } }],
  });
  stubs.push(stub);
  const response = await post(stub.baseUrl, {
    ...analysisRequest,
    stream: true,
    stream_options: { include_usage: true },
  });
  assert.equal(response.headers.get("content-type"), "text/event-stream");
  const events = (await response.text()).split("\n\n").filter(Boolean);
  assert.equal(events.at(-1), "data: [DONE]");
  const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, "")));
  assert.equal(chunks.map((c) => c.choices[0]?.delta?.content ?? "").join(""), "你好，世界");
  assert.equal(chunks.at(-2).choices[0].finish_reason, "stop");
  assert.deepEqual(chunks.at(-1).usage, { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 });
});

test("scripted errors carry their status and headers; a function script sees each request", async () => {
  const stub = await startLlmStub({ script: [{ status: 429, headers: { "retry-after": "3" } }] });
  stubs.push(stub);
  const limited = await post(stub.baseUrl, analysisRequest);
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get("retry-after"), "3");
  const seen: string[] = [];
  const fn = await startLlmStub({
    script: (request) => {
      seen.push(request.body.model);
      return { content: "x", finishReason: "length" };
    },
  });
  stubs.push(fn);
  const cut = await (await post(fn.baseUrl, { model: "m2", messages: [] })).json();
  assert.equal(cut.choices[0].finish_reason, "length");
  assert.deepEqual(seen, ["m2"]);
  assert.equal((await fetch(`${fn.baseUrl}/models`)).status, 404);
});

test("the default gate verdict rejects recruiting and passes research", async () => {
  const stub = await startLlmStub();
  stubs.push(stub);
  const gate = (title: string) =>
    post(stub.baseUrl, {
      messages: [
        { role: "system", content: 'reply {"relevant": true}' },
        { role: "user", content: `<<<ARTICLE\n标题：${title}\n来源：x\nARTICLE>>>` },
      ],
    }).then(async (r) => JSON.parse((await r.json()).choices[0].message.content));
  assert.equal((await gate("招聘 | 算法工程师")).relevant, false);
  assert.equal((await gate("新的注意力机制")).relevant, true);
});

test("the stub names the actor of the news, not the first org of the lead", async () => {
  const stub = await startLlmStub();
  stubs.push(stub);
  const funding = article
    .replace("美团提出 STAR 统一多模态模型", "AI绘图公司星海智能完成5000万美元B轮融资")
    .replace(
      "美团团队提出了 STAR 框架，用堆叠同构自回归模块统一理解与生成。",
      "据 OpenAI 前员工透露，AI 绘图公司星海智能完成 5000 万美元 B 轮融资，由红杉中国领投。",
    );
  const response = await post(stub.baseUrl, {
    ...analysisRequest,
    messages: [analysisRequest.messages[0], { role: "user", content: funding }],
  });
  const data = await response.json();
  const entry = entrySchema.parse(JSON.parse(data.choices[0].message.content));
  assert.equal(entry.org, "星海智能");
  // No generic "AI" tag; one mention of 多模态 is no topic.
  assert.ok(!entry.tags.includes("AI"));
});
