import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a robot arm tried on nine household tasks; a speech model measured in twelve
// languages, in a Chinese article.
const TASKS_EN =
  "Corvane tested its Corvane-V arm on nine household tasks. Corvane-V completed six of the nine without human help; the other three needed a reset. It beat the older Corvane-IV on seven of the nine.";
const LANGS_ZH =
  "听澜-3 在 12 个语种中有 9 个语种的识别准确率超过 95%，其余 3 个在 90% 上下。模型覆盖 12 个语种。";
const refused = refusedFor(/partial told as all/, "测评");

test("a result the article gives for some of a count, told of all of it, is refused", () => {
  const cases: Array<[string, string]> = [
    ["Corvane-V 九项家务任务全部独立完成。", TASKS_EN],
    ["Corvane-V completed all nine household tasks without help.", TASKS_EN],
    ["Corvane-V 在九项任务上均优于 Corvane-IV。", TASKS_EN],
    ["听澜-3 在全部 12 个语种上识别准确率超过 95%。", LANGS_ZH],
    ["听澜-3 的 12 个语种识别准确率都超过 95%。", LANGS_ZH],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the part kept as a part, or an all-of-N with no result, stands", () => {
  const cases: Array<[string, string]> = [
    ["Corvane-V completed six of the nine household tasks without help.", TASKS_EN],
    ["Corvane-V 在九项家务任务中独立完成六项，其余三项需要重置。", TASKS_EN],
    ["Corvane-V was tested on all nine household tasks.", TASKS_EN],
    ["九项任务中，Corvane-V 有七项优于 Corvane-IV。", TASKS_EN],
    ["听澜-3 在 12 个语种中有 9 个识别准确率超过 95%。", LANGS_ZH],
    ["听澜-3 覆盖全部 12 个语种。", LANGS_ZH],
    ["听澜-3 在 12 个语种上平均准确率超过 90%。", LANGS_ZH],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});
