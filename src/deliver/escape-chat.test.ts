import assert from "node:assert/strict";
import { test } from "node:test";
import { slackStyles } from "../../test/support/chat-render.ts";
import type { Block } from "../model/briefing-blocks.ts";
import {
  escapeDiscord,
  escapeLark,
  escapeSlack,
  escapeTelegram,
  formatPlainText,
  safeHref,
  ZWSP,
} from "./escape-chat.ts";
import { renderBlocks } from "./render-spans.ts";

test("Markdown subsets: no tag, link, mention or block can start; every character stays", () => {
  const raw = "# 标题 <at id=all></at> [点](https://evil.example) <font color='red'>红</font> @所有人 &lt;";
  const out = escapeLark(raw);
  assert.equal(out.replaceAll(ZWSP, ""), raw);
  assert.doesNotMatch(out, /<[A-Za-z/@]|\]\(|https:\/\/|@所有人|&lt;|^#/);
});

test("Discord: backslash escapes, mentions and autolinks broken", () => {
  const out = escapeDiscord("<@123> <@&9> <#5> @everyone [x](https://e.example) **b** - item");
  assert.equal(
    out,
    `\\<@${ZWSP}123\\> \\<@${ZWSP}&9\\> \\<#5\\> @${ZWSP}everyone \\[x\\]\\(https:${ZWSP}//e${ZWSP}.example\\) \\*\\*b\\*\\* - item`,
  );
});

test('Slack and Telegram: & < > as entities (Telegram also ")', () => {
  assert.equal(escapeSlack("<!channel> & <@U1>"), `&lt;!channel&gt; &amp; &lt;@${ZWSP}U1&gt;`);
  assert.equal(escapeTelegram('<a href="x">&'), "&lt;a href=&quot;x&quot;&gt;&amp;");
});

test("Telegram: a /command an article wrote is text, not a command a tap would send to the group's bots", () => {
  const raw = "/ban@GroupHelpBot 全员（/start）见 github.com/a/b 与 1/2 和 a / b";
  const out = escapeTelegram(raw);
  assert.equal(out.replaceAll(ZWSP, ""), raw);
  // Telegram's rule: a slash not after a letter, digit, "_", "/", "<" or ">", then a command character.
  const commands = [...out.matchAll(/(?<![\p{L}\p{N}_/<>])\/[A-Za-z0-9_]/gu)].map((m) => m[0]);
  assert.deepEqual(commands, []);
  assert.match(out, /github\u200b\.com\/a\/b/, "a path keeps its slashes");
});

test("links only to http(s); an alert keeps its lines, each escaped", () => {
  assert.equal(safeHref("javascript:alert(1)"), undefined);
  assert.equal(safeHref("data:text/html,x"), undefined);
  assert.equal(safeHref("file:///etc/passwd"), undefined);
  assert.equal(safeHref("https://e.org/a(b)"), "https://e.org/a%28b%29");
  assert.equal(formatPlainText("wecom", "源 <@all>\n第二行"), `源 <${ZWSP}@${ZWSP}all>\n第二行`);
  assert.equal(formatPlainText("email", "<b>x</b>"), "<pre>&lt;b&gt;x&lt;/b&gt;</pre>");
  assert.deepEqual(JSON.parse(formatPlainText("webhook", "a\nb")), { alert: "a\nb" });
});

test("a link shown by its own URL keeps the URL readable (copying the label gives a working link)", () => {
  const url = "https://github.com/OpenBMB/MiniCPM-o?tab=readme&x=1";
  const block: Block = [[{ style: "bullet", spans: [{ kind: "link", text: url, href: url }] }]];
  const [slack] = renderBlocks([block], "slack");
  assert.equal(slack, `• <${url}|${url.replace("&", "&amp;")}>`);
  const [telegram] = renderBlocks([block], "telegram");
  assert.equal(telegram, `• <a href="${url.replace("&", "&amp;")}">${url.replace("&", "&amp;")}</a>`);
  // Link text that is not the URL is still the article's words, defused.
  const other: Block = [
    [{ style: "bullet", spans: [{ kind: "link", text: "见 https://evil.example", href: url }] }],
  ];
  assert.ok(renderBlocks([other], "slack")[0]!.includes(`https:${ZWSP}//evil${ZWSP}.example`));
  // Discord: an entry number stays digits, its dot escaped (a backslash before a digit would show).
  assert.equal(escapeDiscord("1. [美团] STAR"), "1\\. \\[美团\\] STAR");
});

test("every chat flavour: no bare domain the client could link, no bidi control, the visible text whole", () => {
  // A hostile title: a bare host name (Telegram/Slack/Feishu link it without a scheme), an
  // ideographic-dot host, a mail address, and a right-to-left override that shows "moc.live" reversed.
  const raw = "领取 evil.example/login 或 evil。example 或 a@b.example 看 \u202emoc.live\u202c CLAUDE.md";
  const block: Block = [[{ style: "plain", spans: [{ kind: "text", text: raw }] }]];
  for (const flavour of ["lark", "dingtalk", "wecom", "discord", "slack", "telegram"] as const) {
    const [out] = renderBlocks([block], flavour);
    assert.doesNotMatch(
      out!,
      /[\p{L}\p{N}_-][.\u3002\uff0e\uff61]\p{L}/u,
      `${flavour}: a host name could form`,
    );
    assert.doesNotMatch(out!, /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/, `${flavour}: bidi control kept`);
    const visible = out!.replaceAll(ZWSP, "").replace(/\\(.)/g, "$1").replace(/&amp;/g, "&");
    assert.equal(visible, raw.replace(/[\u202e\u202c]/g, ""), flavour);
  }
});

test("a link whose user info poses as the host goes, and shows, where it really points", () => {
  // A hostile feed's item link: reads as mp.weixin.qq.com, goes to evil.example.
  const disguised = "https://mp.weixin.qq.com@evil.example/s/abc";
  const block: Block = [[{ style: "plain", spans: [{ kind: "link", text: disguised, href: disguised }] }]];
  for (const flavour of ["lark", "dingtalk", "wecom", "discord", "slack", "telegram"] as const) {
    const [out] = renderBlocks([block], flavour);
    assert.doesNotMatch(out!, /weixin/, `${flavour}: ${out}`);
    assert.ok(out!.includes("https://evil.example/s/abc"), `${flavour}: ${out}`);
  }
  assert.equal(safeHref("https://user:pw@example.org/x"), "https://example.org/x");
});

test("every chat flavour: no bare IPv4 address and no domain hidden behind invisible format characters", () => {
  // Telegram links a bare "10.0.0.1:8080/admin" (and 127.0.0.1); a soft hyphen or word joiner next
  // to the dot kept the old dot-breaking from seeing the host name at all.
  const raw =
    "内网 10.0.0.1:8080/admin、127.0.0.1 与 evil.\u00adexample、evil\u2060.example；GPT-4.1 与 v1.2.3 照旧";
  for (const esc of [escapeLark, escapeDiscord, escapeSlack, escapeTelegram]) {
    const out = esc(raw);
    assert.doesNotMatch(out, /\d+\.\d+\.\d+\.\d+/, out);
    assert.doesNotMatch(out, /[\p{L}\p{N}][\u00ad\u2060]*\.[\u00ad\u2060]*\p{L}/u, out);
    assert.match(out, /GPT-4\.1/);
    assert.match(out, /v1\.2\.3/);
    const visible = (t: string) => t.replaceAll(ZWSP, "").replace(/\\/g, "").replace(/&amp;/g, "&");
    // No visible character is lost; the two internal addresses are defanged visibly.
    const shown = raw.replace("10.0.0.1", "10[.]0[.]0[.]1").replace("127.0.0.1", "127[.]0[.]0[.]1");
    assert.equal(visible(out), shown, "no visible character is lost");
  }
});

test("Telegram: an article's #hashtag and $CASHTAG are text, not a search a tap would run", () => {
  const raw = "#免费领取 #GPT5 $BTC 与 C# 和 a#b 与 价格 $5";
  const out = escapeTelegram(raw);
  assert.equal(out.replaceAll(ZWSP, ""), raw);
  // Telegram's rule: # or $ not after a word character, then a word character.
  assert.deepEqual(
    [...out.matchAll(/(?<![\p{L}\p{N}_])[#$][\p{L}\p{N}_]/gu)].map((m) => m[0]),
    [],
  );
});

test("an IPv6 host keeps its brackets in a chat link; the path's brackets are re-encoded", () => {
  assert.equal(
    safeHref("http://[2606:4700::1111]:8080/a[1](x)"),
    "http://[2606:4700::1111]:8080/a%5B1%5D%28x%29",
  );
});

test("Slack: an article's *, _, ~ and ` never format (look-alikes at a word boundary), snake_case stays", () => {
  const cases: [string, string][] = [
    ["这~不~对", "这\u223c不\u223c对"],
    ["~不~ 支持", "\u223c不\u223c 支持"],
    ["*免费* _限时_ `rm -rf`", "\u2217免费\u2217 \u02cd限时\u02cd \u02cbrm -rf\u02cb"],
    ["**加粗**", "\u2217\u2217加粗\u2217\u2217"],
    ["snake_case_name 与 2*3*4", "snake_case_name 与 2*3*4"],
    ["> 引用", "\u00ad&gt; 引用"],
  ];
  for (const [text, shown] of cases) {
    const escaped = escapeSlack(text);
    assert.equal(escaped, shown, text);
    assert.deepEqual(slackStyles(escaped), [], text);
  }
  // Old code: each of these formatted (struck through, bold, italic, code).
  assert.deepEqual(slackStyles("这 ~不~ 对 *免费* _限时_ `x`"), ["~不~", "*免费*", "_限时_", "`x`"]);
  // Inside our own bold (a title) an article's * cannot close it early.
  assert.deepEqual(slackStyles(`*${escapeSlack("标题* 后半 *")}*`), [`*${escapeSlack("标题* 后半 *")}*`]);
});
