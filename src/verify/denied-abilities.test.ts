import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a Chinese note on a note-taking app's assistant, an English note on a robot
// vacuum, and a Chinese article on an accelerator read by an English entry.
const ZH =
  "青简笔记今天上线写作助手「墨白」。墨白可以整理会议录音、生成摘要，支持 12 种语言。团队表示，墨白暂不能读取图片，也无法离线使用。目前仅支持安卓和网页版。";
const EN =
  "Lintel Home's new robot vacuum maps a flat in six minutes and runs for 150 minutes on a charge. It cannot climb stairs, and it does not support voice control yet. The app works on Android and iOS.";
const CHIP =
  "岚芯科技发布推理卡 Q5，单卡算力 800 TOPS。公司坦言，Q5 不支持大模型训练，也暂不支持 FP4 精度。Q5 支持 INT8 和 FP16。";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "新品", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /a limitation told as a strength/.test(f.reason),
  );

test("an ability the article denies told as held is refused", () => {
  for (const claim of [
    "局限｜墨白还能读取图片。",
    "墨白可离线使用。",
    "Limits｜墨白支持读取图片，也可离线使用。",
  ])
    assert.ok(refused(claim, ZH).length > 0, claim);
  for (const claim of [
    "The vacuum can climb stairs.",
    "It maps a flat in six minutes, and supports voice control.",
    "扫地机器人支持语音控制。",
  ])
    assert.ok(refused(claim, EN).length > 0, claim);
  for (const claim of [
    "Q5 handles inference, including FP4.",
    "CFO Lin Qiao (林乔) says Q5 supports FP4 precision.",
  ])
    assert.ok(refused(claim, CHIP).length > 0, claim);
});

test("the limitation kept, what the article does say it can do, or other words, stand", () => {
  const sentences = (t: string) => t.split(/(?<=[。.])\s*/).filter((s) => s.length > 0);
  for (const claim of [
    ...sentences(ZH),
    "局限｜墨白暂不能读取图片，也无法离线使用。",
    "墨白可整理会议录音并生成摘要。",
    "支持 12 种语言。",
    "墨白能在网页版使用。",
    "写作助手墨白今天上线，可以生成摘要。",
  ])
    assert.deepEqual(refused(claim, ZH), [], claim);
  for (const claim of [
    ...sentences(EN),
    "It can't climb stairs and has no voice control yet.",
    "The vacuum runs for 150 minutes on a charge.",
    "It can map a flat in six minutes.",
    "扫地机器人可在六分钟内完成建图。",
    "The app supports Android and iOS.",
  ])
    assert.deepEqual(refused(claim, EN), [], claim);
  for (const claim of [
    ...sentences(CHIP),
    "Q5 is an inference card with 800 TOPS per card; it supports INT8 and FP16.",
    "Q5 does not train large models and lacks FP4.",
    "Q5 supports INT8, including FP16.",
  ])
    assert.deepEqual(refused(claim, CHIP), [], claim);
});
