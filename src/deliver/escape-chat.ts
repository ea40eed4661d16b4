/**
 * One escaper per chat platform, in one place. Every string that came from a feed, a page or an LLM
 * (titles, summaries, bullets, org, tags, source names, notes) goes through the escaper of the
 * platform it is sent to; only the markup we add ourselves (bold, headings, links to URLs we chose)
 * stays live. No visible character of the text is dropped: what would trigger the platform's syntax is
 * either escaped the way the platform documents, or broken with an invisible ZERO WIDTH SPACE where
 * the platform documents no escape.
 *
 * Common to every platform (`defuseText`): a field is one line (a newline could start a heading,
 * a list or a quote), bidi controls are removed (they disguise text), `scheme://`, `www.` and the
 * dots of bare domains are broken so the client does not auto-link a URL or host name the article
 * wrote, and `@` is separated from what follows so `@all` / `@所有人` / `@everyone` / `@here` /
 * `@username` never mention anyone. An address that may not be a link (an internal host, `file://`)
 * is first defanged visibly (`hxxp://10[.]0[.]0[.]5/x`, model/defang.ts): a client that drops the
 * invisible ZWSP still sees no address.
 */

import { defangAddresses } from "../model/defang.ts";
import { escapeHtmlAttribute, escapeHtmlText } from "../model/escape-html.ts";
import { breakAutolinks, publishableUrl, removeBidiControls, ZWSP } from "../model/links.ts";

export { ZWSP };

export function defuseText(s: string): string {
  return breakBareDomains(
    breakAutolinks(
      defangAddresses(removeBidiControls(s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " "))),
    ),
  ).replace(/@(?=\S)/g, `@${ZWSP}`);
}

/**
 * Telegram, Slack, Feishu, DingTalk and WeCom clients also link a bare domain ("evil.example/login",
 * "CLAUDE.md"): a dot (or an ideographic or full-width dot, which IDNA reads as one) between a
 * name character and a letter gets an invisible ZWSP before it, so no host name can form. Invisible
 * format characters (a soft hyphen, a word joiner) around the dot do not hide it: a client that
 * drops them would see the name whole. Telegram also links a bare IPv4 address ("10.0.0.1:8080/x"):
 * the dots of four or more dotted numbers are broken the same way ("3.14" and "v1.2.3" stay as they are).
 */
function breakBareDomains(s: string): string {
  return s
    .replace(/(?<=[\p{L}\p{N}_-]\p{Cf}*)(?=\p{Cf}*[.\u3002\uff0e\uff61]\p{Cf}*\p{L})/gu, ZWSP)
    .replace(/\d+(?:\p{Cf}*[.\u3002\uff0e\uff61]\p{Cf}*\d+){3,}/gu, (quad) =>
      quad.replace(/(?=[.\u3002\uff0e\uff61])/gu, ZWSP),
    );
}

/**
 * The Markdown subsets of Feishu cards (lark_md / markdown element), DingTalk and WeCom robots.
 * None documents a backslash escape, and all three read some HTML-like tags: Feishu `<at id=all>`,
 * `<font color>`, `<text_tag>`, `<link>`, `<person>`; DingTalk `<font color>`; WeCom
 * `<font color="warning">` and `<@userid>`. So: `<` before a letter, `/`, `!`, `?` or `@` is
 * followed by ZWSP (no tag can start), `&name;` likewise (no entity decodes into a tag), `](`
 * becomes `]`ZWSP`(` (no inline link or image), `~~` gets a ZWSP between its tildes (Feishu strikes
 * `~~text~~` through, which reverses what a sentence says), and a block marker at the start of the text
 * (`#`, `>`, `-`, `+`, `*`, `=`, `|`, `1.`) is preceded by ZWSP (no heading, quote or list).
 */
