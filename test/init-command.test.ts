/** `daybrief init` end to end: the default off a terminal, flags for scripts, prompts on a (fake) terminal. */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach, test } from "node:test";
import { starterConfig } from "../src/cli/commands/init-config.ts";
import { type CliContext, runCli } from "../src/cli/index.ts";
import { parseConfig } from "../src/config/index.ts";
import { startTestServer } from "../src/http/test-server.ts";

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A writable that records text and can say it is a terminal; `onText` sees each write. */
class Screen extends Writable {
  text = "";
  isTTY: boolean;
  onText: (text: string) => void = () => {};
  constructor(isTTY: boolean) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    this.onText(this.text);
    done();
  }
}

function context(stdin: PassThrough & { isTTY?: boolean }, stdout: Screen): CliContext {
  return {
    env: { DAYBRIEF_LOG_LEVEL: "silent" },
    cwd: dir,
    stdin,
    stdout,
    stderr: new Screen(false),
    now: () => new Date("2026-02-04T13:30:00Z"),
  };
}

const env = {
  DEEPSEEK_API_KEY: "sk-dummy",
  DASHSCOPE_API_KEY: "sk-dummy",
  FEISHU_WEBHOOK: "https://open.feishu.cn/open-apis/bot/v2/hook/dummy",
  FEISHU_SECRET: "dummy",
  DINGTALK_WEBHOOK: "https://oapi.dingtalk.com/robot/send?access_token=dummy",
  DINGTALK_SECRET: "dummy",
};
const loadWritten = () => {
  const path = join(dir, "daybrief.config.yaml");
  const text = readFileSync(path, "utf8");
  return { text, config: parseConfig(text, { env, baseDir: dir, file: path }) };
};

test("off a terminal and without flags, init writes the starter config as before and asks nothing", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const stdin = new PassThrough();
  const stdout = new Screen(false);
  assert.equal(await runCli(["init"], context(stdin, stdout)), 0);
  // No locale in the environment: the starter config's comments are Chinese.
  assert.equal(loadWritten().text, starterConfig("zh"));
  assert.match(loadWritten().text, /^# daybrief 配置/);
  assert.doesNotMatch(stdout.text, /请设置这些环境变量/, "the starter config references no variable");
  assert.doesNotMatch(stdout.text, /\?|：\s*$/);
});

test("flags write the chosen accounts, LLM and channel without a question, even on a terminal with --yes", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new Screen(true);
  const args = [
    "init",
    "--yes",
    "--accounts",
    "jiqizhixin=MP_WXS_1,xinzhiyuan=MP_WXS_2",
    "--bridge",
    "http://127.0.0.1:4000",
  ];
  const code = await runCli([...args, "--llm", "deepseek", "--channel", "feishu"], context(stdin, stdout));
  assert.equal(code, 0, stdout.text);
  const { text, config } = loadWritten();
  assert.deepEqual(
    config.sources.map((s) => [s.name, s.url]),
    [
      ["机器之心", "http://127.0.0.1:4000/feeds/MP_WXS_1.atom"],
      ["新智元", "http://127.0.0.1:4000/feeds/MP_WXS_2.atom"],
    ],
  );
  assert.equal(config.llm?.providers[0]?.preset, "deepseek");
  assert.equal(config.channels[0]?.type, "feishu");
  assert.match(text, /apiKey: \$\{DEEPSEEK_API_KEY\}/);
  assert.match(stdout.text, /请设置这些环境变量：DEEPSEEK_API_KEY FEISHU_WEBHOOK FEISHU_SECRET\n/);
  assert.doesNotMatch(stdout.text, /大模型（/, "nothing was asked");
});

test("a bad flag is a usage error (exit 2) and writes nothing", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const stderr = new Screen(false);
  const ctx = { ...context(new PassThrough(), new Screen(false)), stderr };
  assert.equal(await runCli(["init", "--llm", "gpt5"], ctx), 2);
  assert.match(stderr.text, /--llm gpt5：只能是 deepseek, qwen/);
  assert.throws(() => readFileSync(join(dir, "daybrief.config.yaml")));
});

