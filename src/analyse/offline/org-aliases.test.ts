import assert from "node:assert/strict";
import { test } from "node:test";
import { findOrgs, resolveOrg, spellingsOf } from "../../model/org-aliases.ts";
import { pickOrg } from "./pick-org.ts";

test("finds orgs under their spellings, longest match first, ordered by first mention", () => {
  const found = findOrgs("Tencent 团队与复旦大学合作，基于 Qwen2.5 和 ChatGPT，阿里巴巴（Alibaba）也在列。");
  assert.deepEqual(
    found.map((m) => [m.name, m.count]),
    [
      ["腾讯", 1],
      ["复旦大学", 1],
      ["阿里巴巴", 2],
    ],
  );
});

test("aliases are spellings of one org, never its products or subsidiaries", () => {
  assert.equal(resolveOrg("谷歌"), "Google");
  assert.equal(resolveOrg("Tencent Hunyuan"), "腾讯混元");
  assert.equal(resolveOrg("深度求索"), "DeepSeek");
  for (const product of ["Gemini", "Llama", "Qwen", "Claude", "ChatGPT", "Kimi", "MiniCPM"])
    assert.equal(resolveOrg(product), undefined, product);
  assert.notEqual(resolveOrg("DeepMind"), "Google");
  assert.ok(!spellingsOf("Google").includes("DeepMind"));
  assert.deepEqual(findOrgs("Gemini 3 与 Llama 4 的对比").length, 0);
});

test("does not match inside other words or licences", () => {
  assert.deepEqual(findOrgs("metadata seeds Metaverse-free; released under the MIT License"), []);
  assert.deepEqual(
    findOrgs("Meta 和 MIT 合作").map((m) => m.name),
    ["Meta", "MIT"],
  );
});

test("pickOrg joins co-actors of one sentence and names the publisher only for its own piece", () => {
  const lead = "上海大学联合南开大学提出一种去偏方法。";
  assert.equal(
    pickOrg({ title: "剪枝中的注意力偏置", lead, text: lead, fallback: "机器之心" }).org,
    "上海大学/南开大学",
  );
  assert.equal(
    pickOrg({ title: "OpenAI 发布新模型", lead: "谷歌和微软也有动作。", text: "", fallback: "x" }).org,
    "OpenAI",
  );
  const none = pickOrg({
    title: "一篇随笔",
    lead: "今天天气很好。",
    text: "今天天气很好。",
    fallback: "量子位",
  });
  assert.deepEqual(none, { org: "量子位", known: false, publisher: true });
});
