import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml, escapeXml, renderInlineHtml, renderLinkHtml } from "./escape-html.ts";

test("escapeHtml covers text and both attribute quotes", () => {
  assert.equal(
    escapeHtml(`<a href="x" onclick='y'>&amp;`),
    "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;",
  );
  assert.equal(escapeHtml("中文不变"), "中文不变");
});

test("escapeXml drops characters XML cannot carry, keeps astral characters", () => {
  assert.equal(escapeXml("a\u0000b\u0008c\td\ufffe🌟\ud800"), "abc\td🌟");
});

test("inline emphasis becomes tags only after escaping", () => {
  assert.equal(
    renderInlineHtml("**<b>x</b>** and `<i>`"),
    "<strong>&lt;b&gt;x&lt;/b&gt;</strong> and <code>&lt;i&gt;</code>",
  );
});

test("links only for http(s)", () => {
  assert.equal(
    renderLinkHtml("t", "https://x.dev/?a=1&b=2"),
    '<a href="https://x.dev/?a=1&amp;b=2" rel="noopener noreferrer">t</a>',
  );
  assert.equal(renderLinkHtml("t", "javascript:alert(1)"), "t (javascript[:]alert(1))");
  assert.equal(renderLinkHtml("x", "not a url"), "x (not a url)");
});

test("a link's user info is not published: href and shown URL name the real host", () => {
  const disguised = "https://mp.weixin.qq.com@evil.example/s/abc";
  assert.equal(
    renderLinkHtml(disguised, disguised),
    '<a href="https://evil.example/s/abc" rel="noopener noreferrer">https://evil.example/s/abc</a>',
  );
});

test("bidi controls that would show text reordered are removed from pages", () => {
  assert.equal(escapeHtml("官网 \u202emoc.live\u202c <b>"), "官网 moc.live &lt;b&gt;");
  assert.equal(renderInlineHtml("见 \u2066x\u2069"), "见 x");
});
