import assert from "node:assert/strict";
import { test } from "node:test";
import type { Briefing } from "../model/index.ts";
import { briefingBlocks } from "../render/briefing-blocks.ts";
import { deliverBriefing } from "./deliver-briefing.ts";
import { telegramAtoms, telegramVisibleText } from "./measure.ts";
import { planParts } from "./split-parts.ts";
import { createTelegramChannel } from "./telegram.ts";
import { fixtureBriefing, fixtureRendered } from "./testdata/briefing-fixture.ts";
import { createMemoryLog } from "./testdata/memory-log.ts";
import { parseTelegramHtml, startTelegramReceiver } from "./testdata/receivers/telegram.ts";

const LONG_URL = `https://e.org/x?a=1&b=2&q=${"x".repeat(5000)}`;
const measure = (s: string) => telegramVisibleText(s).length;
const parse = (body: string) => {
  const r = parseTelegramHtml(body);
  assert.ok("text" in r, "error" in r ? r.error : "");
  return r.text;
};

test("an <a> element near the 4096 boundary moves whole to the next part; entities are never cut", () => {
  const link = `<a href="https://e.org/?a=1&amp;b=2">${"链".repeat(300)}</a>`;
  const line = `${"甲&amp;".repeat(1900)}${link}${" 尾&amp;".repeat(50)}`;
  const parts = planParts([line], { max: 4096, measure, atoms: telegramAtoms });
  assert.ok(parts.length >= 2);
  for (const p of parts) {
    assert.ok(measure(p.body) <= 4096, `${measure(p.body)}`);
    parse(p.body);
  }
  assert.equal(parts.filter((p) => p.body.includes(link)).length, 1, "the element is whole in one part");
  assert.equal(parts.map((p) => parse(p.body).replace(/^「\d+\/\d+」\n/, "")).join(""), parse(line));
});

test("an element longer than a message is cut into balanced pieces, each a link to the same URL", () => {
  const line = `<b>${"长".repeat(5000)}</b>`;
  const parts = planParts([line], { max: 4096, measure, atoms: telegramAtoms });
  assert.equal(parts.length, 2);
  for (const p of parts) assert.match(p.body.replace(/^「\d+\/\d+」\n/, ""), /^<b>长+<\/b>$/);
});

test("a 5000-character line and a 5000-character link reach Telegram whole, the day's channel does not fail", async () => {
  const r = await startTelegramReceiver("7:T");
  try {
    const first = fixtureBriefing.items[0]!;
    const briefing: Briefing = {
      ...fixtureBriefing,
      items: [
        {
          ...first,
          entry: {
            ...first.entry,
            summary: "一行很长的摘要 & <注> ".repeat(330),
            // A resource's link shows its URL (its title follows as text): a 5000-character URL.
            resources: [{ label: "长链接", url: LONG_URL, title: "标题".repeat(2500) }],
          },
        },
      ],
    };
    const channel = createTelegramChannel({
      botToken: "7:T",
      chatId: "1",
      apiBase: r.url.replace(/\/$/, ""),
    });
    const report = await deliverBriefing(
      {
        briefing,
        blocks: briefingBlocks(briefing),
        rendered: fixtureRendered,
        channels: [{ id: "tg", channel, options: { mode: "full" } }],
        log: createMemoryLog(),
      },
      { fetch, now: () => new Date(), sleep: async () => {} },
    );
    const ch = report.channels[0]!;
    assert.equal(ch.failed, 0, JSON.stringify(ch.parts.filter((p) => p.status === "failed")));
    assert.equal(r.requests.length, ch.sent, "Telegram refused nothing");
    const text = r.accepted.map((b) => parse(b).replace(/^「\d+\/\d+」\n/, "")).join("");
    assert.ok(text.includes("一行很长的摘要 & <注> ".repeat(330).trim()));
    assert.ok(text.replace(/\n/g, "").includes("标题".repeat(2500)), "the title is all there");
    const links = r.accepted.flatMap((b) => [...b.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]));
    const pieces = links.filter((h) => h === LONG_URL.replace(/&/g, "&amp;"));
    assert.ok(pieces.length >= 2, "the long link went out in pieces, each a whole <a> to the same URL");
  } finally {
    await r.close();
  }
});
