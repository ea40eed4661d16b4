import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import { after, test } from "node:test";
import { parse } from "yaml";
import { startDemoServer } from "../src/demo/index.ts";
import { startTestServer } from "../src/http/test-server.ts";
import { SECRETS, startReceivers } from "./support/channel-receivers.ts";
import { baseConfig, createHarness, type Harness } from "./support/cli-harness.ts";

// The small things a new user hits (issue 15, item 6), each through the real CLI in process.

const harnesses: Harness[] = [];
const harness = (...args: Parameters<typeof createHarness>) => {
  const h = createHarness(...args);
  harnesses.push(h);
  return h;
};
after(() => {
  for (const h of harnesses) h.cleanup();
});

test("after `daybrief demo`, the README's follow-up commands work on the demo's folder", async () => {
  const h = harness();
  const demo = await h.run(["demo", "-q"]);
  assert.equal(demo.code, 0, demo.stderr);
  const config = join(h.dir, "daybrief-demo", "daybrief.config.yaml");
  assert.ok(existsSync(config), "the demo writes its config beside its store");
  assert.match(demo.stdout, /try next: cd daybrief-demo && daybrief render && daybrief dupes/);
  const c = ["-c", config];
  // render and dupes without --date: the latest stored day (the demo day), not an empty today.
  const render = await h.run(["render", ...c, "-f", "md"]);
  assert.equal(render.code, 0, render.stderr);
  assert.match(render.stdout, /^# AI 每日情报 \| 2026-02-04/);
  const dupes = await h.run(["dupes", ...c]);
  assert.equal(dupes.code, 0, dupes.stderr);
  assert.match(dupes.stdout, /^2026-02-04: \d+ articles → \d+ stories/);
  for (const args of [["runs"], ["sources"], ["search", "模型"], ["verify", "--date", "latest"]]) {
    const r = await h.run([...args, ...c]);
    assert.ok(r.code === 0 || (args[0] === "verify" && r.code === 1), `${args.join(" ")}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0, args.join(" "));
  }
  const zh = await h.run(["dupes", ...c, "--lang", "zh"]);
  assert.match(zh.stdout, /^2026-02-04：\d+ 篇文章 → \d+ 条新闻/);
});

test("render before any run: a clear usage error, not an empty day", async () => {
  const h = harness();
  h.writeConfig(baseConfig([{ name: "A", url: "https://a.example/feed.xml" }]));
  const render = await h.run(["render"]);
  assert.equal(render.code, 2);
  assert.match(render.stderr, /no store at .* — run `daybrief run` first/);
});

test("verify without arguments is a usage error (exit 2) that says both forms", async () => {
  const h = harness({ env: { LANG: "zh_CN.UTF-8" } });
  h.writeConfig(baseConfig([{ name: "A", url: "https://a.example/feed.xml" }]));
  const r = await h.run(["verify"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^错误：verify 需要 --entry <entry\.json> --article <文件>，或 --date <YYYY-MM-DD>/);
});

test("config typos get 'did you mean', paths count from 1 and name the source", async () => {
  const h = harness();
  h.writeConfig(
    [
      "timezon: Asia/Shanghai",
      "sources:",
      "  - name: 机器之心",
      "    url: https://a.example/feed.xml",
      "  - name: 量子位",
      "    ulr: https://b.example/feed.xml",
      "briefing:",
      "  minStar: 2",
      "",
    ].join("\n"),
  );
  const en = await h.run(["config", "check"]);
  assert.equal(en.code, 2);
  assert.match(
    en.stderr,
    /^ {2}- : unknown key\(s\): timezon \(did you mean timezone\?\)$|timezon \(did you mean timezone\?\)/m,
  );
  assert.match(en.stderr, /sources\[#2 量子位\]: unknown key\(s\): ulr \(did you mean url\?\)/);
  assert.match(en.stderr, /sources\[#2 量子位\]\.url: missing/);
  assert.match(en.stderr, /briefing: unknown key\(s\): minStar \(did you mean minStars\?\)/);
  const zh = await h.run(["config", "check", "--lang", "zh"]);
  assert.match(zh.stderr, /配置有 4 处问题/);
  assert.match(zh.stderr, /sources\[#2 量子位\]: 未知的键：ulr（是不是想写 url？）/);
  assert.match(
    zh.stderr,
    /sources\[#2 量子位\]\.url: 缺少：这个键是必填的（string）（订阅源的地址，例如 https:\/\/example\.com\/feed\.xml）/,
  );
  // Far from every key: no guess, the schema hint instead.
  h.writeConfig({ ...baseConfig([{ name: "A", url: "https://a.example/f.xml" }]), zzzzzz: 1 });
  const far = await h.run(["config", "check"]);
  assert.match(
    far.stderr,
    /unknown key\(s\): zzzzzz \(check the spelling against `daybrief config schema`\)/,
  );
});

test("config problems are said in the CLI's language: an unset variable, a value out of range", async () => {
  const h = harness({ env: { LANG: "zh_CN.UTF-8" } });
  h.writeConfig(
    ["sources:", "  - name: 机器之心", `    url: \${FEED_URL}`, "briefing:", "  minStars: 9", ""].join("\n"),
  );
  const r = await h.run(["config", "check"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /配置有 2 处问题：/);
  assert.match(
    r.stderr,
    /sources\[#1 机器之心\]\.url: 环境变量 FEED_URL 未设置（运行前 export FEED_URL=…，或写成带默认值的 \$\{FEED_URL:-…\}）/,
  );
  assert.match(r.stderr, /briefing\.minStars: 太大：最大为 5（1 到 5 的整数）/);
  assert.doesNotMatch(r.stderr, /is not set|Too big/);
});

test("OPML import keeps folders as tags and warns when one account comes through two bridges", async () => {
  const h = harness();
  h.writeConfig(baseConfig([{ name: "机器之心", url: "http://127.0.0.1:4000/feeds/MP_WXS_1.atom" }]));
  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="公众号">
    <outline text="AI 媒体">
      <outline type="rss" text="机器之心" xmlUrl="https://bridge-b.example.org/feeds/jiqizhixin.xml"/>
      <outline type="rss" text="量子位" xmlUrl="https://bridge-b.example.org/feeds/qbitai.xml"/>
    </outline>
  </outline>
  <outline type="rss" text="Hacker News" xmlUrl="https://hn.example.org/rss"/>
</body></opml>`;
  writeFileSync(join(h.dir, "subs.opml"), opml);
  const r = await h.run(["sources", "import", "subs.opml"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /imported 3 new source\(s\)/);
  assert.match(
    r.stderr,
    /warning: "机器之心" arrives through two different URLs \(two bridges\?\): http:\/\/127\.0\.0\.1:4000\/feeds\/MP_WXS_1\.atom , https:\/\/bridge-b\.example\.org\/feeds\/jiqizhixin\.xml/,
  );
  assert.doesNotMatch(r.stderr, /量子位|Hacker/);
  const written = parse(readFileSync(h.configPath, "utf8")) as {
    sources: { name: string; tags?: string[] }[];
  };
  assert.deepEqual(
    written.sources.map((s) => [s.name, s.tags]),
    [
      ["机器之心", undefined],
      ["机器之心", ["公众号", "AI 媒体"]],
      ["量子位", ["公众号", "AI 媒体"]],
      ["Hacker News", undefined],
    ],
  );
  const list = await h.run(["sources"]);
  assert.match(
    list.stdout,
    /量子位 {2}https:\/\/bridge-b\.example\.org\/feeds\/qbitai\.xml {2}#公众号 #AI 媒体/,
  );
});

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test("llm test says whether a failure is DNS, refused, TLS, auth or timeout", async () => {
  const api = await startTestServer((req, res) => {
    if (req.url?.includes("/auth/")) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"error":{"message":"bad key"}}');
      return;
    }
    // /slow/: never answers (the provider's timeout ends it).
  });
  const refused = await closedPort();
  try {
    const provider = (id: string, baseUrl: string) => ({
      id,
      baseUrl,
      model: "m",
      apiKey: "sk-test",
      timeoutMs: 400,
      maxRetries: 0,
    });
    const base = api.url.replace(/\/$/, "");
    const providers = [
      provider("refused", `http://127.0.0.1:${refused}/v1`),
      // Plain HTTP spoken to a TLS client: the handshake fails on this machine, no certificate needed.
      provider("tls", `${base.replace("http://", "https://")}/tls/v1`),
      provider("auth", `${base}/auth/v1`),
      provider("slow", `${base}/slow/v1`),
    ];
    const h = harness();
    h.writeConfig(baseConfig([{ name: "A", url: "https://a.example/f.xml" }], { llm: { providers } }));
    const r = await h.run(["llm", "test"]);
    assert.equal(r.code, 1, r.stderr);
    const line = (id: string) => r.stdout.split("\n").find((l) => l.includes(` ${id} `)) ?? "";
    assert.match(line("refused"), /^FAIL .*connection refused · E_CONN_REFUSED/);
    assert.match(line("tls"), /^FAIL .*TLS or certificate error · E_TLS/);
    assert.match(line("auth"), /^FAIL .*authentication failed · E_AUTH · HTTP 401/);
    assert.match(line("slow"), /^FAIL .*timed out · E_TIMEOUT/);
    assert.doesNotMatch(r.stdout, /sk-test/);
    const zh = await h.run(["llm", "test", "--lang", "zh"]);
    assert.match(zh.stdout, /失败 +auth .*鉴权失败 · E_AUTH · HTTP 401/);
  } finally {
    await api.close();
  }
});

test("llm test names a host that does not resolve (DNS), from the fetch error's cause code", async () => {
  // Scripted: the name lookup is the one failure no local server can produce without a resolver.
  const dnsFetch = Object.assign(async () => {
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND api.deepseek.invalid"), {
      code: "ENOTFOUND",
    });
    throw new TypeError("fetch failed", { cause });
  }, {}) as unknown as typeof fetch;
  const h = harness({ fetch: dnsFetch });
  const provider = {
    id: "ds",
    baseUrl: "https://api.deepseek.invalid/v1",
    model: "m",
    apiKey: "k",
    maxRetries: 0,
  };
  h.writeConfig(
    baseConfig([{ name: "A", url: "https://a.example/f.xml" }], { llm: { providers: [provider] } }),
  );
  const r = await h.run(["llm", "test"]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^FAIL .*host name not found · E_DNS/m);
});