function defuseMarkdownSubset(s: string): string {
  return (
    defuseText(s)
      .replace(/<(?=[A-Za-z/!?@])/g, `<${ZWSP}`)
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, `&${ZWSP}`)
      .replace(/\]\(/g, `]${ZWSP}(`)
      // `~~不~~` would strike the word through (Feishu): what the article says must read as it says.
      .replace(/~(?=~)/g, `~${ZWSP}`)
      .replace(/^(\s*)([#>+=|*-]|\d+[.)])/, `$1${ZWSP}$2`)
  );
}

/** Feishu/Lark card Markdown (`tag: "markdown"` element, lark_md). */
export const escapeLark = defuseMarkdownSubset;
/** DingTalk custom robot `msgtype: markdown`. */
export const escapeDingTalk = defuseMarkdownSubset;
/** WeCom group robot `msgtype: markdown`. */
export const escapeWeCom = defuseMarkdownSubset;

/**
 * Discord message Markdown: a backslash escapes any Markdown character (`\*`, `\[`, `\<`), which
 * also shows `<@id>`, `<@&role>`, `<#channel>` and `<t:…>` as text; a block marker at the start
 * (`#`, `-#`, `>`, `-`; the dot of `1.`) is escaped too. Pings are also refused by `allowed_mentions`.
 */
export function escapeDiscord(s: string): string {
  return (
    defuseText(s)
      .replace(/[\\*_~`|[\]()<>]/g, "\\$&")
      .replace(/^(\s*)([#>+=-])/, "$1\\$2")
      // A backslash escapes punctuation only ("\\1" shows the backslash): a list number keeps its
      // digits and has its dot or parenthesis escaped.
      .replace(/^(\s*\d+)([.)])/, "$1\\$2")
  );
}

/**
 * Slack mrkdwn: `&`, `<`, `>` are the three characters Slack asks to escape; with them escaped no
 * `<!channel>`, `<!here>`, `<@U…>` or `<url|text>` link can form. Slack documents no escape for its
 * formatting characters (`*bold*`, `_italic_`, `~strike~`, `` `code` ``), and an invisible ZWSP next
 * to one makes a word boundary, which is what lets it format. A marker takes effect only at a word
 * boundary, so one between two ASCII letters or digits (`snake_case`, `2*3`) stays; any other is
 * shown as its look-alike, which is no marker at all: `∗` (U+2217), `ˍ` (U+02CD), `∼` (U+223C),
 * `ˋ` (U+02CB); `~不~` reads `∼不∼`, never struck through. A `>` starting the text would quote it: a
 * soft hyphen goes before it.
 */
export function escapeSlack(s: string): string {
  return escapeHtmlText(
    defuseText(s).replace(/(?<![A-Za-z0-9])[*_~`]|[*_~`](?![A-Za-z0-9])/g, (c) => SLACK_LOOK_ALIKE[c]!),
  ).replace(/^(\s*)&gt;/, "$1\u00ad&gt;");
}

const SLACK_LOOK_ALIKE: Record<string, string> = { "*": "\u2217", _: "\u02cd", "~": "\u223c", "`": "\u02cb" };

/**
 * Telegram `parse_mode: HTML`: `&`, `<`, `>` and `"` as entities; only our own `<b>` and `<a>` are tags.
 * Telegram also makes a bot command of `/word` (or `/word@SomeBot`) that does not follow a letter,
 * digit or slash, and a tap sends it to the group's bots: a ZWSP after the slash leaves it text.
 * `#tag` and `$TAG` (hashtags, cashtags) are broken the same way.
 */
export function escapeTelegram(s: string): string {
  return escapeTelegramHtml(
    defuseText(s)
      .replace(/(?<![\p{L}\p{N}_/<>])\/(?=[A-Za-z0-9_])/gu, `/${ZWSP}`)
      // #hashtags and $CASHTAGS an article wrote: a tap would search the group for them.
      .replace(/(?<![\p{L}\p{N}_])([#$])(?=[\p{L}\p{N}_])/gu, `$1${ZWSP}`),
  );
}

/** HTML entity escaping alone (the attribute set), for values we chose (an href) and for already-defused text. */
export const escapeTelegramHtml = escapeHtmlAttribute;

/**
 * A link target we may make live: an absolute http(s) URL without user info, to a public host unless
 * `ours` (a URL the operator configured), re-encoded so it cannot end a link early. An IPv6 host keeps
 * its brackets (only the path, query and fragment are re-encoded).
 */
export function safeHref(href: string, options: { ours?: boolean } = {}): string | undefined {
  const url = publishableUrl(href, options);
  if (url === undefined) return undefined;
  const host = /^https?:\/\/\[[0-9A-Fa-f:.]+\]/.exec(url)?.[0] ?? "";
  return (
    host +
    url
      .slice(host.length)
      .replace(/[()<>|"`[\] ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
  );
}

const byChannelType: Record<string, (s: string) => string> = {
  feishu: escapeLark,
  dingtalk: escapeDingTalk,
  wecom: escapeWeCom,
  discord: escapeDiscord,
  slack: escapeSlack,
  telegram: escapeTelegram,
};

/**
 * Plain text (an alert) as the body for a channel of this type: chat platforms get each line
 * escaped (line breaks kept), e-mail an escaped `<pre>`, the webhook a JSON object.
 */
export function formatPlainText(type: string, text: string): string {
  if (type === "email") return `<pre>${escapeHtmlAttribute(defangAddresses(text))}</pre>`;
  if (type === "webhook") return JSON.stringify({ alert: defangAddresses(text) });
  const esc = byChannelType[type];
  return esc ? text.split("\n").map(esc).join("\n") : text;
}
