import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeDiscord, escapeLark } from "./escape-chat.ts";
import { charCount, htmlAtoms, markdownAtoms, telegramVisibleText, utf8Bytes } from "./measure.ts";
import { redactText, redactUrl } from "./redact.ts";
import { joinParts, splitIntoParts } from "./split-parts.ts";

test("blocks that fit stay one unnumbered message", () => {
  assert.deepEqual(splitIntoParts(["甲", "乙"], { max: 100, measure: utf8Bytes }), ["甲\n\n乙"]);
});

test("whole blocks are kept together when they fit, and parts are numbered", () => {
  const blocks = ["a".repeat(40), "b".repeat(40), "c".repeat(40)];
  const parts = splitIntoParts(blocks, { max: 100, measure: (s) => s.length });
  assert.deepEqual(parts, [
    `「1/2」\n${"a".repeat(40)}\n\n${"b".repeat(40)}\n\n`,
    `「2/2」\n${"c".repeat(40)}`,
  ]);
  assert.equal(joinParts(parts), blocks.join("\n\n"));
});

test("an oversized line of Chinese is cut between characters, never inside a UTF-8 sequence", () => {
  const block = "模型😀推理".repeat(300);
  const parts = splitIntoParts([block], { max: 200, measure: utf8Bytes });
  for (const p of parts) {
    assert.ok(utf8Bytes(p) <= 200);
    assert.ok(!p.includes("\uFFFD"));
    assert.equal(Buffer.from(p, "utf8").toString("utf8"), p);
    assert.doesNotMatch(p, /[\uD800-\uDBFF]$/, "no lone high surrogate at the end");
  }
  assert.equal(joinParts(parts), block);
});

test("HTML is cut between tags and entities, never inside one", () => {
  const line = `${'<a href="https://e.org/?a=1&amp;b=2">链接&amp;文字</a> &lt;注&gt; '.repeat(60)}`;
  const measure = (s: string) => telegramVisibleText(s).length;
  const parts = splitIntoParts([line], { max: 120, measure, atoms: htmlAtoms });
  for (const p of parts) {
    const body = p.replace(/^「\d+\/\d+」\n/, "");
    assert.doesNotMatch(body, /<[^>]*$|^[^<]*>/, "no half tag at either end");
    assert.doesNotMatch(body, /&[a-z#0-9]*$/i, "no half entity at the end");
    assert.ok(measure(p) <= 120);
  }
  assert.equal(joinParts(parts), line);
});

test("redaction keeps only scheme and host, and removes known secrets anywhere", () => {
  assert.equal(
    redactUrl("https://oapi.dingtalk.com/robot/send?access_token=abc"),
    "https://oapi.dingtalk.com/…",
  );
  const msg = redactText("POST https://hooks.slack.com/services/T/B/xyz failed; token 123:SECRET in body", [
    "123:SECRET",
  ]);
  assert.equal(msg, "POST https://hooks.slack.com/… failed; token *** in body");
});

test("an entry longer than the limit is split between its paragraphs, not inside one", () => {
  const paragraphs = ["第一段：".padEnd(60, "甲"), "第二段：".padEnd(60, "乙"), "第三段：".padEnd(60, "丙")];
  const entry = paragraphs.join("\n\n");
  const parts = splitIntoParts([entry], { max: 100, measure: (s) => s.length });
  assert.ok(parts.length >= 3);
  for (const p of parts) assert.ok(p.length <= 100, `${p.length}`);
  const bodies = parts.map((p) => p.replace(/^「\d+\/\d+」\n/, "").trim());
  assert.deepEqual(bodies, paragraphs, "each part carries whole paragraphs");
  assert.equal(joinParts(parts), entry);
});

test("an over-long line's continuation never starts with a block marker or in the middle of a Discord escape", () => {
  const hostile = "# 伪标题 > 引用 - 列表 + 加 * 星 = 等 | 竖 1. 序号 **粗** \\ 反斜杠 [链](x) ";
  const unsafeStart = /^(\s*[#>+*=|-]|\s*\d+[.)]|\s)/u;
  for (const esc of [escapeDiscord, escapeLark]) {
    for (let pad = 0; pad < 40; pad++) {
      // One line (no breaks to split at), so the cut falls inside it, at every offset in turn.
      const line = esc(`${"字".repeat(pad)}${hostile.repeat(12)}`);
      const parts = splitIntoParts([line], { max: 80, measure: charCount, atoms: markdownAtoms });
      assert.ok(parts.length > 1);
      assert.equal(joinParts(parts), line, "nothing lost or added");
      for (const part of parts.slice(1)) {
        const body = part.replace(/^「\d+\/\d+」\n/, "");
        assert.doesNotMatch(body, unsafeStart, `pad ${pad}: ${JSON.stringify(body.slice(0, 12))}`);
      }
      for (const part of parts.slice(0, -1))
        assert.doesNotMatch(part, /(?<!\\)(?:\\\\)*\\$/, `pad ${pad}: a part ends inside an escape`);
    }
  }
});
