import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createLogger } from "../log.ts";
import { briefingBlocks } from "../render/briefing-blocks.ts";
import type { ConfiguredChannel } from "./channel.ts";
import { buildParts, deliverBriefing } from "./deliver-briefing.ts";
import { createDiscordChannel } from "./discord.ts";
import { createSlackChannel } from "./slack.ts";
import { createTelegramChannel } from "./telegram.ts";
import { fixtureBriefing, fixtureRendered } from "./testdata/briefing-fixture.ts";
import { createMemoryLog, recordingSleep } from "./testdata/memory-log.ts";
import { startDiscordReceiver } from "./testdata/receivers/discord.ts";
import { startSlackReceiver } from "./testdata/receivers/slack.ts";
import { startTelegramReceiver } from "./testdata/receivers/telegram.ts";
import { startWeComReceiver } from "./testdata/receivers/wecom.ts";
import { createWeComChannel } from "./wecom.ts";

const input = (channels: ConfiguredChannel[], log = createMemoryLog(), force = false) => ({
  briefing: fixtureBriefing,
  blocks: briefingBlocks(fixtureBriefing),
  rendered: fixtureRendered,
  channels,
  log,
  force,
});

test("a channel answering 500 twice then 200 gets each part exactly once", async () => {
  const r = await startWeComReceiver();
  try {
    const cc: ConfiguredChannel = {
      id: "wc",
      channel: createWeComChannel({ webhook: r.url }),
      options: { mode: "full" },
    };
    const expected = buildParts(cc, fixtureBriefing, briefingBlocks(fixtureBriefing), fixtureRendered).map(
      (p) => p.body,
    );
    r.script.serverErrors = 2;
    const { sleep, waits } = recordingSleep();
    const report = await deliverBriefing(input([cc]), { fetch, now: () => new Date(), sleep });
    assert.deepEqual(r.accepted, expected);
    assert.equal(r.requests.length, expected.length + 2);
    assert.equal(report.channels[0]!.parts[0]!.attempts, 3);
    assert.equal(report.ok, true);
    // Two backoff waits before the first part went through, then the 3 s WeCom pace.
    assert.equal(waits.filter((w) => w === 3000).length, expected.length - 1);
    assert.equal(waits.length, expected.length - 1 + 2);
  } finally {
    await r.close();
  }
});

test("a second delivery with the same log sends nothing; force sends again", async () => {
  const r = await startSlackReceiver();
  try {
    const cc: ConfiguredChannel = {
      id: "sl",
      channel: createSlackChannel({ webhook: r.url }),
      options: { mode: "full" },
    };
    const log = createMemoryLog();
    const ctx = { fetch, now: () => new Date(), sleep: recordingSleep().sleep };
    const first = await deliverBriefing(input([cc], log), ctx);
    const n = first.channels[0]!.sent;
    assert.ok(n > 1);
    const second = await deliverBriefing(input([cc], log), ctx);
    assert.equal(r.requests.length, n);
    assert.equal(second.channels[0]!.skipped, n);
    assert.equal(second.channels[0]!.sent, 0);
    const third = await deliverBriefing(input([cc], log, true), ctx);
    assert.equal(third.channels[0]!.sent, n);
    assert.equal(r.requests.length, 2 * n);
  } finally {
    await r.close();
  }
});

test("a refusing channel does not stop the others; its failed parts go out on the next run", async () => {
  const bad = await startDiscordReceiver();
  const good = await startTelegramReceiver("42:TOKEN-tg");
  try {
    bad.script.refuseAll = true;
    const discord: ConfiguredChannel = {
      id: "dc",
      channel: createDiscordChannel({ webhook: bad.url }),
      options: { mode: "full" },
    };
    const telegram: ConfiguredChannel = {
      id: "tg",
      channel: createTelegramChannel({
        botToken: "42:TOKEN-tg",
        chatId: "7",
        apiBase: good.url.replace(/\/$/, ""),
      }),
      options: { mode: "full" },
    };
    const log = createMemoryLog();
    const ctx = { fetch, now: () => new Date(), sleep: recordingSleep().sleep };
    const report = await deliverBriefing(input([discord, telegram], log), ctx);
    const [dc, tg] = report.channels;
    assert.equal(report.ok, false);
    assert.equal(dc!.sent, 0);
    assert.equal(dc!.parts[0]!.status, "failed");
    assert.equal(dc!.parts[0]!.attempts, 1, "403 is final");
    assert.match(dc!.parts[0]!.reason ?? "", /HTTP 403/);
    assert.match(dc!.parts[1]!.reason ?? "", /not sent: part 1 failed/);
    assert.equal(tg!.failed, 0);
    assert.equal(good.accepted.length, tg!.sent);
    assert.equal(log.records.filter((x) => x.channel === "dc" && x.status === "failed").length, 1);

    bad.script.refuseAll = false;
    const again = await deliverBriefing(input([discord, telegram], log), ctx);
    assert.equal(again.channels[0]!.sent, dc!.parts.length);
    assert.equal(again.channels[1]!.skipped, tg!.sent);
    assert.equal(again.ok, true);
  } finally {
    await bad.close();
    await good.close();
  }
});

test("secrets never appear in reports, the delivery log or the logs", async () => {
  const r = await startTelegramReceiver("999:REAL-token");
  const token = "555:LEAKY-bot-token";
  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  try {
    // Wrong token → 401 from the API; a closed port → network error. Both mention the URL path.
    const wrong = createTelegramChannel({ botToken: token, chatId: "7", apiBase: r.url.replace(/\/$/, "") });
    const closed = createWeComChannel({
      webhook: "http://127.0.0.1:9/cgi-bin/webhook/send?key=LEAKY-wecom-key",
    });
    const log = createMemoryLog();
    const report = await deliverBriefing(
      input(
        [
          { id: "tg", channel: wrong, options: { mode: "digest" } },
          { id: "wc", channel: closed, options: { mode: "digest" } },
        ],
        log,
      ),
      { fetch, now: () => new Date(), sleep: recordingSleep().sleep, logger, maxAttempts: 2 },
    );
    const everything = JSON.stringify(report) + JSON.stringify(log.records) + lines.join("");
    assert.match(everything, /telegram: http:\/\/127\.0\.0\.1:\d+\/… answered HTTP 401/);
    assert.match(everything, /wecom: request to http:\/\/127\.0\.0\.1:9\/… failed/);
    assert.equal(report.channels[1]!.parts[0]!.attempts, 2, "network errors are retried");
    for (const secret of ["LEAKY", "555:", "key="])
      assert.ok(!everything.includes(secret), `${secret} leaked`);
  } finally {
    await r.close();
  }
});

test("Telegram's retry_after and Discord's retry_after decide the wait", async () => {
  const tg = await startTelegramReceiver("1:x");
  const dc = await startDiscordReceiver();
  try {
    tg.script.rateLimits = 1;
    dc.script.rateLimits = 1;
    const { sleep, waits } = recordingSleep();
    await deliverBriefing(
      input([
        {
          id: "tg",
          channel: createTelegramChannel({
            botToken: "1:x",
            chatId: "1",
            apiBase: tg.url.replace(/\/$/, ""),
          }),
          options: { mode: "digest" },
        },
        { id: "dc", channel: createDiscordChannel({ webhook: dc.url }), options: { mode: "digest" } },
      ]),
      { fetch, now: () => new Date(), sleep },
    );
    assert.deepEqual(
      [...waits].sort((a, b) => a - b),
      [250, 3000],
    );
    assert.equal(tg.accepted.length, 1);
    assert.equal(dc.accepted.length, 1);
  } finally {
    await tg.close();
    await dc.close();
  }
});
