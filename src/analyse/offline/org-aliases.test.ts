import assert from "node:assert/strict";
import { test } from "node:test";
import { findOrgs } from "../../model/org-aliases.ts";
import { pickOrg } from "./pick-org.ts";

test("finds orgs under their aliases, longest match first, ordered by first mention", () => {
  const found = findOrgs("Tencent 混元团队与复旦大学合作，基于 Qwen2.5 和 ChatGPT，阿里巴巴也在列。");
  assert.deepEqual(
    found.map((m) => [m.name, m.count]),
    [
      ["腾讯", 2],
      ["复旦大学", 1],
      ["阿里巴巴", 2],
      ["OpenAI", 1],
    ],
  );
});

test("does not match inside other words or licences", () => {
  assert.deepEqual(findOrgs("metadata seeds Metaverse-free; released under the MIT License"), []);
  assert.deepEqual(
    findOrgs("Meta 和 MIT 合作").map((m) => m.name),
    ["Meta", "MIT"],
  );
});

test("pickOrg weights the title and joins collaborators named in the lead", () => {
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
  assert.deepEqual(none, { org: "量子位", known: false });
});