test("channels test sends one short message to each channel and reports the platform's answer", async () => {
  const receivers = await startReceivers();
  const server = await startDemoServer({ allowOrigins: receivers.origins });
  try {
    const h = harness({ fetch: server.fetch, env: { ...SECRETS }, now: () => new Date() });
    h.writeConfig(baseConfig(server.sources, { channels: receivers.channels }));
    const all = await h.run(["channels", "test"]);
    assert.equal(all.code, 0, all.stdout + all.stderr);
    for (const id of ["feishu", "dingtalk", "wecom", "telegram", "slack", "discord", "hook", "mail"])
      assert.match(all.stdout, new RegExp(`^ok +${id} \\(`, "m"), id);
    assert.match(
      all.stdout,
      /^ok +feishu \(feishu\) \d+ ms: the platform answered HTTP 200 \{"code":0,"msg":"success"/m,
    );
    for (const name of ["feishu", "dingtalk", "wecom", "telegram", "slack", "discord"] as const)
      assert.match(receivers.chat[name].accepted.at(-1) ?? "", /daybrief test message/, name);
    assert.equal(receivers.mail.messages.length, 1);
    assert.match(all.stdout, /^ok +mail \(email\) \d+ ms: accepted \(no HTTP answer/m);
    // One channel by id; a wrong signing secret: the platform's refusal, said by reason and answer.
    const wrong = harness({
      fetch: server.fetch,
      env: { ...SECRETS, FEISHU_SECRET: "wrong" },
      now: () => new Date(),
    });
    wrong.writeConfig(baseConfig(server.sources, { channels: receivers.channels }));
    const one = await wrong.run(["channels", "test", "feishu", "--lang", "zh"]);
    assert.equal(one.code, 1);
    assert.equal(one.stdout.trim().split("\n").length, 1);
    assert.match(one.stdout, /^失败 feishu（feishu）\d+ ms：请求被拒绝 · E_REQUEST · HTTP 200 — .+19021/);
    assert.doesNotMatch(one.stdout, /wrong|feishu-SECRET/);
    const unknown = await h.run(["channels", "test", "nope"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no channel with id "nope"; configured: feishu, dingtalk/);
  } finally {
    await server.close();
    await receivers.close();
  }
});
