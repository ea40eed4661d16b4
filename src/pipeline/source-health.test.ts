import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseConfig } from "../config/index.ts";
import { silentLogger } from "../log.ts";
import type { SourceHealth } from "../store/index.ts";
import { makeSource, openTempStore } from "../store/testing.ts";
import { alertOnSourceHealth, assessSourceHealth } from "./source-health.ts";

const now = new Date("2026-02-04T13:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

function health(overrides: Partial<SourceHealth>): SourceHealth {
  return {
    id: "qbitai",
    name: "量子位",
    url: "http://127.0.0.1/qbitai.xml",
    order: 0,
    enabled: true,
    sourceId: "qbitai",
    consecutiveFailures: 0,
    itemsSeen: 12,
    lastSuccessAt: hoursAgo(1),
    lastNewItemAt: hoursAgo(2),
    ...overrides,
  };
}

describe("assessSourceHealth", () => {
  it("flags K failures in a row with the HTTP status, not K-1", async () => {
    const failing = health({
      consecutiveFailures: 3,
      lastError: "GET http://127.0.0.1/q failed: HTTP 500",
      lastErrorCode: "E_SERVER",
      lastStatus: 500,
    });
    assert.deepEqual(assessSourceHealth([failing], { now }), [
      {
        sourceId: "qbitai",
        sourceName: "量子位",
        kind: "failing",
        message: "量子位：连续 3 次抓取失败（HTTP 500）",
        detail: "连续 3 次抓取失败（HTTP 500）",
      },
    ]);
    assert.deepEqual(assessSourceHealth([{ ...failing, consecutiveFailures: 2 }], { now }), []);
    const hangUp = {
      ...failing,
      lastError: "socket hang up",
      lastErrorCode: undefined,
      lastStatus: undefined,
    };
    assert.equal(
      assessSourceHealth([hangUp], { now, failAfter: 3 })[0]?.message,
      "量子位：连续 3 次抓取失败",
    );
    assert.equal(
      assessSourceHealth([{ ...failing, consecutiveFailures: 4 }], { now, failAfter: 5 }).length,
      0,
    );
  });

  it("names the stored status or the catalogue's reason, never what the message text says", async () => {
    const failing = health({ consecutiveFailures: 3 });
    const message = (s: Partial<SourceHealth>) =>
      assessSourceHealth([{ ...failing, ...s }], { now })[0]?.message;
    // The message mentions another status in prose (a source name, a page title): the column wins.
    assert.equal(
      message({
        lastError: "HTTP 404 周报 (http://127.0.0.1/q): HTTP 404 in the title",
        lastStatus: 503,
        lastErrorCode: "E_SERVER",
      }),
      "量子位：连续 3 次抓取失败（HTTP 503）",
    );
    assert.equal(
      message({ lastError: "HTTP 404 周报: not a feed", lastErrorCode: "E_FEED_FORMAT" }),
      "量子位：连续 3 次抓取失败（订阅源格式错误）",
    );
    assert.equal(
      message({ lastError: "x", lastErrorCode: "E_TIMEOUT" }),
      "量子位：连续 3 次抓取失败（超时）",
    );
    // A failure recorded before codes were stored: no reason rather than a guess from the text.
    assert.equal(message({ lastError: "GET x failed: HTTP 500" }), "量子位：连续 3 次抓取失败");
  });

  it("flags a feed that answers but brought nothing new for N days, when it used to", async () => {
    const quiet = health({ id: "aiera", sourceId: "aiera", name: "新智元", lastNewItemAt: hoursAgo(72) });
    assert.deepEqual(
      assessSourceHealth([quiet], { now, staleAfterDays: 3 }).map((a) => [a.kind, a.message]),
      [["stale", "新智元：3 天没有新文章"]],
    );
    assert.deepEqual(assessSourceHealth([{ ...quiet, lastNewItemAt: hoursAgo(71) }], { now }), []);
    // It never brought anything: nothing "usual" to miss.
    assert.deepEqual(assessSourceHealth([{ ...quiet, itemsSeen: 0, lastNewItemAt: undefined }], { now }), []);
    // It has not answered for days either: not "answers but empty".
    assert.deepEqual(assessSourceHealth([{ ...quiet, lastSuccessAt: hoursAgo(80) }], { now }), []);
    assert.equal(
      assessSourceHealth([{ ...quiet, lastNewItemAt: hoursAgo(24 * 9) }], { now })[0]?.message,
      "新智元：9 天没有新文章",
    );
  });

  it("calls a failing source failing, not also stale, and skips disabled or unlisted sources", async () => {
    const both = health({
      consecutiveFailures: 3,
      lastNewItemAt: hoursAgo(100),
      lastSuccessAt: hoursAgo(10),
    });
    assert.deepEqual(
      assessSourceHealth([both], { now }).map((a) => a.kind),
      ["failing"],
    );
    assert.deepEqual(assessSourceHealth([{ ...both, enabled: false }], { now }), []);
    assert.deepEqual(assessSourceHealth([both], { now, sourceIds: ["other"] }), []);
  });
});

describe("alertOnSourceHealth", () => {
  const config = parseConfig(
    "sources:\n  - id: qbitai\n    name: 量子位\n    url: http://127.0.0.1/qbitai.xml\n",
    { env: {}, baseDir: "/tmp" },
  );

  async function setup() {
    let clock = new Date(now);
    const temp = openTempStore();
    await temp.store.upsertSource(
      makeSource({ id: "qbitai", name: "量子位", url: "http://127.0.0.1/qbitai.xml" }),
    );
    const sent: string[] = [];
    const deps = { store: temp.store, config, now: () => clock, logger: silentLogger() };
    const fail = async () => {
      clock = new Date(clock.getTime() + 3_600_000);
      await temp.store.recordFetchFailure("qbitai", {
        at: clock.toISOString(),
        error: "GET x failed: HTTP 500",
        code: "E_SERVER",
        status: 500,
      });
    };
    const succeed = async () => {
      clock = new Date(clock.getTime() + 3_600_000);
      await temp.store.recordFetchSuccess("qbitai", { at: clock.toISOString(), newItems: 2 });
    };
    const check = () =>
      alertOnSourceHealth(deps, {
        channelId: "ops",
        send: async (text) => {
          sent.push(text);
        },
      });
    return { temp, sent, fail, succeed, check, deps };
  }

  it("raises K failures once, stays quiet on the next failure, and reports the recovery once", async () => {
    const { temp, sent, fail, succeed, check } = await setup();
    try {
      await fail();
      await fail();
      assert.deepEqual((await check()).raised, []);
      await fail();
      const third = await check();
      assert.equal(third.raised.length, 1);
      assert.equal(sent.length, 1);
      assert.match(sent[0] ?? "", /量子位：连续 3 次抓取失败（HTTP 500）/);
      await fail();
      const fourth = await check();
      assert.deepEqual(fourth.raised, []);
      assert.deepEqual(
        fourth.active.map((a) => a.message),
        ["量子位：连续 4 次抓取失败（HTTP 500）"],
      );
      assert.equal(sent.length, 1);
      await succeed();
      const back = await check();
      assert.equal(back.recovered.length, 1);
      assert.deepEqual(back.active, []);
      assert.equal(sent.length, 2);
      assert.match(sent[1] ?? "", /量子位：已恢复/);
      await check();
      assert.equal(sent.length, 2);
      assert.deepEqual(await temp.store.openAlerts(), []);
    } finally {
      await temp.remove();
    }
  });

  it("says what the alert was when it recovers, from the stored detail, even with a '：' in the name", async () => {
    const named = parseConfig(
      "sources:\n  - id: qbitai\n    name: 量子位：前沿\n    url: http://127.0.0.1/qbitai.xml\n",
      { env: {}, baseDir: "/tmp" },
    );
    const { temp, sent, fail, succeed, deps } = await setup();
    try {
      await temp.store.upsertSource(
        makeSource({ id: "qbitai", name: "量子位：前沿", url: "http://127.0.0.1/qbitai.xml" }),
      );
      const check = () =>
        alertOnSourceHealth(
          { ...deps, config: named },
          { channelId: "ops", send: async (t) => void sent.push(t) },
        );
      for (let i = 0; i < 3; i++) await fail();
      await check();
      assert.deepEqual(
        (await temp.store.openAlerts()).map((a) => [a.message, a.detail]),
        [["量子位：前沿：连续 3 次抓取失败（HTTP 500）", "连续 3 次抓取失败（HTTP 500）"]],
      );
      await succeed();
      await check();
      assert.equal(
        sent[1],
        "【daybrief 来源健康】\n✅ 量子位：前沿：已恢复（此前：连续 3 次抓取失败（HTTP 500））",
      );
    } finally {
      await temp.remove();
    }
  });

  it("keeps nothing when the send fails, so the alert goes out on the next run", async () => {
    const { temp, fail, deps } = await setup();
    try {
      await fail();
      await fail();
      await fail();
      const failed = await alertOnSourceHealth(deps, {
        channelId: "ops",
        send: async () => {
          throw new Error("webhook down");
        },
      });
      assert.equal(failed.error, "webhook down");
      assert.equal(failed.active.length, 1);
      assert.deepEqual(await temp.store.openAlerts(), []);
      const sent: string[] = [];
      const retried = await alertOnSourceHealth(deps, {
        channelId: "ops",
        send: async (t) => void sent.push(t),
      });
      assert.equal(retried.raised.length, 1);
      assert.equal(sent.length, 1);
    } finally {
      await temp.remove();
    }
  });

  it("without an alert channel keeps the state but sends nothing", async () => {
    const { temp, fail, deps } = await setup();
    try {
      await fail();
      await fail();
      await fail();
      let calls = 0;
      const report = await alertOnSourceHealth(deps, { send: async () => void calls++ });
      assert.equal(report.raised.length, 1);
      assert.equal(calls, 0);
      assert.equal((await temp.store.openAlerts()).length, 1);
    } finally {
      await temp.remove();
    }
  });
});
