import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import ts from "typescript";
import { detectLang, translate } from "../src/cli/i18n.ts";
import { MESSAGE_GROUPS, MESSAGES } from "../src/cli/messages.ts";
import { createHarness } from "./support/cli-harness.ts";

const CLI_DIR = new URL("../src/cli/", import.meta.url).pathname;

test("every catalogue key has a Chinese and an English text with the same {placeholders}", () => {
  const keys = Object.keys(MESSAGES);
  assert.ok(keys.length > 150, `the catalogue holds the CLI's text (${keys.length} keys)`);
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, entry] of Object.entries(MESSAGES) as [string, { zh: string; en: string }][]) {
    assert.ok(entry.zh.trim() && entry.en.trim(), `${key}: both languages`);
    assert.match(entry.zh, /[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]/, `${key}: zh is Chinese`);
    // English text holds Chinese only where the Chinese text has the same words (names, examples).
    for (const run of entry.en.match(/[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]+/g) ?? [])
      assert.ok(entry.zh.includes(run), `${key}: en has "${run}", not a name or example of zh`);
    assert.deepEqual(names(entry.zh), names(entry.en), `${key}: same placeholders`);
  }
  // The groups are spread into one object, where a key given twice would silently win: none is.
  const grouped = Object.values(MESSAGE_GROUPS).flatMap((group) => Object.keys(group));
  assert.equal(grouped.length, keys.length, "no key is in two groups of ./messages/");
});

test("the language: --lang first, then LC_ALL, LC_MESSAGES, LANG (first set wins); English only for en*", () => {
  assert.equal(detectLang([], {}), "zh");
  assert.equal(detectLang([], { LANG: "C.UTF-8" }), "zh");
  assert.equal(detectLang([], { LANG: "en_US.UTF-8" }), "en");
  assert.equal(detectLang([], { LANG: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" }), "zh");
  assert.equal(detectLang([], { LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" }), "en");
  assert.equal(detectLang(["run", "--lang", "en"], { LANG: "zh_CN" }), "en");
  assert.equal(detectLang(["--lang=zh"], { LC_ALL: "en_US" }), "zh");
  assert.equal(detectLang(["search", "--", "--lang", "en"], {}), "zh", "after -- it is an argument");
  assert.equal(translate("en", "init.wrote", { path: "/x" }), "wrote /x");
  assert.equal(translate("zh", "init.wrote", { path: "/x" }), "已写入 /x");
});

test("--help is Chinese by default, English with LANG=en_US or --lang en, commander's own words included", async () => {
  const h = createHarness({ env: { LANG: "" } });
  try {
    const zh = await h.run(["--help"]);
    assert.equal(zh.code, 0);
    assert.match(zh.stdout, /^用法： ?daybrief/m);
    assert.match(zh.stdout, /^命令：/m);
    assert.match(zh.stdout, /从订阅源写出每日 AI 情报简报/);
    assert.match(zh.stdout, /channels/);
    assert.doesNotMatch(zh.stdout, /Usage:|Options:|display help/);
    const sub = await h.run(["runs", "--help"]);
    assert.match(sub.stdout, /（默认： "20"\)|默认：/);
    const en = await createHarness({ env: { LANG: "en_US.UTF-8" } }).run(["--help"]);
    assert.match(en.stdout, /^Usage: daybrief/m);
    assert.match(en.stdout, /Writes a daily AI intelligence briefing/);
    const flag = await h.run(["--lang", "en", "render", "--help"]);
    assert.match(flag.stdout, /rebuild a day's outputs/);
    const bad = await h.run(["--lang", "fr", "--help"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--lang 只能是 zh 或 en/);
  } finally {
    h.cleanup();
  }
});

test("commander's parse errors and our errors come in the chosen language", async () => {
  const h = createHarness({ env: { LANG: "zh_CN.UTF-8" } });
  try {
    const unknown = await h.run(["run", "--frobnicate"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^错误：未知选项 '--frobnicate'/m);
    assert.match(unknown.stderr, /运行 `daybrief --help` 查看全部命令/);
    const noConfig = await h.run(["runs"]);
    assert.equal(noConfig.code, 2);
    assert.match(noConfig.stderr, /^错误：.*没有配置文件——运行 `daybrief init`/);
    const en = await h.run(["--lang", "en", "runs"]);
    assert.match(en.stderr, /^error: no config at /);
  } finally {
    h.cleanup();
  }
});

/** Every .ts file under src/cli that is not a test and not the catalogue itself (messages.ts, messages/). */
function cliSources(dir = CLI_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(CLI_DIR, "messages") ? [] : cliSources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && e.name !== "messages.ts" ? [path] : [];
  });
}

/** Proper names that are data, not messages (the accounts init offers). */
const DATA = new Set(["机器之心", "新智元", "量子位"]);
/** Chinese words or punctuation; the title brackets 《》 around a stored title are not words. */
const CJK = /[\u3400-\u9fff\u3000-\u3009\u300c-\u303f\uff01-\uff5e]/;
/** Three English words in a row: a sentence someone reads. */
const SENTENCE = /[A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]*){2,}/;
const LOG_METHODS = new Set(["debug", "info", "warn", "error", "fatal", "trace"]);

/** String literals that are not exempt: module names, log lines and `new Error` (bugs) are. */
function userFacingLiterals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const exempt = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p)) return true;
      if (ts.isNewExpression(p) && p.expression.getText() === "Error") return true;
      if (ts.isCallExpression(p)) {
        const callee = p.expression;
        if (ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text)) {
          const target = callee.expression.getText();
          if (/log/i.test(target)) return true;
        }
        if (ts.isIdentifier(p.expression) && p.expression.text === "import") return true;
      }
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
    if (text !== undefined && !DATA.has(text) && (CJK.test(text) || SENTENCE.test(text)) && !exempt(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else for (const span of node.templateSpans) ts.forEachChild(span.expression, visit);
  };
  visit(source);
  return found;
}

test("no user-facing string literal is left in src/cli (it lives in the catalogue)", () => {
  const leftovers = cliSources().flatMap((file) =>
    userFacingLiterals(file).map((l) => `${relative(CLI_DIR, file)}:${l.line}: ${JSON.stringify(l.text)}`),
  );
  assert.deepEqual(leftovers, []);
});

test("the static check catches a Chinese or English sentence literal (it can fail)", () => {
  const dir = new URL("./testdata/", import.meta.url).pathname;
  const found = userFacingLiterals(join(dir, "cli-literals-sample.ts.txt")).map((l) => l.text.trim());
  assert.deepEqual(found, ["已写入", "no runs yet", "wrote the site to"]);
});
