import assert from "node:assert/strict";
import { test } from "node:test";
import { detectPromotion, type StarSignals, scoreStars } from "./stars.ts";

const none: StarSignals = {
  paper: false,
  code: false,
  benchmarks: false,
  namedOrg: false,
  release: false,
  opinion: false,
  promotion: false,
};

test("scores explicit signals, clamped to 1–5", () => {
  assert.equal(scoreStars({ ...none, namedOrg: true, release: true }), 3);
  assert.equal(
    scoreStars({ ...none, paper: true, code: true, benchmarks: true, namedOrg: true, release: true }),
    5,
  );
  assert.equal(scoreStars({ ...none, opinion: true }), 1);
  assert.equal(scoreStars({ ...none, opinion: true, namedOrg: true }), 2);
  assert.equal(scoreStars({ ...none, paper: true, code: true, promotion: true }), 1);
});

test("detects promotion by title or by several promotional words", () => {
  assert.equal(detectPromotion("训练营开课啦", ""), true);
  assert.equal(detectPromotion("新模型发布", "扫码报名，名额有限"), true);
  assert.equal(detectPromotion("新模型发布", "本次活动的报名人数很多"), false);
});
