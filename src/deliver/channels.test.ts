import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { briefingBlocks, buildBriefingBlocks } from "../render/briefing-blocks.ts";
import type { Channel, ConfiguredChannel } from "./channel.ts";
import { buildParts, deliverBriefing } from "./deliver-briefing.ts";
import { createDingTalkChannel } from "./dingtalk.ts";
import { createDiscordChannel } from "./discord.ts";
import { createFeishuChannel } from "./feishu.ts";
import { telegramVisibleText, utf8Bytes } from "./measure.ts";
import { createSlackChannel } from "./slack.ts";
import { BLOCK_SEPARATOR, joinParts, PART_HEADER_PATTERN } from "./split-parts.ts";
import { createTelegramChannel } from "./telegram.ts";
import { fixtureBriefing, fixtureRendered } from "./testdata/briefing-fixture.ts";
import { createMemoryLog, recordingSleep } from "./testdata/memory-log.ts";
import { startDingTalkReceiver } from "./testdata/receivers/dingtalk.ts";
import { startDiscordReceiver } from "./testdata/receivers/discord.ts";
import { startFeishuReceiver } from "./testdata/receivers/feishu.ts";
import type { Receiver } from "./testdata/receivers/server.ts";
import { startSlackReceiver } from "./testdata/receivers/slack.ts";
import { parseTelegramHtml, startTelegramReceiver } from "./testdata/receivers/telegram.ts";
import { startWeComReceiver } from "./testdata/receivers/wecom.ts";
import { createWeComChannel } from "./wecom.ts";

const TG_TOKEN = "123456:TelegramSECRETtoken";
const FEISHU_SECRET = "feishu-SECRET-sign-key";
const DING_SECRET = "SECding-SECRET-sign-key";

interface Case {
  name: string;
  start: () => Promise<Receiver>;
  make: (r: Receiver) => Channel;
  /** Size of an accepted message as the platform measures it. */
  size: (text: string) => number;
  max: number;
}

const cases: Case[] = [
  {
    name: "feishu",
    start: () => startFeishuReceiver(FEISHU_SECRET),
    make: (r) => createFeishuChannel({ webhook: r.url, secret: FEISHU_SECRET }),
    size: (t) => utf8Bytes(JSON.stringify(t)),
    max: 20 * 1024,
  },
  {
    name: "dingtalk",
    start: () => startDingTalkReceiver(DING_SECRET),
    make: (r) => createDingTalkChannel({ webhook: r.url, secret: DING_SECRET }),
    size: utf8Bytes,
    max: 20_000,
  },
  {
    name: "wecom",
    start: startWeComReceiver,
    make: (r) => createWeComChannel({ webhook: r.url }),
    size: utf8Bytes,
    max: 4096,
  },
  {
    name: "telegram",
    start: () => startTelegramReceiver(TG_TOKEN),
    make: (r) =>
      createTelegramChannel({ botToken: TG_TOKEN, chatId: "-100200", apiBase: r.url.replace(/\/$/, "") }),
    size: (t) => telegramVisibleText(t).length,
    max: 4096,
  },
  {
    name: "slack",
    start: startSlackReceiver,
    make: (r) => createSlackChannel({ webhook: r.url }),
    size: (t) => t.length,
    max: 3000,
  },
  {
    name: "discord",
    start: startDiscordReceiver,
    make: (r) => createDiscordChannel({ webhook: r.url }),
    size: (t) => t.length,
    max: 2000,
  },
];

for (const c of cases) {
  describe(`${c.name} against a local receiver`, () => {
    let receiver: Receiver;
    let configured: ConfiguredChannel;
    before(async () => {
      receiver = await c.start();
      configured = { id: `${c.name}-main`, channel: c.make(receiver), options: { mode: "full" } };
    });
    after(() => receiver.close());

    test("the whole briefing arrives in numbered parts, each within the limit, nothing lost", async () => {
      const log = createMemoryLog();
      const { sleep, waits } = recordingSleep();
      const report = await deliverBriefing(
        {
          briefing: fixtureBriefing,
          blocks: briefingBlocks(fixtureBriefing),
          rendered: fixtureRendered,
          channels: [configured],
          log,
        },
        { fetch, now: () => new Date(), sleep },
      );
      const ch = report.channels[0]!;
      assert.equal(ch.failed, 0, JSON.stringify(ch.parts.filter((p) => p.status === "failed")));
      assert.ok(ch.sent > 1, "the fixture is longer than one message");
      assert.equal(receiver.accepted.length, ch.sent);
      assert.equal(receiver.requests.length, ch.sent, "no request was refused");
      receiver.accepted.forEach((text, i) => {
        assert.ok(text.startsWith(`「${i + 1}/${ch.sent}」\n`), `part ${i + 1} is numbered`);
        assert.ok(c.size(text) <= c.max, `part ${i + 1} is ${c.size(text)} > ${c.max}`);
      });
      const whole = configured.channel
        .format(
          { blocks: buildBriefingBlocks(fixtureBriefing, configured.options), rendered: fixtureRendered },
          configured.options,
        )
        .join(BLOCK_SEPARATOR);
      assert.equal(joinParts(receiver.accepted), whole);
      // The pause between parts is the channel's own rate limit.
      assert.deepEqual(waits, Array(ch.sent - 1).fill(configured.channel.minIntervalMs));
      const sentKeys = log.records.filter((r) => r.status === "sent").map((r) => r.partKey);
      assert.deepEqual(
        sentKeys.filter((k) => !k.includes(":footer:")),
        ch.parts.map((p) => p.partKey),
        "each part recorded as sent, under its key",
      );
    });

    test("a rate-limit answer is retried and the part still arrives exactly once", async () => {
      receiver.accepted.length = 0;
      receiver.script.rateLimits = 1;
      const { sleep } = recordingSleep();
      const report = await deliverBriefing(
        {
          briefing: fixtureBriefing,
          blocks: briefingBlocks(fixtureBriefing),
          rendered: fixtureRendered,
          channels: [configured],
          log: createMemoryLog(),
        },
        { fetch, now: () => new Date(), sleep },
      );
      const ch = report.channels[0]!;
      assert.equal(ch.failed, 0);
      assert.equal(ch.parts[0]!.attempts, 2);
      assert.equal(new Set(receiver.accepted).size, receiver.accepted.length);
      assert.equal(receiver.accepted.length, ch.sent);
    });
  });
}

