import assert from "node:assert/strict";
import { it } from "node:test";
import { repairMojibake } from "./repair-mojibake.ts";

it("undoes UTF-8 read as windows-1252 and leaves real text alone", () => {
  assert.equal(repairMojibake("ä¸­æ–‡èµ„è®¯"), "中文资讯");
  assert.equal(repairMojibake("wait\u00e2\u0080\u00a6"), "wait…");
  assert.equal(repairMojibake("Café déjà vu"), "Café déjà vu");
  assert.equal(repairMojibake("机器之心"), "机器之心");
  assert.equal(repairMojibake("Ã broken \u00a9"), "Ã broken \u00a9"); // not valid UTF-8 as bytes
});
