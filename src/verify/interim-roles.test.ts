import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a chip maker whose chief executive left and a finance head stands in; a
// city's interim rules on drone deliveries; a company that did name a permanent chief after an
// interim one.
const INTERIM_EN =
  "Brightmoor Silicon said on Monday that its chief executive, Alan Poe, had stepped down. Nadia Frost, head of the memory unit, will serve as acting CEO while the board looks for a permanent successor. The company expects to name one by June.";
const INTERIM_ZH =
  "青州市交通局发布《低空无人机配送管理暂行办法》，自 3 月 1 日起施行，有效期两年。办法规定配送无人机须在指定航线飞行。";
const NAMED_ZH = "澜石半导体董事会 5 日正式任命许蔓为首席执行官。许蔓此前担任临时首席执行官，在任已近半年。";
const refused = refusedFor(/interim told as permanent/, "公告");

test("an interim post or rule told as permanent is refused", () => {
  for (const claim of [
    "Nadia Frost 已被正式任命为 CEO。",
    "记忆体业务负责人 Nadia Frost 正式出任首席执行官。",
    "Nadia Frost was named permanent CEO on Monday.",
  ])
    assert.ok(refused(claim, INTERIM_EN).length > 0, claim);
  for (const claim of ["青州市交通局发布低空无人机配送的正式管理办法。", "青州出台无人机配送常任规定。"])
    assert.ok(refused(claim, INTERIM_ZH).length > 0, claim);
});

test("an interim kept interim, a post still to come, or a permanent one the article names, stands", () => {
  for (const claim of [
    "Nadia Frost 将出任代理 CEO，董事会同时物色正式继任者。",
    "记忆体业务负责人 Nadia Frost 暂代首席执行官一职。",
    "Nadia Frost will be acting CEO until a permanent successor is found.",
    "公司预计 6 月前任命正式 CEO。",
    "Alan Poe 已卸任首席执行官。",
    "青州市交通局发布低空无人机配送管理暂行办法，3 月 1 日起施行。",
    "办法正式施行后，配送无人机须在指定航线飞行。",
  ]) {
    const text = /青州|办法/.test(claim) ? INTERIM_ZH : INTERIM_EN;
    assert.deepEqual(refused(claim, text), [], claim);
  }
  for (const claim of ["澜石半导体正式任命许蔓为首席执行官。", "许蔓正式出任 CEO，此前为临时首席执行官。"])
    assert.deepEqual(refused(claim, NAMED_ZH), [], claim);
});
