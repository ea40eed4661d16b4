import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { PLAIN_RESOURCE_LABEL } from "./check-resources.ts";
import { explainClaims } from "./explain-claims.ts";
import type { ArticleEvidence } from "./types.ts";
import { verifyEntry } from "./verify-entry.ts";

// A hostile LLM reply puts what the verifier checks in prose into the fields beside it: 相关资源
// (label, link text, a URL dressed up with junk the link comparison ignores), tags and the title.
// Fixture written for this test: a short article about a made-up open model.
const article: ArticleEvidence = {
  title: "晨星实验室开源 Lumen-2 视觉模型",
  publisher: "测试号",
  text: [
    "晨星实验室今天开源了 Lumen-2 视觉模型，参数量为 7B，在 ImageBench 上得分 81.5。",
    "代码仓库：https://github.com/morningstar-lab/lumen",
    "技术博客：https://blog.morningstar.example/posts/lumen-2",
    "演示：https://demo.morningstar.example:7860/app",
    "晨星实验室表示，团队暂时不会开放训练数据，也不提供商用授权。",
  ].join("\n"),
  links: [{ text: "代码仓库", href: "https://github.com/morningstar-lab/lumen" }],
};

const base: Entry = {
  org: "晨星实验室",
  title: "晨星实验室开源 Lumen-2 视觉模型",
  stars: 3,
  tags: ["视觉模型", "开源"],
  summary: "晨星实验室开源了 Lumen-2 视觉模型，参数量为 7B。",
  core: { bullets: [] },
  results: { bullets: [{ text: "ImageBench 得分 81.5。" }] },
  insights: { bullets: [] },
  resources: [{ label: "GitHub 代码", url: "https://github.com/morningstar-lab/lumen" }],
};

const withResource = (r: Entry["resources"][number]): Entry => ({ ...base, resources: [r] });

test("a clean entry keeps its resources and tags as written", () => {
  const out = verifyEntry(base, article).entry;
  assert.deepEqual(out.resources, base.resources);
  assert.deepEqual(out.tags, base.tags);
});

test("a supported link is published without what the comparison ignored", () => {
  const cases: Array<[string, string]> = [
    // user info: shown as "github.com/…", it logs in to the host with the attacker's name
    ["https://attacker:x@github.com/morningstar-lab/lumen", "https://github.com/morningstar-lab/lumen"],
    // a (text) fragment that highlights words the article does not say
    [
      "https://blog.morningstar.example/posts/lumen-2#:~:text=已停止维护",
      "https://blog.morningstar.example/posts/lumen-2",
    ],
    // tracking / open-redirect parameters the key drops
    [
      "https://blog.morningstar.example/posts/lumen-2?utm_source=x&from=https://evil.example",
      "https://blog.morningstar.example/posts/lumen-2",
    ],
    // a query on a parent of the article's page: the comparison ignores it
    ["https://blog.morningstar.example/?next=https://evil.example", "https://blog.morningstar.example/"],
    // another port on a code host
    ["https://github.com:8443/morningstar-lab/lumen", "https://github.com/morningstar-lab/lumen"],
    // a code-host link with a query
    ["https://github.com/morningstar-lab/lumen?redirect=evil", "https://github.com/morningstar-lab/lumen"],
    // the repository on another host that names it (not the host the article vouched for)
    [
      "https://raw.githubusercontent.com/morningstar-lab/lumen/main/install.sh",
      "https://github.com/morningstar-lab/lumen",
    ],
  ];
  for (const [written, published] of cases) {
    const out = verifyEntry(withResource({ label: "相关链接", url: written }), article).entry;
    assert.deepEqual(
      out.resources.map((r) => r.url),
      [published],
      written,
    );
  }
});

test("a port the article does not link is another page", () => {
  const other = verifyEntry(
    withResource({ label: "演示", url: "https://demo.morningstar.example:8443/app" }),
    article,
  );
  assert.equal(other.entry.resources.length, 0);
  const same = verifyEntry(
    withResource({ label: "演示", url: "https://demo.morningstar.example:7860/app" }),
    article,
  );
  assert.deepEqual(
    same.entry.resources.map((r) => r.url),
    ["https://demo.morningstar.example:7860/app"],
  );
});

test("link text and labels may not name another link, nor a figure the article lacks", () => {
  const url = "https://github.com/morningstar-lab/lumen";
  // Link text disguising where the link goes, even as a link the article has.
  for (const title of [
    "https://evil.example/lumen-setup.exe",
    "https://blog.morningstar.example/posts/lumen-2",
  ]) {
    const r = verifyEntry(withResource({ label: "GitHub 代码", url, title }), article);
    assert.deepEqual(r.entry.resources, [{ label: "GitHub 代码", url }], title);
    assert.ok(r.claims.some((c) => c.where === "resources[0].title" && c.status === "dropped"));
  }
  // A label claiming a figure the article does not have.
  const starred = verifyEntry(withResource({ label: "GitHub 代码（10 万 Star）", url }), article);
  assert.deepEqual(starred.entry.resources, [{ label: PLAIN_RESOURCE_LABEL, url }]);
  // Figures the article has are fine; a title that is the URL itself gives way to the clean URL.
  const fine = verifyEntry(withResource({ label: "Lumen-2 代码（7B）", url, title: `${url}?x=1` }), article);
  assert.deepEqual(fine.entry.resources, [{ label: "Lumen-2 代码（7B）", url }]);
});

test("tags carry no link and no unsupported figure; a title's link is held to the article", () => {
  const out = verifyEntry(
    { ...base, tags: ["视觉模型", "https://evil.example/free", "准确率 99%", "7B", "科学计算/AI4S"] },
    article,
  );
  // A vocabulary word with a name in it is a category, not a claim about the article.
  assert.deepEqual(out.entry.tags, ["视觉模型", "7B", "科学计算/AI4S"]);
  const dropped = out.claims.filter((c) => c.where.startsWith("tags[")).map((c) => c.where);
  assert.deepEqual(dropped, ["tags[1]", "tags[2]"]);
  const titled = verifyEntry({ ...base, title: "Lumen-2 开源，下载见 https://evil.example/get" }, article);
  assert.equal(titled.entry.title, article.title);
  assert.ok(titled.claims.some((c) => c.where === "title" && c.kind === "link" && c.status === "dropped"));
});

test("an evidence quote is published in the article's words, never the reply's near-miss", () => {
  // One word (不) away from the article: within the quote tolerance, saying the opposite.
  const flipped = "团队暂时会开放训练数据，也不提供商用授权";
  const invented = "团队已获得三家云厂商的投资意向";
  const entry: Entry = {
    ...base,
    insights: {
      bullets: [
        { text: "训练数据暂不开放。", evidence: flipped },
        { text: "暂无商用授权。", evidence: invented },
      ],
    },
  };
  const r = verifyEntry(entry, article);
  const [first, second] = r.entry.insights.bullets;
  assert.equal(first!.evidence, "团队暂时不会开放训练数据，也不提供商用授权");
  assert.equal(second!.evidence, undefined, "a quote the article does not hold is not published");
  const shown = explainClaims(r.entry, article, r.claims).filter((c) => c.claim.kind === "evidence");
  assert.equal(shown[0]!.claim.status, "supported");
  assert.equal(shown[0]!.evidence, "团队暂时不会开放训练数据，也不提供商用授权");
  assert.equal(shown[1]!.evidence, undefined);
});
