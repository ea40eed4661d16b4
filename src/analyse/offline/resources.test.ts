import assert from "node:assert/strict";
import { test } from "node:test";
import { extractResources } from "./resources.ts";

test("finds arXiv, GitHub and Hugging Face links in anchors and text, canonical and deduplicated", () => {
  const text = [
    "论文：https://arxiv.org/html/2508.17807v1，另见 arXiv:2508.17807 和 arXiv：2412.02730。",
    "代码：github.com/intcomp/attention-bias/tree/main，数据 https://huggingface.co/datasets/org/set。",
  ].join("\n");
  const links = [{ text: "GitHub", href: "https://github.com/intcomp/attention-bias.git" }];
  assert.deepEqual(
    extractResources(text, links).map((r) => [r.label, r.url]),
    [
      ["arXiv 论文", "https://arxiv.org/abs/2508.17807"],
      ["arXiv 论文", "https://arxiv.org/abs/2412.02730"],
      ["GitHub 代码", "https://github.com/intcomp/attention-bias"],
      ["Hugging Face 数据集", "https://huggingface.co/datasets/org/set"],
    ],
  );
});

test("never lists WeChat, images, social links or site pages", () => {
  const links = [
    { text: "阅读原文", href: "https://mp.weixin.qq.com/s/abc" },
    { text: "", href: "https://mmbiz.qpic.cn/a/640.png" },
    { text: "分享", href: "https://twitter.com/intent/tweet?url=x" },
    { text: "", href: "https://github.com/features/copilot" },
    { text: "", href: "javascript:void(0)" },
    { text: "", href: "https://example.com/figure.jpg" },
  ];
  assert.deepEqual(extractResources("", links), []);
});

test("labels a link the article calls its 官网 as the project page, another page as a web page", () => {
  const text = "官网：https://skywork.ai/desktop。报道见 https://news.example.com/a).";
  assert.deepEqual(
    extractResources(text, []).map((r) => [r.label, r.url]),
    [
      ["项目主页", "https://skywork.ai/desktop"],
      ["网页", "https://news.example.com/a"],
    ],
  );
});

test("never lists the publisher's promotion: newsletter, group sign-up, share, job ad (by its words or its path)", () => {
  const text = [
    "代码已开源：https://github.com/acme/widget",
    "欢迎加入读者交流群：https://forms.example.org/g/reader-group",
    "更多信息见官网 https://widget.example.org",
  ].join("\n");
  const links = [
    { text: "Subscribe to our newsletter", href: "https://news.example.com/weekly" },
    { text: "Model card", href: "https://huggingface.co/acme/widget-7b" },
    { text: "Sign up", href: "https://news.example.com/signup?ref=article" },
    { text: "", href: "https://media.example.com/subscribe" },
    { text: "我们在招聘", href: "https://acme.example.com/about" },
  ];
  assert.deepEqual(
    extractResources(text, links).map((r) => r.url),
    ["https://github.com/acme/widget", "https://huggingface.co/acme/widget-7b", "https://widget.example.org"],
  );
});

test("labels every other link by what it is, never 相关链接; link words that only name the kind are no title", () => {
  const text = [
    "报告地址：https://edu-report.example.org/2026",
    "官方博客 https://acme.example.com/blog/launch-notes",
    "https://docs.acme.example.com/widget/quickstart",
    "https://www.acme.example.com/",
    "更多见 https://news.example.net/2026/11/widget",
  ].join("\n");
  const links = [
    { text: "相关链接", href: "https://github.com/acme/widget" },
    { text: "论文链接", href: "https://arxiv.org/abs/2611.08841" },
    { text: "链接", href: "https://widget.github.io/" },
  ];
  const out = extractResources(text, links);
  assert.deepEqual(
    out.map((r) => [r.label, r.url, r.title]),
    [
      ["arXiv 论文", "https://arxiv.org/abs/2611.08841", undefined],
      ["GitHub 代码", "https://github.com/acme/widget", undefined],
      ["项目主页", "https://widget.github.io/", undefined],
      ["报告原文", "https://edu-report.example.org/2026", undefined],
      ["官方博客", "https://acme.example.com/blog/launch-notes", undefined],
      ["文档", "https://docs.acme.example.com/widget/quickstart", undefined],
    ],
  );
  assert.ok(out.every((r) => r.label !== "相关链接" && r.label !== "链接"));
});

test("a link's words name its kind only as whole words: 'Xcode integration' is no code repository", () => {
  const links = [
    { text: "Xcode integration", href: "https://openai.com/blog/xcode-integration" },
    { text: "Release notes", href: "https://developer.example.com/news/releases/?id=7" },
    { text: "Software 2.0", href: "https://someone.medium.com/software-2-0" },
  ];
  assert.deepEqual(
    extractResources("", links).map((r) => r.label),
    ["官方博客", "官方新闻", "博客文章"],
  );
});
