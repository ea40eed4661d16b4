import assert from "node:assert/strict";
import { test } from "node:test";
import type { Briefing } from "../model/index.ts";
import { briefingBlocks } from "../render/briefing-blocks.ts";
import type { ConfiguredChannel } from "./channel.ts";
import { buildParts, deliverBriefing, MAX_UNKNOWN_OUTCOMES } from "./deliver-briefing.ts";
import { fixtureBriefing, fixtureRendered } from "./testdata/briefing-fixture.ts";
import { createMemoryLog } from "./testdata/memory-log.ts";
import { startWeComReceiver } from "./testdata/receivers/wecom.ts";
import { createWeComChannel } from "./wecom.ts";

const wecom = (url: string): ConfiguredChannel => ({
  id: "wc",
  channel: createWeComChannel({ webhook: url }),
  options: { mode: "full" },
});
const noSleep = async () => {};

/** A WeCom receiver, the channel pointed at it, a fresh log and the parts the fixture makes. */
async function withWeCom(
  body: (
    r: Awaited<ReturnType<typeof startWeComReceiver>>,
    cc: ConfiguredChannel,
    log: ReturnType<typeof createMemoryLog>,
    expected: string[],
  ) => Promise<void>,
): Promise<void> {
  const r = await startWeComReceiver();
  try {
    const cc = wecom(r.url);
    await body(
      r,
      cc,
      createMemoryLog(),
      buildParts(cc, fixtureBriefing, briefingBlocks(fixtureBriefing), fixtureRendered).map((p) => p.body),
    );
  } finally {
    await r.close();
  }
}

/** One delivery of the 16-entry fixture to one channel, with this log and context. */
const deliverFixture = (
  cc: ConfiguredChannel,
  log: ReturnType<typeof createMemoryLog>,
  ctx: Partial<Parameters<typeof deliverBriefing>[1]> = {},
) =>
  deliverBriefing(
    {
      briefing: fixtureBriefing,
      blocks: briefingBlocks(fixtureBriefing),
      rendered: fixtureRendered,
      channels: [cc],
      log,
    },
    { fetch, now: () => new Date(), sleep: noSleep, ...ctx },
  );

test("volatile text (generation time, failure counters, health notes) never re-sends a part", async () => {
  const r = await startWeComReceiver();
  try {
    const log = createMemoryLog();
    const ctx = { fetch, now: () => new Date(), sleep: noSleep };
    const first = await deliverFixture(wecom(r.url), log);
    const n = first.channels[0]!.sent;
    assert.ok(n > 3);
    const later: Briefing = {
      ...fixtureBriefing,
      generatedAt: "2026-02-05T01:00:00Z",
      notes: [
        "⚠️ 量子位 连续 7 次抓取失败：HTTP 503",
        "LLM 预算已用尽（每日 100 次），其余文章由离线分析器处理",
      ],
    };
    const second = await deliverBriefing(
      {
        briefing: later,
        blocks: briefingBlocks(later),
        rendered: { ...fixtureRendered, json: "{}" },
        channels: [wecom(r.url)],
        log,
      },
      ctx,
    );
    assert.equal(r.requests.length, n, "no request the second time");
    assert.equal(second.channels[0]!.skipped, second.channels[0]!.parts.length);
  } finally {
    await r.close();
  }
});

test("changed entries: only the parts that carry them go again, and the report says which and why", async () => {
  const r = await startWeComReceiver();
  try {
    const log = createMemoryLog();
    const ctx = { fetch, now: () => new Date(), sleep: noSleep };
    const cc = wecom(r.url);
    await deliverFixture(cc, log);
    const before = buildParts(cc, fixtureBriefing, briefingBlocks(fixtureBriefing), fixtureRendered);
    const items = fixtureBriefing.items.map((item, i) =>
      i === 9
        ? { ...item, entry: { ...item.entry, summary: `${item.entry.summary}（更正：数据已更新）` } }
        : item,
    );
    const edited: Briefing = { ...fixtureBriefing, items };
    const after = buildParts(cc, edited, briefingBlocks(edited), fixtureRendered);
    const changed = after.filter((p) => !before.some((b) => b.partKey === p.partKey));
    assert.ok(
      changed.length >= 1 && changed.length < after.length / 2,
      `${changed.length} of ${after.length}`,
    );
    const sentBefore = r.accepted.length;
    const report = await deliverBriefing(
      { briefing: edited, blocks: briefingBlocks(edited), rendered: fixtureRendered, channels: [cc], log },
      ctx,
    );
    assert.deepEqual(
      r.accepted.slice(sentBefore),
      changed.map((p) => p.body),
    );
    const resent = report.channels[0]!.parts.filter((p) => p.status === "sent");
    assert.ok(resent.every((p) => p.resent?.changed.includes(items[9]!.entry.title)));
    assert.deepEqual(resent[0]!.resent?.added, []);
  } finally {
    await r.close();
  }
});

