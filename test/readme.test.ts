/**
 * README.md (中文, primary) and README.en.md are kept in step: the same sections in the same order
 * and levels (by a name map), the same shell commands, relative links that resolve, and commands
 * that exist (npm scripts, daybrief subcommands).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { buildProgram } from "../src/cli/program.ts";
import { brokenRelativeLinks, headingLevels, shellCommands } from "./support/markdown-docs.ts";

const FILES = { zh: "README.md", en: "README.en.md" } as const;
const read = (file: string) => readFileSync(file, "utf8");

/** Each Chinese heading and its English counterpart. A new section needs a line here. */
const SECTIONS: [string, string][] = [
  ["# daybrief", "# daybrief"],
  ["## 快速开始", "## Quick start"],
  ["## 上手：公众号、DeepSeek、飞书", "## Setup: WeChat accounts, DeepSeek, Feishu"],
  ["## 环境要求", "## Requirements"],
  ["## 日常使用", "## Running it for real"],
  ["### 订阅源与公众号", "### Feeds and WeChat accounts"],
  ["### 输出", "### Output"],
  ["## 配置", "## Configuration"],
  ["## 大模型", "## LLM providers"],
  ["## 去重", "## Deduplication"],
  ["## 核查", "## Verification"],
  ["## 推送渠道", "## Channels"],
  ["## 定时运行", "## Scheduling"],
  ["## 安装包、Docker 与静态站点", "## Package, Docker and a site"],
  ["## HTTP API 与 MCP", "## HTTP API and MCP"],
  ["## 网页版", "## Web app"],
  ["## 性能测试", "## Benchmarks"],
  ["## 一致性测试", "## Conformance"],
  ["## 依赖", "## Dependencies"],
  ["## 项目结构", "## Project layout"],
  ["## 限制与已知不足", "## Limits and known gaps"],
];

function headings(markdown: string): string[] {
  const levels = headingLevels(markdown);
  const lines = markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, "")
    .split("\n")
    .filter((l) => /^#{1,6} \S/.test(l));
  assert.equal(lines.length, levels.length);
  return lines.map((l) => l.trim());
}

test("README.md and README.en.md have the same sections, levels and order", () => {
  const zh = headings(read(FILES.zh));
  const en = headings(read(FILES.en));
  assert.deepEqual(headingLevels(read(FILES.en)), headingLevels(read(FILES.zh)), "heading levels and count");
  const toEn = new Map(SECTIONS);
  const expected = zh.map((h) => toEn.get(h) ?? `(no English heading mapped for "${h}": add it to SECTIONS)`);
  assert.deepEqual(en, expected);
  assert.deepEqual(
    zh,
    SECTIONS.map(([z]) => z),
    "every mapped section is present",
  );
});

test("README.md and README.en.md show the same shell commands", () => {
  const zh = shellCommands(read(FILES.zh));
  assert.ok(zh.length > 20, "the READMEs have their command blocks");
  assert.deepEqual(shellCommands(read(FILES.en)), zh);
});

test("the Quick start is exactly the two commands, and they are real npm scripts", () => {
  const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
  for (const file of Object.values(FILES)) {
    const text = read(file);
    const start = text.search(/^## (快速开始|Quick start)$/m);
    const section = text.slice(start, text.indexOf("\n## ", start + 3));
    assert.deepEqual(shellCommands(section), ["npm ci && npm run demo", "npm ci && npm test"], file);
    for (const command of shellCommands(text)) {
      for (const m of command.matchAll(/npm run ([\w:-]+)/g)) {
        assert.ok(scripts[m[1]!], `${file}: "npm run ${m[1]}" is a script in package.json`);
      }
    }
  }
  assert.ok(scripts.test, "npm test has a script");
});

test("every daybrief command the READMEs show is a command of the CLI", () => {
  const ctx = {
    env: {},
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
  };
  const program = buildProgram(ctx, () => {});
  const known = new Set(program.commands.map((c) => c.name()));
  for (const file of Object.values(FILES)) {
    for (const command of shellCommands(read(file))) {
      const m = command.match(/^daybrief ([a-z][\w-]*)/);
      if (m) assert.ok(known.has(m[1]!), `${file}: daybrief ${m[1]} exists`);
    }
  }
});

test("every relative link in both READMEs points at a file that exists", () => {
  for (const file of Object.values(FILES)) {
    assert.deepEqual(brokenRelativeLinks(read(file), file), [], file);
  }
});
