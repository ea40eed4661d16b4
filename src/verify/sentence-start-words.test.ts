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

test("a made-up person or firm opening a sentence is refused whatever follows it", () => {
  const cases = [
    // A verb then a name: no description of that name.
    "Brennan praised Chengjiang University's poll of 1,850 data engineers.",
    "Accenture funded Chengjiang University's poll of 1,850 data engineers.",
    "Okonkwo called 开木社区's poll of 1,850 data engineers a wake-up call.",
    "Lindqvist hailed Chengjiang University for asking 1,850 data engineers.",
    "Moreau quoted 开木社区 on the 64% weekly users.",
    // A describing noun after a firm that is not a describing word itself.
    "Accenture analyst Xu Ruolan warns the sample may lean towards AI enthusiasts.",
    // "X of …" where the entry never writes x in lower case.
    "Databricks of Chengjiang University polled 1,850 data engineers.",
    "Gartner of 开木社区 found 64% of data engineers use agents weekly.",
    "Moreau of Chengjiang University led the poll of 1,850 data engineers.",
    // An -ly brand running on into a verb.
    "Grammarly found that 64% of 1,850 data engineers use agents weekly.",
    "Calendly reports 64% of data engineers use agents weekly.",
    "Quantly polled 1,850 data engineers with Chengjiang University.",
  ];
  for (const s of cases) assert.notDeepEqual(lostNames(entry("Poll of data engineers", s)), [], s);
});

test("ordinary sentence openers before a name, an of phrase or a clause still pass", () => {
  const cases = [
    "Independent researcher Xu Ruolan warns the sample may lean towards AI enthusiasts.",
    "Team lead Xu Ruolan warns the sample may lean towards AI enthusiasts.",
    "Senior engineers Xu Ruolan and colleagues at Chengjiang University read the 1,850 answers.",
    "Head of Chengjiang University's poll team, Xu Ruolan, warns of a biased sample.",
    "Director of the poll at Chengjiang University, Xu Ruolan, warns of a biased sample.",
    "Survey of 1,850 data engineers: Chengjiang University surveyed them in September.",
    "Mainly for data pipelines: 64% of 1,850 data engineers use AI agents weekly.",
    "Largely because of pipelines, 64% of data engineers use AI agents weekly.",
    "Notably, only 18% fully trust agent-written SQL, a notable gap.",
  ];
  for (const s of cases) assert.deepEqual(lostNames(entry("Poll of data engineers", s)), [], s);
});
