import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { parseHTML } from "linkedom";
import { channelSchema } from "../src/config/channels-schema.ts";
import { createChannel, deliverBriefing } from "../src/deliver/index.ts";
import { joinParts } from "../src/deliver/split-parts.ts";
import { createMemoryLog } from "../src/deliver/testdata/memory-log.ts";
import type { Briefing, BriefingItem } from "../src/model/index.ts";
import { sendTextToChannel } from "../src/pipeline/deliver-channels.ts";
import type { PipelineDeps } from "../src/pipeline/deps.ts";
import { briefingBlocks, renderHtml, renderJson, renderMarkdown } from "../src/render/index.ts";
import { type Receivers, SECRETS, startReceivers } from "./support/channel-receivers.ts";
import { type Platform, readAs } from "./support/chat-render.ts";
import { hostileBriefing } from "./support/hostile-briefing.ts";
import { insideAutolinks } from "./support/linkify.ts";
import { mailPart } from "./support/mime-parts.ts";

// An article (or a reply about it) that links into the reader's own network, and link texts that
// name another address than the one they go to, delivered to every channel through real local
// receivers and written to every file output.

/** Every spelling of an address inside a network that an article may write. */
const INTERNAL = [
  "http://10.0.0.5/admin",
  "http://192.168.1.1/cgi-bin/reboot",
  "http://127.0.0.1:8080/x",
  "http://2130706433/x",
  "http://0x7f.1/x",
  "http://[::1]/x",
  "http://[::ffff:127.0.0.1]/x",
  "http://[fd00::5]/x",
  "http://169.254.169.254/latest/meta-data/",
  "http://100.64.0.1/x",
  "http://localhost:3000/x",
  "http://jenkins/job/deploy",
  "http://nas.local/x",
  "http://gitlab.corp/x",
  "http://grafana.internal/x",
];
/** Addresses an article (or a feed's error) writes in prose: never a link, and never linkable text. */
const PROSE =
  "管理页 http://10.0.0.5/admin、192.168.1.1:8080/cgi-bin/reboot、www.gitlab.corp/x、file:///etc/passwd 与 https://openai.com/";

/** What any output shows of them, each to a network of its own: none of these hosts may be a live link. */
const INTERNAL_HOST =
  /^https?:\/\/(?:10\.|192\.168\.|127\.|2130706433|0x7f|\[|169\.254\.|100\.64\.|localhost|jenkins\/|nas\.local|gitlab\.corp|grafana\.internal)/i;

const PLATFORMS: Platform[] = ["feishu", "dingtalk", "wecom", "discord", "slack", "telegram"];
const PAGE = "http://briefs.corp/2026-02-04.html";

function briefingWithLinks(): Briefing {
  const base = hostileBriefing();
  const ordinary = base.items[1]!;
  const inside: BriefingItem = {
    ...ordinary,
    sourceId: "inside",
    // The digest links the title to the article: a title that reads as a GitHub address.
    entry: {
      ...ordinary.entry,
      title: "github.com/openai/gpt-oss 开源",
      summary: `摘要：${PROSE}`,
      org: "OpenAI http://[fd00::5]/x",
      tags: ["tag http://127.0.0.1:8080/t"],
      resources: [
        ...INTERNAL.map((url, i) => ({ label: `内网${i}`, url })),
        { label: "代码", title: "github.com/openai/gpt-oss", url: "https://evil.example/x" },
        { label: "官网", title: "https://openai.com/", url: "https://evil.example/y" },
        { label: "仓库", title: "github.com/ok/repo", url: "https://github.com/ok/repo" },
      ],
    },
    url: "https://evil.example/post",
    related: INTERNAL.slice(0, 3).map((url) => ({
      sourceName: "同源",
      title: "同题报道",
      url,
      publishedAt: "2026-02-04T03:00:00Z",
    })),
    followUpOf: { date: "2026-02-03", title: "openai.com/blog 原文", url: "https://evil.example/old" },
  };
  const lan: BriefingItem = { ...ordinary, sourceId: "lan", url: INTERNAL[0]!, entry: { ...ordinary.entry } };
  const problem = {
    code: "E_SERVER" as const,
    stage: "read" as const,
    url: "http://10.0.0.7/feed",
    title: "内网 http://10.0.0.8/x",
    detail: "redirected to http://169.254.169.254/latest/meta-data/",
  };
  const coverage = [{ ...base.coverage[0]!, sourceName: "源 http://10.0.0.9/rss", problems: [problem] }];
  return { ...base, items: [inside, lan, ordinary], coverage, notes: [`备注 ${PROSE}`] };
}

/** Live links with their texts, the way each platform reads its markup (ZWSP removed). */
function linksWithText(p: Platform, body: string): { text: string; href: string }[] {
  const clean = (s: string) => s.replace(/\u200b/g, "");
  if (p === "telegram")
    return [...body.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => ({
      href: m[1]!,
      text: clean(m[2]!),
    }));
  if (p === "slack")
    return [...body.matchAll(/<(https?:[^|>]+)\|([^>]*)>/g)].map((m) => ({
      href: m[1]!,
      text: clean(m[2]!),
    }));
  const live = p === "discord" ? body.replace(/\\[\\[\]()]/g, "\u0000") : body;
  return [...live.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ href: m[2]!, text: clean(m[1]!) }));
}

