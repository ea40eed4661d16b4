import assert from "node:assert/strict";
import { after, test } from "node:test";
import { startLlmStub } from "../demo/llm-stub.ts";
import { createOpenAICompatible } from "./openai-compatible.ts";
import { testProviders } from "./test-providers.ts";

test("testProviders reports ok, the JSON mode used and errors per provider", async () => {
  const good = await startLlmStub();
  const bad = await startLlmStub({
    script: () => ({ status: 401, body: '{"error":{"message":"invalid api key"}}' }),
  });
  after(() => Promise.all([good.close(), bad.close()]));
  const make = (id: string, baseUrl: string, jsonSchema: boolean) =>
    createOpenAICompatible({
      id,
      baseUrl,
      model: "m",
      fetch,
      timeoutMs: 5_000,
      maxRetries: 0,
      capabilities: { jsonSchema, jsonObject: true, streaming: false },
    });
  const results = await testProviders([make("good", good.baseUrl, true), make("bad", bad.baseUrl, false)]);
  assert.deepEqual(
    results.map(({ latencyMs: _, ...r }) => ({ ...r, error: r.error?.slice(0, 24) })),
    [
      { id: "good", model: "m", ok: true, json: "json_schema", error: undefined },
      {
        id: "bad",
        model: "m",
        ok: false,
        json: "json_object",
        error: 'bad: HTTP 401: {"error":',
        reason: { key: "auth", status: 401 },
      },
    ],
  );
  assert.match(JSON.stringify(good.requests[0]?.body.messages), /json/);
});