test("telegram parts are valid HTML for Telegram: escaped text, balanced whitelisted tags", () => {
  const ch = createTelegramChannel({ botToken: TG_TOKEN, chatId: "1" });
  const parts = buildParts(
    { id: "tg", channel: ch, options: { mode: "full" } },
    fixtureBriefing,
    briefingBlocks(fixtureBriefing),
    fixtureRendered,
  );
  for (const p of parts) assert.ok("text" in parseTelegramHtml(p.body), p.body.slice(0, 200));
  assert.match(parts.at(-1)!.body, /&lt;不是真实报道&gt; &amp; 仅供校验/);
});

test("a wrong Feishu secret is refused with 19021 and not retried", async () => {
  const r = await startFeishuReceiver(FEISHU_SECRET);
  try {
    const channel = createFeishuChannel({ webhook: r.url, secret: "another-secret" });
    const report = await deliverBriefing(
      {
        briefing: fixtureBriefing,
        blocks: briefingBlocks(fixtureBriefing),
        rendered: fixtureRendered,
        channels: [{ id: "fs", channel, options: { mode: "digest" } }],
        log: createMemoryLog(),
      },
      { fetch, now: () => new Date(), sleep: recordingSleep().sleep },
    );
    const part = report.channels[0]!.parts[0]!;
    assert.equal(part.status, "failed");
    assert.equal(part.attempts, 1);
    assert.match(part.reason ?? "", /19021/);
  } finally {
    await r.close();
  }
});

test("a wrong DingTalk secret is refused with 310000", async () => {
  const r = await startDingTalkReceiver(DING_SECRET);
  try {
    const channel = createDingTalkChannel({ webhook: r.url, secret: "SECwrong" });
    const report = await deliverBriefing(
      {
        briefing: fixtureBriefing,
        blocks: briefingBlocks(fixtureBriefing),
        rendered: fixtureRendered,
        channels: [{ id: "dt", channel, options: { mode: "digest" } }],
        log: createMemoryLog(),
      },
      { fetch, now: () => new Date(), sleep: recordingSleep().sleep },
    );
    assert.match(report.channels[0]!.parts[0]!.reason ?? "", /310000/);
  } finally {
    await r.close();
  }
});

test("receivers reject what is over the limit, the way the platform does", async () => {
  const r = await startWeComReceiver();
  try {
    const res = await fetch(r.url, {
      method: "POST",
      body: JSON.stringify({ msgtype: "markdown", markdown: { content: "字".repeat(1400) } }),
    });
    assert.deepEqual(await res.json(), { errcode: 40058, errmsg: "markdown.content exceed max length 4096" });
  } finally {
    await r.close();
  }
});

test("digest mode sends titles, stars and links plus the page link in one message", async () => {
  const r = await startWeComReceiver();
  try {
    const channel = createWeComChannel({ webhook: r.url });
    const options = {
      mode: "digest" as const,
      pageUrl: "https://example.org/briefings/2026/2026-02-04.html",
    };
    await deliverBriefing(
      {
        briefing: fixtureBriefing,
        blocks: briefingBlocks(fixtureBriefing),
        rendered: fixtureRendered,
        channels: [{ id: "wc", channel, options }],
        log: createMemoryLog(),
      },
      { fetch, now: () => new Date(), sleep: recordingSleep().sleep },
    );
    assert.equal(r.accepted.length, 1);
    const text = r.accepted[0]!;
    assert.doesNotMatch(text, PART_HEADER_PATTERN);
    assert.match(text, /1\. 🌟🌟🌟🌟🌟 \[美团\] \[STAR：/);
    assert.match(text, /16\. .*\[华为诺亚方舟实验室\]/);
    assert.ok(text.includes(options.pageUrl));
    assert.doesNotMatch(text, /核心技术/);
  } finally {
    await r.close();
  }
});
