import assert from "node:assert/strict";
import { test } from "node:test";
import { isCodeLink, isPaperLink } from "./links.ts";

test("paper and code links: the one reading of the ★ rubric's link signals", () => {
  assert.ok(isPaperLink("https://arxiv.org/abs/2512.13752"));
  assert.ok(isPaperLink("https://openreview.net/forum?id=abc"));
  assert.ok(isPaperLink("https://example.edu/papers/star.pdf"));
  assert.ok(!isPaperLink("https://arxiv.org/list/cs.CL/recent"));
  assert.ok(isCodeLink("https://github.com/OpenBMB/MiniCPM-o"));
  assert.ok(isCodeLink("https://huggingface.co/openbmb/MiniCPM-o-4_5"));
  assert.ok(!isCodeLink("https://github.com/OpenBMB"));
  assert.ok(!isCodeLink("https://minicpm-omni.openbmb.cn/"));
});

test("★ signals read the same table: mirrors of arXiv are papers, not code; site pages are neither", () => {
  assert.ok(isPaperLink("https://huggingface.co/papers/2512.13752"));
  assert.ok(!isCodeLink("https://huggingface.co/papers/2512.13752"));
  assert.ok(isPaperLink("https://arxiv.org/html/2512.13752v1"));
  assert.ok(isPaperLink("https://www.alphaxiv.org/abs/2512.13752"));
  assert.ok(!isCodeLink("https://github.com/topics/llm"));
  assert.ok(!isCodeLink("https://huggingface.co/blog/post"));
  assert.ok(isCodeLink("https://gist.github.com/someone/0a1b2c3d"));
  assert.ok(isCodeLink("https://huggingface.co/datasets/org/set"));
});
