import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entry } from "../model/entry.ts";
import { verifyEntry } from "./verify-entry.ts";

// A Chinese poll report; an English entry opens its sentences and labels with ordinary capitalised
// English words ("Poll of…", "Contributor community…", "Largely…") that name nothing.
const article = {
  title: "开木社区调查 1,850 名数据工程师：64% 每周使用 AI 智能体",
  publisher: "开木社区",
  links: [],
  text:
    "数据工程师社区开木社区与澄江大学于 9 月在线调查了 1,850 名数据工程师。" +
    "结果显示，64% 的受访者每周至少使用一次 AI 智能体，主要用于编写数据管道，" +
    "只有 18% 表示完全信任智能体生成的 SQL。澄江大学副教授许若岚提醒，自愿填写的样本可能偏向 AI 爱好者。",
};
const entry = (title: string, summary: string, bullets: Array<[string, string]> = []): Entry => ({
  org: "开木社区",
  title,
  stars: 3,
  tags: ["AI"],
  summary,
  core: { bullets: bullets.map(([label, text]) => ({ label, text })) },
  results: { bullets: [] },
  insights: { bullets: [] },
  resources: [],
});
const lostNames = (e: Entry) =>
  verifyEntry(e, article)
    .claims.filter((c) => c.kind === "name" && c.status !== "supported")
    .map((c) => c.value);

test("an ordinary capitalised word opening a sentence or label is no name", () => {
  const e = entry(
    "Poll of 1,850 data engineers: 64% use AI agents weekly",
    "Contributor community Kaimu (开木社区) and Chengjiang University polled 1,850 data engineers online in September.",
    [
      ["Use", "Largely for writing data pipelines; 64% use agents at least weekly."],
      ["Trust", "Respondent trust is low: only 18% of the respondents fully trust agent-written SQL."],
      ["Caveat", "Associate professor Xu Ruolan warns the sample may lean towards AI enthusiasts."],
      ["Sample", "Head of the poll is Chengjiang University; 1,850 engineers answered."],
    ],
  );
  assert.deepEqual(lostNames(e), []);
});

test("a name the article never gives, opening a sentence, is still refused", () => {
  const cases = [
    "Karpathy praised the poll of 1,850 data engineers.",
    "Nvidia researchers polled 1,850 data engineers.",
    "Surveyor Zhang Wei polled 1,850 data engineers.",
    "Gemini leads, used weekly by 64% of data engineers.",
  ];
  for (const s of cases) assert.notDeepEqual(lostNames(entry("Poll of data engineers", s)), [], s);
});
