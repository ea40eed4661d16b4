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

test("labels a link the article calls its 官网 as the project page, others as related", () => {
  const text = "官网：https://skywork.ai/desktop。报道见 https://news.example.com/a).";
  assert.deepEqual(
    extractResources(text, []).map((r) => [r.label, r.url]),
    [
      ["项目主页", "https://skywork.ai/desktop"],
      ["相关链接", "https://news.example.com/a"],
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
