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
