import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extractPage, htmlToText } from "./index.ts";

const visible = "<p>可见的正文。</p>";
/** The text of `hidden` must vanish while the visible paragraph stays. */
function assertDropped(hidden: string, secret: string) {
  const text = htmlToText(`${visible}${hidden}`);
  assert.ok(text.includes("可见的正文。"), "visible text kept");
  assert.ok(!text.includes(secret), `leaked: ${text}`);
}

test("display:none", () => assertDropped('<p style="display: none">秘密</p>', "秘密"));
test("visibility:hidden", () => assertDropped('<div style="visibility:hidden"><p>秘密</p></div>', "秘密"));
test("font-size:0", () => assertDropped('<span style="font-size:0">秘密</span>', "秘密"));
test("font-size:0em with !important", () =>
  assertDropped('<span style="font-size: 0em !important">秘密</span>', "秘密"));
test("opacity:0", () => assertDropped('<p style="opacity:0.0">秘密</p>', "秘密"));
test("hidden attribute", () => assertDropped("<p hidden>秘密</p>", "秘密"));
test("aria-hidden", () => assertDropped('<span aria-hidden="true">秘密</span>', "秘密"));
test("white on white", () => assertDropped('<p style="color:#fff;background:#ffffff">秘密</p>', "秘密"));
test("white text with no background on a white page", () =>
  assertDropped('<span style="color: rgb(255, 255, 255)">秘密</span>', "秘密"));
test("text coloured like its parent's background", () =>
  assertDropped(
    '<section style="background-color:#fafafa"><span style="color:#f9f9f9">秘密</span></section>',
    "秘密",
  ));
test("transparent text", () => assertDropped('<span style="color: rgba(0,0,0,0)">秘密</span>', "秘密"));
test("zero-size overflow box", () =>
  assertDropped('<div style="height:0;overflow:hidden">秘密</div>', "秘密"));
test("HTML comments", () => assertDropped("<p>正文<!-- 秘密 --></p>", "秘密"));
test("alt and title attributes", () =>
  assertDropped(
    '<p><img src="https://x.example/a.png" alt="秘密" title="秘密"><abbr title="秘密">AI</abbr></p>',
    "秘密",
  ));
test("zero-width characters", () => {
  assert.equal(htmlToText("<p>大\u200b模\u200c型\u200d推\u2060理\ufeff</p>"), "大模型推理");
});

test("visible look-alikes are kept", () => {
  const text = htmlToText(
    '<p style="opacity:0.6">半透明</p><section style="background:#111"><span style="color:#fff">深底白字</span></section><p style="color:#333">深灰字</p>',
  );
  assert.equal(text, "半透明\n\n深底白字\n\n深灰字");
});

test("hidden-tricks page: only the visible text reaches the page", () => {
  const html = readFileSync(new URL("./testdata/hidden-tricks.html", import.meta.url), "utf8");
  const page = extractPage(html, { url: "https://mp.weixin.qq.com/s/HiddenTricks" });
  assert.equal(
    page.text,
    "第一段是读者能看到的正文。\n\n第二段继续正文，零宽字符被删除。\n\n深色背景上的白字可见。\n\n半透明的注释可见。",
  );
  assert.ok(!page.html.includes("秘密"));
});

test("<font color> on a <td bgcolor> of the same colour", () =>
  assertDropped(
    '<table><tr><td bgcolor="#ffffff"><font color="#fefefe">秘密</font></td></tr></table>',
    "秘密",
  ));

test("white text over a gradient or image background is kept (cannot be judged)", () => {
  const text = htmlToText(
    '<section style="background-image: linear-gradient(#a1c4fd, #c2e9fb)"><h2 style="color:#fff">渐变标题</h2></section>' +
      '<section style="background: url(https://x.example/bg.png) no-repeat"><p><span style="color:#ffffff">图底白字</span></p></section>',
  );
  assert.equal(text, "渐变标题\n\n图底白字");
});
