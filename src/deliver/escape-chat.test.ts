import assert from "node:assert/strict";
import { test } from "node:test";
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
    `\\<@${ZWSP}123\\> \\<@${ZWSP}&9\\> \\<#5\\> @${ZWSP}everyone \\[x\\]\\(https:${ZWSP}//e.example\\) \\*\\*b\\*\\* - item`,
  );
});

test('Slack and Telegram: & < > as entities (Telegram also ")', () => {
  assert.equal(escapeSlack("<!channel> & <@U1>"), `&lt;!channel&gt; &amp; &lt;@${ZWSP}U1&gt;`);
  assert.equal(escapeTelegram('<a href="x">&'), "&lt;a href=&quot;x&quot;&gt;&amp;");
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
  assert.ok(renderBlocks([other], "slack")[0]!.includes(`https:${ZWSP}//evil.example`));
  // Discord: an entry number stays digits, its dot escaped (a backslash before a digit would show).
  assert.equal(escapeDiscord("1. [美团] STAR"), "1\\. \\[美团\\] STAR");
});
