import assert from "node:assert/strict";
import { test } from "node:test";
import {
  escapeMarkdownBlockStart,
  escapeMarkdownBracketed,
  escapeMarkdownInline,
  flattenField,
  formatMarkdownLink,
  formatMarkdownUrl,
} from "./escape-markdown.ts";

test("ordinary Chinese text and the format's inline emphasis pass unchanged", () => {
  const text =
    "在 **MMBench**（综合视觉）上得分 **< 10%**，利用 `CLAUDE.md` 保存记忆；“引号”与 $10 - $50/小时";
  assert.equal(escapeMarkdownInline(text), text);
  assert.equal(escapeMarkdownBlockStart(text), text);
});

test("fields never span lines", () => {
  assert.equal(flattenField(" a\r\n\n\tb\u2028c "), "a b c");
});

test("tags and entities are defused, block markers escaped only at the start", () => {
  assert.equal(escapeMarkdownInline("x <img src=x> &lt; y"), "x \\<img src=x> &amp;lt; y");
  assert.equal(escapeMarkdownBlockStart("## 标题 # 不变"), "\\## 标题 # 不变");
  assert.equal(escapeMarkdownBlockStart("- 列表"), "\\- 列表");
  assert.equal(escapeMarkdownBlockStart("-1 是负数"), "-1 是负数");
  assert.equal(escapeMarkdownBlockStart("2026. 年"), "2026\\. 年");
  assert.equal(escapeMarkdownBracketed("a]b[c\\"), "a\\]b\\[c\\\\");
});

test("only http(s) URLs become links", () => {
  assert.equal(formatMarkdownUrl("https://x.dev/a(b)<c>"), "https://x.dev/a%28b%29%3Cc%3E");
  assert.equal(formatMarkdownUrl("https://x.dev/a b"), "`hxxps://x[.]dev/a b`");
  assert.equal(formatMarkdownUrl("javascript:alert(1)"), "`javascript[:]alert(1)`");
  assert.equal(formatMarkdownLink("标题", "data:text/html,x"), "标题");
  assert.equal(formatMarkdownLink("a]b", "https://x.dev/"), "[a\\]b](https://x.dev/)");
});

test("bidi controls that would show a field reordered are removed; the visible text stays", () => {
  // U+202E shows "moc.live" as "evil.com"; U+2066/U+2069 isolate a run that a reader sees moved.
  const out = escapeMarkdownInline("官网 \u202emoc.live\u202c 与 \u2066a\u2069 \u200f见");
  assert.doesNotMatch(out, /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  // (The dot of a bare host name gets an invisible ZWSP: a mail client would link `moc.live`.)
  assert.equal(out, "官网 moc\u200b.live 与 a 见");
});

test("a link's user info is not published: the URL shows the host it goes to", () => {
  const disguised = "https://mp.weixin.qq.com@evil.example/s/abc";
  assert.equal(formatMarkdownUrl(disguised), "https://evil.example/s/abc");
  assert.equal(
    formatMarkdownLink(disguised, disguised),
    "[https:\u200b//evil.example/s/abc](https://evil.example/s/abc)",
  );
  assert.equal(formatMarkdownLink("原文", disguised), "[原文](https://evil.example/s/abc)");
});

test("an e-mail address in a field does not become a GFM mailto link", () => {
  const out = escapeMarkdownInline("联系 support@evil.example 或 mailto:x@evil.example 领取");
  assert.doesNotMatch(out, /[\w.+-]@[\w-]+\./, "GFM would autolink this address");
  assert.equal(out.replaceAll("\u200b", ""), "联系 support@evil.example 或 mailto:x@evil.example 领取");
});

test("a defanged address reads as written and never forms a link ([.] followed by a parenthesis stays escaped)", () => {
  assert.equal(escapeMarkdownInline("见 http://10.0.0.5/admin"), "见 hxxp://10[.]0[.]0[.]5/admin");
  // An article writing a bracketed dot itself: "[.]" may read as written, "[.](…)" is a link and stays escaped.
  for (const text of ["[.](//evil.example)", "[@](https://evil.example/x)", "a[:](x)"]) {
    const out = escapeMarkdownInline(text);
    assert.doesNotMatch(out, /(?<!\\)\[[^\]]*(?<!\\)\]\(/, out);
  }
});
