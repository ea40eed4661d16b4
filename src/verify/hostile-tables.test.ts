import assert from "node:assert/strict";
import { test } from "node:test";
import { scopeLines } from "./scope-lines.ts";

// A pipe table's figures each ask for their cell, column header and the table's row labels. An
// article is anyone's text: a 40 KB row of 10,000 cells made each figure re-read the row and its
// header (12 s), and a table of thousands of rows gave each row a header of its own (the header is
// looked for at most 60 lines up) whose row labels were read to the table's end (rows²).

test("the figures of one table share one list of its row labels", () => {
  const header = `| 模型 |${Array.from({ length: 300 }, (_, i) => ` B${i} `).join("|")}|`;
  const row = `| Vela-3 |${Array.from({ length: 300 }, (_, i) => ` ${i + 0.5} `).join("|")}|`;
  const text = `标题\n\n${header}\n${row}\n`;
  const at = (n: number) => text.indexOf(` ${n + 0.5} `) + 1;
  const first = scopeLines(text, at(0));
  const last = scopeLines(text, at(299));
  assert.ok(first.rows && last.rows, "a table cell has its table's labels");
  // One array for all the row's figures (the old code built a new one per figure).
  assert.equal(first.rows, last.rows);
  // Each figure still gets its own column.
  assert.equal(text.slice(first.column!.start, first.column!.end), "B0");
  assert.equal(text.slice(last.column!.start, last.column!.end), "B299");
  assert.equal(text.slice(last.rowLabel!.start, last.rowLabel!.end), "Vela-3");
});

test("a table's row labels are read at most 200 lines below its header", () => {
  const rows = Array.from({ length: 2_000 }, (_, i) => `| M${i} | ${i}.5 |`).join("\n");
  const text = `标题\n\n| 模型 | 得分 |\n|---|---|\n${rows}\n`;
  const near = scopeLines(text, text.indexOf("| 10.5 |") + 2);
  const deep = scopeLines(text, text.indexOf("| 1500.5 |") + 2);
  // At most 200 row labels and the header's 3 cells (its trailing pipe closes an empty one); the
  // old code read 2,003 (to the table's end), again for each row's header.
  assert.ok(near.rows!.length <= 203, `${near.rows!.length} labels`);
  assert.ok(deep.rows!.length <= 203, `${deep.rows!.length} labels`);
  assert.equal(text.slice(near.column!.start, near.column!.end), "得分");
  assert.equal(text.slice(near.rowLabel!.start, near.rowLabel!.end), "M10");
  assert.equal(text.slice(deep.rowLabel!.start, deep.rowLabel!.end), "M1500");
});
