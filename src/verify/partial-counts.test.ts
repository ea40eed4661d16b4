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

// The split form: the count named first ("在 8 道题中" / "Of the 8 puzzles"), the part later in the
// sentence after other words ("…解出了 5 道" / "it solved 5").
const PUZZLES_ZH = "在 8 道竞赛题中，灵枢-2 独立解出了 5 道，另外 3 道需要人工提示。";
const PUZZLES_EN =
  "Of the eight contest puzzles, Lingshu-2 solved five on its own; the remaining three needed hints from a person.";
const PUZZLES_ZH_LATIN = "在 8 道竞赛题中，Lingshu-2 独立解出了 5 道。";
const REGIONS_ZH = "在这 6 个试点城市里，调度系统已有 4 个通过验收。";

test("a part given after its count in a split sentence, told as all, is refused", () => {
  const cases: Array<[string, string]> = [
    ["灵枢-2 独立解出了全部 8 道竞赛题。", PUZZLES_ZH],
    ["灵枢-2 的 8 道竞赛题均已独立解出。", PUZZLES_ZH],
    ["Lingshu-2 solved all eight contest puzzles on its own.", PUZZLES_ZH_LATIN],
    ["Lingshu-2 solved all 8 contest puzzles on its own.", PUZZLES_EN],
    ["Lingshu-2 八道竞赛题全部独立解出。", PUZZLES_EN],
    ["调度系统在 6 个试点城市全部通过验收。", REGIONS_ZH],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the split part kept as a part, or all of a count the article never splits, stands", () => {
  const cases: Array<[string, string]> = [
    ["灵枢-2 在 8 道竞赛题中独立解出 5 道。", PUZZLES_ZH],
    ["Lingshu-2 solved five of the eight contest puzzles on its own.", PUZZLES_EN],
    ["Of the eight contest puzzles, Lingshu-2 solved five without hints.", PUZZLES_ZH],
    ["灵枢-2 参加了全部 8 道竞赛题的测试。", PUZZLES_ZH],
    ["Lingshu-2 attempted all eight contest puzzles.", PUZZLES_EN],
    ["调度系统已在 4 个试点城市通过验收。", REGIONS_ZH],
    ["调度系统覆盖全部 6 个试点城市。", REGIONS_ZH],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});

// The split form whose count is all led first, and a subset of it after (其中 / of these): no partial.
const LEADS_ZH = "在 6 项代码评测中，澄星-4 全部领先，其中 2 项领先超过 8 分。";
const LEADS_ZH_2 = "在 6 项代码评测中，澄星-4 均排名第一，其中有 2 项刷新纪录。";
const LEADS_EN =
  "Of the six coding evaluations, Chengxing-4 led all, and of these two by more than 8 points.";

test("a split part that is a subset of all the count said first is no partial", () => {
  const cases: Array<[string, string]> = [
    ["澄星-4 在全部 6 项代码评测中均领先。", LEADS_ZH],
    ["澄星-4 的 6 项代码评测都领先。", LEADS_ZH],
    ["澄星-4 在 6 项代码评测中全部领先，其中 2 项领先超过 8 分。", LEADS_ZH],
    ["澄星-4 在全部 6 项代码评测中均领先。", LEADS_ZH_2],
    ["Chengxing-4 led on all six coding evaluations.", LEADS_EN],
    ["澄星-4 六项代码评测全部领先。", LEADS_EN],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
  // The part still told as all when no all-of-it comes first.
  assert.ok(
    refused("澄星-4 在全部 6 项代码评测中均领先。", "在 6 项代码评测中，澄星-4 有 2 项领先。").length > 0,
  );
});
