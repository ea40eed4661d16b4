import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyUrl } from "../src/analyse/offline/classify-url.ts";
import { canonicalLink } from "../src/verify/canonical-link.ts";

/**
 * The offline analyser (which resources to list) and the verifier (does the entry's link match
 * the article's) read links through one module. Before, each had its own parser: the analyser
 * listed these arXiv spellings as 相关链接 while the verifier keyed them as the paper, and the
 * verifier keyed github.com/topics/… as a repository the analyser refused.
 */
const ARXIV_SPELLINGS = [
  "https://arxiv.org/abs/hep-th/9901001v2",
  "https://arxiv.org/format/2512.13752",
  "https://www.alphaxiv.org/abs/2512.13752",
  "https://huggingface.co/papers/2512.13752",
  "https://papers.cool/arxiv/2512.13752",
  "https://arxiv.org/pdf/2512.13752v2.pdf",
];

test("arXiv spellings: the analyser lists the abs page, the verifier keys the same paper", () => {
  for (const raw of ARXIV_SPELLINGS) {
    const listed = classifyUrl(raw);
    const key = canonicalLink(raw);
    assert.equal(listed?.kind, "arxiv", `analyser: ${raw}`);
    assert.equal(key?.kind, "arxiv", `verifier: ${raw}`);
    assert.equal(listed?.canonical.replace("https://arxiv.org/abs/", "arxiv:").toLowerCase(), key?.key, raw);
  }
});

test("GitHub site pages: neither a listed resource nor a repository key", () => {
  for (const raw of ["https://github.com/topics/llm", "https://github.com/features/copilot"]) {
    assert.equal(classifyUrl(raw), undefined, raw);
    assert.equal(canonicalLink(raw)?.kind, "web", raw);
  }
});

test("Hugging Face: a dataset owner's page is not a model; repositories key case-blind on both sides", () => {
  assert.equal(classifyUrl("https://huggingface.co/datasets/org")?.kind, "other");
  assert.equal(
    classifyUrl("https://huggingface.co/datasets/Org/Set")?.canonical,
    "https://huggingface.co/datasets/Org/Set",
  );
  assert.equal(canonicalLink("https://hf.co/datasets/Org/Set/viewer")?.key, "hf:dataset:org/set");
  assert.equal(
    canonicalLink("HTTPS://GitHub.com/OpenBMB/MiniCPM-o/blob/main/x.py")?.key,
    "github:openbmb/minicpm-o",
  );
});
