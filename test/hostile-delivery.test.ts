import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { channelSchema } from "../src/config/channels-schema.ts";
import { createChannel, deliverBriefing } from "../src/deliver/index.ts";
import { joinParts } from "../src/deliver/split-parts.ts";
import { createMemoryLog } from "../src/deliver/testdata/memory-log.ts";
import { displayTitle } from "../src/model/display-title.ts";
import type { Briefing } from "../src/model/index.ts";
import { briefingBlocks, renderHtml, renderJson, renderMarkdown } from "../src/render/index.ts";
import { type Receivers, SECRETS, startReceivers } from "./support/channel-receivers.ts";
import { type Platform, readAs } from "./support/chat-render.ts";
import {
  ALLOWED_LINKS,
  HOSTILE_SUMMARY,
  HOSTILE_TITLE,
  hostileBriefing,
} from "./support/hostile-briefing.ts";
import { mimeBodies } from "./support/mime-parts.ts";

// The hostile article delivered to every channel through real local receivers; the assertions read
// the exact payloads the receivers got, the way each platform would render them.
const PLATFORMS: Platform[] = ["feishu", "dingtalk", "wecom", "discord", "slack", "telegram"];
const NOW = new Date();
const PAGE = "https://example.org/briefings/2026-02-04.html";
let receivers: Receivers;
const briefing: Briefing = hostileBriefing();
const rendered = {
  markdown: renderMarkdown(briefing),
  html: renderHtml(briefing),
  json: renderJson(briefing),
};

function configured(id: string, mode: "full" | "digest") {
  const raw = JSON.stringify(receivers.channels.find((c) => (c as { id: string }).id === id));
  const resolved = raw.replace(/\$\{(\w+)\}/g, (_, name: keyof typeof SECRETS) => SECRETS[name]);
  const cc = createChannel(channelSchema.parse(JSON.parse(resolved)));
  return { ...cc, id: `${id}-${mode}`, options: { mode, pageUrl: PAGE } };
}

before(async () => {
  receivers = await startReceivers();
  const channels = ["feishu", "dingtalk", "wecom", "telegram", "slack", "discord", "hook", "mail"];
  for (const mode of ["full", "digest"] as const) {
    const report = await deliverBriefing(
      {
        briefing,
        blocks: briefingBlocks(briefing),
        rendered,
        channels: channels.map((id) => configured(id, mode)),
        log: createMemoryLog(),
      },
      { fetch, now: () => NOW, sleep: async () => {} },
    );
    for (const ch of report.channels) assert.equal(ch.failed, 0, `${ch.id}: ${JSON.stringify(ch)}`);
  }
});

after(() => receivers?.close());

/** What one platform got in one mode, reassembled. */
function received(p: Platform, mode: "full" | "digest"): string {
  const all = receivers.chat[p].accepted;
  // Both modes went to the same receiver: full first, then digest.
  const digestCount = 1;
  return joinParts(mode === "full" ? all.slice(0, all.length - digestCount) : all.slice(-digestCount));
}

