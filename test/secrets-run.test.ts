import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { stubLlmConfig } from "../src/cli/commands/demo.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";

// Point 3 of issue 9, end to end: an LLM endpoint and two channels that echo their credentials in
// their error bodies. None of the credentials may reach a published file, stderr, `runs`,
// `sources`, a channel payload or the bytes of the SQLite store.
const LLM_KEY = "sk-zx-LLMKEY-7d1e2f3a4b5c6d7e";
const HOOK_TOKEN = "hooktok-9f8e7d6c5b4a";
const HOOK_QUERY = "qtok-1a2b3c4d5e6f";
const FEISHU_TOKEN = "fs0c1d2e3f-4a5b-6c7d-8e9f-000111222333";
const FEED_KEY = "feedkey-5e6f7a8b9c";
const ALL = { LLM_KEY, HOOK_TOKEN, HOOK_QUERY, FEISHU_TOKEN, FEED_KEY };

let stub: LlmStub;
let server: DemoServer;
let receiver: Server;
let receiverOrigin: string;
const payloads: string[] = [];
const paths: string[] = [];
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;

before(async () => {
  let calls = 0;
  stub = await startLlmStub({
    script: () => {
      calls++;
      // Odd calls: a 401 that repeats the key (as OpenAI does); even calls: a 200 whose "answer"
      // is prose that quotes the Authorization header (kept as the raw reply when it fails to parse).
      if (calls % 2 === 1)
        return {
          status: 401,
          body: JSON.stringify({
            error: {
              message: `Incorrect API key provided: ${LLM_KEY}. Bearer ${LLM_KEY} rejected.`,
              type: "auth",
            },
          }),
        };
      return {
        content: `I cannot help. Your header was "Authorization: Bearer ${LLM_KEY}" (key=${LLM_KEY}).`,
      };
    },
  });
  // One receiver for both channels: it records every body and refuses, echoing the URL and token.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      payloads.push(Buffer.concat(chunks).toString("utf8"));
      const url = req.url ?? "";
      paths.push(url);
      if (url.startsWith("/feed.xml")) {
        res.writeHead(401, { "content-type": "text/plain" });
        res.end(`invalid key ${FEED_KEY} for ${url}`);
        return;
      }
      if (url.includes("/open-apis/")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            code: 19001,
            msg: `param invalid: incoming webhook access token invalid: ${FEISHU_TOKEN} (${url})`,
          }),
        );
        return;
      }
      res.writeHead(403, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ error: `token ${HOOK_TOKEN} not allowed for ${url}; access_token=${HOOK_QUERY}` }),
      );
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverOrigin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  server = await startDemoServer({ allowOrigins: [stub.baseUrl, receiverOrigin] });
  h = createHarness({
    fetch: server.fetch,
    sleep: async () => {},
    env: {
      DAYBRIEF_LOG_LEVEL: "debug",
      DAYBRIEF_LOG_FORMAT: "json",
      // Names that say nothing about secrets: only the ${…} interpolation marks them.
      ZX_MODEL_VALUE: LLM_KEY,
      ZX_HOOK_PART: HOOK_TOKEN,
      ZX_HOOK_QUERY: HOOK_QUERY,
      ZX_FS_PART: FEISHU_TOKEN,
      ZX_FEED_PART: FEED_KEY,
    },
  });
  const llm = stubLlmConfig(stub.baseUrl);
  h.writeConfig(
    baseConfig(
      [
        ...server.sources,
        { id: "keyed", name: "带密钥的源", url: `${receiverOrigin}/feed.xml?key=\${ZX_FEED_PART}` },
      ],
      {
        llm: {
          ...llm,
          gate: { enabled: false },
          providers: llm.providers.map((p) => ({ ...p, apiKey: `\${ZX_MODEL_VALUE}`, maxRetries: 0 })),
        },
        channels: [
          {
            id: "hook",
            type: "webhook",
            url: `${receiverOrigin}/hook/\${ZX_HOOK_PART}?access_token=\${ZX_HOOK_QUERY}`,
          },
          { id: "fs", type: "feishu", webhook: `${receiverOrigin}/open-apis/bot/v2/hook/\${ZX_FS_PART}` },
        ],
        health: { alertChannel: "hook" },
        // The keyed feed lives on the receiver's loopback port: allowed by exactly that port.
        fetch: { allowPrivate: [new URL(receiverOrigin).host] },
      },
    ),
  );
  run = await h.run(["run", "--date", DEMO_DAY]);
});

after(async () => {
  await server?.close();
  await stub?.close();
  await new Promise((resolve) => receiver?.close(resolve));
  h?.cleanup();
});

function assertClean(where: string, text: string): void {
  for (const [name, value] of Object.entries(ALL)) {
    assert.ok(
      !text.includes(value),
      `${name} leaked into ${where}:\n${text.slice(Math.max(0, text.indexOf(value) - 300), text.indexOf(value) + 100)}`,
    );
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("the run happened: the LLM was asked with the key, both channels refused, every entry fell back offline", () => {
  assert.ok(stub.requests.length > 0);
  assert.equal(stub.requests[0]?.headers.authorization, `Bearer ${LLM_KEY}`);
  assert.ok(payloads.length >= 2, "both channels were sent the briefing");
  assert.ok(paths.includes(`/feed.xml?key=${FEED_KEY}`), "the keyed feed was asked, key in its query");
  assert.equal(run.code, 1, "every channel failed: the run failed");
  assert.match(run.stderr, /failed: every channel failed \(hook, fs\)/);
});

test("no credential in the published files (md, html, json, Atom, index)", () => {
  const files = filesUnder(join(h.dir, "out"));
  assert.ok(files.some((f) => f.endsWith(".xml")) && files.some((f) => f.endsWith(".json")));
  for (const file of files) assertClean(file, readFileSync(file, "utf8"));
});

test("the briefing's fallback notes give a short reason and code, not the provider's text", () => {
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.match(
    md,
    /LLM 分析失败，本条由离线分析生成（(鉴权失败 · E_AUTH · HTTP 401|回复格式错误 · E_BAD_REPLY)）/,
  );
  assert.doesNotMatch(md, /Incorrect API key|Authorization/);
});

test("no credential on stderr (debug JSON logs included) or in the channel payloads", () => {
  assert.match(run.stderr, /"level":/, "the logs were captured");
  assertClean("stderr", run.stderr);
  for (const body of payloads) assertClean("a channel payload", body);
});

test("no credential in `runs` or `sources`, which still say what failed", async () => {
  const runs = await h.run(["runs"]);
  assertClean("runs", runs.stdout);
  assert.match(runs.stdout, /! deliver .*hook/);
  assert.match(runs.stdout, /\*\*\*/, "the redaction is visible where a credential was");
  const sources = await h.run(["sources"]);
  assertClean("sources", sources.stdout);
});

test("no credential anywhere in the SQLite store's bytes (database file and WAL)", () => {
  const db = join(h.dir, "data", "daybrief.db");
  let checked = 0;
  for (const file of [db, `${db}-wal`, `${db}-shm`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    checked += bytes.length;
    for (const [name, value] of Object.entries(ALL)) {
      assert.equal(bytes.indexOf(Buffer.from(value, "utf8")), -1, `${name} found in ${file}`);
    }
  }
  assert.ok(checked > 0);
});

test("`daybrief llm test` reports the 401 without quoting the key back", async () => {
  const tested = await h.run(["llm", "test"]);
  assert.match(tested.stdout, /stub +stub-model/);
  assertClean("llm test", tested.stdout + tested.stderr);
});
