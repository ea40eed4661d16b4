import assert from "node:assert/strict";
import { after, test } from "node:test";
import { type LlmStubOptions, startLlmStub } from "../demo/llm-stub.ts";
import { LlmError } from "../errors.ts";
import { createOpenAICompatible, type OpenAICompatibleOptions } from "./openai-compatible.ts";

const stubs: { close(): Promise<void> }[] = [];
after(() => Promise.all(stubs.map((s) => s.close())));

async function setup(script: LlmStubOptions["script"], extra: Partial<OpenAICompatibleOptions> = {}) {
  const stub = await startLlmStub({ script });
  stubs.push(stub);
  const sleeps: number[] = [];
  const provider = createOpenAICompatible({
    id: "test",
    baseUrl: stub.baseUrl,
    apiKey: "sk-test",
    model: "m-1",
    fetch,
    timeoutMs: 5_000,
    maxRetries: 2,
    capabilities: { jsonSchema: false, jsonObject: true, streaming: true },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
  return { stub, provider, sleeps };
}

const ask = { messages: [{ role: "user" as const, content: "answer in json" }] };

test("a JSON reply comes back with usage, model and finish reason; the request is well-formed", async () => {
  const { stub, provider } = await setup([
    { json: { ok: true }, usage: { prompt_tokens: 11, completion_tokens: 3 } },
  ]);
  const reply = await provider.complete({
    ...ask,
    responseFormat: "json_schema",
    jsonSchema: { type: "object" },
    maxTokens: 50,
  });
  assert.deepEqual(JSON.parse(reply.text), { ok: true });
  assert.equal(reply.finishReason, "stop");
  assert.deepEqual(reply.usage, { promptTokens: 11, completionTokens: 3, estimated: false });
  assert.equal(reply.model, "m-1");
  const sent = stub.requests[0];
  assert.equal(sent?.headers.authorization, "Bearer sk-test");
  // json_schema asked of a json_object-only endpoint is downgraded, not sent.
  assert.deepEqual(sent?.body.response_format, { type: "json_object" });
  assert.equal(sent?.body.max_tokens, 50);
  assert.equal(sent?.body.stream, undefined);
});

test("json_schema goes on the wire when the endpoint supports it", async () => {
  const { stub, provider } = await setup([{ json: {} }], {
    capabilities: { jsonSchema: true, jsonObject: true, streaming: true },
  });
  await provider.complete({
    ...ask,
    responseFormat: "json_schema",
    jsonSchema: { type: "object" },
    schemaName: "entry",
  });
  assert.deepEqual(stub.requests[0]?.body.response_format, {
    type: "json_schema",
    json_schema: { name: "entry", schema: { type: "object" }, strict: false },
  });
});

test("a fenced reply and a cut-off reply are returned as text with their finish reason", async () => {
  const { provider } = await setup([
    { json: { a: 1 }, fence: true },
    { content: '{"a": [1, 2', finishReason: "length" },
  ]);
  const fenced = await provider.complete(ask);
  assert.match(fenced.text, /```json/);
  const cut = await provider.complete(ask);
  assert.equal(cut.finishReason, "length");
});

test("429 with Retry-After is retried after the server's delay", async () => {
  const { stub, provider, sleeps } = await setup([
    { status: 429, headers: { "retry-after": "2" } },
    { json: { ok: 1 } },
  ]);
  const reply = await provider.complete(ask);
  assert.deepEqual(JSON.parse(reply.text), { ok: 1 });
  assert.deepEqual(sleeps, [2000]);
  assert.equal(stub.requests.length, 2);
});

test("500 is retried with backoff; after maxRetries an LlmError says retryable and the status", async () => {
  const { stub, provider, sleeps } = await setup([
    { status: 500 },
    { status: 502 },
    { status: 503 },
    { json: {} },
  ]);
  const error = await provider.complete(ask).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.equal(error.retryable, true);
  assert.equal(error.status, 503);
  assert.equal(stub.requests.length, 3);
  assert.deepEqual(sleeps, [250, 500]); // 500 ms base doubling, full jitter at random 0.5
});

test("400 is final: no retry", async () => {
  const { stub, provider } = await setup([
    { status: 400, body: '{"error":{"message":"bad response_format"}}' },
  ]);
  const error = await provider.complete(ask).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.equal(error.retryable, false);
  assert.equal(error.status, 400);
  assert.match(error.rawText ?? "", /bad response_format/);
  assert.equal(stub.requests.length, 1);
});

test("a reply slower than timeoutMs is a retryable timeout (status 0), retried", async () => {
  // Generous timeout so a loaded machine still answers the second attempt in time.
  const { stub, provider } = await setup([{ delayMs: 4_000, json: {} }, { json: { late: false } }], {
    timeoutMs: 1_500,
  });
  const reply = await provider.complete(ask);
  assert.deepEqual(JSON.parse(reply.text), { late: false });
  assert.equal(stub.requests.length, 2);
  const { provider: strict } = await setup([{ delayMs: 2_000, json: {} }], { timeoutMs: 200, maxRetries: 0 });
  const error = await strict.complete(ask).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.equal(error.status, 0);
  assert.equal(error.retryable, true);
  assert.equal(error.kind, "timeout", "the why is data: reasonOfError reads it, not the message");
  assert.match(error.message, /timed out/);
});

test("a caller's abort is never retried", async () => {
  const controller = new AbortController();
  // The caller gives up once the server has the request: no race with the clock.
  const { stub, provider } = await setup(() => {
    controller.abort(new Error("user cancelled"));
    return { delayMs: 2_000, json: {} };
  });
  const error = await provider.complete({ ...ask, signal: controller.signal }).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.equal(error.retryable, false);
  assert.equal(error.kind, "cancelled");
  assert.equal(stub.requests.length, 1);
});

test("an abort while waiting to retry ends the wait: an LlmError, no second request", async () => {
  const controller = new AbortController();
  const { stub, provider } = await setup([{ status: 503, headers: { "retry-after": "30" } }, { json: {} }], {
    sleep: undefined, // the real wait: 30 s the abort must cut short
  });
  setTimeout(() => controller.abort(new Error("user cancelled")), 50);
  const started = Date.now();
  const error = await provider.complete({ ...ask, signal: controller.signal }).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.equal(error.retryable, false);
  assert.match(error.message, /aborted by caller/);
  assert.equal(error.kind, "cancelled");
  assert.equal(stub.requests.length, 1);
  assert.ok(Date.now() - started < 10_000);
});

test("streaming: SSE deltas are joined and usage comes from the last chunk", async () => {
  const { stub, provider } = await setup([
    { json: { streamed: "是的，流式" }, usage: { prompt_tokens: 20, completion_tokens: 7 } },
  ]);
  const reply = await provider.complete({ ...ask, stream: true });
  assert.deepEqual(JSON.parse(reply.text), { streamed: "是的，流式" });
  assert.equal(reply.finishReason, "stop");
  assert.deepEqual(reply.usage, { promptTokens: 20, completionTokens: 7, estimated: false });
  assert.equal(stub.requests[0]?.body.stream, true);
  assert.deepEqual(stub.requests[0]?.body.stream_options, { include_usage: true });
});

test("no usage from the endpoint: counts are estimated and marked so", async () => {
  const { provider } = await setup([
    { content: "你好世界 hello", usage: null },
    { content: "abcd", usage: null },
  ]);
  const reply = await provider.complete(ask);
  assert.equal(reply.usage.estimated, true);
  assert.equal(reply.usage.completionTokens, 4 + 2); // 4 CJK characters + " hello" (6 chars / 4)
  const streamed = await provider.complete({ ...ask, stream: true });
  assert.equal(streamed.usage.estimated, true);
});

test("an empty reply is returned as empty text (the analyser decides)", async () => {
  const { provider } = await setup([{ content: "   " }]);
  const reply = await provider.complete(ask);
  assert.equal(reply.text.trim(), "");
});

test("a 200 carrying an error object is an LlmError, not an empty answer", async () => {
  const { provider } = await setup([{ json: null }], {
    fetch: (async () =>
      new Response(JSON.stringify({ error: { message: "model not found" } }), {
        headers: { "content-type": "application/json" },
      })) as typeof fetch,
  });
  const error = await provider.complete(ask).catch((e: unknown) => e);
  assert.ok(error instanceof LlmError);
  assert.match(error.message, /model not found/);
  assert.equal(error.retryable, false);
});
