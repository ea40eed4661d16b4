import assert from "node:assert/strict";
import { test } from "node:test";
import { llmSchema } from "../config/llm-schema.ts";
import { ConfigError } from "../errors.ts";
import { createProvidersFromConfig, resolveApiKey } from "./create-providers-from-config.ts";

// biome-ignore lint/suspicious/noTemplateCurlyInString: "${VAR}" is the config syntax under test
const K_REF = "${K}";
// biome-ignore lint/suspicious/noTemplateCurlyInString: "${VAR}" is the config syntax under test
const ARK_REF = "${MY_ARK}";

/** Records requests instead of sending them. */
function recordingFetch() {
  const calls: {
    url: string;
    headers: Record<string, string>;
    body: { model: string; response_format?: unknown };
  }[] = [];
  const fake = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)),
    });
    return new Response(
      JSON.stringify({ choices: [{ message: { content: "{}" }, finish_reason: "stop" }] }),
      {
        headers: { "content-type": "application/json" },
      },
    );
  }) as typeof fetch;
  return { fetch: fake, calls };
}

test("presets fill base URL, model, key variable and JSON mode; config overrides win", async () => {
  const config = llmSchema.parse({
    providers: [
      { id: "deepseek", preset: "deepseek" },
      { id: "local", preset: "ollama", model: "qwen2.5:7b-instruct", jsonMode: "none" },
      { id: "ark", preset: "doubao", model: "ep-20260101-abc", apiKey: ARK_REF },
    ],
    chain: ["deepseek", "ark", "local"],
    gate: { enabled: true, provider: "deepseek", model: "deepseek-lite" },
  });
  const { fetch, calls } = recordingFetch();
  const result = createProvidersFromConfig(config, {
    fetch,
    env: { DEEPSEEK_API_KEY: "sk-ds", MY_ARK: "ark-key" },
  });
  assert.deepEqual(
    result.chain.map((p) => `${p.id}/${p.model}`),
    ["deepseek/deepseek-v4-flash", "ark/ep-20260101-abc", "local/qwen2.5:7b-instruct"],
  );
  assert.deepEqual(result.byId.deepseek?.capabilities, {
    jsonSchema: false,
    jsonObject: true,
    streaming: true,
  });
  assert.deepEqual(result.byId.local?.capabilities, {
    jsonSchema: false,
    jsonObject: false,
    streaming: true,
  });
  assert.equal(result.gate?.enabled, true);
  assert.equal(result.gate?.provider.model, "deepseek-lite");

  await result.chain[0]?.complete({
    messages: [{ role: "user", content: "json" }],
    responseFormat: "json_object",
  });
  await result.chain[1]?.complete({ messages: [{ role: "user", content: "hi" }] });
  await result.chain[2]?.complete({
    messages: [{ role: "user", content: "hi" }],
    responseFormat: "json_object",
  });
  assert.equal(calls[0]?.url, "https://api.deepseek.com/chat/completions");
  assert.equal(calls[0]?.headers.authorization, "Bearer sk-ds");
  assert.deepEqual(calls[0]?.body.response_format, { type: "json_object" });
  assert.equal(calls[1]?.url, "https://ark.cn-beijing.volces.com/api/v3/chat/completions");
  assert.equal(calls[1]?.headers.authorization, "Bearer ark-key");
  assert.equal(calls[2]?.url, "http://127.0.0.1:11434/v1/chat/completions");
  assert.equal(calls[2]?.headers.authorization, undefined);
  assert.equal(calls[2]?.body.response_format, undefined); // jsonMode none: instructions only
});

test("every missing key and model is reported at once, with paths", () => {
  const config = llmSchema.parse({
    providers: [
      { id: "a", preset: "deepseek" },
      { id: "b", preset: "doubao" },
      { id: "c", preset: "vllm", model: "x" },
    ],
  });
  const error = (() => {
    try {
      createProvidersFromConfig(config, { fetch, env: {} });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.issues.map((i) => i.path),
    ["llm.providers.0.apiKey", "llm.providers.1.model", "llm.providers.1.apiKey"],
  );
  assert.match(error.message, /DEEPSEEK_API_KEY/);
});

test("the schema rejects unknown chain ids, duplicate ids and providers without a URL", () => {
  const result = llmSchema.safeParse({
    providers: [
      { id: "a", model: "m" },
      { id: "a", preset: "qwen" },
    ],
    chain: ["a", "nope"],
    gate: { enabled: true, provider: "ghost" },
  });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues.map((i) => i.path.join(".")).sort(), [
    "chain.1",
    "gate.provider",
    "providers.0.baseUrl",
    "providers.1.id",
  ]);
});

test("defaults: language zh, gate off, empty prices and budget", () => {
  const config = llmSchema.parse({ providers: [{ id: "q", preset: "qwen" }] });
  assert.equal(config.language, "zh");
  assert.deepEqual(config.gate, { enabled: false });
  assert.deepEqual(config.prices, {});
  assert.equal(config.providers[0]?.maxRetries, 2);
});

test("resolveApiKey: references, literals and preset variables", () => {
  assert.deepEqual(resolveApiKey(K_REF, "P", { K: "v" }), { value: "v" });
  assert.deepEqual(resolveApiKey(K_REF, "P", {}), { missing: "K" });
  assert.deepEqual(resolveApiKey("literal", "P", {}), { value: "literal" });
  assert.deepEqual(resolveApiKey(undefined, "P", { P: "p" }), { value: "p" });
  assert.deepEqual(resolveApiKey(undefined, undefined, {}), { value: undefined });
});

test("a provider's maxTokens and temperature from the config travel with it as request defaults", () => {
  const config = llmSchema.parse({
    providers: [
      { id: "a", baseUrl: "http://127.0.0.1:9/v1", model: "m", maxTokens: 1500, temperature: 0.7 },
      { id: "b", baseUrl: "http://127.0.0.1:9/v1", model: "m" },
    ],
  });
  const { byId } = createProvidersFromConfig(config, { fetch: recordingFetch().fetch });
  assert.deepEqual(byId.a?.defaults, { maxTokens: 1500, temperature: 0.7 });
  assert.deepEqual(byId.b?.defaults, { maxTokens: 4096, temperature: 0.2 });
});

test("a misspelt key in a provider is an error, not silently ignored", () => {
  const result = llmSchema.safeParse({ providers: [{ id: "a", preset: "deepseek", temprature: 0.5 }] });
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /temprature/);
});
