import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { evidenceOf } from "./article-evidence.ts";
import { verifyEntry } from "./verify-entry.ts";

// A blog read from its RSS feed has no account: its configured source name is the publisher, the
// org of its own opinion piece. The build and `daybrief verify` take the evidence from this one
// function, so an entry cannot be 有据 in the briefing and unsupported in `daybrief verify`.
const article = {
  title: "观点：大模型评测该换一种问法了",
  text: "我们认为，静态题库已经不足以衡量大模型的真实能力，评测应该回到真实任务。",
  html: "",
  links: [],
  status: "ok" as const,
};

const entry: Entry = {
  org: "弦外之音",
  title: "观点：大模型评测该换一种问法了",
  stars: 2,
  tags: [],
  summary: "弦外之音认为静态题库已不足以衡量大模型的真实能力。",
  core: { bullets: [] },
  results: { bullets: [] },
  insights: { bullets: [{ text: "评测应该回到真实任务。" }] },
  resources: [],
};

test("without an account the configured source name is the publisher, and the org it names is checked as such", () => {
  const evidence = evidenceOf(article, { name: "弦外之音" });
  assert.equal(evidence.publisher, "弦外之音");
  const org = verifyEntry(entry, evidence).claims.find((c) => c.kind === "org");
  assert.equal(org?.status, "supported", org?.reason);
  assert.equal(org?.role, "publisher");
  // Without the source name nothing names the publisher: the same org is unsupported.
  const bare = verifyEntry(entry, evidenceOf(article)).claims.find((c) => c.kind === "org");
  assert.notEqual(bare?.status, "supported");
});

test("the page's account wins over the source name; feed-only is carried", () => {
  const evidence = evidenceOf({ ...article, account: "某公众号", status: "feed-only" }, { name: "弦外之音" });
  assert.equal(evidence.publisher, "某公众号");
  assert.equal(evidence.feedOnly, true);
  assert.equal(evidenceOf(article, { name: "弦外之音" }).feedOnly, undefined);
});