// Our own block lines (a line that starts with a number gets an escape or a ZWSP before it).
const OURS =
  // (Discord's reader shows an escaped character as \u0000: "1\." reads "1\u0000".)
  /^(### [\u200b\\]?(\d+(?:\\?\.|\u0000) |AI 每日情报)|#### [🔹📊💡🔗]|> 🎯|- |\s{4}- |[\u200b\\]?\d+(?:\\?\.|\u0000) 🌟|「\d+\/\d+」)/u;

for (const p of PLATFORMS) {
  test(`${p}: the hostile article has no live link, mention, colour, tag or heading of its own, and reads in full`, () => {
    for (const mode of ["full", "digest"] as const) {
      const body = received(p, mode);
      const r = readAs(p, body);
      const allowed = [...ALLOWED_LINKS, PAGE];
      for (const link of r.links) assert.ok(allowed.includes(link), `${p}/${mode}: live link ${link}`);
      assert.deepEqual(r.mentions, [], `${p}/${mode}: mentions`);
      assert.deepEqual(r.tags, [], `${p}/${mode}: tags`);
      assert.deepEqual(r.styles, [], `${p}/${mode}: strikethrough or spoiler from the article`);
      for (const line of r.blocks)
        assert.match(line, OURS, `${p}/${mode}: a block the article made: ${line}`);
      // The title as every output shows it: hype and a leading [tag] stripped, nothing else lost.
      assert.ok(r.visible.includes(displayTitle(HOSTILE_TITLE)), `${p}/${mode}: the title reads in full`);
      assert.ok(r.visible.includes("仅摘要"), `${p}/${mode}: the feed-only entry is marked`);
      // Our own numbering reads as "1. [org]": an escape the platform does not know stays visible.
      assert.match(r.visible, /(?:^|\s)1\. /m, `${p}/${mode}: the entry number reads plainly`);
      assert.doesNotMatch(r.visible, /\\\d/, `${p}/${mode}: no backslash shown before a digit`);
      assert.doesNotMatch(r.visible, /javascript:alert\(document\.cookie\)\]?\(/);
      if (mode === "full") {
        assert.ok(r.visible.includes(HOSTILE_SUMMARY.replace(/\n/g, " ")), `${p}: the summary reads in full`);
        assert.ok(r.links.includes("https://example.org/ok"), `${p}: our own link is live`);
      }
    }
  });
}

test("discord payloads refuse every mention and embed; feishu carries a uuid; the webhook an Idempotency-Key", () => {
  for (const req of receivers.chat.discord.requests) {
    const body = JSON.parse(req.body) as { allowed_mentions?: { parse?: unknown[] }; flags?: number };
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    assert.equal(body.flags, 4);
  }
  const uuids = receivers.chat.feishu.requests.map((r) => (JSON.parse(r.body) as { uuid?: string }).uuid);
  assert.ok(
    uuids.every((u) => typeof u === "string" && u.length > 0 && u.length <= 50),
    String(uuids),
  );
  assert.equal(new Set(uuids).size, uuids.length, "one uuid per part");
  for (const req of receivers.webhook.requests)
    assert.match(String(req.headers["idempotency-key"]), /^daybrief-/);
  for (const req of receivers.chat.telegram.requests)
    assert.equal((JSON.parse(req.body) as { parse_mode: string }).parse_mode, "HTML");
});

test("no chat shows a preview the article chose: Slack unfurls neither pages nor media, Telegram and Discord no previews", () => {
  // Slack unfurls media links (an image URL becomes an inline image fetched for the channel) unless
  // unfurl_media is false; its default is true. A resource or item URL is the article's choice.
  assert.ok(receivers.chat.slack.requests.length > 0);
  for (const req of receivers.chat.slack.requests) {
    const body = JSON.parse(req.body) as { unfurl_links?: boolean; unfurl_media?: boolean };
    assert.equal(body.unfurl_links, false);
    assert.equal(body.unfurl_media, false);
  }
  for (const req of receivers.chat.telegram.requests) {
    const body = JSON.parse(req.body) as { link_preview_options?: { is_disabled?: boolean } };
    assert.equal(body.link_preview_options?.is_disabled, true);
  }
  for (const req of receivers.chat.discord.requests)
    assert.equal(((JSON.parse(req.body) as { flags?: number }).flags ?? 0) & 4, 4, "SUPPRESS_EMBEDS");
});

test("the e-mail's HTML and text carry no live hostile link, tag or colour", () => {
  assert.equal(receivers.mail.messages.length, 2);
  const raw = receivers.mail.messages[0]!;
  assert.match(raw, /Message-ID: <daybrief-[0-9a-f]+@daybrief\.invalid>/i);
  const parts = mimeBodies(raw);
  const html = parts.find((p) => p.type === "text/html")?.body ?? "";
  const text = parts.find((p) => p.type === "text/plain")?.body ?? "";
  assert.ok(html.includes("仅摘要") && text.includes("仅摘要"), "both alternatives decoded and marked");
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/gi)].map((m) => m[1]!);
  assert.ok(hrefs.length > 0);
  for (const h of hrefs) assert.ok(ALLOWED_LINKS.includes(h.replace(/&amp;/g, "&")), `live link ${h}`);
  assert.doesNotMatch(html, /<(font|at|script|text_tag|link)\b/i);
  // Gmail and Outlook link a URL written in an HTML part's text: outside our anchors, none reads as one.
  const outside = html.replace(/<a [^>]*>[\s\S]*?<\/a>/gi, " ").replace(/<[^>]*>/g, " ");
  assert.deepEqual(
    outside.match(/\b(?:https?|javascript):\/\/\S+|\bwww\.\S+/gi),
    null,
    "no autolinkable text",
  );
  // The plain-text alternative is the Markdown file: no live Markdown link to anything we did not choose.
  for (const m of text.matchAll(/(?<!\\)\]\((\S+?)\)/g)) assert.ok(ALLOWED_LINKS.includes(m[1]!), m[0]);
});
