import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, test } from "node:test";
import { parse } from "yaml";
import { createHarness, type Harness } from "./support/cli-harness.ts";

let h: Harness;
afterEach(() => h?.cleanup());

const lines = (text: string) => text.trimEnd().split("\n");

test("init writes a config that config check accepts; init again refuses without --force", async () => {
  h = createHarness();
  const init = await h.run(["init"]);
  assert.equal(init.code, 0, init.stderr);
  const check = await h.run(["config", "check"]);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /daybrief\.config\.yaml: ok — 3 source\(s\), time zone Asia\/Shanghai/);
  writeFileSync(h.configPath, `${readFileSync(h.configPath, "utf8")}\n# mine\n`);
  const again = await h.run(["init"]);
  assert.equal(again.code, 2);
  assert.equal(lines(again.stderr).length, 1, again.stderr);
  assert.match(again.stderr, /exists already — pass --force/);
  assert.match(readFileSync(h.configPath, "utf8"), /# mine\n$/, "the file was left alone");
  const forced = await h.run(["init", "--force"]);
  assert.equal(forced.code, 0);
  assert.doesNotMatch(readFileSync(h.configPath, "utf8"), /# mine/);
});

test("run without a config: exit 2 and one line naming daybrief init", async () => {
  h = createHarness();
  const run = await h.run(["run"]);
  assert.equal(run.code, 2);
  assert.equal(lines(run.stderr).length, 1, run.stderr);
  assert.match(run.stderr, /no config at .*daybrief init/);
  assert.equal(run.stdout, "");
});

test("a config with three mistakes: exit 2 and every path printed", async () => {
  h = createHarness();
  h.writeConfig(
    [
      "timezone: Mars/Olympus",
      "sources:",
      "  - name: 机器之心",
      "    url: not-a-url",
      "briefing:",
      "  minStars: 9",
      "",
    ].join("\n"),
  );
  const check = await h.run(["config", "check"]);
  assert.equal(check.code, 2);
  // Paths count list items from 1 and name a source by its name.
  for (const path of ["timezone", "sources[#1 机器之心].url", "briefing.minStars"])
    assert.ok(check.stderr.includes(path), `${path} in:\n${check.stderr}`);
  const run = await h.run(["run", "--date", "2026-02-04"]);
  assert.equal(run.code, 2);
  assert.equal(run.stderr, check.stderr, "run reports the same problems before doing anything");
});

test("config schema prints a JSON Schema of the config", async () => {
  h = createHarness();
  const out = await h.run(["config", "schema"]);
  assert.equal(out.code, 0);
  const schema = JSON.parse(out.stdout) as { type?: string; properties?: Record<string, unknown> };
  assert.equal(schema.type, "object");
  for (const key of ["sources", "timezone", "output", "channels", "llm"])
    assert.ok(schema.properties?.[key], `schema has ${key}`);
});

test("--date 2026-02-30 is refused with exit 2", async () => {
  h = createHarness();
  await h.run(["init"]);
  const run = await h.run(["run", "--date", "2026-02-30"]);
  assert.equal(run.code, 2);
  assert.equal(lines(run.stderr).length, 1, run.stderr);
  assert.match(run.stderr, /--date .*2026-02-30/);
});

test("sources import appends the OPML's feeds and keeps the config's comments", async () => {
  h = createHarness();
  await h.run(["init"]);
  const before = readFileSync(h.configPath, "utf8");
  const comments = before.split("\n").filter((l) => l.trimStart().startsWith("#"));
  assert.ok(comments.length > 5);
  const opml = join(h.dir, "subs.opml");
  writeFileSync(
    opml,
    `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>订阅</title></head><body>
  <outline text="AI">
    <outline text="示例博客" type="rss" xmlUrl="https://blog.example.org/feed.xml"/>
    <outline text="量子位（重复）" type="rss" xmlUrl="https://www.qbitai.com/feed"/>
  </outline>
  <outline text="论文速递" type="rss" xmlUrl="https://papers.example.net/atom"/>
</body></opml>`,
  );
  const imported = await h.run(["sources", "import", "subs.opml"]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported 2 new source\(s\).*\(1 already present\)/);
  const after = readFileSync(h.configPath, "utf8");
  for (const comment of comments) assert.ok(after.includes(comment.trim()), `kept: ${comment}`);
  const urls = (parse(after) as { sources: { url: string }[] }).sources.map((s) => s.url);
  assert.equal(urls.length, 5);
  assert.deepEqual(urls.slice(3), ["https://blog.example.org/feed.xml", "https://papers.example.net/atom"]);
  const check = await h.run(["config", "check"]);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /5 source\(s\)/);
});

test("user mistakes are one line and exit 2, never a stack trace", async () => {
  h = createHarness();
  await h.run(["init"]);
  writeFileSync(join(h.dir, "entry.json"), "{ not json");
  writeFileSync(join(h.dir, "shape.json"), JSON.stringify({ org: "x" }));
  writeFileSync(join(h.dir, "article.txt"), "正文");
  const cases: [string[], RegExp][] = [
    [["verify", "--entry", "missing.json", "--article", "article.txt"], /cannot read .*missing\.json/],
    [["verify", "--entry", "entry.json", "--article", "article.txt"], /entry\.json is not JSON/],
    [["verify", "--entry", "shape.json", "--article", "article.txt"], /shape\.json is not an entry/],
    [["verify", "--date", "2026-02-04", "--policy", "bogus"], /--policy is drop or mark/],
    [["runs", "-n", "abc"], /--limit takes a whole number/],
  ];
  for (const [args, message] of cases) {
    const result = await h.run(args);
    assert.equal(result.code, 2, `${args.join(" ")}: ${result.stderr}`);
    assert.equal(lines(result.stderr).length, 1, result.stderr);
    assert.match(result.stderr, message);
  }
  const h2 = createHarness({ env: { DAYBRIEF_LOG_LEVEL: "verbose" } });
  try {
    writeFileSync(h2.configPath, readFileSync(h.configPath, "utf8"));
    const result = await h2.run(["run", "--date", "2026-02-04", "-q"]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /DAYBRIEF_LOG_LEVEL is one of/);
  } finally {
    h2.cleanup();
  }
});

test("config check reports an LLM key variable that is not set, without sending anything", async () => {
  h = createHarness({ env: {} });
  h.writeConfig(
    `sources:\n  - { name: A, url: "https://a.example/feed" }\nllm:\n  providers:\n    - { id: deepseek, preset: deepseek }\n`,
  );
  const missing = await h.run(["config", "check"]);
  assert.equal(missing.code, 2, missing.stdout);
  assert.match(missing.stderr, /DEEPSEEK_API_KEY/);
  const h2 = createHarness({ env: { DEEPSEEK_API_KEY: "sk-test" } });
  try {
    writeFileSync(h2.configPath, readFileSync(h.configPath, "utf8"));
    const ok = await h2.run(["config", "check"]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /LLM deepseek/);
    assert.doesNotMatch(ok.stdout + ok.stderr, /sk-test/);
  } finally {
    h2.cleanup();
  }
});
