import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAtomFeed } from "feedsmith";
import { renderAtomFeed } from "./render-atom-feed.ts";
import { renderHtml } from "./render-html.ts";
import { EVIL } from "./testdata/evil-briefing.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

const options = { feedUrl: "https://brief.example/atom.xml", siteUrl: "https://brief.example/" };

test("parses back as Atom: ids, links, updated, escaped HTML content, newest first", () => {
  const html = renderHtml(sampleBriefing);
  const xml = renderAtomFeed(
    [
      {
        date: "2026-02-03",
        generatedAt: "2026-02-03T23:30:00Z",
        url: "https://brief.example/2026-02-03.html",
        html: "<p>昨日 & 前日</p>",
        title: "AI 每日情报 | 2026-02-03",
      },
      {
        date: "2026-02-04",
        generatedAt: "2026-02-04T23:30:00.000Z",
        url: "https://brief.example/2026-02-04.html",
        html,
        title: "AI 每日情报 | 2026-02-04",
      },
    ],
    options,
  );
  const feed = parseAtomFeed(xml);
  assert.equal(feed.id, options.feedUrl);
  assert.equal(feed.title?.value, "AI 每日情报");
  assert.equal(feed.updated, "2026-02-04T23:30:00Z");
  assert.deepEqual(
    feed.links?.map((l) => [l.rel, l.href]),
    [
      ["self", options.feedUrl],
      ["alternate", options.siteUrl],
    ],
  );
  const entries = feed.entries ?? [];
  assert.deepEqual(
    entries.map((e) => e.id),
    ["https://brief.example/2026-02-04.html", "https://brief.example/2026-02-03.html"],
  );
  assert.equal(entries[0]?.updated, "2026-02-04T23:30:00Z");
  assert.equal(entries[0]?.content?.type, "html");
  assert.equal(entries[0]?.links?.[0]?.href, "https://brief.example/2026-02-04.html");
  assert.equal(entries[1]?.content?.value, "<p>昨日 & 前日</p>");
  // The whole page survives the round trip as the entry's HTML content.
  assert.ok(entries[0]?.content?.value?.includes("STAR：堆叠自回归架构"));
  assert.ok(xml.includes('<content type="html">&lt;!DOCTYPE html&gt;'));
});

test("hostile titles and URLs stay inside their elements; XML-illegal characters are dropped", () => {
  const xml = renderAtomFeed(
    [
      {
        date: "2026-02-04",
        generatedAt: "2026-02-04T23:30:00Z",
        url: `https://x.example/?a=1&b="2"`,
        html: EVIL,
        title: `${EVIL}\u0001\u0000`,
      },
    ],
    { ...options, title: `]]></title><script>` },
  );
  assert.ok(!xml.includes("<script"));
  assert.ok(!/[\u0000\u0001]/.test(xml));
  const feed = parseAtomFeed(xml);
  assert.equal(feed.title?.value, "]]></title><script>");
  assert.equal(feed.entries?.[0]?.title?.value, EVIL);
  assert.equal(feed.entries?.[0]?.id, `https://x.example/?a=1&b="2"`);
  assert.equal(feed.entries?.[0]?.content?.value, EVIL);
});

test("an empty feed is still valid and has a fixed updated time (no clock)", () => {
  const xml = renderAtomFeed([], options);
  const feed = parseAtomFeed(xml);
  assert.equal(feed.updated, "1970-01-01T00:00:00Z");
  assert.deepEqual(feed.entries ?? [], []);
  assert.equal(renderAtomFeed([], options), xml);
});
