/**
 * How each platform reads a message body, reduced to what the hostile-article tests check: which
 * links are live, which mentions / colours / tags take effect, which lines become headings, and the
 * text a reader sees. Written from each platform's documented syntax (see docs/channels.md).
 */
import { parseTelegramHtml } from "../../src/deliver/testdata/receivers/telegram.ts";

export type Platform = "feishu" | "dingtalk" | "wecom" | "discord" | "slack" | "telegram";

const ZWSP = /\u200b/g;
/** A URL a client auto-links when it stands in plain text. */
const BARE_URL =
  /\b(?:https?|ftp|javascript|data|file):\/\/[^\s<>)）\]|]+|\bwww\.[a-z0-9-]+\.[a-z]{2,}[^\s<>)）\]|]*/gi;

export interface Reading {
  /** Targets of every live link (Markdown links and images, tags, autolinks). */
  links: string[];
  /** Mentions that would notify someone (@all, @everyone, <@id>, <!channel> …). */
  mentions: string[];
  /** Tags that would take effect: colour, at, HTML. */
  tags: string[];
  /**
   * Inline styles that change what the text says: strikethrough (`~~不~~`) and spoilers (`||x||`);
   * in Slack every `~strike~`, `_italic_` and `` `code` `` (daybrief sends none of its own there).
   */
  styles: string[];
  /** Lines that would render as a heading, quote or list item, with their text. */
  blocks: string[];
  /** What the reader sees. */
  visible: string;
}

/** GFM-style strikethrough (Feishu's card Markdown, Discord): two tildes around text. */
const STRIKE = /~~(?=[^\s~])[^~\n]*?[^\s~]~~/g;

function markdownSubset(body: string): Reading {
  const links = [
    ...[...body.matchAll(/!?\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g)].map((m) => m[1]!),
    ...(body.match(BARE_URL) ?? []),
  ];
  const tags = [...body.matchAll(/<\/?[A-Za-z][^>]*>/g)].map((m) => m[0]);
  const mentions = [
    ...[...body.matchAll(/<@[^>]*>/g)].map((m) => m[0]),
    ...(body.match(/@(?:所有人|all|everyone|here)\b/g) ?? []),
  ];
  const blocks = body.split("\n").filter((l) => /^\s{0,3}(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/.test(l));
  const styles = body.match(STRIKE) ?? [];
  return { links, mentions, tags, styles, blocks, visible: body.replace(ZWSP, "") };
}

function discord(body: string): Reading {
  const live = body.replace(/\\[\\*_~`|[\]()<>#+=.-]/g, "\u0000");
  const links = [
    ...[...live.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((m) => m[1]!),
    ...[...live.matchAll(/<(https?:[^>\s]+)>/g)].map((m) => m[1]!),
    ...(live.match(BARE_URL) ?? []),
  ];
  const mentions = [
    ...[...live.matchAll(/<(?:@[!&]?|#)\d+>/g)].map((m) => m[0]),
    ...(live.match(/@(?:everyone|here)\b/g) ?? []),
  ];
  const blocks = live.split("\n").filter((l) => /^\s{0,3}(#{1,3}\s|-#\s|>|[-+*]\s|\d+[.)]\s)/.test(l));
  const visible = body.replace(/\\([\\*_~`|[\]()<>#+=.-])/g, "$1").replace(ZWSP, "");
  const styles = [...(live.match(STRIKE) ?? []), ...(live.match(/\|\|[^|\n]+\|\|/g) ?? [])];
  return { links, mentions, tags: [], styles, blocks, visible };
}

function slack(body: string): Reading {
  const links = [
    ...[...body.matchAll(/<((?:https?|mailto|javascript|data|file):[^|>]+)(?:\|[^>]*)?>/g)].map((m) => m[1]!),
    ...(body.replace(/<[^>]*>/g, " ").match(BARE_URL) ?? []),
  ];
  const mentions = [
    ...[...body.matchAll(/<[!@#][^>]*>/g)].map((m) => m[0]),
    ...(body.match(/@(?:channel|here|everyone)\b/g) ?? []),
  ];
  const visible = body
    .replace(/<([^|>]+)\|([^>]*)>/g, "$2")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(ZWSP, "")
    .replace(/\u00ad/g, "")
    // What the reader sees: the look-alikes read as the characters they stand for.
    .replace(/[\u2217\u02cd\u223c\u02cb]/g, (c) => SLACK_SEEN_AS[c]!);
  const styles = slackStyles(body).filter((m) => m[0] !== "*");
  return { links, mentions, tags: [], styles, blocks: [], visible };
}

const SLACK_SEEN_AS: Record<string, string> = { "\u2217": "*", "\u02cd": "_", "\u223c": "~", "\u02cb": "`" };

/**
 * Slack mrkdwn's inline styles: a marker opens only where no letter or digit precedes it and closes
 * only where none follows (`snake_case` and `2*3*4` stay plain), with text between that neither
 * starts nor ends with a space.
 */
export function slackStyles(body: string): string[] {
  return body.match(/(?<![A-Za-z0-9])([*_~`])(?!\s)[^\n]*?(?<!\s)\1(?![A-Za-z0-9])/g) ?? [];
}

function telegram(body: string): Reading {
  const parsed = parseTelegramHtml(body);
  if ("error" in parsed) throw new Error(parsed.error);
  const tags = [...body.matchAll(/<\/?([a-z-]+)[^>]*>/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((t) => t !== "b" && t !== "a");
  const links = [
    ...[...body.matchAll(/<a\s+href="([^"]*)"/gi)].map((m) => m[1]!.replace(/&amp;/g, "&")),
    ...(parsed.text.match(BARE_URL) ?? []),
  ];
  const mentions = parsed.text.match(/@[A-Za-z0-9_]{3,}/g) ?? [];
  // <s>, <del>, <tg-spoiler> would be tags, counted above.
  return { links, mentions, tags, styles: [], blocks: [], visible: parsed.text.replace(ZWSP, "") };
}

export function readAs(platform: Platform, body: string): Reading {
  switch (platform) {
    case "discord":
      return discord(body);
    case "slack":
      return slack(body);
    case "telegram":
      return telegram(body);
    default:
      return markdownSubset(body);
  }
}