test("on a terminal, init asks for accounts, bridge, feed ids, LLM and channel, re-asking after a wrong answer", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new Screen(true);
  // Each answer is typed only once its question is on the screen, as a person would.
  const script: [RegExp, string][] = [
    [/订阅哪些？[^\n]*：$/, "1,量子位,9"], // 9 is not an account: asked again
    [/没有这个公众号[^\n]*\n[^\n]*订阅哪些？[^\n]*：$/, "1, 量子位"],
    [/自建桥接的地址[^\n]*：$/, "http://192.168.1.20:4000"],
    [/机器之心 在桥接里的 feed id[^\n]*：$/, "MP_WXS_3071"],
    [/量子位 在桥接里的 feed id[^\n]*：$/, ""],
    [/大模型（[^\n]*：$/, "qwen"],
    [/推送渠道（[^\n]*：$/, "2"],
  ];
  let step = 0;
  stdout.onText = (text) => {
    const next = script[step];
    if (next?.[0].test(text)) {
      step++;
      setImmediate(() => stdin.write(`${next[1]}\n`));
    }
  };
  const code = await runCli(["init"], context(stdin, stdout));
  assert.equal(code, 0, stdout.text);
  assert.equal(step, script.length, `every question was asked in order:\n${stdout.text}`);
  const { text, config } = loadWritten();
  assert.deepEqual(
    config.sources.map((s) => [s.id, s.url]),
    [
      ["jiqizhixin", "http://192.168.1.20:4000/feeds/MP_WXS_3071.atom"],
      ["qbitai", "https://www.qbitai.com/feed"],
    ],
  );
  assert.deepEqual(config.fetch.allowPrivate, ["192.168.1.20:4000"]);
  assert.equal(config.llm?.providers[0]?.preset, "qwen");
  assert.equal(config.channels[0]?.type, "dingtalk");
  assert.match(text, /webhook: \$\{DINGTALK_WEBHOOK\}/);
});

test("on a terminal, input that ends before the last answer cancels with a usage error and writes nothing", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new Screen(true);
  const stderr = new Screen(false);
  stdin.end("all\n\n");
  const code = await runCli(["init", "--llm", "deepseek"], { ...context(stdin, stdout), stderr });
  assert.equal(code, 2);
  assert.match(stderr.text, /init 已取消/);
  assert.throws(() => readFileSync(join(dir, "daybrief.config.yaml")));
});

test("the config init writes for a bridge on 127.0.0.1 collects from it; without its allowPrivate the feed is refused", async () => {
  dir = mkdtempSync(join(tmpdir(), "daybrief-init-"));
  const atom = readFileSync(new URL("./testdata/bridges/wewe-rss-fulltext.atom", import.meta.url), "utf8");
  const requests: string[] = [];
  const bridge = await startTestServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/feeds/MP_WXS_1.atom") {
      res.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" }).end(atom);
    } else res.writeHead(404).end();
  });
  try {
    const stdout = new Screen(false);
    const init = ["init", "--accounts", "jiqizhixin=MP_WXS_1", "--bridge", bridge.url];
    assert.equal(await runCli(init, context(new PassThrough(), stdout)), 0, stdout.text);
    const run = ["run", "--date", "2026-02-04", "--no-deliver", "--quiet"];
    const ok = new Screen(false);
    assert.equal(await runCli(run, { ...context(new PassThrough(), ok), stderr: ok }), 0, ok.text);
    assert.deepEqual(requests, ["/feeds/MP_WXS_1.atom"], "the feed only: it carries the whole article");
    const md = readFileSync(join(dir, "briefings", "2026", "2026-02-04.md"), "utf8");
    assert.match(md, /三十亿参数也能读长文档/);

    // The same config without the allowPrivate line init added: the network guard refuses the bridge.
    const path = join(dir, "daybrief.config.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace(/^fetch:\n {2}allowPrivate: .*\n/m, ""));
    rmSync(join(dir, "data"), { recursive: true, force: true });
    const refused = new Screen(false);
    assert.equal(
      await runCli(run, { ...context(new PassThrough(), refused), stderr: refused }),
      1,
      refused.text,
    );
    assert.equal(requests.length, 1, "no request reached the bridge");
  } finally {
    await bridge.close();
  }
});
