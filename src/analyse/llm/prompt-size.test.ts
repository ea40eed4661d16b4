import assert from "node:assert/strict";
import { after, test } from "node:test";
import { startLlmStub } from "../../demo/llm-stub.ts";
import { createOpenAICompatible } from "../../llm/openai-compatible.ts";
import { createLlmAnalyser } from "./create-llm-analyser.ts";
import { clipField, FIELD_LIMITS } from "./prepare-article.ts";
import { loadPromptSet } from "./prompt-template.ts";
import { createStoryJudge } from "./story-judge.ts";
import { starArticle } from "./testdata/articles.ts";

// What a hostile feed or page decides besides the body — its title, author, link texts and link
// addresses — is cut before it is sent: the body was capped (20,000 characters), these were not, so
// one article of a 300 KB title, author and link texts was billed as hundreds of thousands of tokens
// on every analysis, gate and story-judge call. Sent to a real OpenAI-compatible stub on 127.0.0.1.
const stubs: { close(): Promise<void> }[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

const huge = (word: string) => word.repeat(300_000 / word.length);
const bloated = {
  ...starArticle,
  title: `星河实验室发布新模型${huge("标题")}`,
  author: huge("作者"),
  account: huge("账号"),
  links: [
    ...starArticle.links,
    ...Array.from({ length: 30 }, (_, i) => ({ text: huge("链接"), href: `https://xinghe.example/p/${i}` })),
    { text: "长地址", href: `https://xinghe.example/${"a".repeat(300_000)}` },
  ],
};

async function providerOn() {
  const stub = await startLlmStub({});
  stubs.push(stub);
  const provider = createOpenAICompatible({
    id: "p",
    baseUrl: stub.baseUrl,
    model: "p-model",
    fetch,
    timeoutMs: 10_000,
    maxRetries: 0,
    capabilities: { jsonSchema: false, jsonObject: true, streaming: false },
  });
  return { stub, provider };
}

const sentChars = (stub: Awaited<ReturnType<typeof startLlmStub>>) =>
  stub.requests.map((r) => JSON.stringify(r.body?.messages ?? "").length);

test("an analysis and its gate send a bounded prompt whatever the title, author and links", async () => {
  const { stub, provider } = await providerOn();
  const analyser = createLlmAnalyser({
    prompts: loadPromptSet(),
    now: () => new Date("2026-02-04T12:00:00Z"),
    chain: [provider],
    gate: { provider, enabled: true },
  });
  await analyser.analyse(bloated, { sourceName: "星河周刊" });
  const sizes = sentChars(stub);
  assert.ok(sizes.length >= 1, "the stub was asked");
  // The prompt's own text plus a 20,000-character body and 40 links of at most 200 characters.
  for (const size of sizes) assert.ok(size < 60_000, `a request of ${size} characters`);
  const first = stub.requests.at(-1)?.body?.messages?.at(-1)?.content as string;
  assert.match(first, /标题：星河实验室发布新模型(标题)+…\n/, "the title is cut, and says so");
  assert.doesNotMatch(first, /a{3000}/, "a 300 KB address is no link the model reads");
});

test("the story judge sends a bounded title", async () => {
  const { stub, provider } = await providerOn();
  const judge = createStoryJudge({ provider, priceTable: {} });
  await judge({ title: bloated.title, text: "正文" }, { title: huge("别的"), text: "正文" });
  for (const size of sentChars(stub)) assert.ok(size < 5_000, `a request of ${size} characters`);
});

test("a field within its limit is sent as written; a cut never splits a surrogate pair", () => {
  const title = "星河实验室发布 Nova-2 模型，推理成本降低 38%";
  assert.equal(clipField(title, FIELD_LIMITS.title), title);
  const emoji = `${"a".repeat(FIELD_LIMITS.title - 1)}😀😀`;
  const cut = clipField(emoji, FIELD_LIMITS.title);
  assert.equal(cut, `${"a".repeat(FIELD_LIMITS.title - 1)}…`);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut));
});
