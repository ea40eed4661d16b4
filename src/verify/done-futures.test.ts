import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a Chinese piece on a phone maker that may announce a chip next spring and
// will put a plant into operation; an English blog that shipped one model and expects to release a
// larger one; a Chinese piece where the step was done.
const LATER_ZH =
  "据知情人士透露，岩川手机最早可能于明年 3 月宣布自研芯片。其合肥工厂预计 2027 年投运。什么时候投运？公司未回应。";
const LATER_EN =
  "We're releasing Kestrel-3B today under an Apache 2.0 licence. A 20B version is in training, and we expect to release it in the second half of 2027.";
const DONE_ZH = "岩川手机今天宣布自研芯片，合肥工厂已于 10 月投运，首批产品已交付。";
const refused = refusedFor(/a future step told as past/, "消息");

test("a step the article gives only as still to come, told as done, is refused", () => {
  for (const claim of ["岩川手机已于今年 3 月宣布自研芯片。", "合肥工厂已于今年投运。"])
    assert.ok(refused(claim, LATER_ZH).length > 0, claim);
  for (const claim of ["20B 版本已于今年下半年发布。", "Kestrel 的 20B 版本已经推出。"])
    assert.ok(refused(claim, LATER_EN).length > 0, claim);
});

test("a step kept to come, a step the article did, or another thing's step, stands", () => {
  for (const claim of [
    "岩川手机最早或于明年 3 月宣布自研芯片。",
    "合肥工厂预计 2027 年投运。",
    "岩川手机尚未宣布自研芯片。",
  ])
    assert.deepEqual(refused(claim, LATER_ZH), [], claim);
  for (const claim of [
    "Kestrel-3B 已以 Apache 2.0 许可发布。",
    "3B 版本已发布，20B 版本预计 2027 年下半年发布。",
    "20B 版本仍在训练中。",
  ])
    assert.deepEqual(refused(claim, LATER_EN), [], claim);
  for (const claim of ["合肥工厂已于 10 月投运。", "岩川手机已宣布自研芯片。", "首批产品已交付。"])
    assert.deepEqual(refused(claim, DONE_ZH), [], claim);
});

test("an English sentence with a step done and another still to come: the done one stands", () => {
  const text =
    "Our Pelican-1 weights were released in March, but we have not yet released the Pelican-2 weights. We will launch Pelican-2 next year.";
  assert.deepEqual(refused("Pelican-1 权重已于 3 月发布。", text), []);
  // Named beside a done step in one sentence, Pelican-2 gets no verdict here (the check stays
  // conservative); said only as to come, it is refused.
  assert.ok(refused("Pelican-2 已于今年发布。", "We will launch Pelican-2 next year.").length > 0);
});

test("a done step joined to one still to come by 并将 / and will: the done one stands", () => {
  assert.deepEqual(
    refused(
      "Lumen 已发布 Atlas-2 权重。",
      "Lumen released the Atlas-2 weights on Monday and will release the training code next month.",
    ),
    [],
  );
  assert.deepEqual(
    refused("星岚已发布 Atlas-2 权重。", "星岚周一发布了 Atlas-2 权重并将在下月发布训练代码。"),
    [],
  );
  // Near miss: the step still to come, told as done, is refused.
  assert.ok(refused("星岚已发布 Atlas-3 权重。", "星岚将在下月发布 Atlas-3 权重。").length > 0);
});
