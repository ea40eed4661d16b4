import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extractPage } from "./index.ts";

const html = readFileSync(new URL("./testdata/blog-article.html", import.meta.url), "utf8");
const page = extractPage(html, { url: "https://blog.example.com/posts/vector-db-notes?utm_source=rss" });

test("generic page: metadata", () => {
  assert.equal(page.kind, "article");
  assert.equal(page.title, "向量数据库选型笔记");
  assert.equal(page.account, "星河技术博客");
  assert.equal(page.author, "周明远");
  assert.equal(page.publishedAt, "2026-02-03T01:30:00.000Z");
  assert.equal(page.canonicalUrl, "https://blog.example.com/posts/vector-db-notes");
});

test("generic page: body without navigation, footer or hidden text", () => {
  assert.match(page.text, /^过去三个月/);
  assert.match(page.text, /\n\n测试方法\n\n/);
  assert.ok(page.text.includes("自建集群的长期成本更可控"));
  for (const gone of ["首页", "归档", "保留所有权利", "系统提示词"])
    assert.ok(!page.text.includes(gone), gone);
});

test("generic page: relative links resolve against the page URL", () => {
  assert.deepEqual(page.links, [
    { text: "配置文件", href: "https://blog.example.com/files/benchmark-config.yaml" },
    { text: "社区讨论帖", href: "https://forum.example.net/t/vector-db" },
  ]);
});
