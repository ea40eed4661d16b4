import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFeed } from "./parse-feed.ts";
import { renameRssExtensions } from "./rename-rss-extensions.ts";

const rss = (item: string) =>
  `<rss version="2.0"><channel><title>量子位</title><item>${item}</item></channel></rss>`;
const parseItem = (item: string) =>
  parseFeed(rss(item), { url: "https://bridge.example.com/qbitai.xml", timeZone: "UTC" }).items[0];

describe("renameRssExtensions", () => {
  it("turns inline <xhtml:body> markup into content", () => {
    const item = parseItem(
      '<title>模型发布</title><xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>GenEval 0.91 &amp; 开源</xhtml:p></xhtml:body>',
    );
    assert.equal(item?.contentHtml, "<p>GenEval 0.91 &amp; 开源</p>");
  });

  it("reads an unprefixed XHTML <body> but not a <body> of another namespace", () => {
    const xhtml = parseItem(
      '<title>a</title><body xmlns="http://www.w3.org/1999/xhtml">\n<p>正文</p>\n</body>',
    );
    assert.equal(xhtml?.contentHtml, "<p>正文</p>");
    const other = parseItem('<title>a</title><body xmlns="urn:example:other"><p>x</p></body>');
    assert.equal(other?.contentHtml, undefined);
  });

  it("keeps an item whose only text is <fullitem>", () => {
    const item = parseItem("<fullitem>&lt;p&gt;全文&lt;/p&gt;</fullitem>");
    assert.equal(item?.contentHtml, "<p>全文</p>");
  });

  it("uses <summary> as the description when there is none", () => {
    const item = parseItem("<title>a</title><summary>摘要</summary>");
    assert.equal(item?.summary, "摘要");
  });

  it("with both <summary> and <description>, the first is the summary and the second the content", () => {
    const summaryFirst = parseItem("<summary>短</summary><description>长的正文</description>");
    assert.deepEqual([summaryFirst?.summary, summaryFirst?.contentHtml], ["短", "长的正文"]);
    const descriptionFirst = parseItem("<description>短</description><summary>长的正文</summary>");
    assert.deepEqual([descriptionFirst?.summary, descriptionFirst?.contentHtml], ["短", "长的正文"]);
  });

  it("leaves items with content:encoded, CDATA text and non-RSS documents alone", () => {
    const withContent = rss(
      "<description>d</description><summary>s</summary><content:encoded>c</content:encoded>",
    );
    assert.equal(renameRssExtensions(withContent), withContent);
    const inCdata = rss("<description><![CDATA[<summary>not an element</summary>]]></description>");
    assert.equal(renameRssExtensions(inCdata), inCdata);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>s</summary></entry></feed>';
    assert.equal(renameRssExtensions(atom), atom);
  });
});
