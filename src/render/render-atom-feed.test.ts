import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAtomFeed } from "feedsmith";
import { type FeedBriefing, renderAtomFeed } from "./render-atom-feed.ts";
import { renderHtmlFragment } from "./render-html.ts";
import { EVIL } from "./testdata/evil-briefing.ts";
import { sampleBriefing } from "./testdata/sample-2026-02-04.ts";

const site = { siteUrl: "https://brief.example/news" };

function day(date: string, generatedAt: string, html: string, timezone = "Asia/Shanghai"): FeedBriefing {
  return {
    date,
    timezone,
    generatedAt,
    path: `${date.slice(0, 4)}/${date}.html`,
    html,
    title: `AI 每日情报 | ${date}`,
  };
}

const twoDays = [
  day("2026-02-03", "2026-02-03T13:30:00Z", "<p>昨日 & 前日</p>"),
  day("2026-02-04", "2026-02-04T13:30:00.000Z", renderHtmlFragment(sampleBriefing)),
];

test("with output.siteUrl: absolute ids and links under the site, one entry per day, newest first", () => {
  const feed = parseAtomFeed(renderAtomFeed(twoDays, site));
  assert.equal(feed.id, "https://brief.example/news/feed.xml");
  assert.equal(feed.title?.value, "AI 每日情报");
  assert.equal(feed.updated, "2026-02-04T13:30:00Z");
  assert.deepEqual(
    feed.links?.map((l) => [l.rel, l.href]),
    [
      ["self", "https://brief.example/news/feed.xml"],
      ["alternate", "https://brief.example/news/"],
    ],
  );
  const entries = feed.entries ?? [];
  assert.deepEqual(
    entries.map((e) => e.id),
    ["https://brief.example/news/2026/2026-02-04.html", "https://brief.example/news/2026/2026-02-03.html"],
  );
  assert.equal(entries[0]?.links?.[0]?.href, "https://brief.example/news/2026/2026-02-04.html");
  assert.equal(entries[0]?.updated, "2026-02-04T13:30:00Z");
  assert.equal(entries[1]?.content?.value, "<p>昨日 & 前日</p>");
});

test("published is the briefing's date (its day's start in its zone), not the time it was generated", () => {
  const late = day("2026-02-04", "2026-02-06T02:00:00Z", "<p>x</p>");
  const utc = day("2026-03-01", "2026-03-01T20:00:00Z", "<p>y</p>", "UTC");
  const entries = parseAtomFeed(renderAtomFeed([late, utc], site)).entries ?? [];
  assert.deepEqual(
    entries.map((e) => [e.published, e.updated]),
    [
      ["2026-03-01T00:00:00Z", "2026-03-01T20:00:00Z"],
      ["2026-02-04T00:00:00+08:00", "2026-02-06T02:00:00Z"],
    ],
  );
});

test("content is an HTML fragment of the entries: no document, head, style or script", () => {
  const content = parseAtomFeed(renderAtomFeed(twoDays, site)).entries?.[0]?.content;
  assert.equal(content?.type, "html");
  const html = content?.value ?? "";
  assert.ok(html.includes("STAR：堆叠自回归架构"), "the day's entries are there");
  for (const tag of ["<!DOCTYPE", "<html", "<head", "<style", "<body", "<script"]) {
    assert.ok(!html.toLowerCase().includes(tag.toLowerCase()), `no ${tag}`);
  }
});

test("without a site URL: ids are stable urn:uuid, links relative, never file:// and no foreign domain", () => {
  const xml = renderAtomFeed(twoDays, {});
  assert.equal(renderAtomFeed([...twoDays].reverse(), {}), xml, "same input, same bytes");
  assert.ok(!xml.includes("file:"), "no file:// anywhere");
  // Every absolute URL in the feed is a namespace or one the briefing's own items link to.
  const hosts = new Set([...xml.matchAll(/https?:\/\/([^/"'<\s&]+)/g)].map((m) => m[1]));
  hosts.delete("www.w3.org");
  for (const item of sampleBriefing.items) hosts.delete(new URL(item.url).host);
  for (const item of sampleBriefing.items)
    for (const r of item.entry.resources ?? []) hosts.delete(new URL(r.url).host);
  for (const item of sampleBriefing.items)
    for (const r of item.related ?? []) hosts.delete(new URL(r.url).host);
  assert.deepEqual([...hosts], [], "no domain we do not own or link on purpose");
  const feed = parseAtomFeed(xml);
  assert.match(
    feed.id ?? "",
    /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  const ids = (feed.entries ?? []).map((e) => e.id ?? "");
  for (const id of ids) assert.match(id, /^urn:uuid:/);
  assert.equal(new Set([feed.id, ...ids]).size, 3, "every id distinct");
  assert.deepEqual(
    (feed.entries ?? []).map((e) => e.links?.[0]?.href),
    ["2026/2026-02-04.html", "2026/2026-02-03.html"],
  );
  // Another archive (another title) gets other ids for the same dates.
  const other = parseAtomFeed(renderAtomFeed(twoDays, { title: "另一份简报" }));
  assert.notEqual(other.entries?.[0]?.id, feed.entries?.[0]?.id);
});

test("hostile titles and URLs stay inside their elements; XML-illegal characters are dropped", () => {
  const evil = {
    ...day("2026-02-04", "2026-02-04T23:30:00Z", EVIL),
    path: `x/?a=1&b="2"`,
    title: `${EVIL}\u0001\u0000`,
  };
  const xml = renderAtomFeed([evil], { siteUrl: "https://x.example/", title: `]]></title><script>` });
  assert.ok(!xml.includes("<script"));
  assert.ok(!/[\u0000\u0001]/.test(xml));
  const feed = parseAtomFeed(xml);
  assert.equal(feed.title?.value, "]]></title><script>");
  assert.equal(feed.entries?.[0]?.title?.value, EVIL);
  assert.equal(feed.entries?.[0]?.id, "https://x.example/x/?a=1&b=%222%22");
  assert.equal(feed.entries?.[0]?.content?.value, EVIL);
});

test("an empty feed is still valid and has a fixed updated time (no clock)", () => {
  const xml = renderAtomFeed([], site);
  const feed = parseAtomFeed(xml);
  assert.equal(feed.updated, "1970-01-01T00:00:00Z");
  assert.deepEqual(feed.entries ?? [], []);
  assert.equal(renderAtomFeed([], site), xml);
});