/** A text that names an address the link does not go to. */
function misleads(text: string, href: string): boolean {
  if (text === href) return false;
  const host = new URL(href).hostname;
  const named = [...text.matchAll(/(?:[a-z]+:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s]|$)/gi)].map(
    (m) => m[1]!,
  );
  return named.some((n) => n.toLowerCase() !== host);
}

const mailHtml = (raw: string) => mailPart(raw, "text/html");

let receivers: Receivers;
const briefing = briefingWithLinks();

before(async () => {
  receivers = await startReceivers();
  const rendered = {
    markdown: renderMarkdown(briefing),
    html: renderHtml(briefing),
    json: renderJson(briefing),
  };
  const channels = ["feishu", "dingtalk", "wecom", "telegram", "slack", "discord", "hook", "mail"];
  for (const mode of ["full", "digest"] as const) {
    const report = await deliverBriefing(
      {
        briefing,
        blocks: briefingBlocks(briefing),
        rendered,
        channels: channels.map((id) => {
          const raw = JSON.stringify(receivers.channels.find((c) => (c as { id: string }).id === id));
          const resolved = raw.replace(/\$\{(\w+)\}/g, (_, n: keyof typeof SECRETS) => SECRETS[n]);
          const cc = createChannel(channelSchema.parse(JSON.parse(resolved)));
          return { ...cc, id: `${id}-${mode}`, options: { mode, pageUrl: PAGE } };
        }),
        log: createMemoryLog(),
      },
      { fetch, now: () => new Date(), sleep: async () => {} },
    );
    for (const ch of report.channels) assert.equal(ch.failed, 0, `${ch.id}: ${JSON.stringify(ch)}`);
  }
});

after(() => receivers?.close());

for (const p of PLATFORMS) {
  test(`${p}: no live link into a network, no link text naming another address; the operator's page stays live`, () => {
    const bodies = receivers.chat[p].accepted;
    const full = joinParts(bodies.slice(0, -1));
    const digest = bodies.at(-1)!;
    for (const [mode, body] of [
      ["full", full],
      ["digest", digest],
    ] as const) {
      const r = readAs(p, body);
      for (const link of r.links) assert.doesNotMatch(link, INTERNAL_HOST, `${p}/${mode}: live link ${link}`);
      for (const { text, href } of linksWithText(p, body))
        assert.ok(!misleads(text, href), `${p}/${mode}: "${text}" links to ${href}`);
      // The reader still sees where each goes: the text, then the link's own URL.
      assert.ok(r.visible.includes("github.com/openai/gpt-oss"), `${p}/${mode}: the title reads`);
      assert.ok(r.links.includes("https://evil.example/post"), `${p}/${mode}: the article's own URL is live`);
    }
    const r = readAs(p, full);
    assert.ok(r.visible.includes("10[.]0[.]0[.]5/admin"), `${p}: an internal address is shown, defanged`);
    assert.ok(
      r.links.includes("https://github.com/ok/repo"),
      `${p}: a text naming its own host stays a link`,
    );
    assert.ok(
      readAs(p, digest).links.includes(PAGE),
      `${p}: the operator's pageUrl is live, internal or not`,
    );
  });
}

