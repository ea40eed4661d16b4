import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FeedParseError } from "../errors.ts";
import { closeTruncatedFeed } from "./close-truncated-feed.ts";
import { parseFeed } from "./parse-feed.ts";

const OPTIONS = { url: "https://bridge.example.com/jiqizhixin.xml", timeZone: "UTC" };
const RSS = `<rss version="2.0"><channel><title>机器之心</title>
<item><title>第一篇</title><link>https://example.com/1?a=1&amp;b=2</link></item>
<item><title>第二篇</title><link>https://example.com/2</link></item>
</channel></rss>`;

describe("closeTruncatedFeed", () => {
  it("keeps the complete items of an RSS feed cut short", () => {
    for (const cut of [RSS.length - 1, RSS.indexOf("</channel>") + 4, RSS.indexOf("第二篇") + 1]) {
      const feed = parseFeed(RSS.slice(0, cut), OPTIONS);
      assert.equal(feed.title, "机器之心", `cut at ${cut}`);
      assert.equal(feed.items[0]?.url, "https://example.com/1?a=1&b=2", `cut at ${cut}`);
      if (cut > RSS.lastIndexOf("</item>")) assert.equal(feed.items[1]?.url, "https://example.com/2");
    }
  });

  it("closes Atom and RDF documents after their last complete entry", () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id></entry><entry><id>b';
    assert.equal(
      closeTruncatedFeed(atom),
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id></entry></feed>',
    );
    const rdf = '<rdf:RDF xmlns:rdf="x"><channel/><item><title>t</title></item><item>';
    assert.equal(
      closeTruncatedFeed(rdf),
      '<rdf:RDF xmlns:rdf="x"><channel/><item><title>t</title></item></rdf:RDF>',
    );
  });

  it("gives up when no item is complete, and the parse error stays the original one", () => {
    assert.equal(closeTruncatedFeed("<rss><channel><item><title>t"), undefined);
    assert.equal(closeTruncatedFeed("<html><body>"), undefined);
    assert.throws(() => parseFeed("<rss><channel><item><title>t", OPTIONS), FeedParseError);
  });
});
