import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { canonicalUrl } from "../src/dedup/index.ts";
import { judgeFeedText, pageFromFeedItem } from "../src/extract/index.ts";
import { parseFeed } from "../src/sources/index.ts";

// The feed shapes of the common WeChat→RSS bridges (fixtures of our own, docs/wechat.md): where the
// full text lives, how links are written, dates with and without zones — and what daybrief makes of
// each: the canonical link (tracking parameters dropped), the instant, and whether the page is needed.
const read = (name: string) => readFileSync(new URL(`./testdata/bridges/${name}`, import.meta.url), "utf8");
const parse = (name: string, url: string) => parseFeed(read(name), { url, timeZone: "Asia/Shanghai" }).items;
const verdict = (item: Parameters<typeof pageFromFeedItem>[0]) => judgeFeedText(pageFromFeedItem(item));

const LONG =
  "https://mp.weixin.qq.com/s?__biz=MzIzFixtureQ%3D%3D&mid=2247480001&idx=1&sn=0f1e2d3c4b5a69788796a5b4c3d2e1f0";

describe("WeChat bridge feeds", () => {
  it("WeWe RSS, full-text mode (Atom): the article is in <content>, short /s/ links", () => {
    const [item] = parse("wewe-rss-fulltext.atom", "https://wewe.example.com/feeds/MP_WXS_3000000001.atom");
    assert.equal(canonicalUrl(item!.url), "https://mp.weixin.qq.com/s/Fixture_Short_Id_001");
    assert.equal(item!.publishedAt, "2026-02-04T03:20:00.000Z");
    const v = verdict(item!);
    assert.equal(v.full, true, v.reason);
  });

  it("WeWe RSS without FEED_MODE=fulltext (JSON Feed): a summary ending in an ellipsis", () => {
    const [item] = parse("wewe-rss-summary.json", "https://wewe.example.com/feeds/MP_WXS_3000000001.json");
    assert.equal(canonicalUrl(item!.url), "https://mp.weixin.qq.com/s/Fixture_Short_Id_002");
    const v = verdict(item!);
    assert.equal(v.full, false);
    assert.equal(v.signals.marker, "……");
  });

  it("we-mp-rss: long links with chksm/scene, zone-less dates read in Asia/Shanghai, content:encoded when on", () => {
    const [full, summary] = parse(
      "we-mp-rss.xml",
      "https://we-mp-rss.example.com/feed/MP_WXS_3000000001.rss",
    );
    assert.equal(canonicalUrl(full!.url), LONG);
    assert.equal(full!.publishedAt, "2026-02-04T03:20:00.000Z", "11:20 in Shanghai");
    assert.equal(verdict(full!).full, true, verdict(full!).reason);
    assert.equal(verdict(summary!).full, false);
    assert.equal(verdict(summary!).signals.marker, "阅读原文");
  });

  it("wechat2rss: the full article in <description>; the same long link as we-mp-rss once canonical", () => {
    const [item] = parse("wechat2rss.xml", "https://wechat2rss.example.com/feed/x.xml");
    assert.equal(canonicalUrl(item!.url), LONG, "chksm, scene, xtrack and the fragment dropped");
    assert.equal(item!.publishedAt, "2026-02-04T03:20:00.000Z");
    assert.equal(verdict(item!).full, true);
  });

  it("RSSHub's WeChat routes: full text in <description>, GMT dates; a 展开全文 teaser is a summary", () => {
    const [full, teaser] = parse("rsshub-wechat.xml", "https://rsshub.example.com/wechat/ce/fixture");
    assert.equal(canonicalUrl(full!.url), "https://mp.weixin.qq.com/s/Fixture_Short_Id_001");
    assert.equal(canonicalUrl(teaser!.url), "https://mp.weixin.qq.com/s/Fixture_Short_Id_002");
    assert.equal(full!.publishedAt, "2026-02-04T03:20:00.000Z");
    assert.equal(verdict(full!).full, true);
    assert.equal(verdict(teaser!).full, false);
    assert.equal(verdict(teaser!).signals.marker, "展开全文");
  });
});
