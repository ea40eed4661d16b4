import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import {
  apiConfig,
  demoServerDeps,
  READ_TOKEN,
  type RunningApps,
  startApps,
  WRITE_TOKEN,
} from "./support/api-server.ts";
import { DEMO_DAY } from "./support/cli-harness.ts";
import { type DemoDay, runDemoDay } from "./support/demo-store.ts";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

const TOOLS = [
  "compare_periods",
  "get_briefing",
  "get_entry",
  "list_sources",
  "run_day",
  "search_entries",
  "source_health",
  "story_timeline",
  "trending",
];

let day: DemoDay;
let apps: RunningApps;
before(async () => {
  day = await runDemoDay(apiConfig());
  apps = await startApps(demoServerDeps(day));
});
after(async () => {
  await apps?.close();
  await day?.close();
});

function textOf(result: unknown): string {
  const r = result as CallToolResult;
  return r.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

/**
 * A read tool's third-party text: the notice block, then the text between <untrusted-data-NONCE>
 * fences, the same text as structuredContent (src/server/mcp/untrusted.ts).
 */
function fencedOf(result: unknown): string {
  const r = result as CallToolResult;
  const [notice, body] = r.content.map((c) => (c.type === "text" ? c.text : ""));
  const fence = (r.structuredContent as { fence: string }).fence;
  assert.match(fence, /^untrusted-data-[0-9a-f]{16}$/);
  assert.ok(notice!.includes(`<${fence}>`) && /不是指令/.test(notice!), notice);
  assert.ok(body!.startsWith(`<${fence}>\n`) && body!.endsWith(`\n</${fence}>`), body);
  const inside = body!.slice(fence.length + 3, -(fence.length + 4));
  assert.equal(inside, (r.structuredContent as { text: string }).text);
  return inside;
}

/** `daybrief mcp` as a real child process, driven by the SDK's own stdio client. */
async function stdioClient(extra: string[] = []): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", TSX, MAIN, "mcp", "--config", day.harness.configPath, ...extra],
    cwd: day.harness.dir,
    env: { ...(process.env as Record<string, string>), DAYBRIEF_LOG_LEVEL: "info" },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: "daybrief-test", version: "1.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

async function httpClient(token: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(`${apps.baseUrl}/mcp`), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: "daybrief-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** Every read tool called once, its answer checked against the demo day's published briefing. */
async function checkReadTools(client: Client): Promise<void> {
  const names = (await client.listTools()).tools.map((t) => t.name).sort();
  assert.deepEqual(names, TOOLS);
  const published = day.published.entries;
  const top = published[0]!;
  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    assert.notEqual(result.isError, true, `${name}: ${textOf(result)}`);
    return fencedOf(result);
  };

  const briefing = await call("get_briefing", { date: DEMO_DAY, detail: "titles" });
  for (const e of published)
    assert.ok(briefing.includes(`[#${e.articleId}]`), `get_briefing cites #${e.articleId}`);
  assert.ok(briefing.split("\n").length <= published.length + 1, "titles: one line per entry");

  const search = await call("search_entries", { query: "STAR", limit: 3 });
  assert.match(search, /\[#\d+\] 2026-02-04 ★+ 美团/);
  assert.match(search, /https:\/\/mp\.weixin\.qq\.com\/s\//);

  const entry = await call("get_entry", { id: String(top.articleId) });
  assert.ok(entry.startsWith(`[#${top.articleId}] ${DEMO_DAY}`));
  assert.match(
    entry,
    new RegExp(`核验 \\(verification\\): ${top.verification.supported}/${top.verification.checked} `),
  );
  assert.match(entry, /✓ \w+ ".+" 证据 \(evidence\): 「/);
  if (top.verification.dropped + top.verification.marked > 0) assert.match(entry, /✗ 未核实 \(unverified\)/);
  // 相关资源 in the one shape every output shows: "label: URL — title" (not "label URL").
  const resourceLines = entry.split("\n").filter((l) => l.startsWith("资源 (resource): "));
  assert.ok(resourceLines.length > 0, entry);
  for (const line of resourceLines)
    assert.match(line, /^资源 \(resource\): [^\n]+?: https?:\/\/\S+(?: — .+)?$/, line);

  const trending = await call("trending", { by: "org", from: DEMO_DAY, to: DEMO_DAY });
  assert.match(trending, new RegExp(`${DEMO_DAY}\\.\\.${DEMO_DAY}: ${published.length} 条`));
  const timeline = await call("story_timeline", { id: String(top.articleId) });
  assert.match(timeline, new RegExp(`\\[#${top.articleId}\\] ${DEMO_DAY}`));
  const compare = await call("compare_periods", {
    aFrom: "2026-01-28",
    aTo: "2026-02-03",
    bFrom: "2026-01-29",
    bTo: DEMO_DAY,
  });
  assert.match(compare, new RegExp(`B 2026-01-29\\.\\.${DEMO_DAY}: ${published.length} 条`));
  assert.match(compare, /A 2026-01-28\.\.2026-02-03: 0 条/);

  const sources = await call("list_sources");
  for (const s of day.config.sources) assert.ok(sources.includes(`${s.id} (${s.name})`), s.id);
  const health = await call("source_health", { source: day.config.sources[0]!.id });
  assert.match(health, /每日条数 \(items per day\)/);
  const unknown = (await client.callTool({
    name: "source_health",
    arguments: { source: "nope" },
  })) as CallToolResult;
  assert.equal(unknown.isError, true);

  // Invalid input is refused with the field named, not run.
  const bad = (await client.callTool({ name: "get_entry", arguments: { id: "x" } })) as CallToolResult;
  assert.equal(bad.isError, true);
  assert.match(textOf(bad), /id/);

  const md = await client.readResource({ uri: `briefing://${DEMO_DAY}` });
  const first = md.contents[0] as { text: string; mimeType: string };
  assert.equal(first.mimeType, "text/markdown");
  assert.ok(first.text.includes(top.title));
  const listed = await client.listResources();
  assert.deepEqual(
    listed.resources.map((r) => r.uri),
    [`briefing://${DEMO_DAY}`],
  );
  const entryRes = await client.readResource({ uri: `entry://${top.articleId}` });
  assert.ok((entryRes.contents[0] as { text: string }).text.includes(top.title));

  const prompts = (await client.listPrompts()).prompts.map((p) => p.name).sort();
  assert.deepEqual(prompts, ["topic_update", "weekly_review"]);
  const review = await client.getPrompt({ name: "weekly_review", arguments: { to: DEMO_DAY } });
  assert.match((review.messages[0]!.content as { text: string }).text, /2026-01-29 至 2026-02-04/);
}

test("daybrief mcp over stdio: every tool, resource and prompt against the demo day; logs only on stderr", async () => {
  const { client, stderr } = await stdioClient();
  try {
    await checkReadTools(client);
  } finally {
    await client.close();
  }
  assert.match(stderr(), /daybrief mcp: serving .* over stdio/);
});

test("daybrief mcp with a store that does not exist says so and exits 2", async () => {
  const missing = await day.harness.run(["mcp", "--store", "nowhere/daybrief.db"]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no store at .*nowhere\/daybrief\.db/);
  assert.equal(missing.stdout, "", "nothing on stdout, the protocol's channel");
});

test("daybrief mcp --read-only refuses run_day", async () => {
  const { client } = await stdioClient(["--read-only"]);
  try {
    const result = (await client.callTool({
      name: "run_day",
      arguments: { date: DEMO_DAY },
    })) as CallToolResult;
    assert.equal(result.isError, true);
    assert.match(textOf(result), /write/);
  } finally {
    await client.close();
  }
});

test("MCP over streamable HTTP: a read token reads every tool; run_day is refused without the write scope", async () => {
  const client = await httpClient(READ_TOKEN);
  try {
    await checkReadTools(client);
    const refused = (await client.callTool({
      name: "run_day",
      arguments: { date: DEMO_DAY },
    })) as CallToolResult;
    assert.equal(refused.isError, true);
    assert.match(textOf(refused), /write/);
  } finally {
    await client.close();
  }
  const before = (await day.store.listRuns(50)).length;
  assert.equal(before, 1, "no run was started by the refused call");
});

test("MCP over streamable HTTP: the write token runs the day (recorded as command api); no token is 401", async () => {
  const client = await httpClient(WRITE_TOKEN);
  try {
    const result = (await client.callTool({
      name: "run_day",
      arguments: { date: DEMO_DAY },
    })) as CallToolResult;
    assert.notEqual(result.isError, true, textOf(result));
    assert.match(
      textOf(result),
      new RegExp(`运行 #\\d+ ${DEMO_DAY}: (ok|degraded), ${day.published.entries.length} 条`),
    );
  } finally {
    await client.close();
  }
  const latest = (await day.store.listRuns(1))[0]!;
  assert.equal(latest.command, "api");
  const anonymous = await fetch(`${apps.baseUrl}/mcp`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
  });
  assert.equal(anonymous.status, 401);
  assert.equal(anonymous.headers.get("content-type"), "application/problem+json");
});
