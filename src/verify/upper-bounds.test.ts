import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a delivery drone with a ceiling on flight time and payload; an English
// article on a fund that "could reach up to" a sum; an article that gives both a ceiling and an
// average for one figure.
const DRONE_ZH =
  "翼迅科技 6 日发布物流无人机翼迅 T3，单次续航最长 55 分钟，最大载重 12 公斤。满载时续航约为 28 分钟。售价暂未公布。";
const FUND_EN =
  "Harbor Lane Capital said on Friday its new AI infrastructure fund could reach up to $2.4 billion by the final close next year. It has raised $900 million so far from 14 investors.";
const BOTH_ZH = "翼迅 T3 续航最长 55 分钟，实测平均 55 分钟左右，最大载重 12 公斤。";
const refused = refusedFor(/"up to" told as typical/, "发布");

test("a ceiling told as an average, a usual value or a sure total is refused", () => {
  for (const claim of [
    "翼迅 T3 平均续航 55 分钟。",
    "翼迅 T3 日常载重 12 公斤。",
    "翼迅 T3 通常可飞 55 分钟。",
  ])
    assert.ok(refused(claim, DRONE_ZH).length > 0, claim);
  for (const claim of [
    "Harbor Lane 的新基金规模将达 24 亿美元。",
    "The fund will total $2.4 billion at its final close.",
  ])
    assert.ok(refused(claim, FUND_EN).length > 0, claim);
});

test("a ceiling kept, a figure without a usual word, or an average the article gives, stands", () => {
  for (const claim of [
    "翼迅 T3 单次续航最长 55 分钟，最大载重 12 公斤。",
    "续航最多可达 55 分钟，满载时约 28 分钟。",
    "翼迅 T3 满载时续航约为 28 分钟。",
    "翼迅 T3 续航 55 分钟，载重 12 公斤。",
  ])
    assert.deepEqual(refused(claim, DRONE_ZH), [], claim);
  for (const claim of [
    "Harbor Lane 新基金规模最高可达 24 亿美元，目前已募 9 亿美元。",
    "So far the fund has raised $900 million from 14 investors.",
    "The fund could reach as much as $2.4 billion.",
  ])
    assert.deepEqual(refused(claim, FUND_EN), [], claim);
  assert.deepEqual(refused("翼迅 T3 平均续航 55 分钟。", BOTH_ZH), []);
});

test("an English article's usual value a few words after 'typically' supports the entry's 通常", () => {
  const text = "The new battery lasts up to 12 hours, and users typically get 12 hours of use in our tests.";
  assert.deepEqual(refused("用户通常可使用 12 小时。", text), []);
  // Near miss: only the ceiling, told as usual, is still refused.
  assert.ok(refused("用户通常可使用 12 小时。", "The new battery lasts up to 12 hours.").length > 0);
});
