import assert from "node:assert/strict";
import { test } from "node:test";
import { internalHostReason, linkTextMisleads, publishableUrl } from "./links.ts";

test("a link into a network is never published, in any spelling the URL parser accepts", () => {
  for (const url of [
    "http://10.0.0.5/admin",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://good.example@127.0.0.1/",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://app.localhost/",
    "http://jenkins/",
    "http://nas.local/",
    "http://grafana.internal/",
    "http://router.home.arpa/",
    "http://wiki.corp/",
  ]) {
    assert.equal(publishableUrl(url), undefined, url);
    assert.ok(internalHostReason(new URL(url)), url);
  }
  for (const url of [
    "https://github.com/x",
    "http://8.8.8.8/",
    "http://[2606:4700::1111]/",
    "https://evil.example/",
  ])
    assert.equal(publishableUrl(url), url, url);
  // A URL the operator configured (a channel's pageUrl) may be internal.
  assert.equal(publishableUrl("http://briefs.corp/x", { ours: true }), "http://briefs.corp/x");
});

test("a link text naming another address misleads; words with dots and the link's own host do not", () => {
  const evil = "https://evil.example/x";
  for (const text of [
    "github.com/openai/x",
    "https://github.com/openai/x",
    "见https://github.com/openai/x",
    "github。com/openai",
    "github\u200b.com/x",
    "www.github.com",
    "openai.com",
    "访问 openai.com 了解",
  ])
    assert.ok(linkTextMisleads(text, evil), text);
  for (const text of [
    "Character.ai 发布新模型",
    "Node.js 22 发布",
    "README.md",
    "v1.2.3 版本",
    "3.14 倍",
    "OpenAI 发布 GPT-5",
  ])
    assert.ok(!linkTextMisleads(text, evil), text);
  assert.ok(!linkTextMisleads("github.com/openai/x", "https://github.com/openai/x"));
  assert.ok(!linkTextMisleads("github.com", "https://gist.github.com/x"));
  assert.ok(!linkTextMisleads("evil.example/x", evil));
});

test("reading a link text costs time linear in its length", () => {
  // A pattern tried from every position re-read the rest of the text: 16 KB took 0.6 s, 64 KB ~10 s.
  for (const text of ["a".repeat(64_000), "a-".repeat(32_000), "a.".repeat(32_000), "a/".repeat(32_000)]) {
    const start = performance.now();
    linkTextMisleads(`${text}!`, "https://evil.example/");
    assert.ok(performance.now() - start < 1_000, `${text.slice(0, 4)}…: ${performance.now() - start} ms`);
  }
});

test("a host written outside ASCII is published as the name it resolves as", () => {
  // A Cyrillic і: reads as GitHub, goes elsewhere.
  assert.equal(publishableUrl("https://gіthub.com/openai/x"), "https://xn--gthub-n2e.com/openai/x");
  assert.ok(linkTextMisleads("gіthub.com/openai/x", "https://github.com/openai/x"));
  assert.ok(linkTextMisleads("github.com/openai/x", "https://gіthub.com/openai/x"));
  // A real IDN named by its own link is its own.
  assert.ok(!linkTextMisleads("例子.中国/页面", "https://例子.中国/页面"));
  // An ASCII host keeps its path as written (Chinese paths stay readable).
  assert.equal(
    publishableUrl("https://zh.wikipedia.org/wiki/人工智能"),
    "https://zh.wikipedia.org/wiki/人工智能",
  );
});

test("a link's invisible characters are percent-encoded: it shows the address it goes to", () => {
  const url = "https://example.org/x\u202egnp.exe\u200b\u2066?q=\u00ad#\u2060";
  const published = publishableUrl(url)!;
  assert.equal(published, "https://example.org/x%E2%80%AEgnp.exe%E2%80%8B%E2%81%A6?q=%C2%AD#%E2%81%A0");
  assert.equal(new URL(published).href, new URL(url).href, "the same address");
});