test("HTML, Markdown and the e-mail: no anchor into a network, no anchor text naming another address", () => {
  const mail = mailHtml(receivers.mail.messages[0] ?? "");
  assert.ok(mail.includes("<a "), "the e-mail's HTML part decoded");
  for (const html of [renderHtml(briefing), mail]) {
    const { document } = parseHTML(html);
    const anchors = Array.from(document.querySelectorAll("a"), (a) => ({
      href: a.getAttribute("href") ?? "",
      text: a.textContent ?? "",
    }));
    assert.ok(anchors.some((a) => a.href === "https://github.com/ok/repo"));
    for (const a of anchors) {
      assert.doesNotMatch(a.href, INTERNAL_HOST, `anchor ${a.href}`);
      if (/^https?:/.test(a.href)) assert.ok(!misleads(a.text, a.href), `"${a.text}" links to ${a.href}`);
    }
    assert.ok((document.body?.textContent ?? "").includes("hxxp://10[.]0[.]0[.]5/admin"), "shown, defanged");
  }
  const md = renderMarkdown(briefing);
  for (const m of md.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)\s]+)\)/g)) {
    assert.doesNotMatch(m[2]!, INTERNAL_HOST, m[0]);
    assert.ok(!misleads(m[1]!.replace(/\\/g, ""), m[2]!), m[0]);
  }
  for (const m of md.matchAll(/(?<![`\u200b])\bhttps?:\/\/\S+/g))
    assert.doesNotMatch(m[0], INTERNAL_HOST, m[0]);
});

test("no output shows an internal address a client would link by itself (chats, e-mail HTML and plain text, Markdown, HTML)", () => {
  // The visible text of each output, invisible characters gone (readAs drops ZWSP; a client may too).
  const shown: [string, string][] = PLATFORMS.map((p) => [
    p,
    readAs(p, joinParts(receivers.chat[p].accepted)).visible,
  ]);
  const raw = receivers.mail.messages[0] ?? "";
  const html = mailHtml(raw);
  shown.push(["e-mail html", parseHTML(html).document.body?.textContent ?? ""]);
  shown.push(["e-mail text", mailPart(raw, "text/plain")]);
  shown.push(["markdown", renderMarkdown(briefing)]);
  shown.push(["html", parseHTML(renderHtml(briefing)).document.body?.textContent ?? ""]);
  assert.ok(shown.every(([, text]) => text.length > 0));
  for (const [where, text] of shown) {
    // (The operator's own page, linked on purpose, is the one address inside that may be live.)
    const inside = insideAutolinks(text).filter((t) => t !== PAGE);
    assert.deepEqual(inside, [], `${where}: linkable text into a network`);
    // Still there for the reader to see, and a public address in prose stays as written.
    assert.ok(text.includes("10[.]0[.]0[.]5/admin"), `${where}: the address is shown, defanged`);
    assert.ok(text.includes("192[.]168[.]1[.]1:8080/cgi-bin/reboot"), `${where}: a bare address too`);
    // (Its dots may carry an invisible ZWSP: a mail client links a bare host name by itself.)
    assert.ok(text.replace(/\u200b/g, "").includes("openai.com"), `${where}: a public address stays`);
  }
});

test("JSON (the webhook's post, the file, the API): every url may be linked or is null, the address as written apart", () => {
  const posted = receivers.webhook.accepted;
  assert.equal(posted.length, 2, "full and digest");
  for (const body of posted) {
    const urls: string[] = [];
    const raws: string[] = [];
    JSON.parse(body, (key, value) => {
      if (key === "url" && value !== null) urls.push(value);
      if (key === "rawUrl") raws.push(value);
      return value;
    });
    assert.ok(urls.includes("https://github.com/ok/repo"), "a public link stays");
    for (const url of urls) assert.doesNotMatch(url, INTERNAL_HOST, `url ${url}`);
    // What was refused is still there as data, under a name no consumer takes for a link.
    for (const url of INTERNAL) assert.ok(raws.includes(url), `rawUrl ${url}`);
    const entries = (JSON.parse(body) as { entries: { url: string | null; rawUrl?: string }[] }).entries;
    assert.deepEqual(entries[1], { ...entries[1], url: null, rawUrl: INTERNAL[0] });
  }
});

test("a source-health alert (e-mail HTML and plain text, chats, webhook) shows no linkable internal address", async () => {
  const text =
    "⚠️ 内网源：连续 3 次抓取失败（a public address redirected to the private http://10.0.0.5/admin）";
  const ids = ["mail", "slack", "telegram", "hook"];
  const channels = ids.map((id) => {
    const raw = JSON.stringify(receivers.channels.find((c) => (c as { id: string }).id === id));
    return channelSchema.parse(
      JSON.parse(raw.replace(/\$\{(\w+)\}/g, (_, n: keyof typeof SECRETS) => SECRETS[n])),
    );
  });
  const deps = {
    config: { channels, timezone: "Asia/Shanghai", briefing: { title: "AI 每日情报" } },
    http: { fetch },
    now: () => new Date("2026-02-04T10:00:00Z"),
  } as unknown as PipelineDeps;
  const before = { mail: receivers.mail.messages.length, slack: receivers.chat.slack.accepted.length };
  for (const id of ids) await sendTextToChannel(deps, id, text);
  const raw = receivers.mail.messages[before.mail] ?? "";
  const shown: [string, string][] = [
    ["e-mail text", mailPart(raw, "text/plain")],
    [
      "e-mail html",
      parseHTML(`<html><body>${mailPart(raw, "text/html")}</body></html>`).document.body.textContent ?? "",
    ],
    ["slack", readAs("slack", receivers.chat.slack.accepted.at(-1) ?? "").visible],
    ["telegram", readAs("telegram", receivers.chat.telegram.accepted.at(-1) ?? "").visible],
    ["webhook", receivers.webhook.accepted.at(-1) ?? ""],
  ];
  assert.ok(receivers.chat.slack.accepted.length > before.slack);
  for (const [where, body] of shown) {
    assert.ok(body.includes("10[.]0[.]0[.]5/admin"), `${where}: the address is shown, defanged: ${body}`);
    assert.deepEqual(insideAutolinks(body), [], `${where}: linkable text into a network`);
  }
});
