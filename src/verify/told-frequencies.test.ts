import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

const refused = refusedFor(/frequency|as (?:many-daily|daily|weekly|monthly|yearly)/, "调查");

const SURVEY =
  "在 1,800 名受访的设计师中，63.5% 每天使用生成式工具，另有 22% 每周使用一到两次；仅 8% 每天多次打开。";
const SURVEY_EN =
  "Of 2,400 nurses surveyed, 37.8% consult the assistant daily and 19% weekly; 6% open it several times a day.";

test("a figure told with another frequency than the article's is refused, in either language", () => {
  for (const [claim, text] of [
    ["63.5% 的设计师每天多次使用生成式工具。", SURVEY],
    ["22% 的受访者每天都用。", SURVEY],
    ["63.5% of designers use the tools weekly.", SURVEY],
    ["37.8% of nurses consult the assistant several times a day.", SURVEY_EN],
    ["19% use it every day.", SURVEY_EN],
    ["37.8% 的护士每周使用该助手。", SURVEY_EN],
  ] as const)
    assert.equal(refused(claim, text).length, 1, claim);
});

test("the article's own frequency, in other words or the other language, or none at all, stands", () => {
  for (const [claim, text] of [
    ["63.5% 的设计师每日都会使用生成式工具。", SURVEY],
    ["63.5% of the designers use generative tools every day.", SURVEY],
    ["8% open them multiple times a day.", SURVEY],
    ["37.8% 的护士每天查询该助手，19% 每周使用。", SURVEY_EN],
    ["6% 每天多次打开。", SURVEY_EN],
    ["63.5% 的设计师使用生成式工具。", SURVEY],
    // The article names no frequency for this figure: nothing to judge here.
    ["1,800 名设计师每月接受一次回访。", SURVEY],
    ["订阅价为每月 20 美元。", "专业版订阅价 20 美元，按月计费。"],
  ] as const)
    assert.deepEqual(refused(claim, text), [], claim);
});
