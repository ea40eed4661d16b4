import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseConfig } from "../config/index.ts";
import { createLogger } from "../log.ts";
import type { Briefing } from "../model/briefing.ts";
import { renderAtomFeed } from "../render/index.ts";
import { sampleBriefing } from "../render/testdata/sample-2026-02-04.ts";
import { openStore } from "../store/index.ts";
import { countStoreCalls } from "../store/testing.ts";
import type { PipelineDeps } from "./deps.ts";
import { publishBriefing } from "./publish.ts";
import { FEED_DAYS, FEED_ENTRIES_PER_DAY, toFeedBriefing } from "./publish-site.ts";

/** A config whose archive goes to <dir>/out, served at a public site URL. */
function siteConfig(dir: string) {
  return parseConfig(
    JSON.stringify({
      sources: [{ id: "a", name: "A", url: "https://a.example/feed.xml" }],
      output: { dir: "./out", siteUrl: "https://me.example/brief" },
    }),
    { env: {}, baseDir: dir },
  );
}

test("feed.xml is the feed of every stored day, each rendered as published", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-publish-"));
  const store = openStore(join(dir, "daybrief.db"));
  try {
    const config = siteConfig(dir);
    const deps = {
      config,
      store,
      logger: createLogger({ level: "silent" }),
    } as unknown as PipelineDeps;
    const day = (date: string, hour: number, items: number): Briefing => ({
      ...sampleBriefing,
      date,
      generatedAt: `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`,
      items: sampleBriefing.items.slice(0, items),
    });
    // Stored days out of order, one with a later time than the day published last.
    const days = [day("2026-02-02", 9, 2), day("2026-02-04", 1, 3), day("2026-02-03", 23, 1)];
    for (const b of days) await publishBriefing(deps, b, { warnNoSiteUrl: false });
    const written = readFileSync(join(dir, "out", "feed.xml"), "utf8");
    const whole = renderAtomFeed(
      days.map((b) => toFeedBriefing(b, config.briefing.title)),
      { siteUrl: config.output.siteUrl, title: config.briefing.title },
    );
    assert.equal(written, whole);
    assert.equal(written.match(/<entry>/g)?.length, 3);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("publishing reads no stored briefing however many days are stored; the feed is the latest FEED_DAYS days, each capped", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-publish-"));
  const real = openStore(join(dir, "daybrief.db"));
  try {
    const config = siteConfig(dir);
    const { store, calls } = countStoreCalls(real);
    const deps = { config, store, logger: createLogger({ level: "silent" }) } as unknown as PipelineDeps;
    // A big day: more entries than a feed entry carries.
    const many = Array.from({ length: FEED_ENTRIES_PER_DAY + 7 }, (_, i) => ({
      ...sampleBriefing.items[i % sampleBriefing.items.length]!,
      url: `https://news.example/${i}`,
    }));
    const dateOf = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const day = (n: number): Briefing => ({
      ...sampleBriefing,
      date: dateOf(n),
      generatedAt: `${dateOf(n)}T01:00:00.000Z`,
      items: many,
    });
    const readsWhenPublishing = async (n: number) => {
      calls.clear();
      await publishBriefing(deps, day(n), { warnNoSiteUrl: false });
      return { briefings: calls.get("getBriefing") ?? 0, feedReads: calls.get("listFeedEntries") ?? 0 };
    };
    assert.deepEqual(await readsWhenPublishing(0), { briefings: 0, feedReads: 1 });
    for (let n = 1; n < FEED_DAYS + 10; n++) await publishBriefing(deps, day(n), { warnNoSiteUrl: false });
    assert.deepEqual(await readsWhenPublishing(FEED_DAYS + 10), { briefings: 0, feedReads: 1 });
    const feed = readFileSync(join(dir, "out", "feed.xml"), "utf8");
    assert.equal(feed.match(/<entry>/g)?.length, FEED_DAYS);
    assert.ok(feed.includes(`<title>${config.briefing.title} | ${dateOf(FEED_DAYS + 10)}</title>`));
    assert.ok(!feed.includes(`| ${dateOf(10)}</title>`), "days past the latest FEED_DAYS are left out");
    // Each day's entry carries its first FEED_ENTRIES_PER_DAY entries and says how many more there are.
    const first = feed.slice(feed.indexOf("<entry>"), feed.indexOf("</entry>"));
    assert.equal(first.match(/&lt;article id=/g)?.length, FEED_ENTRIES_PER_DAY);
    assert.ok(first.includes(`另有 7 条`));
    // Days stored without their entry (saved by other code): read from their briefings, at most FEED_DAYS of them.
    for (let n = 100; n < 100 + FEED_DAYS + 5; n++)
      await real.saveBriefing({
        date: dateOf(n),
        generatedAt: `${dateOf(n)}T01:00:00.000Z`,
        briefing: day(n),
        outputs: {},
      });
    const { briefings } = await readsWhenPublishing(200);
    assert.equal(briefings, FEED_DAYS - 1);
  } finally {
    await real.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a day published under older link rules is rendered again for feed.xml, never served as stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-publish-"));
  const store = openStore(join(dir, "daybrief.db"));
  try {
    const config = siteConfig(dir);
    const deps = { config, store, logger: createLogger({ level: "silent" }) } as unknown as PipelineDeps;
    const [first, second] = sampleBriefing.items;
    const old: Briefing = {
      ...sampleBriefing,
      date: "2026-02-03",
      generatedAt: "2026-02-03T01:00:00.000Z",
      items: [{ ...first!, url: "http://10.0.0.5/admin" }, second!],
    };
    // What an older daybrief stored as the day's feed entry: the internal address as a live link,
    // then (the last round) as plain text.
    for (const feedHtml of [
      '<article><a href="http://10.0.0.5/admin" rel="noopener noreferrer">原文</a></article>',
      "<article><p>链接: http://10.0.0.5/admin</p></article>",
    ]) {
      await store.saveBriefing({
        date: old.date,
        generatedAt: old.generatedAt,
        briefing: old,
        outputs: {},
        feedHtml,
      });
      await publishBriefing(
        deps,
        { ...sampleBriefing, generatedAt: "2026-02-04T01:00:00.000Z" },
        { warnNoSiteUrl: false },
      );
      const feed = readFileSync(join(dir, "out", "feed.xml"), "utf8");
      assert.equal(feed.match(/<entry>/g)?.length, 2);
      assert.doesNotMatch(feed, /href=&quot;http:\/\/10\.0\.0\.5/, "no live link into the network");
      assert.doesNotMatch(feed, /http:\/\/10\.0\.0\.5/, "no linkable address either");
      assert.ok(feed.includes("hxxp://10[.]0[.]0[.]5/admin"), "the day is rendered again: shown, defanged");
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
