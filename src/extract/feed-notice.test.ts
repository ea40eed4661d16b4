import assert from "node:assert/strict";
import { test } from "node:test";
import { pageFromFeedItem } from "./page-from-feed-item.ts";
import { classifyFeedText } from "./page-kind.ts";

const item = (summary: string) => ({
  url: "https://mp.weixin.qq.com/s/x",
  title: "独家｜融资细节曝光",
  summary,
});

test("a feed text that is itself a deletion, violation or verification notice is recognised like the page", () => {
  assert.equal(pageFromFeedItem(item("该内容已被发布者删除")).kind, "deleted");
  assert.equal(
    pageFromFeedItem(item("知情人士透露了这轮融资的估值与领投方。（本文已被发布者删除）")).kind,
    "deleted",
  );
  assert.equal(pageFromFeedItem(item("<p>此内容因违反相关法律法规无法查看</p>")).kind, "blocked");
  assert.equal(
    pageFromFeedItem(item("环境异常 当前环境异常，完成验证后即可继续访问。 去验证")).kind,
    "verification",
  );
  const page = pageFromFeedItem(item("该内容已被发布者删除"));
  assert.match(page.reason ?? "", /已被发布者删除/);
});

test("an article or summary that reports a deletion is not a notice", () => {
  assert.equal(
    classifyFeedText("OpenAI 的一篇博客已被作者删除，其中提到了新模型的训练细节，引发社区讨论。"),
    undefined,
  );
  assert.equal(
    pageFromFeedItem(item("智谱发布了新一代基座模型 GLM-5，重点提升了编程能力。")).kind,
    "article",
  );
  const long = `${"大模型的发展速度很快，".repeat(20)}该内容已被发布者删除`;
  assert.equal(classifyFeedText(long), undefined);
});
