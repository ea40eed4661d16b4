import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { FeedParseError } from "../errors.ts";
import { parseOpml } from "./parse-opml.ts";

it("flattens nested outlines into feeds with their folder as category", () => {
  const text = readFileSync(new URL("testdata/subscriptions.opml", import.meta.url), "utf8");
  assert.deepEqual(parseOpml(text), [
    {
      title: "机器之心",
      url: "https://bridge.example.com/feeds/jiqizhixin.xml",
      htmlUrl: "https://www.jiqizhixin.com/",
      category: "AI 媒体",
    },
    { title: "量子位", url: "https://bridge.example.com/feeds/qbitai.xml", category: "AI 媒体/深层" },
    { title: "Hacker News & 朋友", url: "https://hnrss.example.org/frontpage", category: "tech" },
  ]);
});

it("throws FeedParseError for documents that are not OPML", () => {
  assert.throws(
    () => parseOpml("<rss version='2.0'><channel/></rss>"),
    (e: unknown) => {
      return e instanceof FeedParseError && /a feed, not an OPML/.test(e.message);
    },
  );
  assert.throws(() => parseOpml("hello"), FeedParseError);
});
