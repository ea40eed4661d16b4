import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlToText } from "./index.ts";

test("htmlToText: blocks become paragraphs, <br> a line break, whitespace collapsed", () => {
  const html = `<h2>标题</h2><p>第一行<br>第二行</p>
    <ul><li>甲</li><li>乙</li></ul><div>  多个   空格  </div><p>&nbsp;</p><pre>a
  b</pre>`;
  assert.equal(htmlToText(html), "标题\n\n第一行\n第二行\n\n甲\n\n乙\n\n多个 空格\n\na\n  b");
});

test("htmlToText: table rows are one paragraph with cells separated", () => {
  assert.equal(
    htmlToText("<table><tr><th>模型</th><th>得分</th></tr><tr><td>A</td><td>91</td></tr></table>"),
    "模型 | 得分\n\nA | 91",
  );
});

test("htmlToText: scripts and styles never count as text", () => {
  assert.equal(htmlToText("<p>正文</p><script>alert(1)</script><style>p{}</style>"), "正文");
});
