import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { migrations } from "./migrations.ts";
import { openStore } from "./sqlite-store.ts";
import { openTempStore } from "./testing.ts";

describe("migration 5: where stored text came from", () => {
  it("migration 5 marks stored articles: ok ones were read from the page, the rest from the feed", async () => {
    const { path, remove } = openTempStore();
    try {
      // Rebuild the file at schema 4 with two articles, then let openStore migrate it.
      const db = new Database(`${path}.v4`);
      for (const m of migrations.slice(0, 4)) db.exec(m);
      db.pragma("user_version = 4");
      db.exec(`INSERT INTO sources (id, name, url, updated_at) VALUES ('s', 's', 'http://x', 'now')`);
      for (const [url, status] of [
        ["https://a", "ok"],
        ["https://b", "feed-only"],
      ])
        db.prepare(
          `INSERT INTO articles (source_id, url, original_url, title, published_at, first_seen_at, content_hash, text, html, status, updated_at)
           VALUES ('s', ?, ?, 't', '2026-02-04T00:00:00.000Z', '2026-02-04T00:00:00.000Z', 'h', 'x', 'x', ?, 'now')`,
        ).run(url, url, status);
      db.close();
      const store = openStore(`${path}.v4`);
      assert.equal((await store.findArticleByUrl("https://a"))?.textFrom, "page");
      assert.equal((await store.findArticleByUrl("https://b"))?.textFrom, "feed");
      await store.close();
    } finally {
      await remove();
    }
  });
});

describe("migration 10: a source's last failure as data", () => {
  it("keeps what was stored and leaves the new columns empty: no status is guessed from the text", async () => {
    const { path, remove } = openTempStore();
    try {
      const db = new Database(`${path}.v9`);
      db.function("search_tokens", (t: unknown) => String(t ?? ""));
      db.function("search_entry_text", (t: unknown) => String(t ?? ""));
      for (const m of migrations.slice(0, 9)) db.exec(m);
      db.pragma("user_version = 9");
      db.exec(
        `INSERT INTO sources (id, name, url, updated_at, last_error_at, last_error, consecutive_failures)
         VALUES ('s', 's', 'http://x', 'now', '2026-02-04T00:00:00.000Z', 'GET http://x failed: HTTP 500', 3);
         INSERT INTO source_alerts (source_id, kind, message, raised_at)
         VALUES ('s', 'failing', '量子位：连续 3 次抓取失败（HTTP 500）', '2026-02-04T00:00:00.000Z');`,
      );
      db.close();
      const store = openStore(`${path}.v9`);
      const state = await store.getFetchState("s");
      assert.equal(state?.lastError, "GET http://x failed: HTTP 500");
      assert.equal(state?.consecutiveFailures, 3);
      assert.equal(state?.lastStatus, undefined);
      assert.equal(state?.lastErrorCode, undefined);
      // Open alerts get their detail once, from the line daybrief itself wrote.
      assert.deepEqual(
        (await store.openAlerts()).map((a) => a.detail),
        ["连续 3 次抓取失败（HTTP 500）"],
      );
      await store.recordFetchFailure("s", {
        at: "2026-02-05T00:00:00Z",
        error: "x",
        code: "E_SERVER",
        status: 502,
      });
      assert.equal((await store.getFetchState("s"))?.lastStatus, 502);
      await store.close();
    } finally {
      await remove();
    }
  });
});

describe("migration 13: several briefings per install", () => {
  it("every briefing, draft, edit, delivery and run stored before becomes the default briefing's", async () => {
    const { path, remove } = openTempStore();
    try {
      const db = new Database(`${path}.v12`);
      db.function("search_tokens", (t: unknown) => String(t ?? ""));
      db.function("search_entry_text", (t: unknown) => String(t ?? ""));
      for (const m of migrations.slice(0, 12)) db.exec(m);
      db.pragma("user_version = 12");
      db.exec(
        `INSERT INTO runs (id, date, command, started_at, status) VALUES (1, '2026-02-04', 'run', 'now', 'ok');
         INSERT INTO briefings (date, generated_at, json, entries, run_id, updated_at)
           VALUES ('2026-02-04', '2026-02-04T10:00:00.000Z', '{"date":"2026-02-04","items":[],"coverage":[],"notes":[]}', 0, 1, 'now');
         INSERT INTO briefing_drafts (date, created_at, json) VALUES ('2026-02-05', 'now', '{"items":[]}');
         INSERT INTO briefing_edits (date, entry_id, field, value_before, value_after, user_name, at)
           VALUES ('2026-02-05', '1', 'title', '"a"', '"b"', 'ed', 'now');
         INSERT INTO deliveries (date, channel, part_key, status, first_at, at)
           VALUES ('2026-02-04', 'feishu', 'p', 'sent', 'now', 'now');`,
      );
      db.close();
      const store = openStore(`${path}.v12`);
      assert.equal((await store.getBriefing("2026-02-04"))?.runId, 1);
      assert.equal(await store.getBriefing("2026-02-04", "chips"), undefined);
      assert.equal((await store.getDraft("2026-02-05"))?.status, "draft");
      assert.equal((await store.listBriefingEdits("2026-02-05")).length, 1);
      assert.equal(await store.hasDelivered({ date: "2026-02-04", channel: "feishu", partKey: "p" }), true);
      assert.equal((await store.getRun(1))?.briefingId, undefined);
      await store.close();
    } finally {
      await remove();
    }
  });
});

describe("migration 14: briefing digests", () => {
  it("gives every stored briefing its index line (entries, first titles, outputs, zone) and no feed entry", async () => {
    const { path, remove } = openTempStore();
    try {
      const db = new Database(`${path}.v12`);
      db.function("search_tokens", (t: unknown) => String(t ?? ""));
      db.function("search_entry_text", (t: unknown) => String(t ?? ""));
      for (const m of migrations.slice(0, 12)) db.exec(m);
      db.pragma("user_version = 12");
      const items = ["甲", "乙", "丙", "丁", "戊", "己"].map((title) => ({ entry: { title } }));
      db.prepare(
        `INSERT INTO briefings (date, generated_at, json, outputs, entries, updated_at) VALUES (?, ?, ?, ?, ?, 'now')`,
      ).run(
        "2026-02-04",
        "2026-02-04T00:10:00.000Z",
        JSON.stringify({ date: "2026-02-04", timezone: "Asia/Shanghai", items }),
        '{"html":"out/2026-02-04.html"}',
        6,
      );
      db.close();
      const store = openStore(`${path}.v12`);
      assert.deepEqual(await store.listBriefingHeadlines(5), [
        {
          date: "2026-02-04",
          generatedAt: "2026-02-04T00:10:00.000Z",
          entries: 6,
          outputs: { html: "out/2026-02-04.html" },
          topTitles: ["甲", "乙", "丙", "丁", "戊"],
        },
      ]);
      assert.deepEqual(await store.listFeedEntries(30), [
        { date: "2026-02-04", generatedAt: "2026-02-04T00:10:00.000Z", timezone: "Asia/Shanghai" },
      ]);
      await store.close();
    } finally {
      await remove();
    }
  });
});
