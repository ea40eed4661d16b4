import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { FeedParseError } from "../errors.ts";
import { decodeBody } from "../http/index.ts";
import { parseFeed } from "./parse-feed.ts";

const TZ = "Asia/Shanghai";
const FEED_URL = "https://bridge.example.com/feeds/jiqizhixin.xml";
const fixture = (name: string) => decodeBody(readFileSync(new URL(`testdata/${name}`, import.meta.url))).text;
const parse = (name: string) => parseFeed(fixture(name), { url: FEED_URL, timeZone: TZ });

describe("parseFeed", () => {
  it("reads a WeChat-bridge RSS feed: entities, links from link/guid, CST, content, author", () => {
    const feed = parse("wechat-bridge.xml");
    assert.equal(feed.format, "rss");
    assert.equal(feed.title, "机器之心");
    const [first, byGuid, relative, undated] = feed.items;
    assert.equal(first?.title, "[美团] STAR：堆叠自回归架构实现多模态“理解-生成-编辑”全能统一 & 开源");
    assert.equal(first?.url, "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650000001&idx=1&sn=abc");
    assert.equal(first?.guid, "jiqizhixin-2650000001-1");
    assert.equal(first?.publishedAt, "2026-02-04T11:18:00.000Z"); // CST read as +0800
    assert.equal(first?.author, "机器之心编辑部");
    assert.deepEqual(first?.categories, ["多模态", "大模型"]);
    assert.match(first?.contentHtml ?? "", /<a href="https:\/\/bridge\.example\.com\/s\/related">/);
    assert.equal(first?.summary, "美团提出 STAR 框架，在 GenEval 上取得 0.91。");
    assert.equal(byGuid?.url, "https://mp.weixin.qq.com/s/2RAttiGnUNorVGu6OCIdag");
    assert.equal(byGuid?.publishedAt, "2026-02-04T00:30:00.000Z"); // zone-less: Shanghai time
    assert.equal(relative?.url, "https://bridge.example.com/s/relative-article");
    assert.equal(relative?.publishedAt, "2026-02-03T15:50:00.000Z"); // 2026年2月3日 23:50
    assert.equal(undated?.publishedAt, undefined);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core fields", () => {
    const feed = parse("rdf.xml");
    assert.equal(feed.format, "rdf");
    assert.deepEqual(feed.items[0], {
      guid: "https://rdf.example.org/a/1",
      url: "https://rdf.example.org/a/1",
      title: "清华团队发布开源推理模型",
      author: "量子位",
      publishedAt: "2026-02-04T01:15:00.000Z",
      summary: "模型在数学基准上提升 12%。",
      contentHtml: "<p>正文 <b>加粗</b></p>",
      categories: ["开源"],
    });
  });

  it("reads Atom 1.0: xml:base, alternate links, html titles, inherited author, xhtml content", () => {
    const feed = parse("atom.xml");
    assert.equal(feed.format, "atom");
    assert.equal(feed.title, "新智元 & 朋友们");
    assert.equal(feed.link, "https://atom.example.com/blog/");
    const [gemini, second] = feed.items;
    assert.equal(gemini?.title, "Gemini 新版本发布 — 长上下文");
    assert.equal(gemini?.url, "https://atom.example.com/blog/posts/gemini");
    assert.equal(gemini?.author, "新智元");
    assert.equal(gemini?.publishedAt, "2026-02-04T02:00:00.000Z");
    assert.equal(
      gemini?.contentHtml,
      '<p>详情见 <a href="https://atom.example.com/docs/gemini">文档</a></p>',
    );
    assert.deepEqual(gemini?.categories, ["大模型"]);
    assert.equal(second?.url, "https://other.example.net/x/y.html");
    assert.equal(second?.author, "张三");
    assert.equal(second?.contentHtml, "<p>XHTML 内容</p>");
  });

  it("reads Atom 0.3", () => {
    const feed = parse("atom03.xml");
    assert.equal(feed.items[0]?.url, "https://old.example.com/1");
    assert.equal(feed.items[0]?.publishedAt, "2026-02-04T00:00:00.000Z");
  });

  it("reads JSON Feed 1.1 and 1.0", () => {
    const v11 = parse("feed.json");
    assert.equal(v11.format, "json");
    assert.equal(v11.items[0]?.url, "https://bridge.example.com/posts/1");
    assert.equal(v11.items[0]?.title, "DeepSeek 发布新模型 & 技术报告");
    assert.equal(v11.items[0]?.author, "日报编辑");
    assert.deepEqual(v11.items[0]?.categories, ["大模型", "开源"]);
    assert.equal(v11.items[1]?.url, "https://json.example.com/posts/2");
    assert.equal(v11.items[1]?.publishedAt, "2026-02-03T23:00:00.000Z");
    assert.equal(v11.items[1]?.contentHtml, "纯文本内容"); // content_text, escaped as HTML
    const v10 = parse("feed-v1.json");
    assert.equal(v10.items[0]?.author, "李四");
  });

  it("reads a GBK feed once decoded", () => {
    const feed = parse("gbk.xml");
    assert.equal(feed.title, "新智元（GBK 编码）");
    assert.equal(feed.items[0]?.title, "国产大模型登顶评测榜单");
    assert.equal(feed.items[0]?.publishedAt, "2026-02-04T02:00:00.000Z");
  });

  it("throws FeedParseError with a specific message for non-feeds", () => {
    const cases: [string, RegExp][] = [
      [fixture("malformed.xml"), /malformed/],
      [fixture("not-a-feed.html"), /HTML page/],
      ["", /empty document/],
      ["{not json", /not valid JSON/],
      ['{"hello": 1}', /JSON but not a JSON Feed/],
      ["<svg xmlns='http://www.w3.org/2000/svg'/>", /root element <svg>/],
      ["plain text", /not XML or JSON/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseFeed(text, { url: FEED_URL, timeZone: TZ }),
        (e: unknown) => e instanceof FeedParseError && message.test(e.message) && e.url === FEED_URL,
      );
    }
  });

  it("substitutes DOCTYPE entities, but refuses a feed whose entities would expand past its budget", () => {
    const feed = (entity: string, references: number) =>
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "${entity}">]><rss version="2.0"><channel><title>t</title>` +
      `<item><title>标题&e;</title><link>https://example.com/a</link><description>${"&e;".repeat(references)}</description></item></channel></rss>`;
    // A small entity used a few times is read as written.
    const small = parseFeed(feed("·", 3), { url: FEED_URL, timeZone: TZ });
    assert.equal(small.items[0]?.title, "标题·");
    // A 60,000-character entity named 4,000 times: a 72 KB feed that would become a 240 MB item.
    const started = Date.now();
    assert.throws(
      () => parseFeed(feed("A".repeat(60_000), 4_000), { url: FEED_URL, timeZone: TZ }),
      (e: unknown) =>
        e instanceof FeedParseError && /entity expansion bomb/.test(e.message) && e.url === FEED_URL,
    );
    assert.ok(Date.now() - started < 1_000, "refused before the text is built");
    // So many references that the text could not even be built: the same clear error, not a RangeError.
    assert.throws(
      () => parseFeed(feed("A".repeat(60_000), 200_000), { url: FEED_URL, timeZone: TZ }),
      (e: unknown) => e instanceof FeedParseError && /entity expansion bomb/.test(e.message),
    );
  });
});
