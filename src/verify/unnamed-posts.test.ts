import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a logistics start-up whose finance head left and whose product head is said to
// be joining a rival as its head of research; a Chinese report of a chip maker's new chief AI officer.
const MOVE_EN =
  "Parcelwise lost its chief financial officer, Hugo Brandt, in April. Its head of product, Mira Oyelaran, is expected to become senior vice president of research at rival Loadstar, a person familiar with the matter said. Parcelwise's chief executive, Ines Varga, declined to comment.";
const MOVE_ZH =
  "芯湃科技 3 日宣布，原首席技术官韩屿升任首席 AI 官，负责大模型团队；首席运营官郑澄将于年底退休。";
const refused = refusedFor(/a post moved that it never gives/, "人事");

test("a post taken or left that the article never names is refused", () => {
  for (const claim of [
    "Parcelwise 首席技术官 Hugo Brandt 4 月离职。",
    "Mira Oyelaran 预计出任 Loadstar 首席产品官。",
    "Parcelwise's chief operating officer left in April.",
    "Mira Oyelaran will join Loadstar as its new CTO.",
  ])
    assert.ok(refused(claim, MOVE_EN).length > 0, claim);
  for (const claim of [
    "原首席财务官韩屿升任首席 AI 官。",
    "芯湃科技 CFO 郑澄将于年底退休。",
    "Han Yu was promoted to chief data officer.",
  ])
    assert.ok(refused(claim, MOVE_ZH).length > 0, claim);
});

test("a post the article names under any spelling, or one named with no move, stands", () => {
  for (const claim of [
    "Parcelwise 首席财务官 Hugo Brandt 4 月离职。",
    "Parcelwise 的 CFO 4 月离职。",
    "Parcelwise's CFO left in April.",
    "首席执行官 Ines Varga 拒绝置评。",
    "Parcelwise CEO Ines Varga 拒绝置评，其 CEO 并未离职。",
    "Mira Oyelaran 不会出任 Loadstar 首席技术官。",
  ])
    assert.deepEqual(refused(claim, MOVE_EN), [], claim);
  for (const claim of [
    "原 CTO 韩屿升任首席人工智能官。",
    "Former CTO Han Yu was promoted to chief AI officer.",
    "芯湃科技首席运营官郑澄将于年底退休。",
    "COO Zheng Cheng will retire at the end of the year.",
    "韩屿担任 CAIO，负责大模型团队。",
  ])
    assert.deepEqual(refused(claim, MOVE_ZH), [], claim);
});

test("a chief executive the article calls 掌门人 or its boss is named", () => {
  for (const [claim, text] of [
    ["澄湖科技 CEO 周牧宣布卸任。", "澄湖科技掌门人周牧周一宣布卸任，董事会将另选继任者。"],
    ["Lakemoor's CEO stepped down on Monday.", "Lakemoor's boss stepped down on Monday after six years."],
  ])
    assert.deepEqual(refused(claim!, text!), [], claim);
});
