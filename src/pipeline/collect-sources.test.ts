import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseConfig } from "../config/index.ts";
import { createHttp } from "../http/index.ts";
import { startTestServer, type TestServer } from "../http/test-server.ts";
import { silentLogger } from "../log.ts";
import { describeProblem } from "../model/problem.ts";
import { openTempStore } from "../store/testing.ts";
import { collectSources } from "./collect-sources.ts";
import type { PipelineDeps } from "./deps.ts";
import { quietProgress } from "./progress.ts";
import { alertOnSourceHealth } from "./source-health.ts";

// Two feeds that fail three runs in a row: one answers 503; the other answers 200 with a page that
// is no feed, and its name says "HTTP 404" — so its error message does too, in prose.
let server: TestServer;
before(async () => {
  server = await startTestServer((req, res) => {
    if (req.url?.startsWith("/busy.xml")) {
      res.writeHead(503, { "content-type": "text/plain" }).end("try later: HTTP 404 is not the answer\n");
      return;
    }
    res.writeHead(200, { "content-type": "application/rss+xml" }).end("this is {not} a feed <<<");
  });
});
after(async () => server?.close());

function setup() {
  const host = new URL(server.url).host;
  const config = parseConfig(
    [
      "sources:",
      "  - id: busy",
      "    name: 忙碌号",
      `    url: ${server.url}/busy.xml?key=secret-key`,
      "  - id: weekly",
      "    name: HTTP 404 周报",
      `    url: ${server.url}/weekly.xml`,
      "fetch:",
      "  retries: 0",
      `  allowPrivate: ["${host}"]`,
    ].join("\n"),
    { env: {}, baseDir: "/tmp" },
  );
  const temp = openTempStore();
  let clock = new Date("2026-02-04T01:00:00Z");
  const http = createHttp({ retries: 0, allowPrivate: [host] });
  const deps = {
    config,
    store: temp.store,
    http,
    now: () => clock,
    logger: silentLogger(),
    progress: quietProgress,
  } as unknown as PipelineDeps;
  const tick = () => {
    clock = new Date(clock.getTime() + 3_600_000);
  };
  return { deps, temp, tick };
}

describe("a source's failure is recorded as data", () => {
  it("stores the code and HTTP status as columns and the alert names them, whatever the message says", async () => {
    const { deps, temp, tick } = setup();
    try {
      let collected = await collectSources(deps);
      for (let run = 1; run < 3; run++) {
        tick();
        collected = await collectSources(deps);
      }
      const busy = collected.find((c) => c.source.id === "busy")!;
      const weekly = collected.find((c) => c.source.id === "weekly")!;
      assert.equal(busy.status, "failed");
      // The problem carries the status and the feed URL without its query (it may hold a key).
      assert.deepEqual(
        { ...busy.problem, detail: undefined },
        {
          code: "E_SERVER",
          stage: "collect",
          sourceId: "busy",
          url: `${server.url}/busy.xml?…`,
          httpStatus: 503,
          detail: undefined,
        },
      );
      assert.equal(weekly.problem?.code, "E_FEED_FORMAT");
      assert.equal(weekly.problem?.httpStatus, undefined);
      assert.match(weekly.error ?? "", /HTTP 404/, "the fixture's message does mention a status in prose");

      const busyState = await temp.store.getFetchState("busy");
      assert.deepEqual([busyState?.lastStatus, busyState?.lastErrorCode], [503, "E_SERVER"]);
      assert.equal(busyState?.consecutiveFailures, 3);
      const weeklyState = await temp.store.getFetchState("weekly");
      assert.deepEqual([weeklyState?.lastStatus, weeklyState?.lastErrorCode], [undefined, "E_FEED_FORMAT"]);

      const sent: string[] = [];
      const report = await alertOnSourceHealth(deps, {
        channelId: "ops",
        send: async (t) => void sent.push(t),
      });
      assert.deepEqual(
        report.raised.map((a) => a.message),
        ["忙碌号：连续 3 次抓取失败（HTTP 503）", "HTTP 404 周报：连续 3 次抓取失败（订阅源格式错误）"],
      );
      assert.equal(sent.length, 1);
      assert.doesNotMatch(sent[0]!, /（HTTP 404）/);

      // The footer's line of the failure is worded from the same data by the catalogue.
      assert.match(describeProblem(busy.problem!), /^订阅源抓取失败（服务端错误 · E_SERVER · HTTP 503）：/);
      assert.match(
        describeProblem(busy.problem!, "en"),
        /^feed not fetched \(server error · E_SERVER · HTTP 503\): /,
      );
    } finally {
      await temp.remove();
    }
  });
});
