import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseConfig } from "../config/index.ts";
import { silentLogger } from "../log.ts";
import type { ArticleStatus, TextFrom } from "../model/article.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { assessBridgeText } from "./bridge-text.ts";
import { alertOnSourceHealth } from "./source-health.ts";

const FULL = { textFrom: "feed" as TextFrom, status: "ok" as ArticleStatus };
const PAGE = { textFrom: "page" as TextFrom, status: "ok" as ArticleStatus };
const STANDIN = { textFrom: "feed" as TextFrom, status: "feed-only" as ArticleStatus };
const source = { id: "qbitai", name: "量子位" };

describe("assessBridgeText", () => {
  it("flags a bridge whose newest articles needed the page after full-text ones", () => {
    const [alert] = assessBridgeText(source, [PAGE, STANDIN, PAGE, FULL, FULL, FULL]);
    assert.equal(alert?.kind, "summaries");
    assert.match(alert!.message, /^量子位：订阅源最近 3 篇只给摘要/);
  });

  it("stays quiet while any of the newest is full, for summary-only bridges, and when pages are forced", () => {
    assert.deepEqual(assessBridgeText(source, [PAGE, FULL, PAGE, FULL, FULL, FULL]), []);
    assert.deepEqual(assessBridgeText(source, [PAGE, PAGE, PAGE, PAGE, PAGE, PAGE]), []);
    assert.deepEqual(assessBridgeText(source, [PAGE, PAGE, PAGE, FULL, FULL]), [], "too little history");
    assert.deepEqual(
      assessBridgeText({ ...source, pages: "always" }, [PAGE, PAGE, PAGE, FULL, FULL, FULL]),
      [],
    );
  });

  it("is raised through the source health check from the stored articles", async () => {
    const temp = openTempStore();
    try {
      await temp.store.upsertSource(makeSource({ id: "qbitai", name: "量子位" }));
      const kinds = [FULL, FULL, FULL, PAGE, PAGE, PAGE]; // oldest first
      for (const [i, k] of kinds.entries())
        await temp.store.saveArticle(
          makeArticle({
            sourceId: "qbitai",
            url: `https://mp.weixin.qq.com/s/a${i}`,
            firstSeenAt: `2026-02-0${i + 1}T03:00:00.000Z`,
            ...k,
          }),
        );
      const config = parseConfig(
        "sources:\n  - id: qbitai\n    name: 量子位\n    url: http://127.0.0.1/q.xml\n",
        {
          env: {},
          baseDir: "/tmp",
        },
      );
      const sent: string[] = [];
      const deps = {
        store: temp.store,
        config,
        now: () => new Date("2026-02-07T12:00:00Z"),
        logger: silentLogger(),
      };
      const report = await alertOnSourceHealth(deps, {
        channelId: "ops",
        send: async (t) => void sent.push(t),
      });
      assert.deepEqual(
        report.raised.map((a) => a.kind),
        ["summaries"],
      );
      assert.match(sent[0] ?? "", /只给摘要/);
    } finally {
      await temp.remove();
    }
  });
});
