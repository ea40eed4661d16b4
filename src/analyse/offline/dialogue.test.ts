import assert from "node:assert/strict";
import { test } from "node:test";
import { attributeAnswers, transcriptSpeakers } from "./dialogue.ts";

// A fixture of our own: a transcript (an asker, one who answers) and a labelled list that is none.
const TRANSCRIPT = `雷锋网：为什么先做仓储机器人？
周岚：仓库的地面平整，任务重复，最容易先跑通。
雷锋网：数据从哪里来？
周岚：我们在两个仓库里采了大约 800 小时的操作视频。`;
const LIST = `申报材料包括：
项目说明：项目的目标和预期成果；
预算表：设备、人员和算力的开支；
承诺书：单位负责人签字的诚信承诺。`;

test("a transcript's answers are given as reported speech, its asker is not a speaker", () => {
  const speakers = transcriptSpeakers(TRANSCRIPT);
  assert.deepEqual([...speakers], ["周岚"]);
  const section = attributeAnswers(
    {
      bullets: [
        { text: "周岚：我们在两个仓库里采了大约 800 小时的操作视频。" },
        { text: "仓库的地面平整。" },
      ],
    },
    speakers,
  );
  assert.deepEqual(
    section.bullets.map((b) => b.text),
    ["周岚表示，我们在两个仓库里采了大约 800 小时的操作视频。", "仓库的地面平整。"],
  );
});

test("a labelled list, or a label opening one line, is no transcript", () => {
  assert.equal(transcriptSpeakers(LIST).size, 0);
  assert.equal(transcriptSpeakers("周岚：仓库最容易先跑通。\n记者：为什么？").size, 0);
  const section = { bullets: [{ text: "预算表：设备、人员和算力的开支；" }] };
  assert.deepEqual(attributeAnswers(section, transcriptSpeakers(LIST)), section);
});
