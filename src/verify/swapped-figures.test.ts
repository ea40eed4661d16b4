import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a design school's places split between students and others; a games studio
// whose licence revenue fell from a year before; a foundation's grants split by who got them.
const PLACES_ZH =
  "今年训练营共 60 个名额：其中 18 个面向在校学生，须提交作品集；其余 42 个面向社会人士，按报名先后录取。";
const REVENUE_EN =
  "Brackenfold Games said licence revenue fell to $40 million in the third quarter, from $55 million a year earlier. The studio blamed a weaker release slate.";
const GRANTS_EN =
  "The Ashcombe Foundation awarded 30 grants this year. Of the 30 grants, 12 went to universities; the remaining 18 went to start-ups.";
const refused = refusedFor(/figures swapped/, "消息");

test("two figures of the article given each other's slots are refused", () => {
  const cases: Array<[string, string]> = [
    ["其中 42 个名额面向在校学生，须提交作品集，其余 18 个面向社会人士。", PLACES_ZH],
    ["授权收入增至 5500 万美元，一年前为 4000 万美元。", REVENUE_EN],
    ["Licence revenue rose to $55 million, from $40 million a year earlier.", REVENUE_EN],
    ["一年前授权收入为 4000 万美元，本季度升至 5500 万美元。", REVENUE_EN],
    ["18 grants went to universities, and the other 12 to start-ups.", GRANTS_EN],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the same two figures in their own slots, in any order or wording, stand", () => {
  const cases: Array<[string, string]> = [
    ["其中 18 个名额面向在校学生，其余 42 个面向社会人士。", PLACES_ZH],
    ["面向在校学生的名额有 18 个，须提交作品集；社会人士名额 42 个。", PLACES_ZH],
    ["社会人士可申请其余 42 个名额，在校学生 18 个。", PLACES_ZH],
    ["训练营共 60 个名额，在校学生占 18 个。", PLACES_ZH],
    ["授权收入降至 4000 万美元，一年前为 5500 万美元。", REVENUE_EN],
    ["一年前授权收入为 5500 万美元，本季度降至 4000 万美元。", REVENUE_EN],
    ["License revenue was $40 million, down from $55 million a year earlier.", REVENUE_EN],
    ["授权收入从 5500 万美元降至 4000 万美元。", REVENUE_EN],
    ["12 grants went to universities, and the other 18 to start-ups.", GRANTS_EN],
    ["Start-ups received 18 grants, universities 12.", GRANTS_EN],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});
