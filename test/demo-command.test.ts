import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { assertSampleLayout, readEntries, readFooter } from "./support/briefing-layout.ts";
import { createHarness } from "./support/cli-harness.ts";

// `daybrief demo` itself, as the Quick start runs it: the bundled day, no network, no key.

const h = createHarness();
after(() => h.cleanup());

test("daybrief demo writes the demo day's briefing in the sample's layout", async () => {
  const result = await h.run(["demo", "-o", "out", "-q"]);
  assert.equal(result.code, 0, result.stderr);
  for (const ext of ["md", "html", "json"])
    assert.ok(existsSync(join(h.dir, `out/2026/2026-02-04.${ext}`)), ext);
  assert.ok(existsSync(join(h.dir, "out/index.html")));
  assert.ok(existsSync(join(h.dir, "out/feed.xml")));
  const md = readFileSync(join(h.dir, "out/2026/2026-02-04.md"), "utf8");
  assert.ok(md.startsWith("# AI 每日情报 | 2026-02-04\n"));
  const entries = readEntries(md);
  assert.ok(entries.length >= 12, `${entries.length} entries`);
  for (const entry of entries) assertSampleLayout(entry);
  assert.match(readFooter(md), /offline-extractive/);
  assert.match(result.stdout, /demo done: open .*2026-02-04\.md/);
});

test("daybrief demo --llm stub runs the LLM path against the bundled stub, then re-uses it", async () => {
  const first = await h.run(["demo", "-o", "llm", "--llm", "stub", "-q"]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /analyser stub\/stub-model: \d+ entries/);
  assert.match(first.stdout, /LLM: \d+ calls, \d+\+\d+ tokens, [\d.]+ CNY/);
  const md = readFileSync(join(h.dir, "llm/2026/2026-02-04.md"), "utf8");
  assert.match(readFooter(md), /\*\*LLM 用量\*\*：\d+ 次调用/);
  const second = await h.run(["demo", "-o", "llm", "--llm", "stub", "-q"]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /analyses: 0 new/);
  const bad = await h.run(["demo", "--llm", "gpt"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--llm takes "stub"/);
});
