import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalUrl } from "./canonical-url.ts";

test("WeChat long links keep __biz, mid, idx and sn only", () => {
  const long =
    "http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650999999&idx=1&sn=abc123&chksm=84e4&scene=21#wechat_redirect";
  assert.equal(
    canonicalUrl(long),
    "https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw%3D%3D&mid=2650999999&idx=1&sn=abc123",
  );
  assert.equal(canonicalUrl(long.replace("scene=21", "scene=27&from=timeline")), canonicalUrl(long));
});

test("WeChat short links keep the id and drop tracking", () => {
  assert.equal(
    canonicalUrl("https://mp.weixin.qq.com/s/2RAttiGnUNorVGu6OCIdag?scene=1&poc_token=x"),
    "https://mp.weixin.qq.com/s/2RAttiGnUNorVGu6OCIdag",
  );
});

test("other sites: case, www, ports, fragments, tracking and trailing slashes", () => {
  assert.equal(
    canonicalUrl("HTTPS://WWW.QbitAI.com:443/2026/02/12345.html/?utm_source=rss&b=2&a=1#comments"),
    "https://qbitai.com/2026/02/12345.html?a=1&b=2",
  );
  assert.equal(canonicalUrl("https://example.com/post/"), "https://example.com/post");
  assert.equal(canonicalUrl("https://example.com/"), "https://example.com/");
  assert.equal(canonicalUrl("not a url"), "not a url");
});

test("a declared msg_link with HTML entities meets the feed's long link", () => {
  const declared =
    "http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&amp;mid=2650999999&amp;idx=1&amp;sn=abc123&amp;chksm=84e4#rd";
  const feed =
    "https://mp.weixin.qq.com/s?sn=abc123&idx=1&mid=2650999999&__biz=MzA3MzI4MjgzMw%3D%3D&scene=21";
  assert.equal(canonicalUrl(declared), canonicalUrl(feed));
});

test("the old /mp/appmsg/show path maps to the same key as /s", () => {
  assert.equal(
    canonicalUrl(
      "http://mp.weixin.qq.com/mp/appmsg/show?__biz=MzA3MzI4MjgzMw==&appmsgid=2650999999&itemidx=1&sign=abc123",
    ),
    canonicalUrl("https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650999999&idx=1&sn=abc123"),
  );
});

test("spm, utm_* and share parameters go, meaningful ones stay", () => {
  assert.equal(
    canonicalUrl("https://news.example.cn/a/1?spm=a2c6h.123&utm_medium=social&id=7&share_source=wx"),
    "https://news.example.cn/a/1?id=7",
  );
});

test("a host's trailing dot (a fully qualified name) is the same host: one WeChat article, one key", () => {
  assert.equal(
    canonicalUrl("https://mp.weixin.qq.com./s/AbC_12-x?from=rss"),
    "https://mp.weixin.qq.com/s/AbC_12-x",
  );
  assert.equal(canonicalUrl("http://MP.WEIXIN.QQ.COM./s/AbC_12-x"), "https://mp.weixin.qq.com/s/AbC_12-x");
  assert.equal(canonicalUrl("https://www.example.com./post/1/"), canonicalUrl("https://example.com/post/1"));
});
