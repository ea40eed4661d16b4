import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFeed } from "./parse-feed.ts";

// A feed URL can carry its credentials (an RSSHub ACCESS_KEY as ?key=, user:password@): relative
// links of its items resolve against it, and an item's URL is published (chat, JSON, the webhook,
// the static site). The credentials stay with the feed, never in an item's link.
const FEED_URL = "https://reader:hunter2pass@rss.example/telegram/channel/x?key=SECRET-ACCESS-KEY&limit=20";

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>只有锚点</title><link>#post-1</link><description>a</description></item>
<item><title>相对路径</title><link>/post/2</link><description>b</description></item>
<item><title>正文链接</title><link>https://rss.example/post/3</link>
<description><![CDATA[<p>见 <a href=" #note">注释</a> 和 <a href="img/1.png">图</a> 和 <a href="">空</a></p>]]></description></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id>
<entry><title>锚点</title><id>e1</id><link href="#e1"/><updated>2026-02-04T00:00:00Z</updated><content type="html">&lt;a href="#c"&gt;c&lt;/a&gt;</content></entry>
</feed>`;

const json = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "t",
  items: [{ id: "1", url: "#j1", title: "锚点", content_html: '<a href=" #c">c</a>' }],
});

test("an item's links never carry the feed URL's query or user info", () => {
  for (const text of [rss, atom, json]) {
    const feed = parseFeed(text, { url: FEED_URL, timeZone: "Asia/Shanghai" });
    assert.ok(feed.items.length > 0);
    const seen = JSON.stringify(feed.items);
    assert.doesNotMatch(seen, /SECRET-ACCESS-KEY|hunter2pass|reader:/, seen);
    assert.ok(
      feed.items.every((i) => i.url.startsWith("https://rss.example/")),
      seen,
    );
  }
  const [anchor, relative] = parseFeed(rss, { url: FEED_URL, timeZone: "Asia/Shanghai" }).items;
  assert.equal(anchor!.url, "https://rss.example/telegram/channel/x#post-1");
  assert.equal(relative!.url, "https://rss.example/post/2");
});