test("cancelled between parts: every accepted part is recorded, the next run sends exactly what is missing", () =>
  withWeCom(async (r, cc, log, expected) => {
    const stop = new AbortController();
    let pauses = 0;
    // Ctrl-C arrives while the channel waits before its third part.
    const sleep = async (_ms: number, signal?: AbortSignal) => {
      if (++pauses === 2) stop.abort(new Error("SIGINT"));
      signal?.throwIfAborted();
    };
    await assert.rejects(
      deliverFixture(cc, log, { sleep, signal: stop.signal }),
      /SIGINT/,
      "the cancellation reaches the caller",
    );
    assert.equal(r.accepted.length, 2);
    assert.equal(log.records.filter((x) => x.status === "sent").length, 2, "both accepted parts recorded");
    const again = await deliverFixture(cc, log);
    assert.equal(again.channels[0]!.skipped, 2);
    assert.deepEqual(r.accepted, expected, "each part exactly once, in order");
  }));

test("cancelled mid-request: that part counts as one unknown outcome and is sent once more, the rest once", () =>
  withWeCom(async (r, cc, log, expected) => {
    const stop = new AbortController();
    r.script.replyDelayMs = 200;
    r.script.onRequest = () => {
      if (r.requests.length === 3) setTimeout(() => stop.abort(new Error("SIGTERM")), 20);
    };
    await assert.rejects(deliverFixture(cc, log, { signal: stop.signal }), /SIGTERM/);
    r.script.replyDelayMs = 0;
    r.script.onRequest = undefined;
    const third = {
      date: fixtureBriefing.date,
      channel: "wc",
      partKey: buildParts(cc, fixtureBriefing, briefingBlocks(fixtureBriefing), fixtureRendered)[2]!.partKey,
    };
    assert.deepEqual(await log.deliveryState(third), { status: "failed", unknownOutcomes: 1 });
    await deliverFixture(cc, log);
    // The receiver took part 3 before the cancel: it shows once more (at most one duplicate).
    assert.deepEqual(r.accepted, [...expected.slice(0, 3), ...expected.slice(2)]);
  }));

test("a platform that accepts but answers after our timeout gets at most one duplicate, over all runs", async () => {
  const r = await startWeComReceiver();
  try {
    const log = createMemoryLog();
    const cc: ConfiguredChannel = {
      ...wecom(r.url),
      options: { mode: "digest" },
    };
    r.script.replyDelayMs = 400;
    const run = () => deliverFixture(cc, log, { timeoutMs: 100, maxAttempts: 5 });
    const first = await run();
    const part = first.channels[0]!.parts[0]!;
    assert.equal(part.status, "failed");
    assert.equal(part.attempts, MAX_UNKNOWN_OUTCOMES, "retried once after a timeout, not more");
    assert.match(part.reason ?? "", /outcome unknown 2 times/);
    assert.equal(r.accepted.length, 2, "the message shows twice: one duplicate");
    const second = await run();
    assert.equal(second.channels[0]!.parts[0]!.status, "failed");
    assert.equal(r.requests.length, 2, "no later run sends it again");
    const forced = await deliverBriefing(
      {
        briefing: fixtureBriefing,
        blocks: briefingBlocks(fixtureBriefing),
        rendered: fixtureRendered,
        channels: [cc],
        log,
        force: true,
      },
      { fetch, now: () => new Date(), sleep: noSleep, timeoutMs: 2000 },
    );
    assert.equal(forced.channels[0]!.parts[0]!.status, "sent", "--force-deliver still can");
  } finally {
    await r.close();
  }
});

/** The memory log, with its "sent" writes failing `failures` times (a locked or full store). */
function logFailingSent(failures: number) {
  const log = createMemoryLog();
  let left = failures;
  const record = log.recordDelivery;
  log.recordDelivery = async (rec) => {
    if (rec.status === "sent" && left > 0) {
      left--;
      throw new Error("SQLITE_BUSY: database is locked");
    }
    await record(rec);
  };
  return log;
}

test("a 'sent' write that fails once is written again: the accepted part is never sent twice", () =>
  withWeCom(async (r, cc, _log, expected) => {
    const log = logFailingSent(1);
    const first = await deliverFixture(cc, log);
    assert.deepEqual(r.accepted, expected, "each part once in this run");
    assert.equal(first.channels[0]!.failed, 0);
    const again = await deliverFixture(cc, log);
    assert.equal(again.channels[0]!.skipped, expected.length, "the next run finds every part recorded");
    assert.deepEqual(r.accepted, expected, "and sends nothing again");
  }));

test("a log that cannot record 'sent': the channel stops, the part is an unknown outcome, at most one duplicate", () =>
  withWeCom(async (r, cc, _log, expected) => {
    const log = logFailingSent(Number.POSITIVE_INFINITY);
    const first = await deliverFixture(cc, log);
    assert.deepEqual(r.accepted, expected.slice(0, 1), "the first part went out once; the rest waits");
    const parts = first.channels[0]!.parts;
    assert.equal(parts[0]!.status, "failed");
    assert.match(parts[0]!.reason ?? "", /accepted by the platform but not recorded/);
    assert.ok(
      parts.slice(1).every((p) => p.status === "failed" && /not sent: part 1 failed/.test(p.reason ?? "")),
    );
    // The store works again: the unrecorded part counts as one unknown outcome, sent once more at most.
    const healed = createMemoryLog();
    healed.records.push(...log.records);
    await deliverFixture(cc, healed);
    assert.deepEqual(r.accepted, [expected[0], ...expected], "part 1 twice (one duplicate), the rest once");
    await deliverFixture(cc, healed);
    assert.equal(r.accepted.length, expected.length + 1, "a third run sends nothing");
  }));
