import assert from "node:assert/strict";
import { test } from "node:test";
import { ARXIV_MENTION, arxivIdOf, type KnownLinkKind, parseKnownLink, trimUrl } from "./known-links.ts";

/** URL as written → kind, id, URL shown. */
const TABLE: [string, KnownLinkKind, string, string][] = [
  ["https://arxiv.org/abs/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["http://www.arxiv.org/abs/2512.13752v3", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://arxiv.org/pdf/2512.13752v2.pdf", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://arxiv.org/pdf/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://arxiv.org/html/2512.13752v1#S3", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://export.arxiv.org/abs/2401.01234", "arxiv", "2401.01234", "https://arxiv.org/abs/2401.01234"],
  ["https://arxiv.org/format/2401.01234", "arxiv", "2401.01234", "https://arxiv.org/abs/2401.01234"],
  [
    "https://arxiv.org/abs/hep-th/9901001v2",
    "arxiv",
    "hep-th/9901001",
    "https://arxiv.org/abs/hep-th/9901001",
  ],
  [
    "https://arxiv.org/abs/math.GT/0309136",
    "arxiv",
    "math.GT/0309136",
    "https://arxiv.org/abs/math.GT/0309136",
  ],
  ["https://www.alphaxiv.org/abs/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  [
    "https://www.alphaxiv.org/overview/2512.13752v1",
    "arxiv",
    "2512.13752",
    "https://arxiv.org/abs/2512.13752",
  ],
  ["https://papers.cool/arxiv/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://huggingface.co/papers/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  ["https://hf.co/papers/2512.13752", "arxiv", "2512.13752", "https://arxiv.org/abs/2512.13752"],
  [
    "https://arxiv.org/list/cs.CL/recent",
    "web",
    "arxiv.org/list/cs.CL/recent",
    "https://arxiv.org/list/cs.CL/recent",
  ],
  ["https://huggingface.co/papers", "web", "huggingface.co/papers", "https://huggingface.co/papers"],
  [
    "https://github.com/OpenBMB/MiniCPM-o",
    "github",
    "OpenBMB/MiniCPM-o",
    "https://github.com/OpenBMB/MiniCPM-o",
  ],
  [
    "https://github.com/OpenBMB/MiniCPM-o.git",
    "github",
    "OpenBMB/MiniCPM-o",
    "https://github.com/OpenBMB/MiniCPM-o",
  ],
  [
    "https://github.com/OpenBMB/MiniCPM-o/blob/main/README.md#install",
    "github",
    "OpenBMB/MiniCPM-o",
    "https://github.com/OpenBMB/MiniCPM-o",
  ],
  [
    "https://github.com/OpenBMB/MiniCPM-o/tree/main/docs",
    "github",
    "OpenBMB/MiniCPM-o",
    "https://github.com/OpenBMB/MiniCPM-o",
  ],
  [
    "https://raw.githubusercontent.com/OpenBMB/MiniCPM-o/main/a.py",
    "github",
    "OpenBMB/MiniCPM-o",
    "https://github.com/OpenBMB/MiniCPM-o",
  ],
  ["https://github.com/OpenBMB", "github-owner", "OpenBMB", "https://github.com/OpenBMB"],
  ["https://github.com/orgs/OpenBMB/repositories", "github-owner", "OpenBMB", "https://github.com/OpenBMB"],
  ["https://github.com/topics/llm", "web", "github.com/topics/llm", "https://github.com/topics/llm"],
  [
    "https://gist.github.com/someone/0a1b2c3d",
    "gist",
    "someone/0a1b2c3d",
    "https://gist.github.com/someone/0a1b2c3d",
  ],
  [
    "https://huggingface.co/openbmb/MiniCPM-o-4_5/tree/main",
    "hf-model",
    "openbmb/MiniCPM-o-4_5",
    "https://huggingface.co/openbmb/MiniCPM-o-4_5",
  ],
  [
    "https://hf.co/openbmb/MiniCPM-o-4_5",
    "hf-model",
    "openbmb/MiniCPM-o-4_5",
    "https://huggingface.co/openbmb/MiniCPM-o-4_5",
  ],
  [
    "https://huggingface.co/datasets/org/set/viewer",
    "hf-dataset",
    "org/set",
    "https://huggingface.co/datasets/org/set",
  ],
  [
    "https://huggingface.co/spaces/org/demo",
    "hf-space",
    "org/demo",
    "https://huggingface.co/spaces/org/demo",
  ],
  ["https://huggingface.co/openbmb", "hf-owner", "openbmb", "https://huggingface.co/openbmb"],
  [
    "https://huggingface.co/datasets/org",
    "web",
    "huggingface.co/datasets/org",
    "https://huggingface.co/datasets/org",
  ],
  ["https://huggingface.co/blog/post", "web", "huggingface.co/blog/post", "https://huggingface.co/blog/post"],
  [
    "https://gitee.com/owner/repo/tree/master",
    "repo",
    "gitee.com/owner/repo",
    "https://gitee.com/owner/repo",
  ],
  [
    "https://modelscope.cn/models/owner/name/files",
    "repo",
    "modelscope.cn/models/owner/name",
    "https://modelscope.cn/models/owner/name",
  ],
  ["https://star.github.io/site/", "project", "star.github.io/site", "https://star.github.io/site"],
  ["https://www.example.com/a/?q=1#top", "web", "example.com/a", "https://example.com/a?q=1"],
];

test("known links: every spelling → kind, id and the URL shown", () => {
  for (const [raw, kind, id, url] of TABLE) {
    const link = parseKnownLink(raw);
    assert.deepEqual(link && { kind: link.kind, id: link.id, url: link.url }, { kind, id, url }, raw);
  }
});

test("known links: only absolute http(s) URLs", () => {
  for (const raw of ["javascript:alert(1)", "mailto:a@b.c", "arxiv.org/abs/2512.13752", "not a url"]) {
    assert.equal(parseKnownLink(raw), undefined, raw);
  }
});

test("arxivIdOf: bare ids with a prefix or version, old style too", () => {
  assert.equal(arxivIdOf("arXiv:2512.13752v2"), "2512.13752");
  assert.equal(arxivIdOf("hep-th/9901001"), "hep-th/9901001");
  assert.equal(arxivIdOf("2512"), undefined);
});

test("trimUrl: prose punctuation and unopened brackets go, a URL's own brackets stay", () => {
  const cases: [string, string][] = [
    ["https://github.com/a/b。", "https://github.com/a/b"],
    ["https://github.com/a/b），", "https://github.com/a/b"],
    ["https://arxiv.org/abs/2512.13752).", "https://arxiv.org/abs/2512.13752"],
    [
      "https://en.wikipedia.org/wiki/Transformer_(model))。",
      "https://en.wikipedia.org/wiki/Transformer_(model)",
    ],
    ["**https://github.com/a/b**", "**https://github.com/a/b"],
    ['https://example.com/x?a=1"]', "https://example.com/x?a=1"],
  ];
  for (const [raw, trimmed] of cases) assert.equal(trimUrl(raw), trimmed, raw);
});

test("ARXIV_MENTION: an id named in prose, version dropped, never a longer number", () => {
  const ids = (s: string) => [...s.matchAll(ARXIV_MENTION)].map((m) => m[1]);
  assert.deepEqual(ids("见 arXiv:2512.13752v2 与 arXiv 2401.01234。"), ["2512.13752", "2401.01234"]);
  assert.deepEqual(ids("arXiv 2512.123456"), []);
});
