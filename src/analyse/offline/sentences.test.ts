import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./sentences.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

test("splits on Chinese enders and line breaks, keeping the ender", () => {
  assert.deepEqual(texts("第一句。第二句！第三句？\n第四句；第五句"), [
    "第一句。",
    "第二句！",
    "第三句？",
    "第四句；",
    "第五句",
  ]);
});

test("does not split decimals, versions or abbreviations", () => {
  assert.deepEqual(texts("GenEval 得分 0.91，MiniCPM-o 4.5 发布。Models, e.g. Llama 3.1, work. Next one."), [
    "GenEval 得分 0.91，MiniCPM-o 4.5 发布。",
    "Models, e.g. Llama 3.1, work.",
    "Next one.",
  ]);
});

test("keeps quotes and brackets balanced; a quote ending in an ender ends the sentence", () => {
  assert.deepEqual(texts("他说：“这很好。我们继续。”然后离开了。（注：见上文。）最后一句。"), [
    "他说：“这很好。我们继续。”",
    "然后离开了。",
    "（注：见上文。）",
    "最后一句。",
  ]);
  assert.deepEqual(texts("“结束了！”他说。"), ["“结束了！”", "他说。"]);
});

test("records paragraphs and verbatim offsets", () => {
  const text = "  首段一句。首段二句。\n\n次段一句。";
  const sentences = splitSentences(text);
  assert.deepEqual(
    sentences.map((s) => s.paragraph),
    [0, 0, 1],
  );
  for (const s of sentences) assert.equal(text.slice(s.offset, s.offset + s.text.length), s.text);
});

test("an unclosed quote does not swallow the rest of the paragraph forever", () => {
  const long = `他说：“${"很长的一句话。".repeat(60)}`;
  assert.ok(splitSentences(long).length > 1);
});
