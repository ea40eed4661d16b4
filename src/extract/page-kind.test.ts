import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { classifyNotice, extractPage } from "./index.ts";

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), "utf8");
const url = "https://mp.weixin.qq.com/s/SomeArticle";
const notice = (title: string, desc = "") =>
  `<html><body><div class="weui-msg"><h2 class="weui-msg__title">${title}</h2><p class="weui-msg__desc">${desc}</p></div></body></html>`;

test("deleted by the author", () => {
  const page = extractPage(fixture("wechat-deleted.html"), { url });
  assert.equal(page.kind, "deleted");
  assert.equal(page.reason, "该内容已被发布者删除");
  assert.equal(page.text, "");
});

test("removed for a violation is blocked, with the page's words", () => {
  const page = extractPage(fixture("wechat-violation.html"), { url });
  assert.equal(page.kind, "blocked");
  assert.equal(page.reason, "此内容因违规无法查看 该内容违反了相关运营规范，已停止传播。");
});

test("complaint notice is blocked", () => {
  const page = extractPage(notice("此内容被投诉且经审核涉嫌侵权，无法查看。"), { url });
  assert.equal(page.kind, "blocked");
  assert.match(page.reason ?? "", /涉嫌侵权/);
});

test("migrated account is deleted", () => {
  const page = extractPage(notice("该公众号已迁移", "请访问新的公众号。"), { url });
  assert.equal(page.kind, "deleted");
  assert.match(page.reason ?? "", /该公众号已迁移/);
});

test("verification page", () => {
  const page = extractPage(fixture("wechat-verification.html"), { url });
  assert.equal(page.kind, "verification");
  assert.match(page.reason ?? "", /完成验证后即可继续访问/);
});

test("WeChat's 'open in the WeChat client' answer is a wall; an expired or mangled link is unavailable — never article text", () => {
  const client = extractPage(notice("请在微信客户端打开链接"), { url });
  assert.deepEqual([client.kind, client.reason, client.text], ["verification", "请在微信客户端打开链接", ""]);
  for (const [title, desc] of [
    ["链接已过期", ""],
    ["参数错误", "请检查链接是否完整"],
    ["该链接已失效", ""],
  ] as const) {
    const page = extractPage(notice(title, desc), { url });
    assert.equal(page.kind, "unavailable", title);
    assert.match(page.reason ?? "", new RegExp(title));
    assert.equal(page.text, "", title);
  }
  // An article that writes about an expired link is still an article.
  const article = extractPage(
    `<html><body><div id="js_content"><p>${"很多读者反馈分享出去的链接已过期，原因是临时链接带有时间戳签名。".repeat(12)}</p></div></body></html>`,
    { url },
  );
  assert.equal(article.kind, "article");
});

test("a captcha wall on another site is a verification page", () => {
  const page = extractPage("<html><body><h1>Please complete the captcha to continue</h1></body></html>", {
    url: "https://news.example.com/a",
  });
  assert.equal(page.kind, "verification");
});

test("an article that mentions deletion is still an article", () => {
  const body = "<p>平台在公告中说，该内容已被发布者删除的情况会在页面上注明。</p>".repeat(20);
  const page = extractPage(`<h1 id="activity-name">公告解读</h1><div id="js_content">${body}</div>`, { url });
  assert.equal(page.kind, "article");
});

test("the reason is the notice itself, without the page's buttons and footer (微信公众平台运营中心, 我要反馈)", () => {
  const verdict = classifyNotice(["该内容已被发布者删除 知道了 微信公众平台运营中心 我要反馈"]);
  assert.equal(verdict?.kind, "deleted");
  assert.equal(verdict?.reason, "该内容已被发布者删除");
  const verify = classifyNotice([
    "环境异常 当前环境异常，完成验证后即可继续访问。 去验证 微信公众平台 意见反馈",
  ]);
  assert.equal(verify?.kind, "verification");
  assert.equal(verify?.reason, "环境异常 当前环境异常，完成验证后即可继续访问。");
});
